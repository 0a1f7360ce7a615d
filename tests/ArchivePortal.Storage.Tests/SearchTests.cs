using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

public class SearchTests
{
    static TempArchive Corpus(ArchiveAnalyzer? analyzer = null) => new TempArchive(analyzer).With(
        Record("en-meeting", "en", "NLC holds its work meeting", "Rao Quan, Director of the NLC, delivered the work report. Digitization of ancient books went on.", "2021-01-28", "National Library of China", "meeting"),
        Record("en-agreement", "en", "NLC and LSC sign agreement", "Rao Quan and Yin Hao signed a cooperation agreement on science popularization.", "2021-03-11", "National Library of China", "agreement"),
        Record("en-ningbo", "en", "Ningbo holds archives work meeting", "The city's archives work meeting was chaired by Wang Haijuan. Archives were digitized.", "2020-05-29", "Ningbo Municipal Archives", "meeting"),
        Record("en-exhibition", "en", "Exhibition of rare books", "An exhibition of rare books opened in the museum.", "2019-09-26", "Shanghai Library"),
        Record("vi-conference", "vi", "Hội nghị Tổng kết công tác năm 2022", "Thư viện Quốc gia Việt Nam tổ chức Hội nghị. Bà Trịnh Thị Thủy phát biểu về chuyển đổi số.", "2022-12-26", "Thư viện Quốc gia Việt Nam", "meeting"),
        Record("vi-other", "vi", "Ngày Sách", "Thư viện Hà Nội tổ chức Ngày Sách. Số hóa tài liệu tiếp tục.", "2021-04-21", "Thư viện Hà Nội"),
        Record("zh-simplified", "zh", "国家图书馆召开2021年工作会议", "饶权馆长作报告。古籍保护工作稳步推进，数字化成果显著。", "2021-01-28", "中国国家图书馆", "meeting"),
        Record("zh-traditional", "zh-Hant", "國家圖書館古籍保護成果展", "香港公共圖書館展出古籍，推廣閱讀。", "2018-04-23", "香港公共圖書館"),
        Record("zh-archives", "zh", "宁波市召开档案工作会议", "施惠芳出席会议并讲话。档案数字化加快推进。", "2021-03-12", "宁波市档案馆", "meeting"));

    [Fact]
    public void A_person_name_finds_every_record_that_mentions_it()
    {
        using var t = Corpus();
        // The Chinese record names him before his title (饶权馆长), which makes him a person whose pinyin is Rao Quan.
        Assert.Equal(["en-agreement", "en-meeting", "zh-simplified"], t.Ids("Rao Quan").Order());
    }

    [Fact]
    public void Vietnamese_is_found_with_and_without_diacritics_and_exact_ranks_first()
    {
        using var t = Corpus();
        Assert.Contains("vi-conference", t.Ids("thu vien quoc gia"));
        Assert.Contains("vi-conference", t.Ids("thư viện"));
        Assert.Equal("vi-conference", t.Ids("chuyển đổi số")[0]);
        Assert.Equal("vi-conference", t.Ids("Trịnh Thị Thuỷ")[0]); // old tone placement finds the new
    }

    [Fact]
    public void The_record_with_every_word_ranks_first()
    {
        using var t = Corpus();
        Assert.Equal("en-ningbo", t.Ids("archives meeting")[0]);
    }

    [Fact]
    public void Stemming_finds_other_forms()
    {
        using var t = Corpus();
        Assert.Contains("en-meeting", t.Ids("digitized"));
        Assert.Contains("en-ningbo", t.Ids("digitization"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Chinese_is_found_in_either_script_with_and_without_icu(bool icu)
    {
        using var t = Corpus(icu ? ArchiveAnalyzer.CreateDefault() : ArchiveAnalyzer.CreateWithoutIcu());
        Assert.Contains("zh-simplified", t.Ids("古籍保护"));
        Assert.Contains("zh-archives", t.Ids("档案数字化"));
        Assert.Contains("zh-simplified", t.Ids("饶权"));
        if (icu)
        {
            // Traditional↔Simplified folding needs ICU's transliterator.
            Assert.Contains("zh-traditional", t.Ids("古籍保护"));
            Assert.Contains("zh-simplified", t.Ids("國家圖書館"));
        }
    }

    [Fact]
    public void Boolean_operators_and_phrases()
    {
        using var t = Corpus();
        Assert.Equal(["en-agreement"], t.Ids("Rao Quan AND agreement"));
        Assert.Equal(["en-exhibition", "en-ningbo"], t.Ids("\"rare books\" OR Wang").Order());
        Assert.Equal(["en-meeting"], t.Ids("\"Rao Quan\" -agreement"));
        Assert.Equal(["en-meeting"], t.Ids("\"Rao Quan\" NOT agreement"));
        Assert.Empty(t.Ids("\"work books\""));
        Assert.DoesNotContain("en-meeting", t.Ids("-Rao", 100));
        Assert.Contains("en-ningbo", t.Ids("-Rao", 100));
    }

    [Fact]
    public void Filters_narrow_by_language_date_institution_type_and_person()
    {
        using var t = Corpus();
        Assert.Equal(["en-meeting", "en-ningbo"], t.Ids("meeting date:2020..2021-01 lang:en").Order());
        Assert.Equal(["en-ningbo"], t.Ids("meeting institution:\"Ningbo Municipal Archives\""));
        Assert.Equal(["zh-archives"], t.Ids("会议 person:施惠芳"));
        Assert.Equal(["en-agreement"], t.Ids("type:agreement"));
        Assert.DoesNotContain("en-ningbo", t.Ids("meeting -lang:en lang:vi lang:zh", 100));
        Assert.Equal(3, t.Ids("lang:zh lang:zh-Hant", 100).Count); // values of one field are OR-ed
    }

    [Fact]
    public void Facets_count_every_match_not_just_the_page()
    {
        using var t = Corpus();
        var r = t.Archive.Index.Search(new SearchRequest { Query = "meeting OR 会议 OR hội", Limit = 1 });
        Assert.Single(r.Hits);
        Assert.Equal(r.Total, r.Facets[FacetNames.Language].Sum(f => f.Count));
        Assert.Contains(new FacetValue("meeting", 5), r.Facets[FacetNames.Type]);
        Assert.Contains(new FacetValue("2021", 3), r.Facets[FacetNames.Year]);
    }

    [Fact]
    public void Sorting_and_paging()
    {
        using var t = Corpus();
        var newest = t.Archive.Index.Search(new SearchRequest { Query = "lang:en", Sort = SearchSort.Newest, Limit = 10 }).Hits;
        Assert.Equal(["en-agreement", "en-meeting", "en-ningbo", "en-exhibition"], newest.Select(h => h.Id));
        var oldest = t.Archive.Index.Search(new SearchRequest { Query = "lang:en", Sort = SearchSort.Oldest, Offset = 1, Limit = 2 }).Hits;
        Assert.Equal(["en-ningbo", "en-meeting"], oldest.Select(h => h.Id));
    }

    [Fact]
    public void Snippets_mark_matches_and_escape_markup()
    {
        using var t = new TempArchive().With(
            Record("x", "en", "<script>alert(1)</script> Library news", "The library <b>digitized</b> many archives & books. " + string.Join(" ", Enumerable.Repeat("Filler text.", 60)) + " More digitization."));
        var hit = t.Archive.Index.Search(new SearchRequest { Query = "digitization" }).Hits.Single();
        Assert.Contains("<mark>digitized</mark>", hit.SnippetHtml);
        Assert.DoesNotContain("<b>", hit.SnippetHtml);
        Assert.Contains("&amp;", hit.SnippetHtml);
        Assert.StartsWith("&lt;script&gt;", hit.TitleHtml);

        var zh = new TempArchive().With(Record("z", "zh", "标题", "今天国家图书馆举办古籍保护展览。"));
        using (zh)
            Assert.Contains("<mark>古籍", zh.Archive.Index.Search(new SearchRequest { Query = "古籍保护" }).Hits.Single().SnippetHtml);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND")]
    [InlineData("NEAR(a b")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("-")]
    [InlineData("'; DROP TABLE records; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("col:val {title_en}: x")]
    [InlineData("a NOT")]
    [InlineData("^ $ % & \\")]
    [InlineData("\u0000\u0007\u001b[31m")]
    [InlineData("((((((((((((((((((((((((((((((((((((((((a")]
    public void Hostile_queries_return_results_or_an_empty_result_with_a_message(string query)
    {
        using var t = Corpus();
        var r = t.Archive.Index.Search(new SearchRequest { Query = query }); // no exception: FTS5 never saw the text as syntax
        Assert.Equal(r.Total, r.Hits.Count);
        Assert.Equal(9, t.Archive.Store.Count()); // and nothing was harmed
    }

    [Fact]
    public void Ten_kilobytes_of_text_is_searched_without_error()
    {
        using var t = Corpus();
        var words = string.Join(' ', Enumerable.Range(0, 1500).Select(i => "archives" + (i % 7 == 0 ? " meeting" : "")));
        var r = t.Archive.Index.Search(new SearchRequest { Query = words });
        Assert.NotNull(r);
        Assert.Contains(r.Messages, m => m.ToString().Contains("cut"));
    }

    [Fact]
    public void A_query_of_more_words_than_are_counted_searches_the_first_and_says_so()
    {
        using var t = Corpus();
        var words = "archives meeting " + string.Join(' ', Enumerable.Range(0, 70).Select(i => "word" + i));
        var r = t.Archive.Index.Search(new SearchRequest { Query = words });
        Assert.Contains(r.Messages, m => m.ToString().Contains("first 64 words"));
        Assert.Equal("en-ningbo", r.Hits.First().Id);
    }

    /// <summary>
    /// 图书馆 is one word to the visitor though the segmenter cuts off 馆: a record with 图书 in one
    /// place and 馆 in 档案馆 has not got it.
    /// </summary>
    [Fact]
    public void A_single_character_cut_off_by_the_segmenter_stays_with_its_word()
    {
        using var t = new TempArchive().With(
            Record("library", "zh", "图书馆举办学员培训", "图书馆为学员开设课程。"),
            Record("archives", "zh", "档案馆举办学员培训", "档案馆为学员展出图书。"));
        Assert.Equal(["library"], t.Ids("学员 图书馆"));
    }

    [Fact]
    public void Two_characters_the_segmenter_cuts_apart_rank_first_where_they_stand_together()
    {
        // ICU cuts 疫情 into 疫|情 and 馆藏 into 馆|藏. They stay two words (省馆 stands for
        // 省图书馆), but the records with them together rank first.
        using var t = new TempArchive().With(
            Record("apart", "zh", "疫与情：城市图书馆记录", "疫与情，疫与情，二者无关。"),
            Record("epidemic", "zh", "疫情期间的城市图书馆服务记录", "疫情期间图书馆开放线上借阅。"),
            Record("scattered", "zh", "馆方有藏书：城市图书馆记录", "馆方说，库里有藏书。"),
            Record("holdings", "zh", "馆藏珍品：城市图书馆展览记录", "本馆馆藏古籍二百种。"));
        Assert.Equal("epidemic", t.Ids("疫情")[0]);
        Assert.Equal("holdings", t.Ids("馆藏")[0]);
    }

    [Fact]
    public void Typed_words_rank_first_where_they_stand_together()
    {
        // 公共图书馆 is 公共|图书|馆 to the segmenter: a record with 公共 and 图书馆 apart, each more
        // often, ranks below the one where they stand together (told by 共图, the bigram joining them).
        using var t = new TempArchive().With(
            Record("apart", "zh", "公共服务与图书馆建设", "公共服务，公共文化，公共空间，图书馆，图书馆，图书馆。"),
            Record("together", "zh", "市民走进公共图书馆", "本市公共图书馆开放。"));
        Assert.Equal(["together", "apart"], t.Ids("公共图书馆"));
    }

    [Fact]
    public void A_typed_Chinese_word_is_found_by_its_bigrams_anywhere_but_a_quoted_one_only_as_written()
    {
        // A typed word matches where all its bigrams occur (图书 … 书馆 in 旧图书移入藏书馆), ranked
        // below the word itself; quoted, it matches only where its characters stand together.
        using var t = new TempArchive().With(
            Record("scattered", "zh", "旧图书移入藏书馆", "旧图书移入藏书馆。"),
            Record("library", "zh", "区图书馆开放", "区图书馆开放。"));
        Assert.Equal(["library", "scattered"], t.Ids("图书馆"));
        Assert.Equal(["library"], t.Ids("\"图书馆\""));
    }

    [Theory]
    [InlineData("图书|馆", "图书馆")]
    [InlineData("省|图书|馆", "省图书馆")]
    [InlineData("公共|图书|馆", "公共 图书馆")]
    [InlineData("我|在|馆|里", "我 在 馆 里")] // all single: a sentence of them is not one word
    [InlineData("馆", "馆")]
    [InlineData("疫|情", "疫 情")] // two characters can be two words (省馆 for 省图书馆)
    public void Single_characters_join_a_neighbouring_word(string segmented, string words)
    {
        var tokens = segmented.Split('|').Select(w => new ArchivePortal.Core.Analysis.Token(w, 0, w.Length)).ToList();
        Assert.Equal(words.Split(' '), ArchivePortal.Core.Querying.Plan.QueryPlanner.SingleCharactersJoined(tokens));
    }

    /// <summary>Words past the 64th are not searched at all: not as a phrase bonus, not highlighted.</summary>
    [Fact]
    public void Words_past_those_counted_find_nothing()
    {
        using var t = Corpus();
        var fillers = string.Join(' ', Enumerable.Range(0, 64).Select(i => "filler" + i));
        var r = t.Archive.Index.Search(new SearchRequest { Query = fillers + " 古籍保护 archives" });
        Assert.Contains(r.Messages, m => m.ToString().Contains("first 64 words"));
        Assert.Empty(r.Hits);
    }

    [Fact]
    public void A_note_said_many_times_is_said_once_in_the_order_first_said()
    {
        using var t = Corpus();
        var r = t.Archive.Index.Search(new SearchRequest { Query = "meeting" + new string(')', 400) + " (archives" });
        Assert.Equal(
            ["A closing parenthesis had no opening one; it was ignored.", "A parenthesis was not closed; it was closed at the end of the query."],
            r.Messages.Select(m => m.ToString()));
    }

    [Fact]
    public void A_loosened_search_says_so_only_when_it_shows_records()
    {
        using var t = Corpus();
        const string Loosened = "No record contains all of these words; showing records that contain some of them.";
        var shown = t.Archive.Index.Search(new SearchRequest { Query = "meeting xyzzy" });
        Assert.NotEqual(0, shown.Total);
        Assert.Contains(Loosened, shown.Messages.Select(m => m.ToString()));
        Assert.Contains(SearchNotes.Loosened(), shown.Messages);

        // The Vietnamese records lack "meeting" too: nothing is shown, so nothing is "showing".
        var none = t.Archive.Index.Search(new SearchRequest { Query = "meeting xyzzy", Filters = [new QueryFilter(FilterFields.Language, "vi")] });
        Assert.Equal(0, none.Total);
        Assert.DoesNotContain(Loosened, none.Messages.Select(m => m.ToString()));
    }

    [Fact]
    public void A_query_with_only_stop_words_or_symbols_says_so()
    {
        using var t = Corpus();
        var r = t.Archive.Index.Search(new SearchRequest { Query = "* ! ?" });
        Assert.Empty(r.Hits);
        Assert.Contains(SearchNotes.NothingSearchable(), r.Messages);
    }
}
