using System.Globalization;

namespace ArchivePortal.Storage.Curation;

/// <summary>
/// Whether the public sees a record: public, withdrawn (hidden for good), or embargoed until a day
/// (public from that day on). Hidden records leave public search, facets, counts, the record page,
/// the sitemap, the API and feeds; archivists still see them, with a banner.
/// </summary>
public sealed record Visibility(string Kind, DateOnly? Until = null)
{
    public const string PublicKind = "public";
    public const string WithdrawnKind = "withdrawn";
    public const string EmbargoKind = "embargo";

    public static Visibility Public { get; } = new(PublicKind);
    public static Visibility Withdrawn { get; } = new(WithdrawnKind);
    public static Visibility EmbargoedUntil(DateOnly day) => new(EmbargoKind, day);

    /// <summary>The day the record becomes public, as stored (withdrawn: never, 9999-12-31); null when public.</summary>
    public string? HiddenUntil => Kind switch
    {
        WithdrawnKind => "9999-12-31",
        EmbargoKind => Until!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    public bool IsHiddenOn(DateOnly day) => Kind == WithdrawnKind || (Kind == EmbargoKind && Until > day);

    public bool IsHiddenToday => IsHiddenOn(Today);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Today as stored dates compare: a record is hidden while its hidden_until is after it.</summary>
    public static string TodayText => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>As the overlay stores it: "withdrawn", "embargo:yyyy-mm-dd", or null for public.</summary>
    public string? OverlayValue => Kind switch
    {
        WithdrawnKind => WithdrawnKind,
        EmbargoKind => EmbargoKind + ":" + Until!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    public static Visibility FromOverlayValue(string? value) => value switch
    {
        null or PublicKind => Public,
        WithdrawnKind => Withdrawn,
        _ when value.StartsWith(EmbargoKind + ":", StringComparison.Ordinal)
               && DateOnly.TryParseExact(value[(EmbargoKind.Length + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            => EmbargoedUntil(d),
        _ => Public,
    };

    public static Visibility FromHiddenUntil(string? hiddenUntil) => hiddenUntil switch
    {
        null => Public,
        "9999-12-31" => Withdrawn,
        _ => EmbargoedUntil(DateOnly.ParseExact(hiddenUntil, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
    };
}
