using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive load --url URL --queries queries-N.jsonl [--clients 16,32,64] [--seconds 60] [--pid PID] [--db FILE]</c>:
/// real HTTP against a running portal. Each client asks search pages one after the other, each a
/// query never asked before in the run (words of the query file combined at random, with a random
/// page and sort), so that the output cache answers none of them. Beside the clients, one more asks
/// <c>/health</c> four times a second. Per step it prints requests, errors, latencies, the slowest
/// health answer, the portal's resident memory (with --pid) and the database files' sizes (with --db).
/// Figures, not assertions: scripts/load.sh runs it beside an import.
/// </summary>
internal static class LoadCommand
{
    public static int Run(CliArguments cli)
    {
        var url = new Uri(cli.Option("url") ?? "http://127.0.0.1:5000/");
        var queriesFile = cli.Option("queries") ?? throw new CliUsageException("load needs --queries queries-N.jsonl (python3 ../shared/bench/gen.py N --out-dir DIR).");
        if (!File.Exists(queriesFile)) throw new CliUsageException($"load: no queries file {queriesFile}.");
        var steps = (cli.Option("clients") ?? "16,32,64").Split(',').Select(s =>
            int.TryParse(s, out var n) && n is > 0 and <= 1000 ? n : throw new CliUsageException($"--clients takes numbers from 1 to 1000 separated by commas, not “{s}”.")).ToList();
        int seconds = cli.IntOption("seconds", 60, 1, 3600);
        int? pid = cli.Option("pid") is null ? null : cli.IntOption("pid", 0, 1);
        var db = cli.Option("db") is { } d ? Path.GetFullPath(d) : null;
        var words = QueryWords(queriesFile);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = steps.Max() + 1, AllowAutoRedirect = false })
        {
            BaseAddress = url, Timeout = TimeSpan.FromSeconds(60),
        };
        Console.WriteLine($"load: {url} · {words.Count} query words · steps {string.Join(", ", steps)} clients × {seconds} s");
        int totalErrors = 0;
        foreach (var clients in steps)
        {
            var step = RunStep(http, words, clients, TimeSpan.FromSeconds(seconds), pid, db).GetAwaiter().GetResult();
            totalErrors += step.Errors;
            Console.WriteLine(step.Line(clients, seconds));
        }
        return totalErrors == 0 ? 0 : 1;
    }

    static List<string> QueryWords(string file) => File.ReadLines(file).Where(l => l.Trim().Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
        .SelectMany(t => t.Replace("\"", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Distinct().ToList();

    sealed class StepFigures
    {
        public int Requests;
        public int Errors;
        public string? FirstError;
        public readonly List<double> Latencies = [];
        public double HealthMaxMs;
        public int HealthFailures;
        public readonly List<long> RssSamples = [];
        public long LargestDatabaseBytes;
        public long LargestWalBytes;

        public string Line(int clients, int seconds)
        {
            double P(double q) => Latencies.Count == 0 ? 0 : Latencies.Order().ElementAt(Math.Min(Latencies.Count - 1, (int)(q * Latencies.Count)));
            var rss = RssSamples.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                $" rss_mb_first={RssSamples[0] / 1048576.0:F0} rss_mb_mid={RssSamples[RssSamples.Count / 2] / 1048576.0:F0} rss_mb_last={RssSamples[^1] / 1048576.0:F0} rss_mb_max={RssSamples.Max() / 1048576.0:F0}");
            var files = LargestDatabaseBytes == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                $" db_mb_max={LargestDatabaseBytes / 1048576.0:F1} wal_mb_max={LargestWalBytes / 1048576.0:F1}");
            var error = FirstError is null ? "" : $" first_error=\"{FirstError}\"";
            return string.Create(CultureInfo.InvariantCulture,
                $"clients={clients} requests={Requests} errors={Errors} req_per_s={Requests / (double)seconds:F1} " +
                $"p50_ms={P(0.50):F0} p95_ms={P(0.95):F0} p99_ms={P(0.99):F0} health_max_ms={HealthMaxMs:F0} health_failures={HealthFailures}{rss}{files}{error}");
        }
    }

    static async Task<StepFigures> RunStep(HttpClient http, List<string> words, int clients, TimeSpan length, int? pid, string? db)
    {
        var figures = new StepFigures();
        var sync = new Lock();
        using var stop = new CancellationTokenSource(length);
        var workers = Enumerable.Range(0, clients).Select(n => Task.Run(async () =>
        {
            var random = new Random(unchecked(Environment.TickCount * 31 + n));
            while (!stop.IsCancellationRequested)
            {
                var path = RandomSearch(words, random);
                var watch = Stopwatch.StartNew();
                string? error = null;
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    // A page past the last redirects to the last one (302): a right answer, not an error.
                    if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Found)) error = $"{(int)response.StatusCode} {path}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = $"{e.GetType().Name} {path}";
                }
                lock (sync)
                {
                    figures.Requests++;
                    figures.Latencies.Add(watch.Elapsed.TotalMilliseconds);
                    if (error is not null && figures.Errors++ == 0) figures.FirstError = error;
                }
            }
        })).ToList();
        var monitor = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                bool ok;
                try { using var r = await http.GetAsync("/health"); ok = r.IsSuccessStatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { ok = false; }
                lock (sync)
                {
                    figures.HealthMaxMs = Math.Max(figures.HealthMaxMs, watch.Elapsed.TotalMilliseconds);
                    if (!ok) figures.HealthFailures++;
                    if (pid is { } p && ProcessStatus.Bytes("VmRSS", p.ToString(CultureInfo.InvariantCulture)) is { } rss) figures.RssSamples.Add(rss);
                    if (db is not null)
                    {
                        figures.LargestDatabaseBytes = Math.Max(figures.LargestDatabaseBytes, Length(db));
                        figures.LargestWalBytes = Math.Max(figures.LargestWalBytes, Length(db + "-wal"));
                    }
                }
                await Task.Delay(250);
            }
        });
        await Task.WhenAll([.. workers, monitor]);
        return figures;
    }

    /// <summary>One to three query words, a page from 1 to 5 and a sort: practically never the same address twice.</summary>
    static string RandomSearch(List<string> words, Random random)
    {
        var q = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Count)]));
        string[] sorts = ["relevance", "newest", "oldest"];
        return $"/search?q={Uri.EscapeDataString(q)}&page={random.Next(1, 6)}&sort={sorts[random.Next(sorts.Length)]}";
    }

    static long Length(string path)
    {
        try { return new FileInfo(path) is { Exists: true } f ? f.Length : 0; }
        catch (IOException) { return 0; }
    }
}
