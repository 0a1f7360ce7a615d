using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.OpenCc;

/// <summary>
/// Finds the system OpenCC (Debian's <c>libopencc1.1</c>, dictionaries in <c>libopencc-data</c>) the
/// first time it is needed. Missing is an expected state: the Chinese chain then folds regional
/// vocabulary with its own small table (<see cref="Chinese.RegionalVariantFilter"/>), and says so once.
/// </summary>
public static class OpenCcLibrary
{
    /// <summary>Set to <c>1</c> (or <c>true</c>) to make OpenCC report unavailable, to exercise the fallback path.</summary>
    public const string DisableVariable = "ARCHIVE_DISABLE_OPENCC";

    // Debian and Ubuntu ship libopencc.so.1.1 (1.1.x); other builds name the major version only.
    static readonly string[] LibraryNames = OperatingSystem.IsWindows()
        ? ["opencc.dll"]
        : OperatingSystem.IsMacOS() ? ["libopencc.1.1.dylib", "libopencc.dylib"] : ["libopencc.so.1.1", "libopencc.so.1", "libopencc.so.2", "libopencc.so"];

    static readonly Lazy<OpenCcLoadResult> Loaded =
        new(() => Probe(Environment.GetEnvironmentVariable), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the library was loaded and every function the portal uses was found.</summary>
    public static bool IsAvailable => Loaded.Value.IsAvailable;

    /// <summary>Why OpenCC is not available, in words fit for a log line; null when it is.</summary>
    public static string? UnavailableReason => Loaded.Value.UnavailableReason;

    internal static OpenCcFunctions? Functions => Loaded.Value.Functions;

    /// <summary>
    /// Looks for OpenCC once. Takes the environment as a function so that tests can probe with
    /// <see cref="DisableVariable"/> set without changing the real, process-wide result.
    /// </summary>
    internal static OpenCcLoadResult Probe(Func<string, string?> getEnvironmentVariable)
    {
        var disable = getEnvironmentVariable(DisableVariable)?.Trim();
        if (disable is "1" || string.Equals(disable, "true", StringComparison.OrdinalIgnoreCase))
            return OpenCcLoadResult.Unavailable($"OpenCC disabled by {DisableVariable}={disable}");
        string? problem = null;
        foreach (var name in LibraryNames)
        {
            if (!NativeLibrary.TryLoad(name, out var library)) continue;
            var functions = OpenCcFunctions.TryBind(library, out var missing);
            if (functions is not null) return OpenCcLoadResult.Loaded(functions, name);
            problem = $"{name} lacks {missing}";
        }
        return OpenCcLoadResult.Unavailable(problem ?? $"none of {string.Join(", ", LibraryNames)} could be loaded (install libopencc1.1 and libopencc-data)");
    }
}

/// <summary>What probing for OpenCC found: the bound functions and the library's file name, or why there are none.</summary>
internal sealed record OpenCcLoadResult(OpenCcFunctions? Functions, string? LibraryName, string? UnavailableReason)
{
    public bool IsAvailable => Functions is not null;

    public static OpenCcLoadResult Loaded(OpenCcFunctions functions, string libraryName) => new(functions, libraryName, null);

    public static OpenCcLoadResult Unavailable(string reason) => new(null, null, reason);
}
