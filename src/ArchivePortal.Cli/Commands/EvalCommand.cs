using System.Globalization;
using ArchivePortal.Cli.Eval;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive eval &lt;dir&gt;</c>: imports <c>dir/docs</c> into a fresh temporary database, runs
/// <c>dir/queries.yaml</c> through the query language, and prints nDCG@10, Recall@10 and MRR@10
/// per query, per language and overall. The last line is the contract:
/// <c>nDCG@10=0.xxx R@10=0.xxx MRR=0.xxx</c>.
/// </summary>
internal static class EvalCommand
{
    public static int Run(CliArguments cli)
    {
        if (cli.Positional.Count != 1) throw new CliUsageException("eval needs one folder holding docs/ and queries.yaml.");
        var dir = cli.Positional[0];
        var docs = Path.Combine(dir, "docs");
        var queriesFile = Path.Combine(dir, "queries.yaml");
        if (!Directory.Exists(docs) || !File.Exists(queriesFile))
            throw new CliUsageException($"{dir} must hold docs/ and queries.yaml.");

        var dbPath = Path.Combine(Path.GetTempPath(), $"archive-eval-{Guid.NewGuid():N}.db");
        try
        {
            using var archive = Storage.Archive.Open(dbPath, log: m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"), authoritiesFolder: cli.AuthoritiesFolder,
                defaultAuthorities: ArchiveHome.Resolve(Storage.Archive.DefaultAuthorities));
            ImportCommand.Import(archive, [docs], quiet: true);
            var queries = JudgedQuery.Load(queriesFile);
            var scores = queries.Select(q => Score(archive, q)).ToList();
            Print(scores);
            var facetsFile = Path.Combine(dir, "facets.yaml");
            if (File.Exists(facetsFile))
            {
                var check = FacetCheck.Run(archive, FacetTruth.Load(facetsFile));
                foreach (var d in check.Differences) Console.WriteLine("  " + d);
                Console.WriteLine($"facets: {check.Exact}/{check.Total} exact");
                Console.WriteLine($"persons precision={F(check.PersonPrecision)} recall={F(check.PersonRecall)}");
            }
            // The contract line comes last.
            Console.WriteLine(Summary(scores));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(dbPath + suffix);
        }
    }

    internal sealed record QueryScore(JudgedQuery Query, double Ndcg, double Recall, double Rr, IReadOnlyList<string> Top);

    internal static QueryScore Score(Archive archive, JudgedQuery q)
    {
        var results = archive.Index.Search(new SearchRequest { Query = q.ToQueryLanguage(), Limit = 10 });
        var ranked = results.Hits.Select(h => h.Id).ToList();
        return new QueryScore(q,
            RankingMetrics.Ndcg(ranked, q.Relevant),
            RankingMetrics.Recall(ranked, q.Relevant),
            RankingMetrics.ReciprocalRank(ranked, q.Relevant),
            ranked);
    }

    static void Print(List<QueryScore> scores)
    {
        // Plain lines, one per query, so the output reads well in a log and greps easily.
        foreach (var s in scores)
        {
            var top = string.Join(" ", s.Top.Take(5).Select(id => id + (s.Query.Relevant.GetValueOrDefault(id) > 0 ? "✓" : "✗")));
            Console.WriteLine($"{s.Query.Id,-5} {s.Query.Lang,-3} nDCG@10={F(s.Ndcg)} R@10={F(s.Recall)} RR={F(s.Rr)}  {s.Query.ToQueryLanguage()}  → {top}");
        }
        foreach (var group in scores.GroupBy(s => s.Query.Lang).OrderBy(g => g.Key))
            Console.WriteLine($"lang {group.Key} ({group.Count()} queries): nDCG@10={F(group.Average(s => s.Ndcg))} R@10={F(group.Average(s => s.Recall))} MRR={F(group.Average(s => s.Rr))}");
    }

    static string Summary(List<QueryScore> scores) =>
        $"nDCG@10={F(scores.Average(s => s.Ndcg))} R@10={F(scores.Average(s => s.Recall))} MRR={F(scores.Average(s => s.Rr))}";

    static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
