namespace ArchivePortal.Storage.Accounts;

/// <summary>
/// What a signed-in person may do. Admins manage accounts and do everything archivists do;
/// archivists curate records and authorities; staff keep saved searches and feeds.
/// </summary>
public enum UserRole
{
    Staff,
    Archivist,
    Admin,
}

public static class UserRoles
{
    /// <summary>The role's name as stored, typed on the command line and put in the sign-in cookie.</summary>
    public static string Name(this UserRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out UserRole role)
    {
        role = default;
        return !string.IsNullOrWhiteSpace(text)
               && !int.TryParse(text, out _) // Enum.TryParse takes "1" as a role; a typo must not be one
               && Enum.TryParse(text.Trim(), ignoreCase: true, out role)
               && Enum.IsDefined(role);
    }

    /// <summary>Every role that includes <paramref name="role"/>'s rights (an admin may curate).</summary>
    public static IEnumerable<UserRole> AtLeast(UserRole role) => Enum.GetValues<UserRole>().Where(r => r >= role);
}
