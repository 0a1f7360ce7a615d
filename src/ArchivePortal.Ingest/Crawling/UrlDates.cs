using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// The date a news URL carries in its path, for pages that do not state one: /2021/03/12/…, /2021-03-12-…,
/// and the t20190125_123456.html of Chinese government CMSs. Only complete, valid dates count.
/// </summary>
public static class UrlDates
{
    static readonly Regex[] Patterns =
    [
        new(@"(?<![0-9])(?<y>(19|20)[0-9]{2})[/_-](?<m>[0-9]{1,2})[/_-](?<d>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant),
        new(@"(?<![0-9A-Za-z])t(?<y>(19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})_", RegexOptions.CultureInvariant),
        new(@"/(?<y>(19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})/", RegexOptions.CultureInvariant),
    ];

    public static DateOnly? Find(Uri url)
    {
        var path = url.AbsolutePath;
        foreach (var pattern in Patterns)
            foreach (Match m in pattern.Matches(path))
            {
                int y = int.Parse(m.Groups["y"].Value), mo = int.Parse(m.Groups["m"].Value), d = int.Parse(m.Groups["d"].Value);
                if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, d);
            }
        return null;
    }
}
