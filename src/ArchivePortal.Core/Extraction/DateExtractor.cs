using System.Text.RegularExpressions;

namespace ArchivePortal.Core.Extraction;

/// <summary>
/// Finds the publication or event date of a news item or meeting record in its text.
/// </summary>
/// <remarks>
/// Order of preference, and why:
/// <list type="number">
/// <item>A labelled header (<c>发布时间:2020-05-29</c>): the site states the date, nothing is guessed.</item>
/// <item>The first date in the text, by position. News items name the day of the event in their
/// first sentence; later dates are deadlines, closing days or history.</item>
/// <item>A date inside parentheses only when there is no other: parentheses hold anniversaries and
/// ranges of history, e.g. "70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017), sáng ngày 20/7/2017".</item>
/// </list>
/// A day and month without a year ("From 28 January to 29 January") takes the first year of the title,
/// else the latest year named in the same paragraph (a report on a meeting names the past year and
/// the coming one; the meeting is rarely before the latest); with neither it is skipped, not guessed.
/// Only the first <see cref="SearchLimit"/> characters are searched: the date that describes a record
/// is near its start, and dates further on are about other things.
/// </remarks>
public static class DateExtractor
{
    /// <summary>How many characters from the start of the text are searched.</summary>
    public const int SearchLimit = 20_000;

    /// <summary>
    /// The date of a record whose text (and optionally title) is given, or null when none is found.
    /// </summary>
    /// <param name="text">Article text, possibly with its page header lines.</param>
    /// <param name="title">The record's title; only its year is used, to complete a day and month.</param>
    public static DateMatch? Find(string text, string? title = null)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var searched = text.Length > SearchLimit ? text[..SearchLimit] : text;
        return FindHeader(searched) ?? FindInBody(searched, title);
    }

    /// <summary>Only the labelled-header rule: a date announced by 发布时间, 发布日期, Published … .</summary>
    public static DateMatch? FindHeader(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var searched = text.Length > SearchLimit ? text[..SearchLimit] : text;
        foreach (Match label in DatePatterns.HeaderLabel.Matches(searched))
        {
            var at = label.Index + label.Length;
            foreach (var (pattern, _) in DatePatterns.FullDates)
            {
                var m = pattern.Match(searched, at);
                if (!m.Success || m.Index != at) continue;
                if (ToDate(m) is { } date) return new DateMatch(date, DateRule.HeaderLine, label.Index, m.Index + m.Length - label.Index);
            }
        }
        return null;
    }

    static DateMatch? FindInBody(string text, string? title)
    {
        var candidates = new List<DateMatch>();
        foreach (var (pattern, rule) in DatePatterns.FullDates)
            foreach (Match m in pattern.Matches(text))
                if (ToDate(m) is { } date) candidates.Add(new DateMatch(date, rule, m.Index, m.Length));

        var titleYear = FirstYear(title);
        foreach (var pattern in DatePatterns.PartialDates)
            foreach (Match m in pattern.Matches(text))
            {
                if (Overlaps(m, candidates)) continue; // already part of a full date
                var year = titleYear ?? LatestYearInParagraph(text, m.Index);
                if (year is null) continue;
                var date = DatePatterns.Date(year.Value, DatePatterns.Month(m), DatePatterns.Number(m.Groups["d"].Value));
                if (date is not null) candidates.Add(new DateMatch(date.Value, DateRule.DayMonthWithContextYear, m.Index, m.Length));
            }

        DateMatch? parenthesized = null;
        foreach (var candidate in candidates.OrderBy(c => c.Index))
        {
            if (!InParentheses(text, candidate.Index)) return candidate;
            parenthesized ??= candidate;
        }
        return parenthesized;
    }

    static DateOnly? ToDate(Match m) =>
        DatePatterns.Date(DatePatterns.Number(m.Groups["y"].Value), DatePatterns.Month(m), DatePatterns.Number(m.Groups["d"].Value));

    static bool Overlaps(Match m, List<DateMatch> found) =>
        found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length);

    static int? FirstYear(string? title)
    {
        if (string.IsNullOrEmpty(title)) return null;
        var m = DatePatterns.ContextYear.Match(title);
        return m.Success ? DatePatterns.Number(m.Value) : null;
    }

    static int? LatestYearInParagraph(string text, int index)
    {
        var start = text.LastIndexOf("\n\n", index, StringComparison.Ordinal);
        start = start < 0 ? 0 : start;
        var end = text.IndexOf("\n\n", index, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        int? latest = null;
        foreach (Match y in DatePatterns.ContextYear.Matches(text[start..end]))
            latest = Math.Max(latest ?? 0, DatePatterns.Number(y.Value));
        return latest;
    }

    /// <summary>True when an opening parenthesis before <paramref name="index"/> on the same line is not yet closed.</summary>
    static bool InParentheses(string text, int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is ')' or '）') depth--;
            else if (text[i] is '(' or '（' && ++depth > 0) return true;
        }
        return false;
    }
}
