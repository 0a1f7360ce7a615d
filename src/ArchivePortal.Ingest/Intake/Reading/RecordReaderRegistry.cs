namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>The readers the importer knows, and which one reads a given file.</summary>
public sealed class RecordReaderRegistry(IReadOnlyList<IRecordReader> readers)
{
    /// <summary>Markdown, plain text, HTML and JSONL.</summary>
    public static RecordReaderRegistry Default { get; } =
        new([new MarkdownRecordReader(), new PlainTextRecordReader(), new HtmlRecordReader(), new JsonlRecordReader()]);

    /// <summary>What the default readers accept, for messages.</summary>
    public const string SupportedTypes = "Markdown (.md, .markdown), text (.txt), HTML (.html, .htm) and JSONL (.jsonl)";

    public IReadOnlyList<IRecordReader> Readers => readers;

    /// <summary>The reader for <paramref name="path"/>, or null when no reader handles its type.</summary>
    public IRecordReader? Find(string path) => readers.FirstOrDefault(r => r.CanRead(path));
}
