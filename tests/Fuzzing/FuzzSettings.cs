using System.Globalization;

namespace ArchivePortal.Tests.Fuzzing;

/// <summary>
/// How long each fuzz target runs and from which seed, from the environment:
/// <c>ARCHIVE_FUZZ_SECONDS</c> (per target, default 20; 0 skips the fuzz targets),
/// <c>ARCHIVE_FUZZ_SEED</c> (a number, or <c>random</c> for a new one each run; default fixed, so
/// that CI is reproducible) and <c>ARCHIVE_FUZZ_HANG_SECONDS</c> (one input running longer than
/// this is reported as a hang; default 10).
/// </summary>
internal static class FuzzSettings
{
    public const ulong DefaultSeed = 14;

    public static TimeSpan Budget => TimeSpan.FromSeconds(Number("ARCHIVE_FUZZ_SECONDS", 20));

    public static TimeSpan HangLimit => TimeSpan.FromSeconds(Number("ARCHIVE_FUZZ_HANG_SECONDS", 10));

    /// <summary>The run's seed; each target mixes its own name in, so targets do not share inputs.</summary>
    public static ulong Seed { get; } = ReadSeed();

    static ulong ReadSeed()
    {
        var text = Environment.GetEnvironmentVariable("ARCHIVE_FUZZ_SEED");
        if (string.IsNullOrWhiteSpace(text)) return DefaultSeed;
        if (text.Trim().Equals("random", StringComparison.OrdinalIgnoreCase)) return (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        return ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new InvalidOperationException($"ARCHIVE_FUZZ_SEED={text} is not a number or 'random'");
    }

    static double Number(string name, double fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidOperationException($"{name}={text} is not a number of seconds");
    }

    /// <summary>SplitMix64: a seed per (run seed, target, input number) that does not depend on the process.</summary>
    public static ulong Mix(ulong seed, ulong value)
    {
        var z = seed + 0x9E3779B97F4A7C15UL * (value + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a of a target's name (string.GetHashCode differs per process).</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
