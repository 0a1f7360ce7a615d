namespace ArchivePortal.Core.Records;

/// <summary>The language codes records carry, and the analysis family each belongs to.</summary>
public static class LanguageCodes
{
    public const string Chinese = "zh";
    public const string TraditionalChinese = "zh-Hant";
    public const string English = "en";
    public const string Vietnamese = "vi";

    public static readonly IReadOnlyList<string> All = [Chinese, TraditionalChinese, English, Vietnamese];

    /// <summary>
    /// Maps a declared code (zh-CN, zh-TW, zh-Hant, vi-VN, en-GB …) to one of <see cref="All"/>,
    /// or null when it is none of the portal's languages.
    /// </summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var c = code.Trim().Replace('_', '-').ToLowerInvariant();
        if (c is "zh-hant" or "zh-tw" or "zh-hk" or "zh-mo" or "zht") return TraditionalChinese;
        if (c == "zh" || c.StartsWith("zh-", StringComparison.Ordinal)) return Chinese;
        if (c == "en" || c.StartsWith("en-", StringComparison.Ordinal)) return English;
        if (c == "vi" || c.StartsWith("vi-", StringComparison.Ordinal)) return Vietnamese;
        return null;
    }

    /// <summary>True for zh and zh-Hant: both are analyzed by the Chinese chain.</summary>
    public static bool IsChinese(string code) => code is Chinese or TraditionalChinese;

    /// <summary>
    /// The language a record's language belongs under (Traditional Chinese is Chinese), or null: the
    /// language facet counts a zh-Hant record under both, and shows zh-Hant as a part of zh.
    /// </summary>
    public static string? Parent(string code) => code == TraditionalChinese ? Chinese : null;

    /// <summary>
    /// The record languages a language filter selects: "Chinese" is every Chinese record, Simplified
    /// and Traditional (a visitor choosing Chinese must not lose the Traditional ones); zh-Hant only
    /// those.
    /// </summary>
    public static IReadOnlyList<string> Selected(string code) => code == Chinese ? [Chinese, TraditionalChinese] : [code];

    /// <summary>The language of the labels that name things in a record's own language: authorities label in zh, en and vi, so zh-Hant records take the zh labels.</summary>
    public static string LabelLanguage(string code) => IsChinese(code) ? Chinese : code;
}
