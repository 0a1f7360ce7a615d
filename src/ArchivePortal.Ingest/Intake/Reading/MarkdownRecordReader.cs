using System.Text.RegularExpressions;
using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;
using ArchivePortal.Ingest.Chrome;
using ArchivePortal.Ingest.Text;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// Reads a Markdown file (.md, .markdown) with optional YAML front matter (id, title, lang, date,
/// institution, source_url, type, persons, topics). What the front matter states wins; what it leaves
/// out is derived: title from the first <c># heading</c> or the first line, language detected on the
/// text, date and type extracted, id from the file name. Page chrome kept in the body is removed.
/// </summary>
public sealed class MarkdownRecordReader : IRecordReader
{
    /// <summary>The extensions this reader handles.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown"];

    static readonly Regex Heading = new(@"^ {0,3}#[ \t]+(?<text>.+?)[ \t#]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public bool CanRead(string path) => FileExtensions.Has(path, Extensions);

    public IEnumerable<ReadResult> Read(string path)
    {
        var loaded = DocumentFile.Load(path);
        yield return loaded.Text is null ? loaded.AsFailure(path) : Parse(loaded.Text, path);
    }

    /// <summary>The record in the Markdown <paramref name="text"/>, read from <paramref name="path"/>.</summary>
    public static ReadResult Parse(string text, string path)
    {
        var frontMatter = FrontMatter.Parse(text, out var error);
        if (frontMatter is null) return ReadResult.Failed(path, error!, IntakeErrorCodes.InvalidFrontMatter);

        var errors = new List<string>();
        var declaredLanguage = frontMatter.Text("lang", errors);
        var language = LanguageCodes.Normalize(declaredLanguage);
        if (declaredLanguage is not null && language is null)
            errors.Add($"front matter: lang '{declaredLanguage}' is not one of {string.Join(", ", LanguageCodes.All)}");
        var declaredDate = frontMatter.Text("date", errors);
        var date = FieldValues.Date(declaredDate);
        if (declaredDate is not null && date is null)
            errors.Add($"front matter: date '{declaredDate}' is not a date; write it as YYYY-MM-DD");
        var fields = new
        {
            Id = frontMatter.Text("id", errors),
            Title = frontMatter.Text("title", errors),
            Institution = frontMatter.Text("institution", errors),
            SourceUrl = frontMatter.Text("source_url", errors) ?? frontMatter.Text("url", errors),
            Type = frontMatter.Text("type", errors)?.ToLowerInvariant(),
            Persons = frontMatter.List("persons", errors),
            Topics = frontMatter.List("topics", errors),
        };
        if (fields.Id is { } declaredId && RecordIds.Problem(declaredId) is { } idProblem) errors.Add("front matter: " + idProblem);
        if (errors.Count > 0) return ReadResult.Failed(path, string.Join("; ", errors), IntakeErrorCodes.InvalidField);

        var chrome = PageChromeRemover.Default.Remove(frontMatter.Body);
        var (title, body) = fields.Title is { } given ? (given, chrome.Text) : TitleFromText(chrome.Text);
        if (string.IsNullOrWhiteSpace(title))
            return ReadResult.Failed(path, "no title: add 'title:' to the front matter or start the text with a '# heading'", IntakeErrorCodes.NoTitle);

        return ReadResult.Success(new ArchiveRecord
        {
            Id = fields.Id ?? FileExtensions.IdOf(path),
            Title = title,
            Body = body,
            Language = language ?? LanguageDetector.Detect($"{title}\n{body}"),
            Date = date ?? (DateExtractor.FindHeader(chrome.RemovedText) ?? DateExtractor.Find(body, title))?.Date,
            Institution = fields.Institution,
            SourceUrl = fields.SourceUrl,
            Type = fields.Type ?? RecordTypeClassifier.Classify(title, body.Split("\n\n", 2)[0]),
            Persons = fields.Persons,
            Topics = fields.Topics,
            Origin = path,
        });
    }

    // The first "# heading" is the title and leaves the body; else the first line does, unless it is a
    // paragraph, which stays and lends a derived title.
    static (string? Title, string Body) TitleFromText(string body)
    {
        if (Heading.Match(body) is { Success: true } heading)
            return (heading.Groups["text"].Value.Trim(), Collapse(body.Remove(heading.Index, heading.Length)));

        var lines = body.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) return (null, body);
        var line = lines[first].Trim().TrimStart('#', '>', ' ');
        if (TitleDeriver.LooksLikeParagraph(line)) return (TitleDeriver.FromParagraph(line), body);
        return (line, Collapse(string.Join('\n', lines[(first + 1)..])));
    }

    static string Collapse(string text) => Regex.Replace(text, @"\n{3,}", "\n\n").Trim('\n');
}
