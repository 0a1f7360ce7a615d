using System.Net;
using ArchivePortal.Storage.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArchivePortal.Web.Tests;

/// <summary>Accounts made straight in the portal's database, and browsers (cookie-keeping clients) that sign in through the form.</summary>
public static class Accounts
{
    public const string Password = "a long enough password";

    public static UserAccount Add(this PortalApp app, string name, UserRole role) =>
        app.Services.GetRequiredService<UserStore>().Add(name, role, Password);

    /// <summary>
    /// A client that keeps cookies over https (the session cookie is Secure outside Development),
    /// does not follow redirects, and reads the UI in <paramref name="acceptLanguage"/>.
    /// </summary>
    public static HttpClient Browser(this PortalApp app, string acceptLanguage = "en")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return client;
    }

    /// <summary>Submits the sign-in form as a visitor would; returns the response to the POST.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string name, string password = Password, string? returnUrl = null)
    {
        var token = await FormTokenAsync(browser, "/account/sign-in");
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Password"] = password, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null) fields["ReturnUrl"] = returnUrl;
        return await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(fields));
    }

    /// <summary>A browser signed in as a new account of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(this PortalApp app, string name, UserRole role)
    {
        app.Add(name, role);
        var browser = app.Browser();
        var response = await browser.SignInAsync(name);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>The antiforgery token of the first form on a page (which also sets its cookie).</summary>
    public static async Task<string> FormTokenAsync(this HttpClient browser, string path)
    {
        var page = Html.Parse(await browser.GetStringAsync(path));
        return page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"{path} has no form with an antiforgery token");
    }

    /// <summary>Posts a form to <paramref name="path"/> with the token of the form on <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string formPage, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await FormTokenAsync(browser, formPage);
        return await browser.PostAsync(path, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }
}
