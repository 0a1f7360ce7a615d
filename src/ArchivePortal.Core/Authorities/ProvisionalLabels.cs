using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The labels of an authority found at import, one per UI language, so that every visitor reads
/// it in their own interface before an archivist has named it: a Chinese person also by the
/// pinyin of the name (徐明 → Xu Ming in English and Vietnamese), any other name as the text
/// wrote it in every language (Kiều Thúy Nga keeps its diacritics; an institution found in one
/// language is called by that name everywhere). A name met later in another script takes the
/// place of a stand-in in that script's language.
/// </summary>
/// <param name="romanize">The pinyin label of a Chinese personal name (<see cref="PinyinNames.Label"/>), null when none.</param>
/// <param name="key">The comparison key of a name (<see cref="NameKey.Of"/>): two spellings with one key are one name.</param>
public sealed class ProvisionalLabels(Func<string, string?> romanize, Func<string, string> key)
{
    /// <summary>The UI languages an authority is labelled in.</summary>
    public static readonly IReadOnlyList<string> Languages = [LanguageCodes.Chinese, LanguageCodes.English, LanguageCodes.Vietnamese];

    /// <summary>Labels in every UI language for a name first met in a record of <paramref name="recordLanguage"/>.</summary>
    public Dictionary<string, string> For(string kind, string name, string recordLanguage)
    {
        var labels = Languages.ToDictionary(l => l, _ => name);
        if (kind == AuthorityKinds.Person && ScriptLanguage(name, recordLanguage) == LanguageCodes.Chinese && romanize(name) is { } pinyin)
            labels[LanguageCodes.English] = labels[LanguageCodes.Vietnamese] = pinyin;
        return labels;
    }

    /// <summary>
    /// The authority with <paramref name="name"/> added: in every language it lacks a label in;
    /// in place of a label with the same letters and fewer diacritics (Kieu Thuy Nga gives way to
    /// Kiều Thúy Nga, never the reverse); in place of its script language's label when that one
    /// is a stand-in in another script (Zhang San as the Chinese label gives way to 张三); in place
    /// of a pinyin stand-in made from the Chinese label (周曉雯's Zhou Xiaowen gives way to Tseng
    /// Hsiao-wen, the spelling an English text used); else as an alias. The same authority when
    /// nothing changes.
    /// </summary>
    public Authority WithName(Authority authority, string name, string recordLanguage)
    {
        // The usual case at import: a name met before, on an authority labelled in every language.
        bool known = authority.Names.Contains(name);
        if (known && Languages.All(authority.Labels.ContainsKey)) return authority;
        var labels = new Dictionary<string, string>(authority.Labels);
        var aliases = authority.Aliases.ToList();
        var language = ScriptLanguage(name, recordLanguage);
        if (!known)
        {
            var nameKey = key(name);
            var plainer = labels.Where(l => key(l.Value) == nameKey && Diacritics(l.Value) < Diacritics(name)).ToList();
            if (plainer.Count > 0)
            {
                foreach (var (l, _) in plainer) labels[l] = name;
                aliases.AddRange(plainer.Select(p => p.Value).Distinct().Where(old => !aliases.Contains(old)));
            }
            else if (!labels.TryGetValue(language, out var current)) labels[language] = name;
            else if (IsHan(current) != IsHan(name)) { labels[language] = name; if (!labels.ContainsValue(current)) aliases.Add(current); }
            else if (IsPinyinStandIn(labels, current)) labels[language] = name;
            else aliases.Add(name);
        }
        Complete(authority.Kind, labels, recordLanguage);
        var updated = authority with { Labels = labels, Aliases = aliases };
        return updated.SameAs(authority) ? authority : updated;
    }

    /// <summary>Fills the languages an authority has no label in (one created before every language was labelled).</summary>
    void Complete(string kind, Dictionary<string, string> labels, string recordLanguage)
    {
        if (labels.Count == 0 || Languages.All(labels.ContainsKey)) return;
        // The Chinese name is where a pinyin label comes from; otherwise the English, then any.
        var source = labels.GetValueOrDefault(LanguageCodes.Chinese) ?? labels.GetValueOrDefault(LanguageCodes.English) ?? labels.Values.First();
        foreach (var (language, label) in For(kind, source, recordLanguage)) labels.TryAdd(language, label);
    }

    /// <summary>The UI language a name is written for: Chinese for Han, Vietnamese for its letters, else the record's (English for Chinese records).</summary>
    public static string ScriptLanguage(string name, string recordLanguage)
    {
        if (name.Any(Analysis.Common.TextFolding.IsHan)) return LanguageCodes.Chinese;
        if (name.Any(LanguageDetector.IsVietnameseLetter)) return LanguageCodes.Vietnamese;
        return recordLanguage == LanguageCodes.Vietnamese ? LanguageCodes.Vietnamese : LanguageCodes.English;
    }

    /// <summary>
    /// True when <paramref name="label"/> is only the pinyin made from the Chinese label: the
    /// spelling an English text uses (Chou Hsiao-wen for 周曉雯, in Wade–Giles) then names the
    /// person better, and pinyin still finds it, since matching generates pinyin anyway.
    /// </summary>
    bool IsPinyinStandIn(Dictionary<string, string> labels, string label) =>
        labels.TryGetValue(LanguageCodes.Chinese, out var chinese) && IsHan(chinese) && romanize(chinese) == label;

    static bool IsHan(string s) => s.Any(Analysis.Common.TextFolding.IsHan);

    static int Diacritics(string s) => s.Count(c => c > '\u007f' && char.IsLetter(c) && !Analysis.Common.TextFolding.IsHan(c));
}
