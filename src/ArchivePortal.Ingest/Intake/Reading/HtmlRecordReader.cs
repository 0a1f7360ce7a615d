using System.Text;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Html;

namespace ArchivePortal.Ingest.Readers;

/// <summary>
/// Reads a saved HTML page (.html, .htm) as one record. The article extraction is
/// <see cref="HtmlArticleExtractor"/>, shared with the crawler; this class only adds the file handling,
/// including pages in GBK, GB2312, Big5 or windows-1258 that declare their charset in &lt;meta&gt;.
/// </summary>
public sealed class HtmlRecordReader : IRecordReader
{
    /// <summary>The extensions this reader handles.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".html", ".htm"];

    /// <summary>How far into the file a charset declaration is looked for (the HTML standard says 1024 bytes; pages with long heads put it later).</summary>
    const int CharsetSniffBytes = 4096;

    static readonly Regex MetaCharset = new(
        @"<meta[^>]+charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool CanRead(string path) => FileExtensions.Has(path, Extensions);

    public IEnumerable<ReadResult> Read(string path)
    {
        var loaded = DocumentFile.Load(path, DeclaredCharset);
        yield return loaded.Text is null ? ReadResult.Failed(path, loaded.FailureReason!) : Parse(loaded.Text, path);
    }

    /// <summary>The record in the page <paramref name="html"/>, read from <paramref name="path"/>.</summary>
    public static ReadResult Parse(string html, string path)
    {
        var article = HtmlArticleExtractor.Extract(html, baseUrl: null);
        if (article.Refusal is { } refused) return ReadResult.Failed(path, refused.Detail, refused.Code);
        if (string.IsNullOrWhiteSpace(article.Title))
            return ReadResult.Failed(path, "no title: the page has no <h1> heading and no <title>");
        if (string.IsNullOrWhiteSpace(article.Text))
            return ReadResult.Failed(path, "no article text found outside navigation, header, footer and sidebars");

        var firstParagraph = article.Text.Split("\n\n", 2)[0];
        return ReadResult.Success(new ArchiveRecord
        {
            Id = FileExtensions.IdOf(path),
            Title = article.Title,
            Body = article.Text,
            Language = article.Language,
            Date = article.Date?.Date,
            SourceUrl = article.CanonicalUrl?.AbsoluteUri,
            Type = RecordTypeClassifier.Classify(article.Title, firstParagraph),
            Origin = path,
        });
    }

    /// <summary>The charset named by a &lt;meta&gt; near the start of the file, or null.</summary>
    public static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, CharsetSniffBytes));
        var match = MetaCharset.Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }
}
