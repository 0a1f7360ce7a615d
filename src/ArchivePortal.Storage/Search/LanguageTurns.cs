using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// The relevance order with the record languages taking turns: among records that match as many
/// of the query's words, the best of each language comes first, then the second of each, and so
/// on. The relevance order alone ranks a word as typed above its other names, which is right
/// within one language but buries a whole language when the query is typed in another script:
/// "Rao Quan" is written 饶权 in every Chinese record, so 1,556 English records came before the
/// first of 1,847 Chinese ones. Records with fewer of the words still come after those with more.
/// </summary>
internal static class LanguageTurns
{
    /// <summary>The first <paramref name="wanted"/> matches in turn order, sorted.</summary>
    public static List<Candidate> Best(List<Candidate> matches, int wanted)
    {
        // A match among the first `wanted` in turns is among the first `wanted` of its own language,
        // so each language's best that many are all that need ranking: one pass keeps them.
        var languages = new List<(string Label, BestMatches Best)>();
        var codes = new List<(string Code, BestMatches Best)>(); // the few language codes, each to its label's list
        string? lastCode = null;
        BestMatches? last = null;
        foreach (var m in matches)
        {
            var code = m.Language;
            // Language codes are shared strings, and matches of one language come in runs: the
            // same list as the last match's, most of the time, without a search.
            if (!ReferenceEquals(code, lastCode))
            {
                last = null;
                foreach (var (c, b) in codes)
                    if (ReferenceEquals(c, code) || c == code) { last = b; break; }
                if (last is null)
                {
                    var label = LanguageCodes.LabelLanguage(code);
                    foreach (var (l, b) in languages)
                        if (l == label) { last = b; break; }
                    if (last is null) languages.Add((label, last = new BestMatches(ResultOrder.Relevance, wanted)));
                    codes.Add((code, last));
                }
                lastCode = code;
            }
            last!.Offer(m);
        }
        var turns = new List<(Candidate Match, int Turn)>();
        foreach (var (_, best) in languages)
        {
            int turn = 0, coverage = -1;
            foreach (var m in best.Sorted())
            {
                // Turns count again from the first record of each coverage: more words rank first.
                if (m.Coverage != coverage) (turn, coverage) = (0, m.Coverage);
                turns.Add((m, turn++));
            }
        }
        turns.Sort((a, b) =>
            a.Match.Coverage != b.Match.Coverage ? b.Match.Coverage.CompareTo(a.Match.Coverage)
            : a.Turn != b.Turn ? a.Turn.CompareTo(b.Turn)
            : ResultOrder.Relevance.Compare(a.Match, b.Match));
        return turns.Take(wanted).Select(t => t.Match).ToList();
    }
}
