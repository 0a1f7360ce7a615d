namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>What probing for ICU found: the bound functions, or why there are none.</summary>
internal sealed class IcuLoadResult
{
    IcuLoadResult(IcuFunctions? functions, int? majorVersion, string? unavailableReason)
    {
        Functions = functions;
        MajorVersion = majorVersion;
        UnavailableReason = unavailableReason;
    }

    public IcuFunctions? Functions { get; }
    public int? MajorVersion { get; }
    public string? UnavailableReason { get; }
    public bool IsAvailable => Functions is not null;

    public static IcuLoadResult Loaded(IcuFunctions functions, int majorVersion) => new(functions, majorVersion, null);

    public static IcuLoadResult Unavailable(string reason) => new(null, null, reason);
}
