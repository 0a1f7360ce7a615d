using System.Diagnostics;

namespace ArchivePortal.Tests.Fuzzing;

/// <summary>What the fuzzing thread is doing, for the thread that watches it for hangs.</summary>
internal sealed class FuzzProgress<T>
{
    long startedAt; // Stopwatch ticks of the running input's start; 0 while none runs
    volatile T[]? current;
    volatile T[]? best;

    /// <summary>The input running now (or last run).</summary>
    public T[]? Current => current;

    /// <summary>The smallest failing input the minimizer has found so far.</summary>
    public T[]? Best { get => best; set => best = value; }

    public void Start(T[] input)
    {
        current = input;
        Volatile.Write(ref startedAt, Stopwatch.GetTimestamp());
    }

    public void Stop() => Volatile.Write(ref startedAt, 0);

    /// <summary>How long the running input has been running, or zero.</summary>
    public TimeSpan Running
    {
        get
        {
            var started = Volatile.Read(ref startedAt);
            return started == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started);
        }
    }
}
