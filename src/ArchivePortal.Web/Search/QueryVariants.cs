using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Web.Search;

/// <summary>
/// The same query in other spellings: without diacritics (Vietnamese typed on any keyboard),
/// Traditional → Simplified, and Chinese characters as pinyin. Transliterators come from the
/// system ICU; without it only the diacritics variant is offered.
/// </summary>
public sealed class QueryVariants : IDisposable
{
    readonly Lazy<IcuTransliterator?> toSimplified = new(() => IcuTransliterator.TryCreate("Traditional-Simplified"));
    readonly Lazy<IcuTransliterator?> toPinyin = new(() => IcuTransliterator.TryCreate("Han-Latin; Latin-ASCII"));

    public IReadOnlyList<string> Of(string query)
    {
        var variants = new List<string>
        {
            string.Join(' ', query.Split(' ').Select(TextFolding.RemoveDiacritics)),
        };
        if (query.Any(TextFolding.IsHan))
        {
            if (toSimplified.Value?.Transliterate(query) is { } simplified) variants.Add(simplified);
            if (toPinyin.Value?.Transliterate(query) is { } pinyin) variants.Add(pinyin);
        }
        return variants.Where(v => !string.IsNullOrWhiteSpace(v) && v != query).Distinct().ToList();
    }

    public void Dispose()
    {
        if (toSimplified.IsValueCreated) toSimplified.Value?.Dispose();
        if (toPinyin.IsValueCreated) toPinyin.Value?.Dispose();
    }
}
