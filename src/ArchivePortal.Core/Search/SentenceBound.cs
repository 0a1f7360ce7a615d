using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Search;

/// <summary>
/// The highest snippet score a sentence could have, read from its letters without analyzing it. A
/// snippet is the first sentence with the most query words, and most sentences of a long body
/// cannot have more than the best so far: the highlighter analyzes only those that can. For the
/// bench's Chinese queries of two words a page of snippets took 5-8 ms, nearly all of it
/// segmenting sentences that had one of the words; the Vietnamese ones spent theirs the same way.
/// <list type="bullet">
/// <item>Simplified Chinese: a query term is a word of the text's mainland form, so a sentence that
/// lacks one of its characters (Traditional ones folded) does not have it. Regional vocabulary also
/// rewrites words into mainland form (少儿 → 儿童, 网路 → 网络), so a word the maintained table may
/// fold others into is possible in every sentence (<see cref="Analysis.Chinese.ChineseAnalyzer.MayFoldInto"/>).
/// Traditional Chinese records, where Taiwan and Hong Kong words are, have all their sentences
/// analyzed. What this misses: a Taiwan word of OpenCC's tables alone, written in Simplified
/// characters in a Simplified record (记忆体 for 内存); its sentence is passed over, and the
/// snippet is the best of the others.</item>
/// <item>Vietnamese: a term (a syllable or a pair) is the text's syllables lower-cased and, in one
/// stream, without diacritics, tones placed alike in the other: a sentence has it only where,
/// lower-cased and without diacritics, it has each of its syllables.</item>
/// </list>
/// English stems are not the letters of their words (happi for happy): English sentences are all analyzed.
/// </summary>
public sealed class SentenceBound
{
    readonly string text;
    readonly string? foldedCharacters; // Chinese: the text with Traditional characters folded
    readonly List<string> hanTerms;
    readonly List<string[]> syllableTerms; // Vietnamese: each term's syllables, lower-cased, without diacritics
    readonly int otherTerms;

    SentenceBound(string text, string? foldedCharacters, List<string> hanTerms, List<string[]> syllableTerms, int otherTerms) =>
        (this.text, this.foldedCharacters, this.hanTerms, this.syllableTerms, this.otherTerms) = (text, foldedCharacters, hanTerms, syllableTerms, otherTerms);

    /// <summary>
    /// The bound of the sentences of <paramref name="text"/> for the query's <paramref name="terms"/>
    /// in the <paramref name="streams"/> the highlighter analyzes; null when the record's
    /// <paramref name="language"/> is neither Simplified Chinese nor Vietnamese, or its text goes to
    /// another language's streams too (Han characters in a Vietnamese record).
    /// </summary>
    public static SentenceBound? For(ArchiveAnalyzer analyzer, string language, QueryTerms terms, IReadOnlySet<TextStream> streams, string text)
    {
        TextStream[] own = language switch
        {
            LanguageCodes.Chinese => [TextStream.ChineseWords, TextStream.ChineseBigrams],
            LanguageCodes.Vietnamese => [TextStream.VietnameseExact, TextStream.VietnameseFolded],
            _ => [],
        };
        var analyzed = analyzer.RecordStreams(language, text).Where(streams.Contains).ToList();
        if (own.Length == 0 || analyzed.Any(s => !own.Contains(s))) return null;
        var all = analyzed.SelectMany(terms.In).Where(t => t.Length > 0).ToList();
        if (language == LanguageCodes.Chinese)
        {
            // A word that regional vocabulary folds other words into (儿童, from 少儿) is possible anywhere.
            var han = all.Where(t => t.All(TextFolding.IsHan) && !analyzer.Chinese.MayFoldInto(t)).ToList();
            return new SentenceBound(text, analyzer.Chinese.FoldCharacters(text), han, [], all.Count - han.Count);
        }
        var syllables = all.Select(t => Plain(t).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(s => s.Length > 0).ToList();
        return new SentenceBound(text, null, [], syllables, all.Count - syllables.Count);
    }

    /// <summary>
    /// No less than the snippet score of the sentence at <paramref name="sentence"/> (distinct
    /// terms × 1000 + marks, as the highlighter counts): the terms it may have, and at most one
    /// mark per character; 0 when it can have no term.
    /// </summary>
    public int HighestScore((int Start, int End) sentence)
    {
        int length = sentence.End - sentence.Start;
        int possible = otherTerms;
        if (hanTerms.Count > 0)
        {
            var characters = foldedCharacters.AsSpan(sentence.Start, length);
            foreach (var term in hanTerms)
                if (HasCharacters(characters, term)) possible++;
        }
        if (syllableTerms.Count > 0)
        {
            var plain = Plain(text.Substring(sentence.Start, length));
            foreach (var syllables in syllableTerms)
                if (syllables.All(s => plain.Contains(s, StringComparison.Ordinal))) possible++;
        }
        return possible == 0 ? 0 : possible * 1000 + length;
    }

    static bool HasCharacters(ReadOnlySpan<char> text, string term)
    {
        foreach (var c in term)
            if (text.IndexOf(c) < 0) return false;
        return true;
    }

    /// <summary>Lower-cased as the analyzers lower-case, then without diacritics.</summary>
    static string Plain(string text)
    {
        var lower = text.ToCharArray();
        InvariantLowerCase.InPlace(lower);
        return TextFolding.RemoveDiacritics(new string(lower));
    }
}
