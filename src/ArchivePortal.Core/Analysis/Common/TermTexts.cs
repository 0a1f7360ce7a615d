namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// One string per distinct short term on each thread, instead of one per occurrence: a record's
/// thousand tokens are mostly a few hundred words said again, and an import keeps a batch's tokens
/// until the batch is indexed, long enough for each copy to be promoted and collected in an older
/// GC generation. Bounded: past <see cref="Capacity"/> words, new ones are made and not kept.
/// </summary>
internal static class TermTexts
{
    /// <summary>How many words each thread keeps.</summary>
    public const int Capacity = 100_000;

    /// <summary>Longer terms are made every time: rare, and they would only fill the table.</summary>
    public const int LongestKept = 24;

    [ThreadStatic] static Dictionary<string, string>? known;

    /// <summary>The text of <paramref name="term"/>, shared with every earlier term of the same characters.</summary>
    public static string Of(ReadOnlySpan<char> term)
    {
        if (term.Length > LongestKept) return term.ToString();
        known ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(term, out var text)) return text;
        text = term.ToString();
        if (known.Count < Capacity) known[text] = text;
        return text;
    }
}
