using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// "nlc OR nlc OR …" a hundred times once cost twelve seconds of CPU (issue 14, finding 2): a
/// repeated clause is one clause, so such a query costs what the word costs and ranks the same.
/// </summary>
public class RepeatedClauseTests
{
    [Fact]
    public void The_same_clause_twice_is_one_clause()
    {
        var term = new TermQuery(new Term("body_en", "library"));

        Assert.Equal(term, LuceneQueries.Any([term, new TermQuery(new Term("body_en", "library"))]));
        var all = (BooleanQuery)LuceneQueries.All([term, term], [new TermQuery(new Term("body_en", "x")), new TermQuery(new Term("body_en", "x"))]);
        Assert.Equal(2, all.Clauses.Count); // one MUST, one MUST_NOT
    }

    [Fact]
    public void A_word_ored_with_itself_a_hundred_times_finds_and_ranks_as_the_word()
    {
        using var t = new TempArchive().With(
            TempArchive.Record("a", "en", "Library news", "The library opened a reading room."),
            TempArchive.Record("b", "en", "Archive news", "The archive and the library signed an agreement."),
            TempArchive.Record("c", "en", "Museum news", "The museum opened."));
        SearchResults Search(string q) => t.Archive.Index.Search(new SearchRequest { Query = q, Limit = 10 });

        var once = Search("library");
        var repeated = Search(string.Join(" OR ", Enumerable.Repeat("library", 100)));

        Assert.Equal(once.Hits.Select(h => (h.Id, h.Score)), repeated.Hits.Select(h => (h.Id, h.Score)));
    }
}
