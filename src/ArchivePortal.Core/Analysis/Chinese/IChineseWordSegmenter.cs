namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>Finds word boundaries in Chinese text (and the Latin words and numbers inside it).</summary>
public interface IChineseWordSegmenter
{
    /// <summary>The word spans of <paramref name="text"/>; spaces and punctuation are not words.</summary>
    IEnumerable<(int Start, int End)> Segment(string text);
}
