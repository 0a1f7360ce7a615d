using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Lucene queries from a <see cref="QueryPlan"/>'s nodes: a token sequence becomes a term or phrase
/// query in each of its streams' fields, boosted by the field's weight; any-of and all-of nodes become
/// boolean queries. Nothing is parsed: every term is the analyzer's own token.
/// </summary>
internal static class LuceneQueries
{
    static LuceneQueries()
    {
        // An authority with many names expands one word into many clauses.
        BooleanQuery.MaxClauseCount = 8192;
    }

    public static Query Build(PlanNode node) => node switch
    {
        PhraseNodePlan p => Phrase(p),
        AnyNode a => Any(a.Children.Select(Build)),
        AllNode a => All(a.Children.Select(Build), a.Excluded.Select(Build)),
        FiledRecordsNode f => Filed(f),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
    };

    /// <summary>
    /// Any of the queries. The same query twice is one clause (Lucene queries compare by content):
    /// "nlc OR nlc OR …" a hundred times is one search, not a hundred times its CPU.
    /// </summary>
    public static Query Any(IEnumerable<Query> children)
    {
        var list = children.Distinct().ToList();
        if (list.Count == 1) return list[0];
        var any = new BooleanQuery(disableCoord: true);
        foreach (var c in list) any.Add(c, Occur.SHOULD);
        return any;
    }

    public static Query All(IEnumerable<Query> children, IEnumerable<Query> excluded)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var c in children.Distinct()) all.Add(c, Occur.MUST);
        foreach (var e in excluded.Distinct()) all.Add(e, Occur.MUST_NOT);
        return all.Clauses.Count == 1 && all.Clauses[0].Occur == Occur.MUST ? all.Clauses[0].Query : all;
    }

    /// <summary>Everything but what <paramref name="excluded"/> matches.</summary>
    public static Query AllBut(Query excluded) =>
        new BooleanQuery(disableCoord: true) { { new MatchAllDocsQuery(), Occur.MUST }, { excluded, Occur.MUST_NOT } };

    /// <summary>
    /// Constant scores of the order of one matched word's BM25 score: the records an authority
    /// published rank above those that only name it, and neither drowns the query's other words.
    /// </summary>
    const float FiledScore = 4f, NamingScore = 2f;

    /// <summary>The records of an authority, each with a constant score: the words they are found by differ from record to record.</summary>
    static Query Filed(FiledRecordsNode f)
    {
        var (filed, naming) = FiledFilters.GetValue(f, n => new(new CachingWrapperFilter(new RowIdFilter(n.Filed)), new CachingWrapperFilter(new RowIdFilter(n.Naming))));
        return Any([
            new ConstantScoreQuery(filed) { Boost = FiledScore },
            new ConstantScoreQuery(naming) { Boost = NamingScore },
        ]);
    }

    /// <summary>
    /// The documents of each authority's records, kept per segment for as long as the facts they were
    /// read from: a large publisher's records are otherwise looked up document by document on every
    /// search that names it. Segments that stay open across index refreshes keep their sets.
    /// </summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FiledRecordsNode, FiledFilterPair> FiledFilters = new();

    sealed record FiledFilterPair(Filter Filed, Filter Naming);

    static Query Phrase(PhraseNodePlan p)
    {
        var fields = new List<Query>();
        foreach (var stream in p.Streams)
            foreach (var field in IndexFields.Of(stream, p.TitleOnly))
            {
                var q = InField(field.Name, stream, p);
                q.Boost = field.Boost;
                fields.Add(q);
            }
        return Any(fields);
    }

    static Query InField(string field, TextStream stream, PhraseNodePlan p)
    {
        if (p.Tokens.Count == 1) return new TermQuery(new Term(field, p.Tokens[0].Text));
        // Two Vietnamese syllables are one word, indexed as a pair: one term instead of a phrase.
        // Several are a phrase of their pairs, each standing where its first syllable does: the
        // records where the syllables stand together with only spaces between them (pairs are
        // not made across punctuation), found through far rarer terms than syllables like "minh"
        // or "trung", whose positions a phrase of syllables reads in most Vietnamese records.
        if (p.Pairs is { } pairs && stream is TextStream.VietnameseExact or TextStream.VietnameseFolded)
        {
            if (pairs.Count == 1) return new TermQuery(new Term(field, pairs[0]));
            var pairPhrase = new PhraseQuery();
            for (int i = 0; i < pairs.Count; i++) pairPhrase.Add(new Term(field, pairs[i]), i);
            return pairPhrase;
        }
        if (p.BigramsInAnyOrder && stream == TextStream.ChineseBigrams)
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var bigram in p.Tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal))
                all.Add(new TermQuery(new Term(field, bigram)), Occur.MUST);
            return all;
        }
        var phrase = new PhraseQuery();
        int position = -1;
        foreach (var t in p.Tokens)
        {
            position += Math.Max(1, t.PositionIncrement);
            phrase.Add(new Term(field, t.Text), position);
        }
        return phrase;
    }
}
