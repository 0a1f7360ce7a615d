using System.Globalization;

namespace ArchivePortal.Web.Localization;

/// <summary>
/// Dates and months written the way the interface language writes them: 2019年1月25日 and 2019年1月,
/// 25/01/2019 and 01/2019, 25 Jan 2019 and Jan 2019. Formatted with the invariant culture so the
/// text does not depend on the culture data of the machine (an invariant-globalization container
/// has none); the machine-readable ISO date stays in the datetime attribute.
/// </summary>
public static class DateTexts
{
    public static string Date(DateOnly d, string language) => language switch
    {
        "zh" => d.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture),
        "vi" => d.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture),
        _ => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };

    public static string Month(int year, int month, string language)
    {
        var d = new DateOnly(year, month, 1);
        return language switch
        {
            "zh" => d.ToString("yyyy'年'M'月'", CultureInfo.InvariantCulture),
            "vi" => d.ToString("MM'/'yyyy", CultureInfo.InvariantCulture),
            _ => d.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A month facet value (2019-01) in words; the value itself when it is not a month.</summary>
    public static string Month(string value, string language) =>
        value.Length == 7 && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && y is >= 1 and <= 9999 && m is >= 1 and <= 12
            ? Month(y, m, language)
            : value;
}
