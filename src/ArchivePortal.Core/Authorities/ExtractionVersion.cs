namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The version of how records are filed under authorities at import (name patterns, name keys,
/// generated romanizations). It is part of the analysis fingerprint: a store filed by another
/// version is filed again on re-index, so that old records find the persons new rules find.
/// </summary>
public static class ExtractionVersion
{
    /// <summary>2: persons in Traditional Chinese, hyphenated English names, Wade–Giles and Hong Kong spellings (issue 16).
    /// 3: names restricted to regions and scripts, records placed by domain and places (issue 16).</summary>
    public const int Current = 3;
}
