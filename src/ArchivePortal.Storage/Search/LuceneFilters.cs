using System.Globalization;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// The filters that are not counted as facets in memory (negated ones, and names no authority
/// knows) as one non-scoring Lucene filter. Values of one field combine with OR, fields with AND
/// (the way facets combine); negated filters exclude.
/// </summary>
internal sealed class LuceneFilters(QueryPlanner planner)
{
    /// <summary>The filter, or null when no filter restricts anything.</summary>
    public Filter? Build(IEnumerable<QueryFilter> filters, List<SearchNote> messages)
    {
        var all = new BooleanQuery(disableCoord: true);
        bool positive = false;
        foreach (var group in filters.GroupBy(f => (f.Field, f.Negated)))
        {
            var alternatives = group.Select(f => Condition(f, messages)).OfType<Query>().ToList();
            if (alternatives.Count == 0) continue;
            all.Add(LuceneQueries.Any(alternatives), group.Key.Negated ? Occur.MUST_NOT : Occur.MUST);
            positive |= !group.Key.Negated;
        }
        if (all.Clauses.Count == 0) return null;
        // Only exclusions: Lucene matches nothing without something to exclude from.
        if (!positive) all.Add(new MatchAllDocsQuery(), Occur.MUST);
        return new QueryWrapperFilter(all);
    }

    Query? Condition(QueryFilter f, List<SearchNote> messages)
    {
        // Filters naming a known authority are applied to the records' facts (FacetFilters); the
        // index has only the names records declare, for filters naming no authority.
        switch (f.Field)
        {
            case FilterFields.Language:
                return LuceneQueries.Any(LanguageCodes.Selected(LanguageCodes.Normalize(f.Value) ?? f.Value)
                    .Select(code => (Query)Term(IndexFields.Language, code)).ToList());
            case FilterFields.Type:
                return Term(IndexFields.Type, f.Value.ToLowerInvariant());
            case FilterFields.Institution:
                return Term(IndexFields.DeclaredInstitution, f.Value.Trim().ToLowerInvariant());
            case FilterFields.Date:
                if (DateRange.Parse(f.Value) is not { } range) return null;
                return TermRangeQuery.NewStringRange(IndexFields.Date, Iso(range.From), Iso(range.To), includeLower: true, includeUpper: true);
            case FilterFields.Person:
                return Name(IndexFields.DeclaredPerson, f.Value);
            case FilterFields.Topic:
                return Name(IndexFields.DeclaredTopic, f.Value);
            default:
                messages.Add(SearchNotes.UnknownFilter(f.Field));
                return null;
        }
    }

    /// <summary>
    /// A person or topic no authority knows matches records that declare the name, or that mention
    /// it as a phrase in any language's text.
    /// </summary>
    Query Name(string declaredField, string name)
    {
        var declared = Term(declaredField, name.Trim().ToLowerInvariant());
        return planner.NamePhrase(name) is { } phrase ? LuceneQueries.Any([declared, LuceneQueries.Build(phrase)]) : declared;
    }

    static TermQuery Term(string field, string value) => new(new Term(field, value));

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
