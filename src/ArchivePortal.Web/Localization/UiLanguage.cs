using Microsoft.Net.Http.Headers;

namespace ArchivePortal.Web.Localization;

/// <summary>
/// The visitor's UI language: the <c>ui</c> cookie when set (the language switch), else the best
/// match in Accept-Language, else English.
/// </summary>
public static class UiLanguage
{
    public const string Cookie = "ui";
    public static readonly IReadOnlyList<string> All = ["en", "zh", "vi"];

    /// <summary>Each language named in itself, for the switch.</summary>
    public static readonly IReadOnlyDictionary<string, string> NativeNames = new Dictionary<string, string>
    {
        ["en"] = "English", ["zh"] = "中文", ["vi"] = "Tiếng Việt",
    };

    public static string Of(HttpContext http)
    {
        if (http.Items.TryGetValue(typeof(UiLanguage), out var cached) && cached is string s) return s;
        var lang = Normalize(http.Request.Cookies[Cookie]) ?? FromAcceptLanguage(http.Request.Headers.AcceptLanguage) ?? "en";
        http.Items[typeof(UiLanguage)] = lang;
        return lang;
    }

    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Split('-', '_')[0].Trim().ToLowerInvariant();
        return All.Contains(primary) ? primary : null;
    }

    static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        if (!StringWithQualityHeaderValue.TryParseList(header.Split(','), out var values)) return null;
        return values
            .Where(v => v.Quality != 0) // q=0 means "not acceptable" (RFC 9110, 12.4.2), not "least preferred"
            .OrderByDescending(v => v.Quality ?? 1.0)
            .Select(v => Normalize(v.Value.Value))
            .FirstOrDefault(v => v is not null);
    }
}
