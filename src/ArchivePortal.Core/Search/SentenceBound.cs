using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Search;

/// <summary>
/// The highest snippet score a sentence of a Simplified Chinese text could have, read from its
/// characters without analyzing it. A query term is a word of the text's mainland form, so a
/// sentence that lacks one of the term's characters (Traditional ones folded) does not have it. A
/// snippet is the first sentence with the most query words, and most sentences of a long body
/// cannot have more than the best so far: the highlighter analyzes only those that can (a quarter
/// to a half of the text, for the bench's Chinese queries of two words: a page of snippets took
/// 5-8 ms, nearly all of it segmenting sentences that had one of the words).
/// </summary>
/// <remarks>
/// Only for records in Simplified Chinese. Regional vocabulary also rewrites words into mainland
/// form (網路 → 网络), whose characters the text does not have; Traditional Chinese records are
/// where such words are, and their sentences are all analyzed. A Taiwan word written in characters
/// both scripts share (滑鼠) in a Simplified record is the case this misses: its sentence is passed
/// over, and the snippet is the best of the others.
/// </remarks>
public sealed class SentenceBound
{
    readonly string folded;
    readonly List<string> hanTerms;
    readonly int otherTerms;

    SentenceBound(string folded, List<string> hanTerms, int otherTerms) =>
        (this.folded, this.hanTerms, this.otherTerms) = (folded, hanTerms, otherTerms);

    /// <summary>
    /// The bound of the sentences of <paramref name="text"/> for the query's <paramref name="terms"/>
    /// in the <paramref name="streams"/> the highlighter analyzes; null when the record's
    /// <paramref name="language"/> is not Simplified Chinese.
    /// </summary>
    public static SentenceBound? For(ArchiveAnalyzer analyzer, string language, QueryTerms terms, IReadOnlySet<TextStream> streams, string text)
    {
        if (language != LanguageCodes.Chinese) return null;
        var analyzed = analyzer.RecordStreams(language, text).Where(streams.Contains).ToList();
        // Only the Chinese streams' terms are words of the mainland text.
        if (analyzed.Any(s => s is not (TextStream.ChineseWords or TextStream.ChineseBigrams))) return null;
        var all = analyzed.SelectMany(terms.In).ToList();
        // A word that regional vocabulary folds other words into (儿童, from 少儿) is possible anywhere.
        var han = all.Where(t => t.Length > 0 && t.All(TextFolding.IsHan) && !analyzer.Chinese.MayFoldInto(t)).ToList();
        return new SentenceBound(analyzer.Chinese.FoldCharacters(text), han, all.Count - han.Count);
    }

    /// <summary>
    /// No less than the snippet score of the sentence at <paramref name="sentence"/> (distinct
    /// terms × 1000 + marks, as the highlighter counts): the terms it may have, and at most one
    /// mark per character; 0 when it can have no term.
    /// </summary>
    public int HighestScore((int Start, int End) sentence)
    {
        var text = folded.AsSpan(sentence.Start, sentence.End - sentence.Start);
        int possible = otherTerms;
        foreach (var term in hanTerms)
            if (HasCharacters(text, term)) possible++;
        return possible == 0 ? 0 : possible * 1000 + text.Length;
    }

    static bool HasCharacters(ReadOnlySpan<char> text, string term)
    {
        foreach (var c in term)
            if (text.IndexOf(c) < 0) return false;
        return true;
    }
}
