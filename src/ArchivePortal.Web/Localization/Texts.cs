using System.Globalization;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Web.Localization;

/// <summary>The UI strings of one language; a missing key shows as the key itself (and a test fails).</summary>
public sealed class Texts(string language, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    /// <summary>How the language writes numbers: 100,000 in English and Chinese, 100.000 in Vietnamese.</summary>
    readonly CultureInfo culture = UiLanguage.All.Contains(language)
        ? CultureInfo.GetCultureInfo(language == "zh" ? "zh-Hans" : language)
        : CultureInfo.InvariantCulture;

    /// <summary>The BCP 47 tag for the html lang attribute.</summary>
    public string HtmlLang => Language == "zh" ? "zh-Hans" : Language;

    public string this[string key] => strings.TryGetValue(key, out var s) ? s : key;

    public string Format(string key, params object[] args) => string.Format(culture, this[key], args);

    /// <summary>
    /// A count in words: the key's ".one" form for exactly one (English "1 result"), else the key
    /// itself. The count is the last argument; Chinese and Vietnamese give both forms the same text.
    /// </summary>
    public string Count(string key, int count, params object[] before) =>
        Format(count == 1 && strings.ContainsKey(key + ".one") ? key + ".one" : key, [.. before, Number(count)]);

    /// <summary>
    /// A search note in this language, its arguments put in as plain text (the page encodes the
    /// whole note); the note's English when this language lacks its code.
    /// </summary>
    public string Note(SearchNote note) =>
        strings.TryGetValue(NoteTexts.Key(note.Code), out var s) ? string.Format(culture, s, [.. note.Args]) : note.ToString();

    /// <summary>A language code's name (lang facet, badges), or the code itself.</summary>
    public string LanguageName(string code) => strings.TryGetValue("lang." + code, out var s) ? s : code;

    /// <summary>A record type's name, or the type itself.</summary>
    public string TypeName(string type) => strings.TryGetValue("type." + type, out var s) ? s : type;

    public string Number(int n) => n.ToString("N0", culture);

    public string Date(DateOnly? d) => d is { } date ? DateTexts.Date(date, Language) : this["record.undated"];

    /// <summary>
    /// A record's date as markup: a time element carrying the ISO date for machines, or, for an undated
    /// record, plain text ("Undated" is no date, and a time element without one is invalid HTML).
    /// </summary>
    public Microsoft.AspNetCore.Html.IHtmlContent DateElement(DateOnly? d) => new Microsoft.AspNetCore.Html.HtmlString(d is { } date
        ? $"<time datetime=\"{date:yyyy-MM-dd}\">{System.Net.WebUtility.HtmlEncode(Date(date))}</time>"
        : $"<span class=\"undated\">{System.Net.WebUtility.HtmlEncode(Date(null))}</span>");

    /// <summary>A month facet value (2019-01) as this language writes a month.</summary>
    public string Month(string value) => DateTexts.Month(value, Language);

    public static Texts For(string language) =>
        new(language, UiStrings.Catalogs.TryGetValue(language, out var c) ? c : UiStrings.Catalogs["en"]);

    public static Texts For(HttpContext http) => For(UiLanguage.Of(http));
}
