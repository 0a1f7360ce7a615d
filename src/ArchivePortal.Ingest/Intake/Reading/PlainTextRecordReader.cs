using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;
using ArchivePortal.Ingest.Chrome;
using ArchivePortal.Ingest.Text;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// Reads a plain-text page capture (.txt): a title line, page chrome lines, then the article, one
/// paragraph per line or per block of lines.
/// </summary>
/// <remarks>
/// The title is the first line left after chrome removal (a capture may start with its breadcrumb).
/// When that line reads as a paragraph (longer than 150 characters, several sentences, or ending in 。),
/// the file has no title line: the title is derived from the paragraph by <see cref="TitleDeriver"/> and
/// the paragraph stays in the body. Page captures put each paragraph on its own line, so every
/// non-empty line becomes a paragraph of the body.
/// </remarks>
public sealed class PlainTextRecordReader : IRecordReader
{
    /// <summary>The extensions this reader handles.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt"];

    public bool CanRead(string path) => FileExtensions.Has(path, Extensions);

    public IEnumerable<ReadResult> Read(string path)
    {
        var loaded = DocumentFile.Load(path);
        yield return loaded.Text is null ? loaded.AsFailure(path) : Parse(loaded.Text, path);
    }

    /// <summary>The record in <paramref name="text"/>, read from <paramref name="path"/>.</summary>
    public static ReadResult Parse(string text, string path)
    {
        var chrome = PageChromeRemover.Default.Remove(text);
        var lines = chrome.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return ReadResult.Failed(path, "no text left after removing page chrome (breadcrumbs, toolbars, footers)", IntakeErrorCodes.NoArticle);

        string title;
        if (TitleDeriver.LooksLikeParagraph(lines[0])) title = TitleDeriver.FromParagraph(lines[0]);
        else
        {
            title = lines[0];
            lines.RemoveAt(0);
        }
        // A first line of only sentence marks ("。。") derives an empty title; a record needs one, as in the other readers.
        if (string.IsNullOrWhiteSpace(title))
            return ReadResult.Failed(path, "no title: the first line left after removing page chrome has no words", IntakeErrorCodes.NoTitle);
        var body = string.Join("\n\n", lines);

        return ReadResult.Success(new ArchiveRecord
        {
            Id = FileExtensions.IdOf(path),
            Title = title,
            Body = body,
            Language = LanguageDetector.Detect($"{title}\n{body}"),
            Date = (DateExtractor.FindHeader(chrome.RemovedText) ?? DateExtractor.Find(body, title))?.Date,
            Type = RecordTypeClassifier.Classify(title, lines.FirstOrDefault()),
            Origin = path,
        });
    }
}
