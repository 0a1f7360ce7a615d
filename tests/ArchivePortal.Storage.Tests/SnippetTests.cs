using System.Net;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Search;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>A result's snippet: whole sentences of at most about 200 characters, from the sentence with most of the query's words.</summary>
public class SnippetTests
{
    static readonly string Filler = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"Sentence {i} says nothing in particular about it."));

    static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "</?mark>", ""));

    [Fact]
    public void The_snippet_is_the_sentence_with_most_query_words_and_starts_and_ends_on_sentence_bounds()
    {
        var body = "The reading room opened in May. " + Filler + " The library and its reading room welcomed pupils from the district. " + Filler;
        using var t = new TempArchive().With(Record("x", "en", "News", body));
        var snippet = t.Archive.Index.Search(new SearchRequest { Query = "library reading" }).Hits.Single().SnippetHtml;

        var text = Text(snippet).Trim('…');
        Assert.StartsWith("The library and its reading room welcomed pupils from the district.", text);
        Assert.EndsWith(".", text);
        Assert.True(text.Length <= 200, $"{text.Length} characters: {text}");
        Assert.Contains("<mark>library</mark>", snippet);
        Assert.Contains("<mark>reading</mark>", snippet);
    }

    [Fact]
    public void Sentences_that_follow_fill_the_snippet_up_to_its_length_and_are_marked_too()
    {
        var body = Filler + " Rare books were shown. The rare maps followed. " + Filler;
        using var t = new TempArchive().With(Record("x", "en", "News", body));
        var snippet = t.Archive.Index.Search(new SearchRequest { Query = "rare" }).Hits.Single().SnippetHtml;

        var text = Text(snippet).Trim('…');
        Assert.StartsWith("Rare books were shown. The rare maps followed.", text);
        Assert.True(text.Length <= 200, $"{text.Length} characters: {text}");
        Assert.Equal(2, Regex.Matches(snippet, "<mark>").Count);
    }

    [Fact]
    public void A_sentence_longer_than_the_snippet_gives_a_window_around_its_match()
    {
        var longSentence = string.Join(", ", Enumerable.Range(1, 40).Select(i => i == 30 ? "the exhibition of manuscripts" : $"item {i}")) + ".";
        using var t = new TempArchive().With(Record("x", "en", "News", Filler + " " + longSentence + " " + Filler));
        var snippet = t.Archive.Index.Search(new SearchRequest { Query = "manuscripts" }).Hits.Single().SnippetHtml;

        Assert.Contains("<mark>manuscripts</mark>", snippet);
        Assert.True(Text(snippet).Length <= 202, Text(snippet));
    }

    [Fact]
    public void Chinese_sentences_end_at_their_full_stops()
    {
        var body = string.Concat(Enumerable.Repeat("今天天气很好，大家都去公园散步。", 12)) + "国家图书馆举办古籍保护展览，观众很多。" + string.Concat(Enumerable.Repeat("会议讨论了明年的工作计划。", 12));
        using var t = new TempArchive().With(Record("z", "zh", "标题", body));
        var snippet = t.Archive.Index.Search(new SearchRequest { Query = "古籍" }).Hits.Single().SnippetHtml;

        Assert.StartsWith("国家图书馆举办古籍保护展览，观众很多。", Text(snippet).TrimStart('…'));
        Assert.Contains("<mark>古籍</mark>", snippet);
        Assert.True(Text(snippet).Trim('…').Length <= 200);
    }
}
