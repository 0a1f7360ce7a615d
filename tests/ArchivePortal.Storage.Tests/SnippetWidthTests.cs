using System.Net;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Search;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A snippet is one sentence-bounded fragment that fills about two lines in every language
/// (issue 15, item 7): bounded in columns, where a Chinese character takes two.
/// </summary>
public class SnippetWidthTests
{
    static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "</?mark>", ""));

    static string ChineseBody() =>
        string.Concat(Enumerable.Repeat("今天天气很好，大家都去公园散步。", 12)) + "国家图书馆举办古籍保护展览，观众很多。"
        + string.Concat(Enumerable.Repeat("会议讨论了明年的工作计划和读者服务。", 12));

    [Fact]
    public void A_chinese_snippet_is_one_fragment_from_the_matching_sentence_as_wide_as_an_english_one()
    {
        using var t = new TempArchive().With(Record("z", "zh", "标题", ChineseBody()));
        var snippet = t.Archive.Index.Search(new SearchRequest { Query = "古籍" }).Hits.Single().SnippetHtml;
        var text = Text(snippet);

        // One fragment: it may be cut before and after, never in between.
        Assert.StartsWith("…国家图书馆举办古籍保护展览，观众很多。", text);
        Assert.DoesNotContain("…", text[1..^1]);
        Assert.EndsWith("。…", text);
        // 200 columns: at most 100 Chinese characters, about two lines beside the facets (it was 200, four lines or more).
        Assert.InRange(text.Trim('…').Length, 19, 100);
        Assert.Contains("<mark>古籍</mark>", snippet);
    }

    [Fact]
    public void A_long_chinese_sentence_gives_a_window_of_at_most_a_hundred_characters_around_its_match()
    {
        var sentence = string.Concat(Enumerable.Repeat("各地图书馆", 40)) + "举办古籍保护展览" + string.Concat(Enumerable.Repeat("各地图书馆", 40)) + "。";
        using var t = new TempArchive().With(Record("z", "zh", "标题", sentence));
        var snippet = t.Archive.Index.Search(new SearchRequest { Query = "古籍" }).Hits.Single().SnippetHtml;

        Assert.Contains("<mark>古籍</mark>", snippet);
        Assert.InRange(Text(snippet).Trim('…').Length, 20, 100);
    }

    [Fact]
    public void Chinese_paragraphs_join_without_a_space_and_english_ones_with_one()
    {
        using var t = new TempArchive().With(
            Record("z", "zh", "标题", "国家图书馆召开古籍保护会议。\n\n会议听取了工作汇报。"),
            Record("e", "en", "Title", "The library held a meeting.\n\nThe meeting heard the reports."));

        Assert.Equal("国家图书馆召开<mark>古籍</mark>保护会议。会议听取了工作汇报。",
            t.Archive.Index.Search(new SearchRequest { Query = "古籍" }).Hits.Single().SnippetHtml);
        Assert.Equal("The library held a <mark>meeting</mark>. The <mark>meeting</mark> heard the reports.",
            t.Archive.Index.Search(new SearchRequest { Query = "meeting" }).Hits.Single().SnippetHtml);
    }

    [Fact]
    public void An_english_snippet_keeps_its_two_hundred_characters()
    {
        var filler = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"Sentence {i} says nothing in particular about it."));
        using var t = new TempArchive().With(Record("x", "en", "News", filler + " Rare books were shown. The rare maps followed. " + filler));
        var text = Text(t.Archive.Index.Search(new SearchRequest { Query = "rare" }).Hits.Single().SnippetHtml).Trim('…');

        Assert.StartsWith("Rare books were shown.", text);
        Assert.InRange(text.Length, 150, 200);
    }
}
