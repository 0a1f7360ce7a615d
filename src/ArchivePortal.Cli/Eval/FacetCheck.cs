using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;

namespace ArchivePortal.Cli.Eval;

/// <summary>
/// Compares the archive's facets with an evaluation set's truths: every language, year, type and
/// institution count must be exact (institutions through the authority their labels resolve to),
/// and the records filed under each person are scored for precision and recall.
/// </summary>
public static class FacetCheck
{
    public sealed record Result(int Exact, int Total, double PersonPrecision, double PersonRecall, IReadOnlyList<string> Differences);

    public static Result Run(Archive archive, FacetTruth truth)
    {
        var all = archive.Index.Search(new SearchRequest { Query = "", Limit = 0, FacetLimit = 10_000 });
        var differences = new List<string>();
        int exact = 0, total = 0;

        void Compare(string facet, string value, int expected, int actual)
        {
            total++;
            if (expected == actual) exact++;
            else differences.Add($"{facet} {value}: expected {expected}, got {actual}");
        }

        int Count(string facet, string value) =>
            all.Facets.GetValueOrDefault(facet)?.FirstOrDefault(v => v.Value == value)?.Count ?? 0;

        // The truths count each language as written; the portal's Chinese also counts its Traditional part
        // (zh-Hant under zh), so a language's own records are its count less its parts'.
        int OwnLanguage(string lang) => Count(FacetNames.Language, lang) - (all.Facets.GetValueOrDefault(FacetNames.Language) ?? [])
            .Where(v => Core.Records.LanguageCodes.Parent(v.Value) == lang).Sum(v => v.Count);

        foreach (var (lang, n) in truth.ByLang) Compare("lang", lang, n, OwnLanguage(lang));
        foreach (var (year, n) in truth.ByYear) Compare("year", year, n, Count(FacetNames.Year, year));
        foreach (var (type, n) in truth.ByType) Compare("type", type, n, Count(FacetNames.Type, type));
        foreach (var (key, inst) in truth.ByInstitution)
        {
            var ids = inst.Labels.Select(l => archive.Authorities.Resolve(AuthorityKinds.Institution, l)?.Id).Distinct().ToList();
            var id = ids.Count == 1 ? ids[0] : null;
            Compare("institution", key, inst.Count, id is null ? -1 : Count(FacetNames.Institution, id));
        }

        int found = 0, correct = 0, expectedTotal = 0;
        foreach (var (name, person) in truth.Persons)
        {
            var authority = person.Forms.Select(f => archive.Authorities.Resolve(AuthorityKinds.Person, f)).FirstOrDefault(a => a is not null);
            var ours = authority is null ? [] : archive.Index.Search(new SearchRequest
            {
                Filters = [new QueryFilter(FilterFields.Person, authority.Id)], Limit = 1000,
            }).Hits.Select(h => h.Id).ToHashSet();
            var expected = person.Docs.ToHashSet();
            found += ours.Count;
            expectedTotal += expected.Count;
            correct += ours.Count(expected.Contains);
            foreach (var missing in expected.Except(ours)) differences.Add($"person {name}: {missing} not filed");
            foreach (var extra in ours.Except(expected)) differences.Add($"person {name}: {extra} filed wrongly");
        }
        return new Result(exact, total,
            found == 0 ? 0 : correct / (double)found,
            expectedTotal == 0 ? 0 : correct / (double)expectedTotal,
            differences);
    }
}
