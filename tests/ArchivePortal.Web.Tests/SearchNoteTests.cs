using System.Text.Json;
using ArchivePortal.Core.Search;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Tests;

/// <summary>The search's notes are said in the visitor's interface language, their arguments as text.</summary>
public sealed class SearchNoteTests(PortalApp app) : IClassFixture<PortalApp>
{
    static IEnumerable<string> Notices(AngleSharp.Dom.IDocument d) => d.QuerySelectorAll("p.notice").Select(p => p.TextContent.Trim());

    [Fact]
    public async Task A_chinese_page_says_an_unclosed_quote_in_chinese()
    {
        var d = await app.Client("zh-CN,zh;q=0.9").PageAsync("/search?q=" + Uri.EscapeDataString("\"档案 会议"));
        Assert.Equal("zh-Hans", d.DocumentElement.GetAttribute("lang"));
        Assert.Contains("引号没有闭合，其后的全部内容已作为一个短语检索。", Notices(d));
        Assert.DoesNotContain(Notices(d), n => n.Contains("quotation mark"));
    }

    [Fact]
    public async Task A_chinese_page_says_a_wildcard_in_chinese()
    {
        var d = await app.Client("zh").PageAsync("/search?q=" + Uri.EscapeDataString("archiv*"));
        Assert.Contains(Notices(d), n => n.StartsWith("不支持通配符（* 和 ?）"));
    }

    [Fact]
    public async Task A_vietnamese_page_says_a_wildcard_in_vietnamese()
    {
        var d = await app.Client("vi-VN,vi;q=0.9").PageAsync("/search?q=" + Uri.EscapeDataString("lib* meeting"));
        Assert.Contains(Notices(d), n => n.StartsWith("Không hỗ trợ ký tự đại diện (* và ?)"));
        Assert.DoesNotContain(Notices(d), n => n.StartsWith("Wildcards"));
    }

    [Fact]
    public async Task A_vietnamese_page_names_the_unknown_field_and_its_words()
    {
        var d = await app.Client("vi").PageAsync("/search?q=body:meeting");
        Assert.Contains(
            "“body:” không phải là một trường (hãy dùng title, institution, person, topic, lang, type hoặc date); “meeting” đã được tìm như từ khóa thông thường.",
            Notices(d));
    }

    [Fact]
    public async Task An_english_page_keeps_the_english_wording()
    {
        var d = await app.Client("en").PageAsync("/search?q=" + Uri.EscapeDataString("\"work meeting"));
        Assert.Contains("A quotation mark was not closed; the rest of the query was searched as a phrase.", Notices(d));
    }

    /// <summary>An argument is the visitor's own text: it is shown as text, never read as markup.</summary>
    [Fact]
    public async Task Arguments_are_encoded_not_rendered()
    {
        var response = await app.Client("zh").GetAsync("/search?q=" + Uri.EscapeDataString("date:<b>x</b>"));
        var html = await response.Content.ReadAsStringAsync();
        var d = Html.Parse(html);
        var note = d.QuerySelectorAll("p.notice").Single(p => p.TextContent.Contains("不是有效的日期"));
        Assert.Equal("“<b>x</b>”不是有效的日期或日期范围（例如 date:2020、date:2020-05..2021-03），此筛选条件已忽略。", note.TextContent.Trim());
        Assert.Empty(note.Children);
        Assert.DoesNotContain("<b>x</b>", html);
    }

    [Fact]
    public async Task The_api_gives_english_messages_and_notes_by_code()
    {
        var json = JsonDocument.Parse(await app.Client("vi").GetStringAsync("/api/search?q=body:meeting")).RootElement;
        Assert.Equal(
            ["“body:” is not a field (use title, institution, person, topic, lang, type or date); “meeting” was searched as words."],
            json.GetProperty("messages").EnumerateArray().Select(m => m.GetString()));
        var note = json.GetProperty("notes").EnumerateArray().Single();
        Assert.Equal("unknownField", note.GetProperty("code").GetString());
        Assert.Equal(["body", "meeting"], note.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("“body:” không phải là một trường", note.GetProperty("text").GetString());
    }
}

public class NoteTextTests
{
    [Fact]
    public void Every_ui_language_has_every_note_code()
    {
        foreach (var lang in UiLanguage.All)
        {
            var catalog = UiStrings.Catalogs[lang];
            var missing = SearchNotes.English.Keys.Where(code => !catalog.TryGetValue(NoteTexts.Key(code), out var s) || string.IsNullOrWhiteSpace(s)).ToList();
            Assert.True(missing.Count == 0, $"{lang} lacks notes: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void English_pages_say_a_note_as_the_cli_does()
    {
        var en = Texts.For("en");
        Assert.Equal(SearchNotes.UnknownField("body", "meeting").ToString(), en.Note(SearchNotes.UnknownField("body", "meeting")));
        Assert.Equal(SearchNotes.WordsCut(64).ToString(), en.Note(SearchNotes.WordsCut(64)));
    }

    [Theory]
    [InlineData("zh", "只检索了此检索式的前 64 个词。")]
    [InlineData("vi", "Chỉ 64 từ đầu tiên của truy vấn này được tìm.")]
    public void A_note_puts_its_arguments_in_the_translation(string ui, string expected) =>
        Assert.Equal(expected, Texts.For(ui).Note(SearchNotes.WordsCut(64)));

    [Fact]
    public void A_code_no_language_knows_yet_is_said_in_english() =>
        Assert.Equal("later: x", Texts.For("zh").Note(new SearchNote("later", ["x"])));

    [Fact]
    public void An_argument_that_looks_like_a_placeholder_is_text() =>
        Assert.Equal("“{1}”中没有可检索的词语，现显示全部记录。", Texts.For("zh").Note(SearchNotes.NoWords("{1}")));
}
