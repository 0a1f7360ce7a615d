using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Web.Curation;

/// <summary>
/// The authorities an archivist can pick from, for the browser's type-ahead (a datalist: the
/// pages run no script): each option's value is the id, its text every label and alias, so typing
/// any of its names in any script finds it. What is typed is resolved by id or any name.
/// </summary>
public sealed class AuthorityChoices(AuthorityRegistry authorities)
{
    /// <summary>More options than this make the page heavy; the rest are still found by their names.</summary>
    const int MaxOptions = 3000;

    public IReadOnlyList<(string Id, string Names)> Of(string kind) => authorities.All
        .Where(a => a.Kind == kind)
        .OrderBy(a => a.Provisional).ThenBy(a => a.Id, StringComparer.Ordinal)
        .Take(MaxOptions)
        .Select(a => (a.Id, string.Join(" · ", a.Names)))
        .ToList();

    public Authority? Resolve(string kind, string idOrName) => authorities.Resolve(kind, idOrName.Trim());

    public string Label(string kind, string id, string uiLanguage) => authorities.Get(kind, id)?.Label(uiLanguage) ?? id;
}
