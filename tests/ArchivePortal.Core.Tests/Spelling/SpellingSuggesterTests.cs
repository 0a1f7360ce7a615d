using ArchivePortal.Core.Spelling;
using System.Diagnostics;

namespace ArchivePortal.Core.Tests.Spelling;

public sealed class SpellingSuggesterTests(SpellingIndex index) : IClassFixture<SpellingIndex>
{
    string? Best(string query) => index.Suggest(query).FirstOrDefault()?.Query;

    [Fact]
    public void An_english_misspelling_becomes_the_word_not_its_stem()
    {
        // The index holds the stem "librari"; a visitor is shown the word.
        Assert.Equal("library", Best("libary"));
        Assert.Equal("conference", Best("confrence"));
    }

    [Fact]
    public void A_name_keeps_its_capitals()
    {
        Assert.Equal("Rao Quan", Best("Rao Qaun"));
        Assert.Equal("LIBRARY", Best("LIBARY"));
    }

    [Fact]
    public void A_vietnamese_syllable_is_corrected_into_a_word_with_its_neighbour()
    {
        // "ven" is one edit from "vein" too and in more records, but "thu ven" is no word the index holds.
        Assert.Equal("thu vien", Best("thu vein"));
        Assert.Equal("hoi nghi thu vien", Best("hoi nghi thu vein"));
    }

    [Fact]
    public void Typed_diacritics_are_given_back_to_the_correction()
    {
        Assert.Equal("hội nghị", Best("hội ngị"));
        Assert.Equal("Thư viện Quốc gia", Best("Thư viện Quốc gai"));
        // Typed without them, answered without them.
        Assert.Equal("hoi nghi", Best("hoi ngi"));
    }

    [Fact]
    public void Between_words_as_near_the_one_that_keeps_the_typed_ending_wins()
    {
        // "national" and "nation" are both one edit from "nationl", and share the stem "nation".
        Assert.Equal("national library", Best("nationl library"));
    }

    [Fact]
    public void Known_words_get_no_suggestion()
    {
        Assert.Empty(index.Suggest("library meeting"));
        Assert.Empty(index.Suggest("thư viện"));
        Assert.Empty(index.Suggest("thu vien"));
        Assert.Empty(index.Suggest("NLC"));
        Assert.Empty(index.Suggest("the"));
        Assert.Empty(index.Suggest(""));
    }

    [Fact]
    public void Only_the_unknown_word_changes_and_is_marked()
    {
        var s = index.Suggest("libary meeting").First();
        Assert.Equal("library meeting", s.Query);
        Assert.Equal([("library", true), (" meeting", false)], s.Parts().ToList());
    }

    [Fact]
    public void Phrases_fields_operators_and_excluded_words_stay_as_typed()
    {
        var s = index.Suggest("\"national libary\" libary OR meetng person:\"Rao Qaun\" title:confrence -digitisaton NOT archivs").First();
        Assert.Equal("\"national libary\" library OR meeting person:\"Rao Qaun\" title:confrence -digitisaton NOT archivs", s.Query);
    }

    [Fact]
    public void Punctuation_around_a_word_stays()
    {
        Assert.Equal("library?", Best("libary?"));
    }

    [Fact]
    public void Chinese_words_and_numbers_are_left_alone()
    {
        Assert.Empty(index.Suggest("国家图书官"));
        Assert.Empty(index.Suggest("2021 12345"));
        Assert.Equal("国家图书官 library", Best("国家图书官 libary"));
    }

    [Fact]
    public void The_words_of_a_known_name_are_not_corrected()
    {
        // Search finds the library's records through its other names: "Trung" is no typo of "tổng".
        Assert.Empty(index.Suggest("Thu vien Quoc gia Trung Quoc"));
        Assert.Empty(index.Suggest("Thư viện Quốc gia Trung Quốc"));
        // The same words outside the name are words like any other.
        Assert.Equal("library", Best("Trung Quoc libary")!.Split(' ').Last());
    }

    [Fact]
    public void A_word_with_nothing_near_gets_no_suggestion()
    {
        Assert.Empty(index.Suggest("qqxzv"));
    }

    [Fact]
    public void Other_options_follow_the_best_one()
    {
        var all = index.Suggest("thu vein").Select(s => s.Query).ToList();
        Assert.Equal("thu vien", all[0]);
        Assert.Contains("thu ven", all);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Hostile_queries_end_quickly_and_never_throw()
    {
        var random = new Random(15);
        var watch = Stopwatch.StartNew();
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("libary ", 2000)),
            new string('a', 100_000),
            "\"unclosed libary",
            "((((libary",
            "libary:",
            "title:\"",
            "-",
            "\u0000\uFFFE\uD800 libary",
            "<script>alert(1)</script> libary",
            "../../etc/passwd",
            string.Concat(Enumerable.Range(0, 500).Select(i => (char)random.Next(32, 0x2FFF))),
        ];
        foreach (var q in hostile) _ = index.Suggest(q);
        for (int i = 0; i < 200; i++)
            _ = index.Suggest(new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => (char)random.Next(1, 0x3000)).ToArray()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        // A long query corrects a bounded number of words.
        var many = index.Suggest(string.Concat(Enumerable.Repeat("libary ", 2000))).First();
        Assert.Equal(SpellingSuggester.MaxCorrectedWords, many.Changed.Count);
    }
}
