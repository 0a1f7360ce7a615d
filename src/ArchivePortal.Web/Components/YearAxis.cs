using System.Globalization;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Web.Components;

/// <summary>
/// The year histogram's horizontal axis. Over up to <see cref="MaxContinuousSpan"/> years every year
/// from the first to the last has a slot, so the space between two bars is the time between them
/// and a year without records is an empty slot. Over a longer span a slot per year would make the
/// bars too thin to click: then only years with records have slots, and each run of years without
/// records between them becomes one break, drawn as such.
/// </summary>
public sealed class YearAxis
{
    public const int MaxContinuousSpan = 40;

    /// <summary>
    /// The most labels under the axis: the chart is drawn about 200 units wide (YearHistogram) with
    /// labels large enough to read on a phone, and six four-digit years fit that width with room between.
    /// </summary>
    const int MaxLabels = 6;

    /// <summary>Label spacings in years, the smallest that keeps to <see cref="MaxLabels"/> is used.</summary>
    static readonly int[] LabelSteps = [1, 2, 5, 10];

    public IReadOnlyList<YearSlot> Slots { get; }

    YearAxis(IReadOnlyList<YearSlot> slots) => Slots = slots;

    /// <summary>The axis of a year facet's values (years as the facet writes them, in any order).</summary>
    public static YearAxis Of(IEnumerable<FacetValue> years)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var y in years)
            if (y.Value.Length is > 0 and < 6 && y.Value.All(char.IsAsciiDigit))
                counts[int.Parse(y.Value, CultureInfo.InvariantCulture)] = y.Count;
        if (counts.Count == 0) return new YearAxis([]);
        var first = counts.Keys.First();
        var last = counts.Keys.Last();
        return last - first + 1 <= MaxContinuousSpan ? Continuous(counts, first, last) : WithBreaks(counts);
    }

    /// <summary>Every year: labelled are the first, the last, and the multiples of a round step not too near either.</summary>
    static YearAxis Continuous(SortedDictionary<int, int> counts, int first, int last)
    {
        var span = last - first + 1;
        // No two labels nearer than a label's width: the round step, and the years kept between a round
        // year's label and the first's or last's, are that many slots at least.
        var room = MinLabelDistance(span);
        var step = LabelSteps.FirstOrDefault(s => s >= room, LabelSteps[^1]);
        var slots = new List<YearSlot>();
        for (var year = first; year <= last; year++)
        {
            var labelled = year == first || year == last || (year % step == 0 && year - first >= room && last - year >= room);
            slots.Add(new YearSlot(Text(year), counts.GetValueOrDefault(year), labelled));
        }
        return new YearAxis(slots);
    }

    /// <summary>Years with records and breaks between them: labelled are the first, the last, and evenly spaced slots.</summary>
    static YearAxis WithBreaks(SortedDictionary<int, int> counts)
    {
        var slots = new List<YearSlot>();
        int? previous = null;
        foreach (var (year, count) in counts)
        {
            if (previous is { } p && year > p + 1) slots.Add(YearSlot.Break);
            slots.Add(new YearSlot(Text(year), count, Labelled: false));
            previous = year;
        }
        var every = MinLabelDistance(slots.Count);
        var room = every;
        for (var i = 0; i < slots.Count; i++)
        {
            var labelled = i == 0 || i == slots.Count - 1 || (i % every == 0 && slots.Count - 1 - i >= room);
            if (labelled && !slots[i].IsBreak) slots[i] = slots[i] with { Labelled = true };
        }
        return new YearAxis(slots);
    }

    /// <summary>The fewest slots between two labels, so that <see cref="MaxLabels"/> of them fill the axis at most.</summary>
    static int MinLabelDistance(int slots) => (slots + MaxLabels - 1) / MaxLabels;

    /// <summary>A year as the year facet writes it (2021, 0800), so that a bar's filter is the facet's value.</summary>
    static string Text(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}

/// <summary>One place on the axis: a year with its records (maybe none), or a break standing for years skipped.</summary>
public sealed record YearSlot(string? Year, int Count, bool Labelled)
{
    public static readonly YearSlot Break = new(null, 0, false);

    public bool IsBreak => Year is null;
}
