using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Collects every match as a <see cref="Candidate"/>: its row id, BM25 score, facts, and how many of
/// the query's units, exact mentions and Vietnamese words it has (see <see cref="ClauseMatches"/>).
/// Facets count all matches and the "most of the words" rule orders by coverage before score, so no
/// match may be skipped: the top 10 is then picked from all of them, exactly.
/// </summary>
/// <param name="into">Where the matches go.</param>
/// <param name="clauses">The query's tagged clauses, whose coverage each match records; null when the query has none.</param>
internal sealed class MatchCollector(SearchDeadline deadline, RecordFactsSnapshot snapshot, List<Candidate> into, ClauseMatches? clauses = null)
    : ICollector
{
    Scorer? scorer;
    NumericDocValues? rowIds;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        rowIds = context.AtomicReader.GetNumericDocValues(IndexFields.RowId);
        clauses?.NextSegment();
    }

    public void Collect(int doc)
    {
        if (rowIds is null) return;
        deadline.Tick();
        var rowId = rowIds.Get(doc);
        if (snapshot.FactsOf(rowId) is not { } facts) return; // indexed after the facts were read: the next search has it
        // The score first: it moves the optional clauses onto this document.
        var score = scorer!.GetScore();
        var (units, exact, together) = clauses?.At(doc) ?? (0, 0, 0);
        into.Add(new Candidate(rowId, score, facts) { Coverage = units, ExactCoverage = exact, Together = together });
    }

    /// <summary>
    /// Documents in order only when clauses are read: Lucene's out-of-order scorer scores a block of
    /// documents per clause and leaves no clause standing on the document being collected.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => clauses is null;
}
