using System.Net;
using System.Text;
using ArchivePortal.Storage.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// Sign-in and the curation routes over a real database: roles enforced on every route, antiforgery
/// on every form, lockout and rate limiting of sign-in, passwords only as hashes, and pages of
/// signed-in users never in the output cache.
/// </summary>
public sealed class AccountTests : IDisposable
{
    readonly PortalApp app = new();

    /// <summary>Every curation route, with the method it answers.</summary>
    public static TheoryData<string, string> CurationRoutes => new()
    {
        { "GET", "/curate" },
        { "GET", "/curate/records/en-nlc" },
        { "POST", "/curate/records/en-nlc" },
        { "POST", "/curate?handler=Revert" },
        { "GET", "/curate/bulk?q=x" },
        { "GET", "/curate/authorities" },
        { "POST", "/curate/authorities/person/rao-quan?handler=Merge" },
        { "POST", "/curate/bulk?q=x&handler=Apply" },
    };

    [Theory, MemberData(nameof(CurationRoutes))]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string method, string path)
    {
        var response = await app.Browser().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new FormUrlEncodedContent([]) : null });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path.Split('?')[0]), response.Headers.Location.Query);
    }

    [Theory, MemberData(nameof(CurationRoutes))]
    public async Task Staff_are_refused_with_403(string method, string path)
    {
        var staff = await app.SignedInAsync("sam", UserRole.Staff);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", await staff.FormTokenAsync("/account/sign-out"))]);

        var response = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Not allowed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);

        var response = await archivist.PostAsync("/curate/records/en-nlc", new FormUrlEncodedContent(
        [
            new("Form.TitleShown", "The NLC holds a work meeting on ancient books protection"), new("Form.Title", "Forged title"),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Forged title", await app.Browser().GetStringAsync("/records/en-nlc"));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        app.Add("alice", UserRole.Archivist);
        var browser = app.Browser();
        for (int i = 0; i < LockoutPolicy.Default.MaxFailures - 1; i++)
            Assert.Contains("The account name or password is wrong.", await (await browser.SignInAsync("alice", "wrong password " + i)).Content.ReadAsStringAsync());
        var last = await (await browser.SignInAsync("alice", "wrong password again")).Content.ReadAsStringAsync();
        Assert.Contains("the account is locked until", last);

        var right = await browser.SignInAsync("alice");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("the account is locked until", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/curate")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_rate_limited()
    {
        using var limited = new PortalApp { Settings = { ["Archive:Accounts:SignInAttemptsPerMinute"] = "3" } };
        var browser = limited.Browser("vi");
        for (int i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("nobody", "wrong password " + i)).StatusCode);

        var refused = await browser.SignInAsync("nobody", "wrong password 4");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Quá nhiều lần thử", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).StatusCode); // the form still shows
    }

    [Fact]
    public async Task Passwords_are_stored_and_logged_only_as_hashes()
    {
        var logs = new LogLines();
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        const string password = "unmistakable-secret-4711";
        logged.Services.GetRequiredService<UserStore>().Add("alice", UserRole.Archivist, password);
        var browser = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await browser.SignInAsync("alice", "wrong-" + password);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("alice", password)).StatusCode);

        SqliteConnection.ClearAllPools();
        var bytes = Directory.GetFiles(app.Folder, "archive.db*").SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(bytes.Length > 0);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(password)));
        Assert.DoesNotContain(logs.All(), line => line.Contains(password));
        Assert.Contains(logs.All(), line => line.Contains("alice") && line.Contains("signed in"));
    }

    [Fact]
    public async Task A_signed_in_page_is_never_served_from_nor_stored_in_the_output_cache()
    {
        var visitor = app.Browser();
        Assert.DoesNotContain("Signed in as", await visitor.GetStringAsync("/search?q=会议"));
        Assert.NotNull((await visitor.GetAsync("/search?q=会议")).Headers.Age); // now cached

        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        var signedIn = await archivist.GetAsync("/search?q=会议");
        Assert.Null(signedIn.Headers.Age);
        Assert.Contains("Signed in as alice", await signedIn.Content.ReadAsStringAsync());
        var record = await archivist.GetStringAsync("/records/zh-07");
        Assert.Contains("Edit this record", record);

        var fresh = app.Browser();
        Assert.DoesNotContain("alice", await fresh.GetStringAsync("/records/zh-07"));
        Assert.DoesNotContain("alice", await fresh.GetStringAsync("/search?q=会议"));
    }

    [Fact]
    public async Task Disabling_an_account_or_resetting_its_password_ends_its_sessions()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        var second = await app.SignedInAsync("bob", UserRole.Archivist);
        Assert.Equal(HttpStatusCode.OK, (await archivist.GetAsync("/curate")).StatusCode);

        var users = app.Services.GetRequiredService<UserStore>();
        users.SetDisabled("alice", disabled: true);
        users.ResetPassword("bob", "a brand new password");

        Assert.Equal(HttpStatusCode.Redirect, (await archivist.GetAsync("/curate")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/curate")).StatusCode);
        Assert.Contains("This account is disabled", await (await app.Browser().SignInAsync("alice")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);

        var response = await archivist.PostFormAsync("/account/sign-out", "/account/sign-out", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await archivist.GetAsync("/curate")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_and_never_to_another_site()
    {
        app.Add("alice", UserRole.Archivist);

        var back = await app.Browser().SignInAsync("alice", returnUrl: "/curate/records/en-nlc");
        var offsite = await app.Browser().SignInAsync("alice", returnUrl: "https://evil.example/phish");

        Assert.Equal("/curate/records/en-nlc", back.Headers.Location!.OriginalString);
        Assert.Equal("/curate", offsite.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("en", "Sign in", "Account name")]
    [InlineData("zh-CN", "登录", "账户名")]
    [InlineData("vi", "Đăng nhập", "Tên tài khoản")]
    public async Task The_sign_in_page_speaks_the_visitors_language(string language, string heading, string label)
    {
        var page = Html.Parse(await app.Browser(language).GetStringAsync("/account/sign-in"));

        Assert.Equal(heading, page.Text("main h1"));
        Assert.Equal(label, page.Text("label[for=name]"));
    }

    [Fact]
    public async Task The_session_cookie_is_httponly_samesite_and_secure()
    {
        app.Add("alice", UserRole.Archivist);

        var response = await app.Browser().SignInAsync("alice");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("archive.session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("secure", cookie);
    }

    [Fact]
    public async Task Sign_in_over_plain_http_to_a_public_host_is_refused_with_a_reason()
    {
        app.Add("alice", UserRole.Archivist);
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://archive.example") });

        var response = await http.SignInAsync("alice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign-in needs a secure connection", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("archive.session=", StringComparison.Ordinal)));
    }

    public void Dispose() => app.Dispose();
}
