namespace ArchivePortal.Core.Extraction;

/// <summary>The pattern that produced a date, so that callers and tests can tell a sure date from a guess.</summary>
public enum DateRule
{
    /// <summary>A labelled header such as <c>发布时间:2020-05-29</c> or <c>Published: 12 May 2021</c>.</summary>
    HeaderLine,
    /// <summary><c>2020-05-29</c>, <c>2020/05/29</c>, <c>2020.05.29</c>.</summary>
    IsoDate,
    /// <summary><c>2021年1月28日</c>.</summary>
    ChineseDate,
    /// <summary>Day first with numbers: <c>26/12/2022</c> (Vietnamese, British and Chinese pages all put the day first).</summary>
    NumericDayMonthYear,
    /// <summary><c>28 January 2021</c> or <c>January 28, 2021</c>.</summary>
    EnglishDate,
    /// <summary>A day and month without a year (<c>On 11 March</c>, <c>9月26日</c>, <c>sáng 19/4</c>) completed with a year from the title or the same paragraph.</summary>
    DayMonthWithContextYear,
}

/// <summary>A date found in text: the date, the rule that fired and where it was found.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Rule">Which pattern matched.</param>
/// <param name="Index">UTF-16 offset of the match in the searched text.</param>
/// <param name="Length">Length of the matched text.</param>
public readonly record struct DateMatch(DateOnly Date, DateRule Rule, int Index, int Length);
