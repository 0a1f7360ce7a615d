namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// Where each character of a rewritten text came from in the original, for a rewrite that changes
/// lengths (網際網路 → 互联网): tokens are sliced from the rewritten text, offsets point into the original.
/// </summary>
public interface ITextOffsets
{
    /// <summary>The original offset where the character at <paramref name="index"/> starts (the original's length at the end).</summary>
    int OriginalStart(int index);

    /// <summary>The original offset where the text up to <paramref name="end"/> (exclusive) ends.</summary>
    int OriginalEnd(int end);
}
