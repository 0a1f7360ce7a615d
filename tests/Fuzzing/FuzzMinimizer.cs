using System.Diagnostics;

namespace ArchivePortal.Tests.Fuzzing;

/// <summary>
/// Shrinks a failing input by deleting chunks (halves, quarters … single elements) while it still
/// fails the same way: same exception type, thrown from the same method. Bounded in time and runs.
/// </summary>
internal sealed class FuzzMinimizer<T>(Func<T[], string> target, FuzzProgress<T> progress)
{
    static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);
    const int MaxRuns = 5000;

    public int Runs { get; private set; }

    public T[] Minimize(T[] input, Exception failure)
    {
        var signature = Signature(failure);
        var best = input;
        progress.Best = best;
        var clock = Stopwatch.StartNew();
        for (var chunk = Math.Max(1, best.Length / 2); chunk >= 1; chunk /= 2)
        {
            bool removed;
            do
            {
                removed = false;
                for (var start = 0; start < best.Length && clock.Elapsed < TimeLimit && Runs < MaxRuns;)
                {
                    var candidate = best[..start].Concat(best[Math.Min(best.Length, start + chunk)..]).ToArray();
                    if (FailsAlike(candidate, signature))
                    {
                        best = candidate;
                        progress.Best = best;
                        removed = true;
                    }
                    else start += chunk;
                }
            } while (removed && clock.Elapsed < TimeLimit && Runs < MaxRuns);
            if (clock.Elapsed >= TimeLimit || Runs >= MaxRuns) break;
        }
        return best;
    }

    bool FailsAlike(T[] candidate, string signature)
    {
        Runs++;
        progress.Start(candidate);
        try
        {
            target(candidate);
            return false;
        }
        catch (Exception e)
        {
            return Signature(e) == signature;
        }
        finally
        {
            progress.Stop();
        }
    }

    /// <summary>The exception type and the first method outside the test framework that it passed through.</summary>
    public static string Signature(Exception e)
    {
        var frame = new StackTrace(e, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace is { } ns && !ns.StartsWith("Xunit", StringComparison.Ordinal));
        return $"{e.GetType().FullName} at {frame?.DeclaringType?.FullName}.{frame?.Name}";
    }
}
