namespace ArchivePortal.Core.Records;

/// <summary>
/// What a record id may be. An id is the last segment of the record's address (/records/{id}),
/// so it cannot hold a slash, be "." or "..", which browsers resolve away, or carry control
/// characters; and it stays short enough to read.
/// </summary>
public static class RecordIds
{
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="id"/> cannot name a record, or null when it can.</summary>
    public static string? Problem(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) return "the id is empty";
        if (id.Length > MaxLength) return $"the id is longer than {MaxLength} characters";
        if (id is "." or "..") return $"'{id}' cannot be an id: it is part of every address";
        if (id.Contains('/') || id.Contains('\\')) return $"id '{id}' contains a slash; ids are the last part of a record's address";
        if (id.Any(char.IsControl)) return "the id contains a control character";
        return null;
    }
}
