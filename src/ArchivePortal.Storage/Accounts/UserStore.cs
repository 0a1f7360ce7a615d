using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Identity;

namespace ArchivePortal.Storage.Accounts;

/// <summary>
/// The accounts in the archive's database. Passwords are kept only as ASP.NET Core
/// <see cref="PasswordHasher{TUser}"/> hashes (PBKDF2 with a salt per password); every change that
/// must end existing sign-ins (password reset, disabling, a new role) gives the account a new
/// security stamp, which the portal compares with the one in the visitor's cookie.
/// </summary>
public sealed class UserStore(ArchiveDatabase database, LockoutPolicy? lockout = null, TimeProvider? clock = null)
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxNameLength = 64;

    readonly LockoutPolicy lockout = lockout ?? LockoutPolicy.Default;
    readonly TimeProvider clock = clock ?? TimeProvider.System;
    static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>Compared with when the name is unknown, so that an unknown name takes as long as a wrong password.</summary>
    static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, RandomNumberGenerator.GetHexString(32)));

    public UserAccount Add(string name, UserRole role, string password)
    {
        name = CheckName(name);
        CheckPassword(password);
        using var c = database.Connect();
        try
        {
            var id = c.ExecuteScalar<long>(
                """
                INSERT INTO users(name, role, password_hash, security_stamp, created_at)
                VALUES (@name, @role, @hash, @stamp, @now) RETURNING id
                """,
                new { name, role = role.Name(), hash = Hasher.HashPassword(null!, password), stamp = NewStamp(), now = Now() });
            return FindById(id)!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteExtendedErrorCode == 2067) // SQLITE_CONSTRAINT_UNIQUE
        {
            throw new AccountException($"There is already an account named “{name}”.");
        }
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var c = database.Connect();
        return c.Query<UserRow>("SELECT * FROM users ORDER BY name").Select(r => r.ToAccount()).ToList();
    }

    public UserAccount? Find(string name)
    {
        using var c = database.Connect();
        return c.QuerySingleOrDefault<UserRow>("SELECT * FROM users WHERE name = @name", new { name = name.Trim() })?.ToAccount();
    }

    public UserAccount? FindById(long id)
    {
        using var c = database.Connect();
        return c.QuerySingleOrDefault<UserRow>("SELECT * FROM users WHERE id = @id", new { id })?.ToAccount();
    }

    /// <summary>Disabling ends the account's sign-ins at their next request; enabling also lifts a lockout.</summary>
    public UserAccount SetDisabled(string name, bool disabled) =>
        Change(name, "UPDATE users SET disabled = @disabled, failed_attempts = 0, locked_until = NULL, security_stamp = @stamp WHERE id = @id",
            new { disabled = disabled ? 1 : 0 });

    /// <summary>Where and in which language digests reach this person; a null address stops them.</summary>
    public UserAccount SetEmail(string name, string? email, string? language = null)
    {
        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
            throw new AccountException($"“{email}” is not an email address.");
        if (language is not null && language is not ("en" or "zh" or "vi"))
            throw new AccountException("The language is en, zh or vi.");
        return Change(name, "UPDATE users SET email = @email, language = coalesce(@language, language) WHERE id = @id",
            new { email = email?.Trim(), language });
    }

    public UserAccount SetRole(string name, UserRole role) =>
        Change(name, "UPDATE users SET role = @role, security_stamp = @stamp WHERE id = @id", new { role = role.Name() });

    /// <summary>A new password ends every sign-in with the old one and lifts a lockout.</summary>
    public UserAccount ResetPassword(string name, string password)
    {
        CheckPassword(password);
        return Change(name, "UPDATE users SET password_hash = @hash, failed_attempts = 0, locked_until = NULL, security_stamp = @stamp WHERE id = @id",
            new { hash = Hasher.HashPassword(null!, password) });
    }

    /// <summary>
    /// Checks a name and password. Wrong passwords count towards a lockout; while locked out even
    /// the right password is refused; an unknown name is rejected exactly like a wrong password.
    /// </summary>
    public SignInResult SignIn(string name, string password)
    {
        var now = clock.GetUtcNow();
        using var c = database.Connect();
        var row = string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength
            ? null
            : c.QuerySingleOrDefault<UserRow>("SELECT * FROM users WHERE name = @name", new { name = name.Trim() });
        if (row is null || password.Length > MaxPasswordLength)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash.Value, password.Length > MaxPasswordLength ? "" : password);
            return new SignInResult(SignInOutcome.Rejected);
        }
        var account = row.ToAccount();
        if (account.LockedUntil is { } until && until > now) return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);
        var verdict = Hasher.VerifyHashedPassword(account, row.password_hash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = row.failed_attempts + 1;
            DateTimeOffset? lockedUntil = failures >= lockout.MaxFailures ? now + lockout.Duration : null;
            c.Execute("UPDATE users SET failed_attempts = @failures, locked_until = @locked WHERE id = @id",
                new { failures = lockedUntil is null ? failures : 0, locked = lockedUntil?.ToString("O"), id = row.id });
            return lockedUntil is null
                ? new SignInResult(SignInOutcome.Rejected)
                : new SignInResult(SignInOutcome.LockedOut, LockedUntil: lockedUntil);
        }
        // The password was right: only now may the visitor learn that the account is disabled.
        if (account.Disabled) return new SignInResult(SignInOutcome.Disabled);
        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account, password) : row.password_hash;
        c.Execute("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in = @now, password_hash = @rehash WHERE id = @id",
            new { now = now.ToString("O"), rehash, id = row.id });
        return new SignInResult(SignInOutcome.SignedIn, FindById(row.id));
    }

    UserAccount Change(string name, string sql, object values)
    {
        var account = Find(name) ?? throw new AccountException($"There is no account named “{name}”.");
        using var c = database.Connect();
        var parameters = new DynamicParameters(values);
        parameters.Add("id", account.Id);
        parameters.Add("stamp", NewStamp());
        c.Execute(sql, parameters);
        return FindById(account.Id)!;
    }

    static string CheckName(string name)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(ch => char.IsWhiteSpace(ch) || char.IsControl(ch) || ch is '<' or '>' or '"' or '\'' or '&'))
            throw new AccountException($"An account name is 1 to {MaxNameLength} characters without spaces, quotes or angle brackets.");
        return name;
    }

    static void CheckPassword(string password)
    {
        if (password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
            throw new AccountException($"A password has {MinPasswordLength} to {MaxPasswordLength} characters.");
        if (string.IsNullOrWhiteSpace(password))
            throw new AccountException("A password cannot be only spaces.");
    }

    static string NewStamp() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    string Now() => clock.GetUtcNow().ToString("O");

    sealed class UserRow
    {
        public long id { get; set; }
        public string name { get; set; } = "";
        public string role { get; set; } = "";
        public string password_hash { get; set; } = "";
        public string security_stamp { get; set; } = "";
        public long disabled { get; set; }
        public long failed_attempts { get; set; }
        public string? locked_until { get; set; }
        public string created_at { get; set; } = "";
        public string? last_sign_in { get; set; }
        public string? email { get; set; }
        public string language { get; set; } = "en";

        public UserAccount ToAccount() => new(id, name, UserRoles.TryParse(role, out var r) ? r : UserRole.Staff, disabled != 0, security_stamp,
            Parse(created_at)!.Value, Parse(last_sign_in), Parse(locked_until)) { Email = email, Language = language };

        static DateTimeOffset? Parse(string? s) => s is null ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
