using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// Finds the system ICU (the one .NET itself loads for globalization) the first time it is
/// needed. ICU missing is an expected state, not an error: invariant-globalization containers
/// have none, and the Chinese chain then falls back to bigrams. Callers check
/// <see cref="IsAvailable"/> and log <see cref="UnavailableReason"/> once.
/// </summary>
public static class IcuLibrary
{
    /// <summary>Set to <c>1</c> (or <c>true</c>) to make ICU report unavailable, to exercise the fallback path.</summary>
    public const string DisableVariable = "ARCHIVE_DISABLE_ICU";

    // Linux sonames carry the major version and so do the exported symbols (ubrk_open_72).
    // Probe from high to low, as .NET's own ICU shim does, so both load the same library.
    const int HighestVersion = 90;
    const int LowestVersion = 50;

    static readonly Lazy<IcuLoadResult> Loaded =
        new(() => Probe(Environment.GetEnvironmentVariable), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when libicuuc and libicui18n were loaded and every function the portal uses was found.</summary>
    public static bool IsAvailable => Loaded.Value.IsAvailable;

    /// <summary>Why ICU is not available, in words fit for a log line; null when it is.</summary>
    public static string? UnavailableReason => Loaded.Value.UnavailableReason;

    /// <summary>The major version of the loaded ICU (72 for libicuuc.so.72); null when unavailable.</summary>
    public static int? MajorVersion => Loaded.Value.MajorVersion;

    /// <summary>The bound functions, or null when ICU is unavailable.</summary>
    internal static IcuFunctions? Functions => Loaded.Value.Functions;

    /// <summary>
    /// Looks for ICU once. Takes the environment as a function so that tests can probe with
    /// <see cref="DisableVariable"/> set without changing the real, process-wide result.
    /// </summary>
    internal static IcuLoadResult Probe(Func<string, string?> getEnvironmentVariable)
    {
        var disable = getEnvironmentVariable(DisableVariable)?.Trim();
        if (disable is "1" || string.Equals(disable, "true", StringComparison.OrdinalIgnoreCase))
            return IcuLoadResult.Unavailable($"ICU disabled by {DisableVariable}={disable}");

        return OperatingSystem.IsWindows() ? ProbeWindows() : ProbeVersionedSonames();
    }

    static IcuLoadResult ProbeVersionedSonames()
    {
        string? lastProblem = null;
        for (var n = HighestVersion; n >= LowestVersion; n--)
        {
            if (!NativeLibrary.TryLoad($"libicuuc.so.{n}", out var uc)) continue;
            if (!NativeLibrary.TryLoad($"libicui18n.so.{n}", out var i18n))
            {
                lastProblem = $"libicuuc.so.{n} loaded but libicui18n.so.{n} did not";
                continue;
            }

            // Some builds (--disable-renaming) export plain names; accept those as a second choice.
            var functions = IcuFunctions.TryBind(uc, i18n, $"_{n}", out var missing)
                            ?? IcuFunctions.TryBind(uc, i18n, "", out _);
            if (functions is not null) return IcuLoadResult.Loaded(functions, functions.MajorVersion());
            lastProblem = $"libicuuc.so.{n} lacks {missing}";
        }

        return IcuLoadResult.Unavailable(
            lastProblem ?? $"no libicuuc.so.N (N = {HighestVersion} down to {LowestVersion}) could be loaded");
    }

    // Windows 10 1903+ ships one icu.dll; 1703–1809 split it into icuuc.dll and icuin.dll.
    // Both export plain names without a version suffix.
    static IcuLoadResult ProbeWindows()
    {
        if (NativeLibrary.TryLoad("icu.dll", out var combined)) return Bind(combined, combined, "icu.dll");
        if (NativeLibrary.TryLoad("icuuc.dll", out var uc) && NativeLibrary.TryLoad("icuin.dll", out var i18n))
            return Bind(uc, i18n, "icuuc.dll");
        return IcuLoadResult.Unavailable("neither icu.dll nor icuuc.dll with icuin.dll could be loaded");
    }

    static IcuLoadResult Bind(nint uc, nint i18n, string library)
    {
        var functions = IcuFunctions.TryBind(uc, i18n, "", out var missing);
        return functions is null
            ? IcuLoadResult.Unavailable($"{library} lacks {missing}")
            : IcuLoadResult.Loaded(functions, functions.MajorVersion());
    }
}
