using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace ArchivePortal.Tests.Fuzzing;

/// <summary>
/// Runs a fuzz target for a fixed time (<see cref="FuzzSettings.Budget"/>): input number i is made
/// from its own seed (run seed, target name, i), so the same seed gives the same inputs in the same
/// order on any machine. The target returns a label for what became of the input (a record, a coded
/// failure …), counted for the log; an exception is a failure, reported with the seed, the input
/// number and the input shrunk to a C# literal. An input running longer than
/// <see cref="FuzzSettings.HangLimit"/> is reported as a hang.
/// </summary>
internal static class Fuzzer
{
    public static void Run(ITestOutputHelper output, string name, Func<Random, string> generate, Func<string, string> target) =>
        Run<char>(output, name, r => generate(r).ToCharArray(), chars => target(new string(chars)), chars => FuzzLiteral.Of(new string(chars)));

    /// <param name="context">What else the target derives from the input (a header, a flag), said beside the literal.</param>
    public static void Run(ITestOutputHelper output, string name, Func<Random, byte[]> generate, Func<byte[], string> target,
        Func<byte[], string>? context = null) =>
        Run<byte>(output, name, generate, target, bytes => FuzzLiteral.Of(bytes) + (context is null ? "" : "\n  " + context(bytes)));

    /// <summary>Each input from one of <paramref name="sources"/>, picked at random (list one twice to give it twice the share).</summary>
    public static Func<Random, T[]> Mix<T>(params Func<Random, T[]>[] sources) => r => sources[r.Next(sources.Length)](r);

    /// <summary>Inputs made by mutating a random member of <paramref name="corpus"/>.</summary>
    public static Func<Random, T[]> Mutations<T>(IReadOnlyList<T[]> corpus, Mutator<T> mutator) =>
        corpus.Count == 0 ? _ => [] : r => mutator.Mutate(r, corpus[r.Next(corpus.Count)], corpus);

    /// <summary>
    /// Files mutated as text and written back as valid UTF-8: byte mutations mostly break the
    /// encoding, and these get past a decoder into the parsers behind it.
    /// </summary>
    public static Func<Random, byte[]> TextMutations(IReadOnlyList<byte[]> corpus, IReadOnlyList<string> tokens, int maxLength)
    {
        var texts = corpus.Select(b => System.Text.Encoding.UTF8.GetString(b).ToCharArray()).ToList();
        var text = Mutations(texts, Mutator<char>.ForText(tokens, maxLength));
        return r => System.Text.Encoding.UTF8.GetBytes(text(r));
    }

    static void Run<T>(ITestOutputHelper output, string name, Func<Random, T[]> generate, Func<T[], string> target, Func<T[], string> literal)
    {
        var budget = FuzzSettings.Budget;
        if (budget == TimeSpan.Zero)
        {
            output.WriteLine($"fuzz {name}: skipped (ARCHIVE_FUZZ_SECONDS=0)");
            return;
        }
        var seed = FuzzSettings.Seed;
        var targetSeed = FuzzSettings.Mix(seed, FuzzSettings.Hash(name));
        var progress = new FuzzProgress<T>();
        var outcomes = new Dictionary<string, long>(StringComparer.Ordinal);
        long inputs = 0, failedAt = -1, slowestAt = -1;
        var slowest = TimeSpan.Zero;
        T[]? slowestInput = null;
        T[]? failedInput = null;
        Exception? failure = null;
        var minimizer = new FuzzMinimizer<T>(target, progress);
        var clock = Stopwatch.StartNew();

        void Loop()
        {
            for (long i = 0; clock.Elapsed < budget; i++)
            {
                var input = generate(new Random((int)FuzzSettings.Mix(targetSeed, (ulong)i)));
                progress.Start(input);
                try
                {
                    var started = Stopwatch.GetTimestamp();
                    var outcome = target(input);
                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                    if (Stopwatch.GetElapsedTime(started) is var took && took > slowest) (slowest, slowestAt, slowestInput) = (took, i, input);
                }
                catch (Exception e)
                {
                    (failedAt, failedInput, failure) = (i, input, e);
                    progress.Stop();
                    minimizer.Minimize(input, e);
                    return;
                }
                finally
                {
                    progress.Stop();
                    inputs = i + 1;
                }
            }
        }

        // Its own thread, with the default stack of a thread (as the portal's and the importer's are),
        // so that the test thread can watch it and report a hang instead of waiting for ever.
        var worker = new Thread(Loop) { IsBackground = true, Name = "fuzz " + name };
        worker.Start();
        var hangLimit = FuzzSettings.HangLimit;
        while (!worker.Join(100))
        {
            if (progress.Running <= hangLimit) continue;
            if (failure is not null) break; // a hang while minimizing: report the failure with the smallest input so far
            var hung = progress.Current!;
            Assert.Fail(Report(name, seed, inputs, $"input #{inputs} ran longer than {hangLimit.TotalSeconds:0} s (ARCHIVE_FUZZ_HANG_SECONDS); it is left running",
                hung, literal, null));
        }
        var rate = inputs / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz {name}: seed {seed} (ARCHIVE_FUZZ_SEED), {inputs} inputs in {clock.Elapsed.TotalSeconds:0.0} s ({rate:0}/s), the slowest #{slowestAt} in {slowest.TotalMilliseconds:0} ms"));
        foreach (var (outcome, count) in outcomes.OrderByDescending(o => o.Value).Take(15))
            output.WriteLine($"  {count,9}  {outcome}");
        // Not a failure, but the place to look for work that grows faster than the input.
        if (slowest > TimeSpan.FromSeconds(1)) output.WriteLine("the slowest input: " + FuzzLiteral.Cut(literal(slowestInput!), 1000));
        if (failure is null) return;

        var minimal = progress.Best ?? failedInput!;
        Assert.Fail(Report(name, seed, failedAt, $"input #{failedAt} threw {failure}", failedInput!, literal,
            $"shrunk from {failedInput!.Length} to {minimal.Length} elements in {minimizer.Runs} runs; it throws " +
            $"{FuzzMinimizer<T>.Signature(failure)}:\n{FuzzLiteral.Cut(literal(minimal))}"));
    }

    static string Report<T>(string name, ulong seed, long number, string what, T[] input, Func<T[], string> literal, string? minimal)
    {
        var file = Path.Combine(Path.GetTempPath(), "archive-fuzz", $"{name}-{seed}-{number}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, literal(input) + (minimal is null ? "" : "\n\nminimal:\n" + minimal) + "\n", Encoding.UTF8);
        var report = new StringBuilder()
            .AppendLine($"fuzz {name}, seed {seed}: {what}")
            .AppendLine($"input ({input.Length} elements; the whole of it is in {file}):")
            .AppendLine(FuzzLiteral.Cut(literal(input), 2000));
        if (minimal is not null) report.AppendLine("minimal input, " + minimal);
        report.Append($"again: ARCHIVE_FUZZ_SEED={seed} makes the same inputs in the same order, this one as input #{number} of '{name}'");
        return report.ToString();
    }
}
