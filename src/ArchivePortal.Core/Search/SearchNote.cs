using System.Globalization;

namespace ArchivePortal.Core.Search;

/// <summary>
/// Something the visitor may want to know about how a query was understood or searched (an unknown
/// field, an unclosed quote, loosened matching): a stable <see cref="Code"/> from
/// <see cref="SearchNotes.Codes"/> and the values it names, so that each interface can say it in its
/// own language. <see cref="ToString"/> says it in English.
/// </summary>
/// <param name="Code">One of <see cref="SearchNotes.Codes"/>.</param>
/// <param name="Args">The values the note names, in the order its text places them ({0}, {1} …).</param>
public sealed record SearchNote(string Code, IReadOnlyList<string> Args)
{
    /// <summary>The note in English, e.g. “The query was cut to its first 1000 characters.”</summary>
    public override string ToString() =>
        SearchNotes.English.TryGetValue(Code, out var text)
            ? string.Format(CultureInfo.InvariantCulture, text, [.. Args])
            : Args.Count == 0 ? Code : Code + ": " + string.Join(", ", Args);

    /// <summary>Two notes are the same when code and arguments are: a note said many times is shown once.</summary>
    public bool Equals(SearchNote? other) =>
        other is not null && Code == other.Code && Args.SequenceEqual(other.Args, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        foreach (var a in Args) hash.Add(a, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
