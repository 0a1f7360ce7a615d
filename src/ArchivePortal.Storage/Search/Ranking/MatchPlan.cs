using System.Text.RegularExpressions;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage.Schema;

namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// What the scorer needs to know of a MATCH expression: its phrases in the order FTS5 numbers
/// them (the order they are written in), the query words (units) each stands for, and how each
/// splits into one bm25 term per analysis stream. The compiler writes one phrase for every stream
/// that gives the same tokens (<c>{title_vi body_vi title_zh body_zh} : "thu vien"</c>), so FTS5
/// reads each token list once; scoring the streams apart keeps the ranking of one phrase per stream.
/// </summary>
internal sealed partial class MatchPlan
{
    public sealed class Phrase
    {
        /// <summary>
        /// The phrase's first token as FTS5's ascii tokenizer cuts it (empty if it has none), to check
        /// that FTS5 numbered the phrases as this plan does.
        /// </summary>
        public required string FirstToken { get; init; }

        /// <summary>The units the phrase belongs to: bit u for unit u (the compiler keeps to <see cref="MaxUnits"/>).</summary>
        public required ulong Units { get; init; }

        /// <summary>The same for the units as typed, without aliases.</summary>
        public required ulong ExactUnits { get; init; }

        /// <summary>Per table column, the index of the bm25 term its instances count for; -1 outside the phrase's columns.</summary>
        public required int[] TermOfColumn { get; init; }

        /// <summary>The bm25 terms of this phrase (indexes into <see cref="Terms"/>).</summary>
        public required int[] OwnTerms { get; init; }
    }

    /// <summary>The most query words (units) whose coverage is counted: one bit each in a ulong.</summary>
    public const int MaxUnits = 64;

    public IReadOnlyList<Phrase> Phrases { get; }

    /// <summary>One bm25 term per phrase and stream, named as a one-stream phrase: the key of its document frequency.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Per column, its bm25 weight.</summary>
    public static readonly double[] Weights = FtsColumns.All.Select(c => c.Weight).ToArray();

    MatchPlan(List<Phrase> phrases, List<string> terms)
    {
        Phrases = phrases;
        Terms = terms;
    }

    public static MatchPlan For(string match, IReadOnlyList<string> units, IReadOnlyList<string> exactUnits)
    {
        var unitBits = UnitBits(units);
        var exactBits = UnitBits(exactUnits);
        var phrases = new List<Phrase>();
        var terms = new List<string>();
        foreach (Match m in PhrasePattern().Matches(match))
        {
            var columns = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FtsColumns.IndexOf).Where(i => i >= 0).ToList();
            var termOfColumn = Enumerable.Repeat(-1, FtsColumns.All.Count).ToArray();
            var own = new List<int>();
            foreach (var stream in columns.Select(i => FtsColumns.All[i].Stream).Distinct())
            {
                var streamColumns = columns.Where(i => FtsColumns.All[i].Stream == stream).ToList();
                var filter = "{" + string.Join(' ', streamColumns.Select(i => FtsColumns.All[i].Name)) + "}";
                foreach (var i in streamColumns) termOfColumn[i] = terms.Count;
                own.Add(terms.Count);
                terms.Add(filter + " : \"" + m.Groups[2].Value + "\"");
            }
            phrases.Add(new Phrase
            {
                FirstToken = FirstAsciiToken(m.Groups[2].Value),
                Units = unitBits.GetValueOrDefault(m.Value),
                ExactUnits = exactBits.GetValueOrDefault(m.Value),
                TermOfColumn = termOfColumn,
                OwnTerms = [.. own],
            });
        }
        return new MatchPlan(phrases, terms);
    }

    /// <summary>For each phrase (as written) of the units, the bits of the units that hold it.</summary>
    static Dictionary<string, ulong> UnitBits(IReadOnlyList<string> units)
    {
        if (units.Count > MaxUnits) throw new ArgumentException($"At most {MaxUnits} units are counted; the query has {units.Count}.", nameof(units));
        var bits = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int u = 0; u < units.Count; u++)
            foreach (Match m in PhrasePattern().Matches(units[u]))
                bits[m.Value] = bits.GetValueOrDefault(m.Value) | (1UL << u);
        return bits;
    }

    /// <summary>
    /// The first token FTS5's ascii tokenizer finds: a run of ASCII letters and digits and non-ASCII
    /// characters, ASCII letters folded to lower case. Our tokens may hold characters it splits on
    /// (the apostrophe of "o'brien"), so the phrase's first token for FTS5 can be part of ours.
    /// </summary>
    static string FirstAsciiToken(string text)
    {
        int start = 0;
        while (start < text.Length && !IsTokenChar(text[start])) start++;
        int end = start;
        while (end < text.Length && IsTokenChar(text[end])) end++;
        var token = text.ToCharArray(start, end - start);
        for (int i = 0; i < token.Length; i++)
            if (char.IsAsciiLetterUpper(token[i])) token[i] = (char)(token[i] | 0x20);
        return new string(token);

        static bool IsTokenChar(char c) => c >= 0x80 || char.IsAsciiLetterOrDigit(c);
    }

    /// <summary>Phrases as the compiler writes them: a column filter, a colon, a quoted token list ("" escapes a quote).</summary>
    [GeneratedRegex("""\{([^}]*)\} : "((?:[^"]|"")*)"(?!")""", RegexOptions.CultureInvariant)]
    private static partial Regex PhrasePattern();
}
