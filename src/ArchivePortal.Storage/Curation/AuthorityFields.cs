using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Storage.Curation;

/// <summary>
/// The parts of an authority an archivist changes, by the names the audit log uses: a label per
/// language (label.zh, label.en, label.vi), the aliases (one per line), the review status
/// (provisional, accepted, rejected) and, for a merged authority, the id it was merged into.
/// </summary>
public static class AuthorityFields
{
    public const string Target = "authority";
    public const string Aliases = "aliases";
    public const string Status = "status";
    public const string MergedInto = "merged-into";
    public static readonly IReadOnlyList<string> LabelLanguages = ["zh", "en", "vi"];

    public const string Provisional = "provisional";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static string Label(string language) => "label." + language;

    /// <summary>How the audit log names an authority: kind:id.</summary>
    public static string TargetId(string kind, string id) => kind + ":" + id;

    public static (string Kind, string Id) ParseTarget(string targetId) =>
        targetId.Split(':', 2) is [var kind, var id] ? (kind, id) : throw new CurationException($"“{targetId}” names no authority.");

    public static string? Of(Authority a, string field) => field switch
    {
        Aliases => a.Aliases.Count == 0 ? null : string.Join("\n", a.Aliases),
        Status => a.Rejected ? Rejected : a.Provisional ? Provisional : Accepted,
        MergedInto => a.MergedInto,
        _ when field.StartsWith("label.", StringComparison.Ordinal) => a.Labels.GetValueOrDefault(field[6..]),
        _ => throw new CurationException($"“{field}” is not a part of an authority."),
    };

    public static Authority With(Authority a, string field, string? value) => field switch
    {
        Aliases => a with { Aliases = Lines(value) },
        // No status: before an archivist created it; undoing the creation retires it like a rejection.
        Status => a with { Provisional = value == Provisional, Rejected = value is Rejected or null },
        MergedInto => a with { MergedInto = value },
        _ when field.StartsWith("label.", StringComparison.Ordinal) => a with { Labels = WithLabel(a.Labels, field[6..], value) },
        _ => throw new CurationException($"“{field}” is not a part of an authority."),
    };

    /// <summary>Aliases as typed: one per line, trimmed, each once, none empty.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    static Dictionary<string, string> WithLabel(IReadOnlyDictionary<string, string> labels, string language, string? value)
    {
        var copy = new Dictionary<string, string>(labels);
        if (string.IsNullOrWhiteSpace(value)) copy.Remove(language);
        else copy[language] = value.Trim();
        return copy;
    }
}
