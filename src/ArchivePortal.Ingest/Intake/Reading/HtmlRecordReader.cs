using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake.Extraction;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// Reads a saved HTML page (.html, .htm) as one record. The conversion is <see cref="HtmlRecordConverter"/>, shared
/// with the crawler; this class only adds the file handling, including pages in GBK, GB2312, Big5 or windows-1258
/// that declare their charset in &lt;meta&gt;.
/// </summary>
public sealed class HtmlRecordReader : IRecordReader
{
    /// <summary>The extensions this reader handles.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".html", ".htm"];

    public bool CanRead(string path) => FileExtensions.Has(path, Extensions);

    public IEnumerable<ReadResult> Read(string path)
    {
        var loaded = DocumentFile.Load(path, isHtml: true);
        yield return loaded.Text is null ? loaded.AsFailure(path) : Parse(loaded.Text, path);
    }

    /// <summary>The record in the page <paramref name="html"/> (decoded and normalized), read from <paramref name="path"/>.</summary>
    public static ReadResult Parse(string html, string path)
    {
        var extracted = HtmlRecordConverter.Convert(BoundedHtmlParser.Parse(html), baseUrl: null);
        if (extracted.Record is not { } record) return ReadResult.Failed(path, extracted.FailureDetail!, extracted.FailureCode!);
        return ReadResult.Success(record with { Id = FileExtensions.IdOf(path), Origin = path });
    }
}
