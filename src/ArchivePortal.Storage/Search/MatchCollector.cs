using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// One matching document: its number in the searcher, its SQLite row id, its BM25 score, and how
/// many of the query's units, exact mentions and Vietnamese words it has (see <see cref="ClauseMatches"/>).
/// </summary>
internal readonly record struct Match(int Doc, long RowId, float Score, int Coverage = 0, int ExactCoverage = 0, int Together = 0);

/// <summary>
/// Collects every match with its score. Facets count all matches and the "most of the words" rule
/// orders by coverage before score, so no match may be skipped: the top 10 is then picked from all
/// of them, exactly.
/// </summary>
/// <param name="clauses">The query's tagged clauses, whose coverage each match records; null when the query has none.</param>
internal sealed class MatchCollector(SearchDeadline deadline, ClauseMatches? clauses = null) : ICollector
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
        clauses?.NextSegment();
    }

    public void Collect(int doc)
    {
        if (rowIds is null) return;
        deadline.Tick();
        // The score first: it moves the optional clauses onto this document.
        var score = scorer!.GetScore();
        if (clauses is null)
        {
            Matches.Add(new Match(docBase + doc, rowIds.Get(doc), score));
            return;
        }
        var (units, exact, together) = clauses.At(doc);
        Matches.Add(new Match(docBase + doc, rowIds.Get(doc), score, units, exact, together));
    }

    /// <summary>
    /// Documents in order only when clauses are read: Lucene's out-of-order scorer scores a block of
    /// documents per clause and leaves no clause standing on the document being collected.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => clauses is null;
}
