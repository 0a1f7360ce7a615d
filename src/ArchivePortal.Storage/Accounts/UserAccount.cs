namespace ArchivePortal.Storage.Accounts;

/// <summary>An account as the portal and the CLI see it (never its password hash).</summary>
public sealed record UserAccount(
    long Id,
    string Name,
    UserRole Role,
    bool Disabled,
    string SecurityStamp,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignIn,
    DateTimeOffset? LockedUntil)
{
    /// <summary>Where digests of saved searches go; none: no digests.</summary>
    public string? Email { get; init; }

    /// <summary>The language of mails to this person (en, zh, vi).</summary>
    public string Language { get; init; } = "en";
}
