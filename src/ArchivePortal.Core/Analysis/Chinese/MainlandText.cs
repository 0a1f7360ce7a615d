using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// A Chinese text in mainland form: Traditional characters folded to Simplified, regional words replaced
/// by the mainland word, and where each character came from. A replacement of another length (網際網路 →
/// 互联网) maps the characters it changed to the characters they replaced, so a highlight marks the
/// word as written.
/// </summary>
public sealed class MainlandText : ITextOffsets
{
    readonly int[]? starts;
    readonly int[]? ends;
    readonly int originalLength;

    MainlandText(char[] text, int originalLength, int[]? starts, int[]? ends, List<(int Start, int End)>? words)
    {
        Text = text;
        this.originalLength = originalLength;
        this.starts = starts;
        this.ends = ends;
        Words = words;
    }

    /// <summary>The text in mainland form, exactly as long as it is.</summary>
    public char[] Text { get; }

    /// <summary>False when only characters were folded, one for one: then offsets are the original's.</summary>
    public bool IsRewritten => starts is not null;

    /// <summary>The word spans found while folding, when they still hold (nothing was rewritten); otherwise null.</summary>
    internal IReadOnlyList<(int Start, int End)>? Words { get; }

    public int OriginalStart(int index) => starts is null ? index : index < starts.Length ? starts[index] : originalLength;

    public int OriginalEnd(int end) => ends is null ? end : end == 0 ? 0 : ends[end - 1];

    public override string ToString() => new(Text);

    /// <summary>The folded text as it is, with the words found in it.</summary>
    internal static MainlandText Folded(char[] folded, List<(int Start, int End)> words) => new(folded, folded.Length, null, null, words);

    /// <summary>The folded text with each unit whose <paramref name="mainland"/> form is not null replaced by it.</summary>
    internal static MainlandText Replaced(char[] folded, IReadOnlyList<(int Start, int End)> units, string?[] mainland, List<(int Start, int End)> words)
    {
        if (Array.TrueForAll(mainland, m => m is null)) return Folded(folded, words);
        var text = new List<char>(folded.Length + 8);
        var starts = new List<int>(folded.Length + 8);
        var ends = new List<int>(folded.Length + 8);
        void Keep(int from, int to)
        {
            for (int k = from; k < to; k++) { text.Add(folded[k]); starts.Add(k); ends.Add(k + 1); }
        }
        int at = 0;
        for (int i = 0; i < units.Count; i++)
        {
            if (mainland[i] is not { } word) continue;
            var (start, end) = units[i];
            Keep(at, start);
            // What the two share at either end maps one for one; only the changed middle maps to the
            // middle as written. A unit can be a whole run of characters (no segmenter), and one
            // replaced word in it must not make every word of the run highlight the whole run.
            var original = folded.AsSpan(start, end - start);
            int prefix = original.CommonPrefixLength(word);
            int suffix = 0;
            while (suffix < Math.Min(original.Length, word.Length) - prefix
                   && original[^(suffix + 1)] == word[^(suffix + 1)]) suffix++;
            int middleEnd = word.Length - suffix;
            bool sameLength = word.Length == end - start;
            for (int k = 0; k < word.Length; k++)
            {
                text.Add(word[k]);
                if (sameLength || k < prefix) { starts.Add(start + k); ends.Add(start + k + 1); }
                else if (k >= middleEnd) { int o = end - (word.Length - k); starts.Add(o); ends.Add(o + 1); }
                else { starts.Add(start + prefix); ends.Add(end - suffix); }
            }
            at = end;
        }
        Keep(at, folded.Length);
        return new MainlandText([.. text], folded.Length, [.. starts], [.. ends], null);
    }
}
