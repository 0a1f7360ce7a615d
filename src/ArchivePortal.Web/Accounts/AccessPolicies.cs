using ArchivePortal.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace ArchivePortal.Web.Accounts;

/// <summary>The authorization policies, one per kind of work: curating needs an archivist (or an admin).</summary>
public static class AccessPolicies
{
    public const string Curate = "curate";
    public const string Admin = "admin";
    public const string SignedIn = "signed-in";

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Curate, p => p.RequireRole(Roles(UserRole.Archivist)));
        o.AddPolicy(Admin, p => p.RequireRole(Roles(UserRole.Admin)));
        o.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }

    static string[] Roles(UserRole least) => UserRoles.AtLeast(least).Select(r => r.Name()).ToArray();
}
