using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// The id of a crawled record, derived from its canonical URL alone, so that every crawl of the same article
/// gives the same id: a readable slug of host and path, plus a short hash of the whole URL so that URLs
/// differing only in punctuation, case or query never share an id.
/// </summary>
public static partial class CrawlRecordIds
{
    const int MaxSlugLength = 80;

    public static string For(Uri canonicalUrl)
    {
        var host = canonicalUrl.Host.StartsWith("www.", StringComparison.Ordinal) ? canonicalUrl.Host[4..] : canonicalUrl.Host;
        var path = Uri.UnescapeDataString(canonicalUrl.AbsolutePath);
        path = Extension().Replace(path, "");
        var slug = NotSlug().Replace($"{host}-{path}".ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > MaxSlugLength) slug = slug[..MaxSlugLength].TrimEnd('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalUrl.AbsoluteUri)))[..8];
        return $"web-{slug}-{hash}";
    }

    [GeneratedRegex(@"\.(s?html?|php|aspx?|jsp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();
}
