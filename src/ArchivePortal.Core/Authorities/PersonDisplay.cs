using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// A person's name as a visitor of an English or Vietnamese interface sees it. A person found at
/// import has a pinyin label that no archivist has checked (each character read by its most common
/// sound, and 徐明 and 许明 are both Xu Ming): the Chinese name goes beside it, "Xu Ming (徐明)", so a
/// reader can tell who it is and match the records' Chinese text. Names an archivist entered show
/// as entered.
/// </summary>
public static class PersonDisplay
{
    public static string Of(string label, IReadOnlyDictionary<string, string>? labels, bool provisional, string uiLanguage)
    {
        if (!provisional || uiLanguage == LanguageCodes.Chinese || labels?.GetValueOrDefault(LanguageCodes.Chinese) is not { } chinese) return label;
        return chinese != label && chinese.All(TextFolding.IsHan) && !label.Any(TextFolding.IsHan) ? $"{label} ({chinese})" : label;
    }
}
