using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArchivePortal.Core.Search;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive bench --corpus corpus-N.jsonl --queries queries-N.jsonl [--db FILE] [--rounds R]</c>:
/// imports the corpus (made by ../shared/bench/gen.py) into an empty database through the normal
/// import pipeline, then runs every query, with facet counting and without, and prints the timings.
/// Without --db it works in a fresh temporary folder, deleted afterwards; a database that already
/// holds records is refused (exit code 2). The last line of output is the contract line
/// (<see cref="ContractLine"/>) that scripts and the side-by-side comparison read. Figures, not
/// assertions: compare them within one run (shared machines vary by 20%).
/// </summary>
internal static class BenchCommand
{
    public static int Run(CliArguments cli)
    {
        var corpus = cli.Option("corpus") ?? throw new CliUsageException("bench needs --corpus corpus-N.jsonl (python3 ../shared/bench/gen.py N --out-dir DIR).");
        var queriesFile = cli.Option("queries") ?? throw new CliUsageException("bench needs --queries queries-N.jsonl.");
        if (!File.Exists(corpus)) throw new CliUsageException($"bench: no corpus file {corpus}.");
        if (!File.Exists(queriesFile)) throw new CliUsageException($"bench: no queries file {queriesFile}.");
        int rounds = cli.IntOption("rounds", 3, 1, 100);

        // Never the default database (nor $Archive__Database): a bench imports tens of thousands of
        // synthetic records, which belong in a folder of their own.
        string? temporary = cli.Option("db") is null
            ? Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archive-bench-" + Guid.NewGuid().ToString("N"))).FullName
            : null;
        var dbPath = temporary is null ? Path.GetFullPath(cli.Option("db")!) : Path.Combine(temporary, "archive.db");
        try
        {
            return Bench(cli, corpus, queriesFile, rounds, dbPath, temporary is not null);
        }
        finally
        {
            if (temporary is not null) DeleteTemporary(temporary);
        }
    }

    static string ManagedParts() =>
        $"managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB, committed by the GC {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:F0} MB";

    static int Bench(CliArguments cli, string corpus, string queriesFile, int rounds, string dbPath, bool temporary)
    {
        // Looked at before opening: opening may create an empty index there.
        bool indexHadFiles = ArchiveFiles.IndexHasFiles(dbPath);
        using var archive = ArchiveOpener.Open(cli, dbPath, reindexIfStale: false);
        var existing = archive.Store.Count();
        if (existing > 0 || indexHadFiles)
        {
            var what = existing > 0 ? $"holds {existing} records" : $"has a search index in {ArchiveFiles.IndexDirectory(dbPath)}";
            Console.Error.WriteLine($"bench: the database {dbPath} {what}; bench measures an import into an empty database: give a new --db path, or leave --db out to use a temporary folder.");
            return 2;
        }
        Console.WriteLine(temporary ? $"database: {dbPath} (temporary, deleted afterwards)" : $"database: {dbPath}");

        var queries = File.ReadLines(queriesFile).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Text: e.GetProperty("text").GetString()!, Kind: e.TryGetProperty("kind", out var k) ? k.GetString()! : "query"))
            .ToList();
        if (queries.Count == 0) throw new CliUsageException($"bench: {queriesFile} holds no queries.");

        // The normal import pipeline (reader, normalization, the full analysis chain, the store's
        // batches and their commits, the search index and its last commit): the stopwatch stops once
        // the last batch is committed to both.
        var pausedBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var report = ImportCommand.Import(archive, [corpus], quiet: Console.IsOutputRedirected);
        // The index made durable and at rest (its merges done) is part of the import, as the Lucene
        // reference closes its writer before its clock stops.
        archive.SearchIndex.CommitAndSettle();
        sw.Stop();
        var imported = report.Summary.Added + report.Summary.Updated;
        if (imported == 0)
        {
            Console.Error.WriteLine($"bench: nothing was imported from {corpus}.");
            return 1;
        }
        double importPerSecond = imported / sw.Elapsed.TotalSeconds;
        long indexBytes = ArchiveFiles.SizeOnDiskBytes(dbPath);
        Console.WriteLine($"import: {imported} records in {sw.Elapsed.TotalSeconds:F1} s = {importPerSecond:F0} records/s; database and index {indexBytes / 1048576.0:F1} MB");
        Console.WriteLine($"memory after import: peak {PeakResidentBytes() / 1048576.0:F0} MB; now " + ResidentParts() + "; " + ManagedParts());
        // Where an import's time goes on a machine of few cores: CPU per record, and the time every thread stood still for the GC.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"import CPU: {cpu.TotalMilliseconds / imported:F2} ms per record ({cpu.TotalSeconds / sw.Elapsed.TotalSeconds:F2} cores busy); " +
                          $"GC pauses {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:F1} s; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");

        // Warm up caches, the JIT and the facet index on other searches sharing no word with the
        // measured ones, so that the first run of each measured query is the first time the archive
        // sees it (its words may still be known from an earlier measured query, as in a running portal).
        var warmUp = WarmUpSearches(corpus, queries.Select(q => q.Text).ToList(), 150);
        var (passes, lastCompiled) = WarmUp(archive, warmUp);
        Console.WriteLine($"warm-up: {warmUp.Count} other searches × {passes} passes ({lastCompiled} methods compiled in the last)");

        var with = new List<double>();
        var first = new List<double>();
        var without = new List<double>();
        var withAgain = new List<double>();
        var byKind = new Dictionary<string, List<double>>();
        var slowest = new List<(double Ms, string Text, int Total)>();
        long totalHits = 0;
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
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
        // The runtime compiles methods again, optimized, once they have run often (tiered
        // compilation), on a thread of its own: while it does, it takes a core from the searches.
        Console.WriteLine($"JIT while measuring: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods compiled, " +
                          $"{(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms");
        var docs = archive.Store.Count();
        Console.WriteLine($"records: {docs}, queries: {queries.Count} × {rounds} rounds, mean matches per query: {totalHits / (double)with.Count:F0}");
        Console.WriteLine($"search with facets:    median {Median(with):F1} ms, p95 {P(with, 0.95):F1} ms, p99 {P(with, 0.99):F1} ms");
        Console.WriteLine($"  first run of each:   median {Median(first):F1} ms, p95 {P(first, 0.95):F1} ms, p99 {P(first, 0.99):F1} ms");
        Console.WriteLine($"search without facets: median {Median(without):F1} ms, p95 {P(without, 0.95):F1} ms, p99 {P(without, 0.99):F1} ms");
        foreach (var (kind, list) in byKind.OrderBy(k => k.Key))
            Console.WriteLine($"  {kind,-8} median {Median(list):F1} ms, p95 {P(list, 0.95):F1} ms");
        // Both right after the same query ran, so neither pays for first sight of its words.
        Console.WriteLine($"facet counting adds: median {Median(withAgain) - Median(without):F1} ms");
        Console.WriteLine("slowest: " + string.Join("; ", slowest.OrderByDescending(x => x.Ms).Take(6).Select(x => $"{x.Text} {x.Ms:F0} ms ({x.Total} matches)")));

        Console.WriteLine("memory now: " + ResidentParts() + "; " + ManagedParts());
        var common = byKind.Where(k => CommonKinds.Contains(k.Key)).SelectMany(k => k.Value).ToList();
        // The contract line comes last (the temporary folder is deleted silently afterwards).
        Console.WriteLine(ContractLine(docs, importPerSecond, with, common, indexBytes, PeakResidentBytes()));
        Console.Out.Flush();
        return 0;
    }

    /// <summary>The query kinds of gen.py that make the common_p95_ms figure.</summary>
    static readonly HashSet<string> CommonKinds = ["single", "two"];

    /// <summary>
    /// <c>docs=N import_docs_per_s=… p50_ms=… p95_ms=… p99_ms=… common_p95_ms=… index_mb=… rss_mb=…</c>,
    /// invariant culture: docs/s whole, milliseconds and MB with one decimal. Percentiles are over
    /// every measured run of top 10 + facets; common = kinds single and two (NaN when there are none).
    /// </summary>
    internal static string ContractLine(int docs, double importPerSecond, List<double> faceted, List<double> common, long indexBytes, long peakResidentBytes) =>
        string.Create(CultureInfo.InvariantCulture,
            $"docs={docs} import_docs_per_s={Math.Round(importPerSecond):F0} p50_ms={P(faceted, 0.5):F1} p95_ms={P(faceted, 0.95):F1} p99_ms={P(faceted, 0.99):F1} common_p95_ms={P(common, 0.95):F1} index_mb={indexBytes / 1048576.0:F1} rss_mb={peakResidentBytes / 1048576.0:F1}");

    /// <summary>
    /// What the resident memory is made of now (Linux): anonymous (heaps) and file-backed pages
    /// (the index's memory-mapped files, the runtime's and ICU's libraries).
    /// </summary>
    static string ResidentParts()
    {
        var parts = new List<string>();
        foreach (var field in new[] { "VmRSS", "RssAnon", "RssFile" })
            if (ProcessStatus.Bytes(field) is { } bytes) parts.Add($"{field} {bytes / 1048576} MB");
        return parts.Count > 0 ? string.Join(", ", parts) : "unknown (no /proc/self/status)";
    }

    /// <summary>Peak resident memory of this process: VmHWM from /proc/self/status, else <see cref="Process.PeakWorkingSet64"/>.</summary>
    internal static long PeakResidentBytes()
    {
        if (ProcessStatus.Bytes("VmHWM") is { } bytes) return bytes;
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    static void DeleteTemporary(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"bench: could not delete the temporary folder {folder}: {e.Message}");
        }
    }

    /// <summary>
    /// Runs the warm-up searches until the JIT is done with them. The runtime compiles a method
    /// again, optimized, once it has run about 30 times, on a thread of its own, and only after no
    /// new method was compiled for a tenth of a second. A search uses both cores when it can
    /// (SharedWork), so a compiler still at work during the measured rounds slows the searches it
    /// shares a core with, where a process serving for days long had its code compiled. The passes
    /// stop when one compiles fewer than <see cref="QuietJit"/> methods, or after five.
    /// </summary>
    static (int Passes, long LastCompiled) WarmUp(Storage.Archive archive, List<string> searches)
    {
        int passes = 0;
        long compiled;
        do
        {
            long before = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var text in searches) archive.Index.Search(new SearchRequest { Query = text, IncludeFacets = true });
            Thread.Sleep(250); // for the compiler's thread, which starts after a pause in new methods
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            passes++;
        }
        while (compiled >= QuietJit && passes < 5);
        return (passes, compiled);
    }

    /// <summary>Methods compiled in a warm-up pass below which the JIT counts as done.</summary>
    const int QuietJit = 50;

    /// <summary>
    /// The start of record titles (two words, or four characters of an unspaced title) sharing no
    /// word with a measured query; every third as a phrase.
    /// </summary>
    static List<string> WarmUpSearches(string corpus, List<string> measured, int count)
    {
        var measuredWords = measured.SelectMany(q => q.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var measuredText = string.Join('\n', measured);
        bool SharesAWord(string start) => start.Contains(' ')
            ? start.Split(' ').Any(measuredWords.Contains)
            : Enumerable.Range(0, start.Length - 1).Any(i => measuredText.Contains(start.Substring(i, 2), StringComparison.Ordinal)); // unspaced: any two characters
        var searches = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(corpus))
        {
            if (searches.Count == count) break;
            if (line.Trim().Length == 0) continue;
            var title = JsonDocument.Parse(line).RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = words.Length > 1 ? string.Join(' ', words.Take(2)) : title[..Math.Min(4, title.Length)];
            // Every third one quoted: the measured queries have phrases too, searched another way.
            if (start.Length > 0 && !SharesAWord(start) && seen.Add(start))
                searches.Add(searches.Count % 3 == 2 ? $"\"{start}\"" : start);
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

    /// <summary>The nearest-rank percentile; NaN for no values.</summary>
    internal static double P(List<double> values, double q)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
