using System.Text;

namespace ArchivePortal.Web.Records.Citations;

/// <summary>
/// A BibTeX entry (@misc, readable by BibTeX and biblatex). Text fields escape LaTeX's special
/// characters, so a title with "50% & more" or braces cannot break the file it is pasted into.
/// </summary>
public static class BibTexCitation
{
    public const string ContentType = "application/x-bibtex";
    public const string Extension = "bib";

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    static readonly Dictionary<string, string> LanguageNames = new() { ["zh"] = "chinese", ["en"] = "english", ["vi"] = "vietnamese" };

    public static string Write(Citation c)
    {
        var sb = new StringBuilder();
        sb.Append("@misc{").Append(Key(c.Key)).Append(",\n");
        void Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }
        // Double braces keep a title's capitals as written and a corporate author whole (not split into first and last names).
        Field("title", "{" + Escape(c.Title) + "}");
        if (c.Authors.Count > 0) Field("author", string.Join(" and ", c.Authors.Select(a => "{" + Escape(a) + "}")));
        if (c.Date is { } d)
        {
            Field("year", d.Year.ToString("D4"));
            sb.Append("  month = ").Append(Months[d.Month - 1]).Append(",\n");
            Field("date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        Field("language", LanguageNames.GetValueOrDefault(c.Language, Escape(c.Language)));
        Field("publisher", Escape(c.Publisher));
        Field("url", Url(c.Url));
        if (c.SourceUrl is not null) Field("howpublished", "\\url{" + Url(c.SourceUrl) + "}");
        if (c.Keywords.Count > 0) Field("keywords", Escape(string.Join(", ", c.Keywords)));
        Field("abstract", Escape(c.Abstract));
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>Text with LaTeX's specials written as commands: \ { } $ &amp; % # _ ^ ~.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in Citation.OneLine(text))
        {
            sb.Append(ch switch
            {
                '\\' => "\\textbackslash{}",
                '{' => "\\{",
                '}' => "\\}",
                '$' or '&' or '%' or '#' or '_' => "\\" + ch,
                '^' => "\\textasciicircum{}",
                '~' => "\\textasciitilde{}",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A URL as the url field takes it (verbatim): only what would unbalance the entry or end a line is percent-encoded.</summary>
    static string Url(string url) => Citation.OneLine(url).Replace("{", "%7B").Replace("}", "%7D").Replace("\\", "%5C").Replace(" ", "%20");

    /// <summary>A citation key of letters, digits and - _ : . only (what BibTeX accepts everywhere); the record id otherwise.</summary>
    static string Key(string id)
    {
        var key = new string(id.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or ':' or '.' ? ch : '-').ToArray()).Trim('-');
        return key.Length == 0 ? "record" : key;
    }
}
