namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>Finds word boundaries in Chinese text (and the Latin words and numbers inside it). Safe for many threads at once.</summary>
public interface IChineseWordSegmenter
{
    /// <summary>Short name for the analysis fingerprint and the configuration ("icu", "smartcn").</summary>
    string Name { get; }

    /// <summary>
    /// Adds the word spans of <paramref name="text"/>, shifted by <paramref name="offset"/>, in order;
    /// spaces and punctuation are not words.
    /// </summary>
    void Segment(ReadOnlySpan<char> text, int offset, List<(int Start, int End)> words);
}
