namespace ArchivePortal.Core.Analysis;

/// <summary>
/// The version of the analysis behaviour. The index records the version it was built with;
/// any change to what tokens a text produces must raise it, so stores re-index on open.
/// </summary>
public static class AnalysisVersion
{
    public const int Current = 3;
}
