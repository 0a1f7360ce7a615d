using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>One matching document: its number in the searcher, its SQLite row id and its BM25 score.</summary>
internal readonly record struct Match(int Doc, long RowId, float Score);

/// <summary>
/// Collects every match with its score. Facets count all matches and the "most of the words" rule
/// orders by coverage before score, so no match may be skipped: the top 10 is then picked from all
/// of them, exactly.
/// </summary>
internal sealed class MatchCollector(SearchDeadline deadline) : ICollector
{
    Scorer? scorer;
    NumericDocValues? rowIds;
    int docBase;

    public List<Match> Matches { get; } = [];

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        rowIds = context.AtomicReader.GetNumericDocValues(IndexFields.RowId);
    }

    public void Collect(int doc)
    {
        if (rowIds is null) return;
        deadline.Tick();
        Matches.Add(new Match(docBase + doc, rowIds.Get(doc), scorer!.GetScore()));
    }

    public bool AcceptsDocsOutOfOrder => true;
}
