using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// Atom and RSS feeds over a real database: of any search, and of saved searches at token
/// addresses; structure (RFC 4287, RSS 2.0), conditional GET, new records first, hidden records
/// never, rotated tokens gone, and saved searches only for their owners.
/// </summary>
public sealed class FeedTests : IDisposable
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    readonly PortalApp app = new();

    static async Task<XDocument> XmlAsync(HttpResponseMessage response) => XDocument.Parse(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task The_atom_feed_of_a_search_is_rfc_4287_with_chinese_text_labels_and_escaped_snippets()
    {
        var response = await app.Browser().GetAsync("/search/atom?q=" + Uri.EscapeDataString("馆务会议") + "&lang=en");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var feed = (await XmlAsync(response)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
        Assert.Contains("馆务会议", feed.Element(Atom + "title")!.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(25, entries.Count);
        // Newest publication date first.
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
        var first = entries[0];
        Assert.StartsWith("https://localhost/records/zh-", first.Element(Atom + "id")!.Value);
        Assert.Equal(first.Element(Atom + "id")!.Value, first.Elements(Atom + "link").Single().Attribute("href")!.Value);
        Assert.Equal("National Library of China", first.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Contains(first.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "Rao Quan");
        var summary = first.Element(Atom + "summary")!;
        Assert.Equal("html", (string?)summary.Attribute("type"));
        Assert.Contains("<mark>", summary.Value); // markup as escaped text, not elements
    }

    [Fact]
    public async Task The_rss_feed_has_a_channel_and_items_with_rfc_822_dates_and_categories_in_the_feeds_language()
    {
        var response = await app.Browser().GetAsync("/search/rss?q=" + Uri.EscapeDataString("Thư viện") + "&lang=vi");

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var rss = (await XmlAsync(response)).Root!;
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel")!;
        Assert.Contains("Thư viện", channel.Element("title")!.Value);
        Assert.NotEmpty(channel.Element("link")!.Value);
        var item = channel.Elements("item").First(i => i.Element("link")!.Value.EndsWith("/records/vi-tvqg", StringComparison.Ordinal));
        Assert.Equal("Hội nghị tổng kết công tác năm 2022 của Thư viện Quốc gia", item.Element("title")!.Value);
        Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "ddd, dd MMM yyyy HH:mm:ss zzz", null, System.Globalization.DateTimeStyles.None, out _)
                    || DateTimeOffset.TryParse(item.Element("pubDate")!.Value, out _));
        Assert.Contains(item.Elements("category"), c => c.Value == "Kiều Thúy Nga");
    }

    [Fact]
    public async Task Results_pages_announce_their_feeds()
    {
        var page = Html.Parse(await app.Browser().GetStringAsync("/search?q=" + Uri.EscapeDataString("会议") + "&f=lang:zh&page=2"));

        var atom = page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href");
        Assert.Equal("/search/atom?q=%E4%BC%9A%E8%AE%AE&f=lang:zh", atom);
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/rss+xml']"));
    }

    /// <summary>Signs in, saves a search from its results page, and returns the browser and the saved search's id and feed address.</summary>
    async Task<(HttpClient Browser, string Page, string Feed)> SaveAsync(string user, string query)
    {
        var browser = await app.SignedInAsync(user, UserRole.Staff);
        var saved = await browser.PostFormAsync("/account/sign-out", "/saved?handler=Create",
            [new("Q", query), new("Name", "My " + query)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = saved.Headers.Location!.OriginalString.Split('?')[0];
        var feed = Html.Parse(await browser.GetStringAsync(page)).QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
        return (browser, page, feed);
    }

    [Fact]
    public async Task A_saved_search_feed_answers_304_until_a_matching_record_arrives_first_and_drops_it_when_hidden()
    {
        var (_, _, feedUrl) = await SaveAsync("sam", "zebrafish OR 馆务会议");
        var reader = app.Browser(); // a feed reader: no cookie
        var first = await reader.GetAsync(feedUrl);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;

        var poll = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        poll.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(poll)).StatusCode);

        await Import(new ArchiveRecord
        {
            Id = "zebra", Language = "en", Type = "news", Title = "Zebrafish exhibition opens", Body = "The library opens a zebrafish exhibition.",
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        var again = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await reader.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("https://localhost/records/zebra", (await XmlAsync(changed)).Root!.Elements(Atom + "entry").First().Element(Atom + "id")!.Value);

        app.Services.GetRequiredService<Archive>().Curation.Edit("zebra", RecordEdit.Of(new FieldEdit(CuratedFields.Visibility, null, "withdrawn")), "alice");
        var hidden = await XmlAsync(await reader.GetAsync(feedUrl));
        Assert.DoesNotContain(hidden.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value.EndsWith("/zebra", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rotated_token_leaves_the_old_feed_address_answering_404()
    {
        var (browser, page, feedUrl) = await SaveAsync("sam", "会议");
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync(feedUrl)).StatusCode);

        var rotated = await browser.PostFormAsync(page, page + "?handler=Rotate", []);

        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(feedUrl)).StatusCode);
        var newUrl = Html.Parse(await browser.GetStringAsync(page)).QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
        Assert.NotEqual(feedUrl, newUrl);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync(newUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/feeds/not-a-token.atom")).StatusCode);
    }

    [Fact]
    public async Task Another_users_saved_search_cannot_be_read_edited_or_deleted()
    {
        var (_, page, _) = await SaveAsync("sam", "会议");
        var other = await app.SignedInAsync("tess", UserRole.Staff);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(page)).StatusCode);
        var token = await other.FormTokenAsync("/account/sign-out");
        foreach (var handler in new[] { "Save", "Rotate", "Delete" })
        {
            var response = await other.PostAsync(page + "?handler=" + handler, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Name", "mine now")]));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync(page)).StatusCode); // anonymous: sign in first
    }

    [Fact]
    public async Task The_opml_file_lists_every_saved_search_feed_of_its_owner()
    {
        var (browser, _, feedUrl) = await SaveAsync("sam", "会议");
        await browser.PostFormAsync("/account/sign-out", "/saved?handler=Create", [new("Q", "Thư viện"), new("Name", "Vietnam")]);

        var opml = XDocument.Parse(await browser.GetStringAsync("/saved/feeds.opml"));

        var outlines = opml.Root!.Element("body")!.Elements("outline").ToList();
        Assert.Equal(["My 会议", "Vietnam"], outlines.Select(o => (string)o.Attribute("text")!).Order());
        Assert.Contains(outlines, o => ((string)o.Attribute("xmlUrl")!).EndsWith(feedUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_search_counts_the_records_new_since_it_was_opened_and_shows_them_first()
    {
        var (browser, page, _) = await SaveAsync("sam", "zebrafish OR 馆务会议");
        Assert.Equal("—", Html.Parse(await browser.GetStringAsync("/saved")).QuerySelectorAll("table.saved-searches td")[1].TextContent.Trim());

        await Import(new ArchiveRecord
        {
            Id = "zebra", Language = "en", Type = "news", Title = "Zebrafish exhibition opens", Body = "The library opens a zebrafish exhibition.",
            Date = new DateOnly(2019, 1, 1), // older than the rest: still shown first, as new
        });

        Assert.Equal("1 new record", Html.Parse(await browser.GetStringAsync("/saved")).QuerySelectorAll("table.saved-searches td")[1].TextContent.Trim());
        var opened = Html.Parse(await browser.GetStringAsync(page));
        Assert.Equal("1 new record", opened.Text("main h2"));
        Assert.Equal("Zebrafish exhibition opens", opened.Text(".new-records article h3"));
        Assert.Equal("—", Html.Parse(await browser.GetStringAsync("/saved")).QuerySelectorAll("table.saved-searches td")[1].TextContent.Trim());
    }

    async Task Import(ArchiveRecord record)
    {
        var folder = Path.Combine(app.Folder, "incoming-" + record.Id);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, record.Id + ".md"),
            $"---\nid: {record.Id}\ntitle: {record.Title}\nlang: {record.Language}\ndate: {record.Date:yyyy-MM-dd}\n---\n{record.Body}\n");
        await app.Services.GetRequiredService<PortalImporter>().ImportAsync([folder]);
    }

    public void Dispose() => app.Dispose();
}
