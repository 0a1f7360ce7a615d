using System.Text.RegularExpressions;

namespace ArchivePortal.Core.Extraction;

/// <summary>
/// The regular expressions behind <see cref="DateExtractor"/>. Digits are written as <c>[0-9０-９]</c>
/// rather than <c>\d</c>: Chinese pages use full-width digits, and <c>\d</c> would also accept
/// Arabic-Indic and other digits that no source here uses.
/// </summary>
internal static class DatePatterns
{
    const string D = "[0-9０-９]";
    const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// A label that announces the publication date. The lookbehind keeps 日期 in 截止日期 (a deadline)
    /// from counting: the label must start a line or follow a space or punctuation.
    /// </summary>
    public static readonly Regex HeaderLabel = new(
        @"(?<![\p{L}\p{N}])(发布时间|发布日期|發佈時間|發布時間|發佈日期|發布日期|发表时间|發表時間|发文日期|成文日期|" +
        @"更新时间|更新日期|发布于|时间|日期|Ngày đăng|Ngày cập nhật|Published|Posted on|Posted|Date)\s*[:：]\s*",
        Options | RegexOptions.IgnoreCase);

    /// <summary>Full dates, most specific first; each has groups y, m (or mon) and d.</summary>
    public static readonly (Regex Pattern, DateRule Rule)[] FullDates =
    [
        (new($@"(?<![0-9０-９.])(?<y>{D}{{4}})\s*年\s*(?<m>{D}{{1,2}})\s*月\s*(?<d>{D}{{1,2}})\s*[日号號]", Options), DateRule.ChineseDate),
        (new($@"(?<![0-9０-９.])(?<y>{D}{{4}})(?<sep>[-/.])(?<m>{D}{{1,2}})\k<sep>(?<d>{D}{{1,2}})(?![0-9０-９])", Options), DateRule.IsoDate),
        (new($@"(?<![0-9０-９/.])(?<d>{D}{{1,2}})(?<sep>[/.-])(?<m>{D}{{1,2}})\k<sep>(?<y>{D}{{4}})(?![0-9０-９])", Options), DateRule.NumericDayMonthYear),
        (new($@"(?<![0-9])(?<d>[0-3]?[0-9])(st|nd|rd|th)?\s+(of\s+)?(?<mon>{Months})\.?,?\s+(?<y>[0-9]{{4}})(?![0-9])", Options), DateRule.EnglishDate),
        (new($@"\b(?<mon>{Months})\.?\s+(?<d>[0-3]?[0-9])(st|nd|rd|th)?,?\s+(?<y>[0-9]{{4}})(?![0-9])", Options), DateRule.EnglishDate),
    ];

    /// <summary>
    /// Day and month without a year. Month names must be capitalized (English prose capitalizes
    /// them, and "may" is also a verb); the Vietnamese form needs a word like ngày or sáng before it,
    /// because a bare 19/4 is as often a score or a ratio as a date.
    /// </summary>
    public static readonly Regex[] PartialDates =
    [
        new($@"(?<![0-9.,])(?<d>[0-3]?[0-9])(st|nd|rd|th)?\s+(of\s+)?(?<mon>{Months})\b", Options),
        new($@"\b(?<mon>{Months})\.?\s+(?<d>[0-3]?[0-9])(st|nd|rd|th)?(?![0-9:])", Options),
        new($@"(?<![0-9０-９年.])(?<m>{D}{{1,2}})\s*月\s*(?<d>{D}{{1,2}})\s*[日号號]", Options),
        new($@"(?<=\b(ngày|Ngày|sáng|Sáng|chiều|Chiều|tối|Tối|trưa|Trưa)\s+)(?<d>{D}{{1,2}})/(?<m>{D}{{1,2}})(?![/0-9])", Options),
    ];

    /// <summary>A year that can complete a partial date: 1990–2100, not part of a longer number.</summary>
    public static readonly Regex ContextYear = new($@"(?<![0-9０-９.,])(19[9][0-9]|20[0-9]{{2}}|2100)(?![0-9０-９])", Options);

    static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Month number of group <c>mon</c> (a name) or <c>m</c> (digits).</summary>
    public static int Month(Match match)
    {
        var name = match.Groups["mon"];
        if (!name.Success) return Number(match.Groups["m"].Value);
        var prefix = name.Value[..3].ToLowerInvariant();
        return Array.IndexOf(MonthNames, prefix) + 1;
    }

    /// <summary>Parses ASCII or full-width digits.</summary>
    public static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits) value = value * 10 + (int)char.GetNumericValue(c);
        return value;
    }

    /// <summary>A valid date, or null for 31 February and years outside 1900–2100.</summary>
    public static DateOnly? Date(int year, int month, int day)
    {
        // Records older than 1900 exist in archives, but a four-digit number before 1900 next to a
        // day and month is far more often a catalogue number than a date in these sources.
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1) return null;
        if (day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
