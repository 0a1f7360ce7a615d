namespace ArchivePortal.Core.Querying;

/// <summary>The metadata fields a query can filter on.</summary>
public static class FilterFields
{
    public const string Language = "lang";
    public const string Type = "type";
    public const string Institution = "institution";
    public const string Person = "person";
    public const string Topic = "topic";
    public const string Date = "date";

    public static readonly IReadOnlyList<string> All = [Language, Type, Institution, Person, Topic, Date];

    /// <summary>Maps accepted spellings (year:, language:) to a field name, or null.</summary>
    public static string? Canonical(string name) => name.ToLowerInvariant() switch
    {
        "lang" or "language" => Language,
        "type" => Type,
        "institution" or "inst" => Institution,
        "person" => Person,
        "topic" => Topic,
        "date" or "year" or "month" => Date,
        _ => null,
    };
}

/// <summary>A metadata condition. Several values of one field combine with OR, fields with AND.</summary>
public sealed record QueryFilter(string Field, string Value, bool Negated = false)
{
    /// <summary>The query-language form of this filter, quoted when needed.</summary>
    public override string ToString() =>
        (Negated ? "-" : "") + Field + ":" + (Value.Any(c => char.IsWhiteSpace(c) || c is '(' or ')') ? $"\"{Value}\"" : Value);
}

/// <summary>An inclusive date range from a <c>date:</c> filter.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>
    /// Parses <c>2020</c>, <c>2020-05</c>, <c>2020-05-29</c> and ranges of them with <c>..</c>
    /// (either end may be open: <c>2020..</c>, <c>..2021-03</c>).
    /// </summary>
    public static DateRange? Parse(string value)
    {
        var parts = value.Split("..", 2);
        if (parts.Length == 1)
        {
            return ParsePoint(parts[0]) is { } p ? new DateRange(p.From, p.To) : null;
        }
        var from = parts[0].Length == 0 ? DateOnly.MinValue : ParsePoint(parts[0])?.From;
        var to = parts[1].Length == 0 ? DateOnly.MaxValue : ParsePoint(parts[1])?.To;
        if (from is null || to is null || from > to) return null;
        return new DateRange(from.Value, to.Value);
    }

    static (DateOnly From, DateOnly To)? ParsePoint(string s)
    {
        var bits = s.Split('-');
        if (bits.Length is < 1 or > 3 || bits.Any(b => b.Length == 0 || !b.All(char.IsAsciiDigit))) return null;
        if (!int.TryParse(bits[0], out var year) || year is < 1 or > 9999) return null;
        if (bits.Length == 1) return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (!int.TryParse(bits[1], out var month) || month is < 1 or > 12) return null;
        if (bits.Length == 2)
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        if (!int.TryParse(bits[2], out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var d = new DateOnly(year, month, day);
        return (d, d);
    }
}
