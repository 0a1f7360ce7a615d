namespace ArchivePortal.Storage.Accounts;

/// <summary>After <see cref="MaxFailures"/> wrong passwords in a row an account refuses every sign-in for <see cref="Duration"/>.</summary>
public sealed record LockoutPolicy(int MaxFailures, TimeSpan Duration)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}
