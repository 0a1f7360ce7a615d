using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>English word forms the stemmer alone keeps apart, and the three-word rule that lets a record miss one word.</summary>
public class EnglishWordFormTests
{
    static TempArchive Corpus() => new TempArchive().With(
        Record("en-open-day", "en", "Open day at the county record office", "Visitors toured the record office's strongrooms and read letters from the 1850s.", "2022-05-14", "County Record Office"),
        Record("en-gift", "en", "Family papers given to the library", "Three generations of donors have given papers; the latest donation fills forty boxes.", "2021-09-02", "City Library"),
        Record("en-survey", "en", "Readers asked about opening hours", "The library surveyed its readers about longer opening hours.", "2020-02-10", "City Library"),
        Record("en-conservation", "en", "Conserving fragile maps", "Conservators are preserving fragile maps from the harbour authority.", "2023-03-03", "Harbour Museum"),
        // Each has the act itself and the other word, so no search below needs to be loosened to find anything.
        Record("en-minister", "en", "Minister visits the record office", "The minister's visit to the record office lasted an hour; she asked to donate papers and gave a reading survey.", "2024-01-09", "County Record Office"),
        Record("en-maps-online", "en", "Old harbour maps put online", "Fragile harbour maps from the 1700s were preserved and scanned for the catalogue.", "2023-06-20", "Harbour Museum"));

    [Fact]
    public void An_act_finds_the_records_about_the_people_who_do_it()
    {
        using var t = Corpus();
        Assert.Contains("en-open-day", t.Ids("record office visit"));
        Assert.Contains("en-gift", t.Ids("donate papers"));
        Assert.Contains("en-survey", t.Ids("reading survey"));
    }

    [Fact]
    public void A_record_missing_one_word_of_three_is_found_below_the_records_with_all_three()
    {
        using var t = Corpus();
        var ids = t.Ids("preserving fragile conservators");
        Assert.Equal("en-conservation", ids[0]);
        Assert.Contains("en-maps-online", ids);
    }
}
