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

        /// <summary>The units (bit u for unit u; units beyond 64 are not counted) and exact units the phrase belongs to.</summary>
        public ulong Units { get; set; }

        public ulong ExactUnits { get; set; }

        /// <summary>Per table column, the index of the bm25 term its instances count for; -1 outside the phrase's columns.</summary>
        public required int[] TermOfColumn { get; init; }

        /// <summary>The bm25 terms of this phrase (indexes into <see cref="Terms"/>).</summary>
        public required int[] OwnTerms { get; init; }
    }

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
        var phrases = new List<Phrase>();
        var terms = new List<string>();
        var keys = new List<string>();
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
            keys.Add(m.Value);
            phrases.Add(new Phrase
            {
                FirstToken = FirstAsciiToken(m.Groups[2].Value),
                TermOfColumn = termOfColumn,
                OwnTerms = [.. own],
            });
        }
        Mark(units, (p, bit) => p.Units |= bit);
        Mark(exactUnits, (p, bit) => p.ExactUnits |= bit);
        return new MatchPlan(phrases, terms);

        void Mark(IReadOnlyList<string> list, Action<Phrase, ulong> set)
        {
            for (int u = 0; u < Math.Min(list.Count, 64); u++)
            {
                var inUnit = PhrasePattern().Matches(list[u]).Select(x => x.Value).ToHashSet();
                for (int p = 0; p < phrases.Count; p++)
                    if (inUnit.Contains(keys[p])) set(phrases[p], 1UL << u);
            }
        }
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
