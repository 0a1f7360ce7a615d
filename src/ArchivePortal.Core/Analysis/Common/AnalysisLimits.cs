namespace ArchivePortal.Core.Analysis.Common;

/// <summary>Limits every chain shares.</summary>
public static class AnalysisLimits
{
    /// <summary>Longer tokens are dropped: base64 blobs and URLs glued into one word bloat the index and never match.</summary>
    public const int MaxTokenLength = 64;
}
