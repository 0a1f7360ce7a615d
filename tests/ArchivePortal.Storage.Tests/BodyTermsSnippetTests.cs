using System.Net;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A snippet is the first sentence with every word of the query that the body has. The index
/// tells which words those are: a syllable pair across two Vietnamese words ("viện nhiệm" in "thư
/// viện nhiệm vụ") or a word only in the title is in no sentence of the body, and waiting for it
/// analyzed every body of a results page whole, to end on a later sentence with more marks.
/// </summary>
public class BodyTermsSnippetTests
{
    static readonly string Filler = string.Join(" ", Enumerable.Repeat("Hôm nay trời đẹp và mọi người vui vẻ.", 8));

    [Fact]
    public void A_pair_across_two_words_does_not_keep_the_scan_going()
    {
        using var t = new TempArchive();
        t.Archive.Store.Upsert([new ArchiveRecord
        {
            Id = "vi-1", Language = "vi", Type = "news", Title = "Báo cáo năm",
            Body = "Thư viện tỉnh đã hoàn thành nhiệm vụ được giao trong năm. " + Filler
                + " Thư viện huyện, thư viện xã và thư viện trường cùng nhận nhiệm vụ mới, nhiệm vụ khó.",
        }]);

        var hit = t.Archive.Index.Search(new SearchRequest { Query = "thư viện nhiệm vụ" }).Hits.Single();

        var snippet = WebUtility.HtmlDecode(hit.SnippetHtml); // the markup escapes Vietnamese letters
        Assert.StartsWith("<mark>Thư viện</mark> tỉnh đã hoàn thành <mark>nhiệm vụ</mark>", snippet);
        Assert.DoesNotContain("huyện", snippet);
    }

    [Fact]
    public void A_word_only_in_the_title_does_not_keep_the_scan_going()
    {
        using var t = new TempArchive();
        t.Archive.Store.Upsert([new ArchiveRecord
        {
            Id = "en-1", Language = "en", Type = "news", Title = "Conservation report",
            Body = "The library opened a new reading room in the spring. " + string.Join(" ", Enumerable.Repeat("Filler text without the words.", 12))
                + " Every library, library branch and library van joined the library week.",
        }]);

        var hit = t.Archive.Index.Search(new SearchRequest { Query = "library conservation" }).Hits.Single();

        Assert.StartsWith("The <mark>library</mark> opened a new reading room", hit.SnippetHtml);
        Assert.DoesNotContain("van", hit.SnippetHtml);
    }
}
