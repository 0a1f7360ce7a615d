using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Crawler.Tests;

/// <summary>
/// An expected record in testdata/expected: header lines (path, title, date, lang, type), a blank line, then the
/// body's paragraphs. Bodies are compared paragraph by paragraph with whitespace collapsed.
/// </summary>
public sealed record ExpectedRecord(string Name, string Path, string Title, DateOnly? Date, string Language, string Type, IReadOnlyList<string> Paragraphs)
{
    public static IReadOnlyList<ExpectedRecord> All() =>
        [.. Directory.GetFiles(TestPaths.TestData("expected"), "*.txt").Order(StringComparer.Ordinal).Select(Load)];

    static ExpectedRecord Load(string file)
    {
        var parts = File.ReadAllText(file).Replace("\r\n", "\n").Split("\n\n", 2);
        var header = parts[0].Split('\n').Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        return new ExpectedRecord(System.IO.Path.GetFileNameWithoutExtension(file), header["path"], header["title"],
            header["date"] is "" ? null : DateOnly.ParseExact(header["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            header["lang"], header["type"], ParagraphsOf(parts.Length > 1 ? parts[1] : ""));
    }

    public static IReadOnlyList<string> ParagraphsOf(string text) =>
        [.. Regex.Split(text.Trim(), @"\n\s*\n").Select(p => Regex.Replace(p, @"\s+", " ").Trim()).Where(p => p.Length > 0)];

    /// <summary>The file a record would be expected as: written beside the test output when a comparison fails, to review.</summary>
    public static string Format(string path, ArchiveRecord r)
    {
        var sb = new StringBuilder();
        sb.Append("path: ").Append(path).Append('\n')
          .Append("title: ").Append(r.Title).Append('\n')
          .Append("date: ").Append(r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
          .Append("lang: ").Append(r.Language).Append('\n')
          .Append("type: ").Append(r.Type).Append("\n\n")
          .Append(r.Body.Trim()).Append('\n');
        return sb.ToString();
    }
}
