using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArchivePortal.Core.Search;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive bench --corpus corpus-N.jsonl --queries queries-N.jsonl [--db FILE] [--rounds R]</c>:
/// imports the corpus (made by ../shared/bench/gen.py) into the database when it is empty, then
/// runs every query, with facet counting and without, and prints the timings. Figures, not
/// assertions: compare them within one run (shared machines vary by 20%).
/// </summary>
internal static class BenchCommand
{
    public static int Run(CliArguments cli)
    {
        var corpus = cli.Option("corpus") ?? throw new CliUsageException("bench needs --corpus corpus-N.jsonl (python3 ../shared/bench/gen.py N --out-dir DIR).");
        var queriesFile = cli.Option("queries") ?? throw new CliUsageException("bench needs --queries queries-N.jsonl.");
        int rounds = cli.IntOption("rounds", 3, 1, 100);
        var archive = ArchiveOpener.Open(cli);

        if (archive.Store.Count() == 0)
        {
            var sw = Stopwatch.StartNew();
            var report = ImportCommand.Import(archive, [corpus], quiet: Console.IsOutputRedirected);
            sw.Stop();
            var n = report.Summary.Added + report.Summary.Updated;
            Console.WriteLine($"import: {n} records in {sw.Elapsed.TotalSeconds:F1} s = {n / sw.Elapsed.TotalSeconds:F0} records/s; database {new FileInfo(archive.Database.Path).Length / 1048576.0:F0} MB");
        }

        var queries = File.ReadLines(queriesFile).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Text: e.GetProperty("text").GetString()!, Kind: e.TryGetProperty("kind", out var k) ? k.GetString()! : "query"))
            .ToList();
        // Warm up caches, the JIT and the facet index on other searches sharing no word with the
        // measured ones, so that the first run of each measured query is the first time the archive
        // sees it (its words may still be known from an earlier measured query, as in a running portal).
        var warmUp = WarmUpSearches(corpus, queries.Select(q => q.Text).ToList(), 150);
        foreach (var text in warmUp) archive.Index.Search(new SearchRequest { Query = text, IncludeFacets = true });
        Console.WriteLine($"warm-up: {warmUp.Count} other searches");

        var with = new List<double>();
        var first = new List<double>();
        var without = new List<double>();
        var withAgain = new List<double>();
        var byKind = new Dictionary<string, List<double>>();
        var slowest = new List<(double Ms, string Text, int Total)>();
        long totalHits = 0;
        for (int round = 0; round < rounds; round++)
        {
            foreach (var q in queries)
            {
                // The faceted search goes first: in the first round it is the first time the archive
                // sees the query (its document frequencies not remembered unless an earlier query had
                // the same words), which is what a visitor meets.
                var faceted = Time(archive, q.Text, facets: true, out var total);
                without.Add(Time(archive, q.Text, facets: false, out _));
                withAgain.Add(Time(archive, q.Text, facets: true, out _));
                with.Add(faceted);
                if (round == 0) first.Add(faceted);
                (byKind.TryGetValue(q.Kind, out var list) ? list : byKind[q.Kind] = []).Add(faceted);
                slowest.Add((faceted, q.Text, total));
                totalHits += total;
            }
        }
        Console.WriteLine($"records: {archive.Store.Count()}, queries: {queries.Count} × {rounds} rounds, mean matches per query: {totalHits / (double)with.Count:F0}");
        Console.WriteLine($"search with facets:    median {Median(with):F1} ms, p95 {P(with, 0.95):F1} ms, p99 {P(with, 0.99):F1} ms");
        Console.WriteLine($"  first run of each:   median {Median(first):F1} ms, p95 {P(first, 0.95):F1} ms, p99 {P(first, 0.99):F1} ms");
        Console.WriteLine($"search without facets: median {Median(without):F1} ms, p95 {P(without, 0.95):F1} ms, p99 {P(without, 0.99):F1} ms");
        foreach (var (kind, list) in byKind.OrderBy(k => k.Key))
            Console.WriteLine($"  {kind,-8} median {Median(list):F1} ms, p95 {P(list, 0.95):F1} ms");
        // Both right after the same query ran, so neither pays for first sight of its words.
        Console.WriteLine($"facet counting adds: median {Median(withAgain) - Median(without):F1} ms");
        Console.WriteLine("slowest: " + string.Join("; ", slowest.OrderByDescending(x => x.Ms).Take(6).Select(x => $"{x.Text} {x.Ms:F0} ms ({x.Total} matches)")));
        return 0;
    }

    /// <summary>The start of record titles (two words, or four characters of an unspaced title) sharing no word with a measured query.</summary>
    static List<string> WarmUpSearches(string corpus, List<string> measured, int count)
    {
        var measuredWords = measured.SelectMany(q => q.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var measuredText = string.Join('\n', measured);
        bool SharesAWord(string start) => start.Contains(' ')
            ? start.Split(' ').Any(measuredWords.Contains)
            : Enumerable.Range(0, start.Length - 1).Any(i => measuredText.Contains(start.Substring(i, 2), StringComparison.Ordinal)); // unspaced: any two characters
        var searches = new List<string>();
        foreach (var line in File.ReadLines(corpus))
        {
            if (searches.Count == count) break;
            if (line.Trim().Length == 0) continue;
            var title = JsonDocument.Parse(line).RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = words.Length > 1 ? string.Join(' ', words.Take(2)) : title[..Math.Min(4, title.Length)];
            if (start.Length > 0 && !SharesAWord(start) && !searches.Contains(start)) searches.Add(start);
        }
        return searches;
    }

    static double Time(Storage.Archive archive, string query, bool facets, out int total)
    {
        var sw = Stopwatch.StartNew();
        var r = archive.Index.Search(new SearchRequest { Query = query, IncludeFacets = facets });
        sw.Stop();
        total = r.Total;
        return sw.Elapsed.TotalMilliseconds;
    }

    static double Median(List<double> v) => P(v, 0.5);

    static double P(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
