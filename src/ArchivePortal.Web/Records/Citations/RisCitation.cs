using System.Text;

namespace ArchivePortal.Web.Records.Citations;

/// <summary>
/// RIS, the tagged format every reference manager imports (Zotero, EndNote, Mendeley): one
/// "TAG  - value" a line, from TY to ER, lines ending in CR LF as the format's description asks.
/// </summary>
public static class RisCitation
{
    public const string ContentType = "application/x-research-info-systems";
    public const string Extension = "ris";

    public static string Write(Citation c)
    {
        var sb = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) sb.Append(tag).Append("  - ").Append(Citation.OneLine(value)).Append("\r\n");
        }
        Tag("TY", c.IsNews ? "NEWS" : "GEN");
        Tag("TI", c.Title);
        // A trailing comma marks a corporate author: without it "National Library of China" is read as a person's name.
        foreach (var a in c.Authors) Tag("AU", a + ",");
        if (c.Date is { } d)
        {
            Tag("PY", d.Year.ToString("D4"));
            Tag("DA", d.ToString("yyyy'/'MM'/'dd'/'", System.Globalization.CultureInfo.InvariantCulture));
        }
        Tag("LA", c.Language);
        Tag("PB", c.Publisher);
        Tag("UR", c.Url);
        Tag("UR", c.SourceUrl);
        foreach (var k in c.Keywords) Tag("KW", k);
        Tag("AB", c.Abstract);
        Tag("ID", c.Key);
        sb.Append("ER  - \r\n");
        return sb.ToString();
    }
}
