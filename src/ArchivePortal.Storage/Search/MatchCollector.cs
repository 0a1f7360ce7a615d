using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Collects every match of a query that does not count units (everything, or a query with
/// operators: AND, OR, NOT) as a <see cref="Candidate"/>: its row id, BM25 score and facts. Facets
/// count all matches, so no match may be skipped: the top 10 is then picked from all of them,
/// exactly. Plain words and quoted phrases are collected by <see cref="UnitWindowSearch"/>.
/// </summary>
/// <param name="into">Where the matches go.</param>
internal sealed class MatchCollector(SearchDeadline deadline, RecordFactsSnapshot snapshot, List<Candidate> into)
    : ICollector
{
    Scorer? scorer;
    long[]? rowIds;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        rowIds = SegmentRowIds.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        if (rowIds is null) return;
        deadline.Tick();
        var rowId = rowIds[doc];
        if (snapshot.FactsOf(rowId) is not { } facts) return; // indexed after the facts were read: the next search has it
        into.Add(new Candidate(rowId, scorer!.GetScore(), facts, snapshot.LanguageOf(rowId)));
    }

    /// <summary>Any order: the page is chosen from all matches afterwards.</summary>
    public bool AcceptsDocsOutOfOrder => true;
}
