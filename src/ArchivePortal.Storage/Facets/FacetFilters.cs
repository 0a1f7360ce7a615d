using System.Globalization;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage.Facets;

/// <summary>
/// The facet filters of a search, applied in memory so each facet can be counted without its own
/// selection (disjunctive facets: a visitor who picked one person still sees the counts of the
/// others). Values of one field are OR-ed, fields AND-ed.
/// </summary>
internal sealed class FacetFilters
{
    readonly Dictionary<string, Func<Candidate, bool>> byField = [];

    /// <summary>Authorities a record must not be filed under (-topic:x): they narrow every facet's counts alike.</summary>
    readonly List<(string Kind, string Id)> excluded = [];

    public IReadOnlyCollection<string> Fields => byField.Keys;

    /// <summary>The year a date filter selects when it lies within one year (for the month facet).</summary>
    public int? SelectedYear { get; private set; }

    /// <summary>
    /// Takes the filters it can apply in memory (languages, types, dates, and authority fields whose
    /// value names a known authority, also negated: the index holds no authority ids, so that filing
    /// a record anew never re-indexes its text); returns the rest for the index.
    /// </summary>
    public static (FacetFilters Memory, List<QueryFilter> Sql) Split(IEnumerable<QueryFilter> filters, AuthorityRegistry registry)
    {
        var memory = new FacetFilters();
        var sql = new List<QueryFilter>();
        var sets = new Dictionary<string, HashSet<string>>();
        var ranges = new List<DateRange>();
        foreach (var f in filters)
        {
            if (f.Negated)
            {
                if (f.Field is FilterFields.Institution or FilterFields.Person or FilterFields.Topic
                    && registry.Resolve(f.Field, f.Value) is { } excludedAuthority)
                    memory.excluded.Add((f.Field, excludedAuthority.Id));
                else
                    sql.Add(f);
                continue;
            }
            switch (f.Field)
            {
                case FilterFields.Language:
                    Set(sets, f.Field).UnionWith(LanguageCodes.Selected(LanguageCodes.Normalize(f.Value) ?? f.Value));
                    break;
                case FilterFields.Type:
                    Set(sets, f.Field).Add(f.Value.ToLowerInvariant());
                    break;
                case FilterFields.Date when DateRange.Parse(f.Value) is { } range:
                    ranges.Add(range);
                    break;
                case FilterFields.Institution or FilterFields.Person or FilterFields.Topic
                    when registry.Resolve(f.Field, f.Value) is { } authority:
                    Set(sets, f.Field).Add(authority.Id);
                    break;
                default:
                    sql.Add(f);
                    break;
            }
        }
        foreach (var (field, values) in sets)
        {
            memory.byField[field] = field switch
            {
                FilterFields.Language => c => values.Contains(c.Language),
                FilterFields.Type => c => values.Contains(c.Type.ToLowerInvariant()),
                _ => c => c.Links.AnyOf(field, values),
            };
        }
        if (ranges.Count > 0)
        {
            var bounds = ranges.Select(r => (From: Iso(r.From), To: Iso(r.To))).ToList();
            memory.byField[FilterFields.Date] = c => c.Date is { } d && bounds.Any(b => string.CompareOrdinal(d, b.From) >= 0 && string.CompareOrdinal(d, b.To) <= 0);
            if (ranges.All(r => r.From.Year == ranges[0].From.Year && r.To.Year == r.From.Year))
                memory.SelectedYear = ranges[0].From.Year;
        }
        return (memory, sql);
    }

    static HashSet<string> Set(Dictionary<string, HashSet<string>> sets, string field) =>
        sets.TryGetValue(field, out var s) ? s : sets[field] = new HashSet<string>(StringComparer.Ordinal);

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True when the search excludes some authority (-topic:x).</summary>
    public bool ExcludesAny => excluded.Count > 0;

    /// <summary>True when the record is filed under an authority the search excludes.</summary>
    public bool Excludes(Candidate c)
    {
        foreach (var (kind, id) in excluded)
            if (c.Links.Of(kind).Contains(id)) return true;
        return false;
    }

    /// <summary>What <see cref="FailingField"/> returns when more than one field's filter fails.</summary>
    public const string Several = "*";

    /// <summary>Null when the candidate passes every filter; else the one field whose filter it fails, or <see cref="Several"/>.</summary>
    public string? FailingField(Candidate c)
    {
        string? failing = null;
        foreach (var (field, predicate) in byField)
        {
            if (predicate(c)) continue;
            if (failing is not null) return Several;
            failing = field;
        }
        return failing;
    }

    /// <summary>True when the candidate passes every filter, except those on <paramref name="exceptField"/>.</summary>
    public bool Matches(Candidate c, string? exceptField = null)
    {
        foreach (var (field, predicate) in byField)
            if (field != exceptField && !predicate(c)) return false;
        return true;
    }
}
