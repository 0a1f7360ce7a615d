namespace ArchivePortal.Storage.Accounts;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown name or wrong password: the visitor is told the same for both.</summary>
    Rejected,
    LockedOut,
    Disabled,
}

/// <summary>What a sign-in attempt came to; <see cref="User"/> is set when signed in.</summary>
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User = null, DateTimeOffset? LockedUntil = null);
