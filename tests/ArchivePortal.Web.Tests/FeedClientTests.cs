using System.Diagnostics;
using System.Text.Json;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Accounts;
using ArchivePortal.Storage.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// The feeds as real feed readers parse them: the npm `feedparser` package on Node and Python's
/// feedparser, each fetching the live feed from the portal on a loopback port (scripts/test.sh
/// installs both). Titles, links, dates, categories, and Chinese and Vietnamese text must come through.
/// </summary>
public sealed class FeedClientTests : IDisposable
{
    readonly PortalApp app = new();
    readonly string baseUrl;

    public FeedClientTests()
    {
        app.UseKestrel(0);
        app.StartServer();
        baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    static string Clients => Path.Combine(CliProcess.Root(), "tests", "feed-clients");

    static JsonElement Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Clients };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error.Result}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }

    static JsonElement Node(string url) => Run("node", Path.Combine(Clients, "parse-feed.js"), url);
    static JsonElement Python(string url) => Run("/usr/bin/python3", Path.Combine(Clients, "parse_feed.py"), url);

    static JsonElement Entry(JsonElement feed, string recordId) =>
        feed.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("link").GetString()!.EndsWith("/records/" + recordId, StringComparison.Ordinal));

    static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToList();

    [Theory]
    [InlineData("atom")]
    [InlineData("rss")]
    public void Both_readers_parse_the_search_feeds_with_chinese_and_vietnamese_intact(string format)
    {
        var zh = $"{baseUrl}/search/{format}?q={Uri.EscapeDataString("馆务会议")}&lang=zh";
        var vi = $"{baseUrl}/search/{format}?q={Uri.EscapeDataString("Thư viện")}&lang=vi";
        Assert.Contains("<mark>Thư viện</mark>", System.Net.WebUtility.HtmlDecode(Entry(Node(vi), "vi-tvqg").GetProperty("summary").GetString()));
        foreach (var parse in new Func<string, JsonElement>[] { Node, Python })
        {
            var chinese = parse(zh);
            Assert.Contains("馆务会议", chinese.GetProperty("title").GetString());
            Assert.Equal(25, chinese.GetProperty("entries").GetArrayLength());
            var meeting = Entry(chinese, "zh-07");
            Assert.Equal("国家图书馆召开第7次馆务会议", meeting.GetProperty("title").GetString());
            Assert.Contains("饶权", Strings(meeting.GetProperty("categories")));
            Assert.True(DateTimeOffset.TryParse(meeting.GetProperty("published").GetString(), out var published), "published date");
            Assert.Equal(new DateOnly(2020 + 7 % 3, 1 + 7 % 12, 8), DateOnly.FromDateTime(published.UtcDateTime));

            var vietnamese = parse(vi);
            var tvqg = Entry(vietnamese, "vi-tvqg");
            Assert.Equal("Hội nghị tổng kết công tác năm 2022 của Thư viện Quốc gia", tvqg.GetProperty("title").GetString());
            Assert.Contains("Kiều Thúy Nga", Strings(tvqg.GetProperty("categories")));
            // The snippet's text comes through; Python's feedparser strips elements it does not know, such as <mark>.
            Assert.Contains("Thư viện Quốc gia Việt Nam", System.Text.RegularExpressions.Regex.Replace(
                System.Net.WebUtility.HtmlDecode(tvqg.GetProperty("summary").GetString()!), "<[^>]+>", ""));
        }
    }

    [Fact]
    public void Both_readers_parse_a_saved_search_feed_at_its_token_address()
    {
        var user = app.Add("sam", UserRole.Staff);
        var store = app.Services.GetRequiredService<SavedSearchStore>();
        var saved = store.Add(user.Id, new SavedSearchDefinition("Meetings 会议", "会议", [], SearchSort.Relevance, "zh"));
        var atom = $"{baseUrl}/feeds/{store.TokenOf(saved)}.atom";

        foreach (var feed in new[] { Node(atom), Python(atom), Node(atom[..^5] + ".rss"), Python(atom[..^5] + ".rss") })
        {
            Assert.Equal("Meetings 会议", feed.GetProperty("title").GetString());
            Assert.Equal(25, feed.GetProperty("entries").GetArrayLength());
        }
    }

    public void Dispose() => app.Dispose();
}
