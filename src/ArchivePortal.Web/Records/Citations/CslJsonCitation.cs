using System.Text.Json;

namespace ArchivePortal.Web.Records.Citations;

/// <summary>
/// CSL-JSON, the citation data of the Citation Style Language (Zotero, Pandoc, citeproc): an array of
/// one item whose dates are "date-parts" and whose corporate authors are "literal" names.
/// </summary>
public static class CslJsonCitation
{
    public const string ContentType = "application/vnd.citationstyles.csl+json";
    public const string Extension = "json";

    public static string Write(Citation c)
    {
        var item = new Dictionary<string, object?>
        {
            ["id"] = c.Key,
            ["type"] = c.IsNews ? "article-newspaper" : "article",
            ["title"] = c.Title,
            ["author"] = c.Authors.Count == 0 ? null : c.Authors.Select(a => new Dictionary<string, string> { ["literal"] = a }).ToList(),
            ["issued"] = c.Date is { } d ? new Dictionary<string, int[][]> { ["date-parts"] = [[d.Year, d.Month, d.Day]] } : null,
            ["language"] = c.Language,
            ["publisher"] = c.Publisher,
            ["URL"] = c.Url,
            // The original address: CSL has no field for it, and "note" is where citeproc users look.
            ["note"] = c.SourceUrl,
            ["keyword"] = c.Keywords.Count == 0 ? null : string.Join(", ", c.Keywords),
            ["abstract"] = c.Abstract.Length == 0 ? null : c.Abstract,
        };
        return JsonSerializer.Serialize(new[] { item.Where(kv => kv.Value is not null).ToDictionary() }, Options);
    }

    static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
