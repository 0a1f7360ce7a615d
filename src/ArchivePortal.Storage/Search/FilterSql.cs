using System.Globalization;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Turns metadata filters into a SQL condition on <c>records r</c>. Values of one field combine
/// with OR, fields with AND (the way facets combine); negated filters exclude. Every value is a
/// parameter.
/// </summary>
internal sealed class FilterSql(FtsQueryCompiler compiler, ArchivePortal.Core.Authorities.AuthorityRegistry authorities)
{
    public string Build(IEnumerable<QueryFilter> filters, SqliteCommand command, List<SearchNote> messages)
    {
        var conditions = new List<string>();
        int n = 0;
        foreach (var group in filters.GroupBy(f => (f.Field, f.Negated)))
        {
            var alternatives = new List<string>();
            foreach (var f in group)
            {
                var p = "$f" + n++;
                var condition = Condition(f, p, command, messages);
                if (condition is not null) alternatives.Add(condition);
            }
            if (alternatives.Count == 0) continue;
            var joined = "(" + string.Join(" OR ", alternatives) + ")";
            conditions.Add(group.Key.Negated ? "NOT " + joined : joined);
        }
        return conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
    }

    string? Condition(QueryFilter f, string p, SqliteCommand command, List<SearchNote> messages)
    {
        if (f.Field is FilterFields.Institution or FilterFields.Person or FilterFields.Topic
            && authorities.Resolve(f.Field, f.Value) is { } authority)
        {
            command.Parameters.AddWithValue(p + "k", f.Field);
            command.Parameters.AddWithValue(p, authority.Id);
            return $"r.rowid IN (SELECT record_rowid FROM record_authorities WHERE kind = {p}k AND authority_id = {p} AND role = 'primary')";
        }
        switch (f.Field)
        {
            case FilterFields.Language:
                command.Parameters.AddWithValue(p, LanguageCodes.Normalize(f.Value) ?? f.Value);
                return $"r.lang = {p}";
            case FilterFields.Type:
                command.Parameters.AddWithValue(p, f.Value);
                return $"r.type = {p} COLLATE NOCASE";
            case FilterFields.Institution:
                command.Parameters.AddWithValue(p, f.Value);
                return $"r.institution = {p} COLLATE NOCASE";
            case FilterFields.Date:
                if (DateRange.Parse(f.Value) is not { } range) return null;
                command.Parameters.AddWithValue(p + "a", range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue(p + "b", range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return $"r.date BETWEEN {p}a AND {p}b";
            case FilterFields.Person:
                return NameCondition("record_persons", f.Value, p, command);
            case FilterFields.Topic:
                return NameCondition("record_topics", f.Value, p, command);
            default:
                messages.Add(SearchNotes.UnknownFilter(f.Field));
                return null;
        }
    }

    /// <summary>
    /// A person or topic filter matches records that declare the name, or that mention it as a
    /// phrase in any language's text (until authorities give every name one id).
    /// </summary>
    string NameCondition(string table, string name, string p, SqliteCommand command)
    {
        command.Parameters.AddWithValue(p, name);
        var declared = $"r.rowid IN (SELECT record_rowid FROM {table} WHERE name = {p})";
        if (compiler.NamePhrase(name) is not { } phrase) return declared;
        command.Parameters.AddWithValue(p + "m", phrase);
        return $"({declared} OR r.rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH {p}m))";
    }
}
