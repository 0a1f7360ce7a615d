using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// One search's work is bounded (issue 14, finding 2): a query of many distinct words or of names
/// with many aliases searches only so much and says so; a search stops at its time limit with a
/// note, and as soon as its caller hangs up.
/// </summary>
public class SearchBoundsTests
{
    static TempArchive Archive() => new TempArchive().With(
        TempArchive.Record("first", "en", "Reading room news", "The reading room of zqa1x opened."),
        TempArchive.Record("late", "en", "Exhibition news", "An exhibition about zqa150x opened."));

    static string DistinctWordsOred(int n) => string.Join(" OR ", Enumerable.Range(1, n).Select(i => $"zqa{i}x"));

    [Fact]
    public void Two_hundred_distinct_words_ored_search_the_first_sixty_four_and_say_so()
    {
        using var t = Archive();

        var results = t.Archive.Index.Search(new SearchRequest { Query = DistinctWordsOred(200) });

        Assert.Equal(["first"], results.Hits.Select(h => h.Id));
        Assert.Contains(results.Messages, m => m.Code == SearchNotes.Codes.WordsCut && m.Args.SequenceEqual(["64"]));
    }

    [Fact]
    public void A_name_with_hundreds_of_aliases_adds_only_so_many_and_says_so()
    {
        using var t = Archive();
        t.Archive.Authorities.Add(new Authority
        {
            Id = "many-names", Kind = AuthorityKinds.Institution,
            Labels = new Dictionary<string, string> { ["en"] = "Zqa Library" },
            Aliases = [.. Enumerable.Range(1, 300).Select(i => $"Zqa Branch {i}")],
        });

        var results = t.Archive.Index.Search(new SearchRequest { Query = "\"Zqa Library\"" });

        Assert.Contains(results.Messages, m => m.Code == SearchNotes.Codes.NamesCut);
    }

    [Fact]
    public void A_search_past_its_time_limit_stops_with_a_note()
    {
        using var t = Archive();

        var results = t.Archive.Index.Search(new SearchRequest { Query = "opened", TimeLimit = TimeSpan.Zero });

        Assert.Empty(results.Hits);
        Assert.Contains(results.Messages, m => m.Code == SearchNotes.Codes.TooLong);
        Assert.Equal(2, t.Archive.Index.Search(new SearchRequest { Query = "opened" }).Total);
    }

    [Fact]
    public void A_search_whose_caller_hung_up_stops()
    {
        using var t = Archive();
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            t.Archive.Index.Search(new SearchRequest { Query = "opened", Cancellation = gone.Token }));
    }
}
