namespace ArchivePortal.Core.Analysis;

/// <summary>
/// The analyzed token streams a text can produce. The index keeps one column per stream and
/// field, like one field per language in Elasticsearch, so each stream has its own statistics
/// and weight.
/// </summary>
public enum TextStream
{
    ChineseWords,
    ChineseBigrams,
    English,
    VietnameseFolded,
    VietnameseExact,
}

/// <summary>The part of a record a text comes from.</summary>
public enum RecordField
{
    Title,
    Body,
}
