using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Core.Spelling;

/// <summary>
/// "Did you mean": the query with each word the index does not know replaced by the nearest word
/// it does (<see cref="WordCorrector"/>), everything else as typed. Suggestions come best first;
/// whether one finds anything is for the caller to check with a search, since filters and the
/// query's other words decide that. Words that name a person or an institution the archive knows
/// are never corrected (<see cref="NamedWords"/>).
/// </summary>
public sealed class SpellingSuggester(ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
{
    /// <summary>Unknown words corrected at most; later ones stay as typed.</summary>
    public const int MaxCorrectedWords = 6;

    /// <summary>Other words tried for each unknown one, when the best does not find anything.</summary>
    const int OptionsPerWord = 3;

    /// <summary>Up to <paramref name="max"/> corrected queries, best first; none when every word is known.</summary>
    public IReadOnlyList<SpellingSuggestion> Suggest(string query, IndexVocabulary vocabulary, int max = 3)
    {
        var corrector = new WordCorrector(analyzer, vocabulary);
        var words = QueryWords.In(query);
        var named = NamedWords.In(words, authorities);
        var fixes = new List<(QueryWord Word, List<string> Options)>();
        for (int i = 0; i < words.Count && fixes.Count < MaxCorrectedWords; i++)
        {
            var w = words[i];
            if (named.Contains(i) || corrector.IsKnown(w.Text)) continue;
            var before = w.FollowsWord && i > 0 ? words[i - 1].Text : null;
            var after = i + 1 < words.Count && words[i + 1].FollowsWord ? words[i + 1].Text : null;
            var options = corrector.Corrections(w.Text, before, after).Take(OptionsPerWord).Select(c => LikeTyped(w.Text, c.Word)).ToList();
            if (options.Count > 0) fixes.Add((w, options));
        }
        if (fixes.Count == 0) return [];

        // The best word everywhere first; then, one word at a time, its next options.
        var choices = new List<int[]> { new int[fixes.Count] };
        for (int k = 0; k < fixes.Count; k++)
            for (int o = 1; o < fixes[k].Options.Count; o++)
            {
                var choice = new int[fixes.Count];
                choice[k] = o;
                choices.Add(choice);
            }
        return choices.Take(max).Select(c => Build(query, fixes, c)).ToList();
    }

    static SpellingSuggestion Build(string query, List<(QueryWord Word, List<string> Options)> fixes, int[] choice)
    {
        var text = new System.Text.StringBuilder();
        var changed = new List<Range>();
        int at = 0;
        for (int k = 0; k < fixes.Count; k++)
        {
            var (word, options) = fixes[k];
            text.Append(query, at, word.Start - at);
            var replacement = options[choice[k]];
            changed.Add(text.Length..(text.Length + replacement.Length));
            text.Append(replacement);
            at = word.End;
        }
        text.Append(query, at, query.Length - at);
        return new SpellingSuggestion(text.ToString(), changed);
    }

    /// <summary>The correction in the typed word's case: Qaun → Quan, LIBARY → LIBRARY.</summary>
    static string LikeTyped(string typed, string word)
    {
        if (typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c))) return word.ToUpperInvariant();
        if (char.IsUpper(typed[0])) return char.ToUpperInvariant(word[0]) + word[1..];
        return word;
    }
}
