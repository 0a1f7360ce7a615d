using System.Diagnostics;
using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class HostPolitenessTests
{
    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_longer_of_the_delay_and_the_crawl_delay()
    {
        var politeness = new HostPoliteness(TimeSpan.FromMilliseconds(60), concurrency: 4);
        politeness.SetCrawlDelay("a", TimeSpan.FromMilliseconds(10)); // shorter than configured: ignored
        politeness.SetCrawlDelay("b", TimeSpan.FromMilliseconds(120));
        Assert.Equal(TimeSpan.FromMilliseconds(60), politeness.DelayFor("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(120), politeness.DelayFor("b"));

        var starts = new List<(string Host, TimeSpan At)>();
        var clock = Stopwatch.StartNew();
        async Task Request(string host)
        {
            using var turn = await politeness.AcquireAsync(host, CancellationToken.None);
            lock (starts) starts.Add((host, clock.Elapsed));
            await Task.Delay(5);
        }
        await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => new[] { Request("a"), Request("b") }));

        foreach (var (host, least) in new[] { ("a", 60), ("b", 120) })
        {
            var times = starts.Where(s => s.Host == host).Select(s => s.At).Order().ToList();
            Assert.All(times.Zip(times.Skip(1), (x, y) => y - x), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(least), $"{host}: {gap.TotalMilliseconds} ms"));
        }
    }

    [Fact]
    public async Task Retry_after_holds_the_host()
    {
        var politeness = new HostPoliteness(TimeSpan.Zero, concurrency: 1);
        politeness.Defer("a", TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        using (await politeness.AcquireAsync("a", CancellationToken.None)) { }
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(190));
    }
}
