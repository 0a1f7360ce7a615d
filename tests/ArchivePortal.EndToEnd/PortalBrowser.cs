using System.Text.RegularExpressions;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// The portal on Kestrel on a free loopback port over a seeded temporary database, and Debian's
/// Chromium driven by Playwright (recipe: ../shared/recipes/browser-tests.md).
/// </summary>
public class PortalBrowser : IAsyncLifetime
{
    /// <summary>One portal and one browser for every journey: they run one after another, never two at once on a small machine.</summary>
    public const string Collection = "portal";

    readonly string folder = Path.Combine(Path.GetTempPath(), "portal-e2e-" + Guid.NewGuid().ToString("N"));
    readonly PortalFactory factory;
    IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land here, under the test output, for a person to look at.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public PortalBrowser() : this(db => Archive.Open(db).Store.Upsert(SampleRecords())) { }

    /// <summary>A portal over the database that <paramref name="prepare"/> writes at the path it is given.</summary>
    protected PortalBrowser(Action<string> prepare)
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "archive.db");
        prepare(db);
        factory = new PortalFactory(db);
    }

    public async Task InitializeAsync()
    {
        BaseUrl = factory.StartOnLoopback();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            // --password-store=basic: on a form submission Chromium's password manager otherwise asks
            // the desktop keyring over D-Bus, which on a machine without one can take a minute to
            // time out; that was the "first search after a full build" step that timed out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--password-store=basic", "--use-mock-keychain"],
            // No session bus at all: a CI shell may name one that nobody answers on, and each call
            // then waits out D-Bus's own timeout. Chromium sets the same value when none is named.
            Env = BrowserEnvironment(),
        });
        await WarmUpAsync();
    }

    /// <summary>This process's environment with the D-Bus session bus turned off (Playwright's Env replaces the whole environment).</summary>
    static Dictionary<string, string> BrowserEnvironment()
    {
        var environment = new Dictionary<string, string>();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            environment[(string)entry.Key] = (string?)entry.Value ?? "";
        environment["DBUS_SESSION_BUS_ADDRESS"] = "disabled:";
        return environment;
    }

    /// <summary>
    /// One search through the portal, one page in the browser and one search typed into the home
    /// page's box and sent with Enter, before any test: the first of each loads what a process
    /// loads once (ICU's dictionaries, the record facts, the browser's fonts, and on a form's first
    /// submission whatever Chromium sets up for it). On a CI machine fresh from a full build each
    /// has taken long enough for a test's first step to pass its minute; a test step should
    /// measure the step, and a portal that does not answer at all still fails here, with its own
    /// message.
    /// </summary>
    async Task WarmUpAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(3) };
        foreach (var path in new[] { "/", "/search?q=" + Uri.EscapeDataString("饶权") })
        {
            var response = await http.GetAsync(path);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"the portal answered {path} with {(int)response.StatusCode}");
        }
        var page = await NewPageAsync(800, 600);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("图书馆"), new() { Timeout = 180_000 });
        await page.GotoAsync("/", new() { Timeout = 180_000 });
        var box = page.Locator("form[role=search] input[name=q]");
        await box.FillAsync("会议", new() { Timeout = 180_000 });
        await SubmitWithEnterAsync(page, box, "**/search?q=*");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Presses Enter in <paramref name="box"/> and waits for the page it submits to. A fresh Chromium
    /// on a loaded two-core CI machine has let a form's Enter go unanswered for minutes: first in
    /// this warm-up, and once (2026-12-05) in a journey's first search, after the warm-up had passed;
    /// both builds passed at once when run again. When no navigation to <paramref name="urlGlob"/>
    /// comes within a minute, Enter is pressed once more. What a journey checks is where Enter
    /// leads; a portal that does not answer still fails, two minutes later.
    /// </summary>
    public static async Task SubmitWithEnterAsync(IPage page, ILocator box, string urlGlob)
    {
        await box.PressAsync("Enter");
        try { await page.WaitForURLAsync(urlGlob, new() { Timeout = 60_000 }); }
        catch (TimeoutException)
        {
            await box.PressAsync("Enter", new() { Timeout = 120_000 });
            await page.WaitForURLAsync(urlGlob, new() { Timeout = 120_000 });
        }
    }

    /// <summary>
    /// Chooses <paramref name="value"/> in the list <paramref name="select"/>, whose change loads a
    /// new page, and waits until that page's document is parsed. A choice went unanswered for a
    /// minute once (2026-12-05, sort order in a loaded CI run) as an Enter had
    /// (<see cref="SubmitWithEnterAsync"/>); the change is then sent once more. A portal that does
    /// not answer still fails, two minutes later.
    /// </summary>
    public static async Task ChooseAndWaitAsync(IPage page, ILocator select, string value, Regex url)
    {
        var parsed = new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 };
        await select.SelectOptionAsync(value);
        try { await page.WaitForURLAsync(url, parsed); }
        catch (TimeoutException)
        {
            await select.DispatchEventAsync("change", null, new() { Timeout = 120_000 });
            await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 });
        }
    }

    /// <summary>An account in the portal's database, as `archive user add` makes it.</summary>
    public void AddUser(string name, UserRole role, string password) =>
        factory.Services.GetRequiredService<UserStore>().Add(name, role, password);

    public async Task<IPage> NewPageAsync(int width, int height, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = locale, BaseURL = BaseUrl });
        // A busy two-core CI machine can hold a page longer than Playwright's 30 s: a slow step is
        // still a failure at a minute, a loaded machine no longer is.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Enough Chinese meeting records for two pages, and the same kind of news in English and Vietnamese.</summary>
    static List<ArchiveRecord> SampleRecords()
    {
        var list = new List<ArchiveRecord>();
        string[] topics = ["古籍保护", "数字化", "阅读推广"];
        for (int i = 1; i <= 24; i++)
        {
            list.Add(new ArchiveRecord
            {
                Id = $"nlc-{i:00}", Language = "zh", Type = i % 4 == 0 ? "news" : "meeting",
                Title = $"国家图书馆召开{topics[i % 3]}工作会议（第{i}次）",
                Body = $"{2019 + i % 4}年{1 + i % 12}月，国家图书馆馆长饶权主持召开{topics[i % 3]}工作会议。\n\n会议听取了各部门的工作汇报，" +
                       "研究部署下一阶段的重点任务。" + (i % 2 == 0 ? "副馆长魏大威就数字图书馆建设作了发言。" : "各部门负责人作了发言。") +
                       "\n\n会议强调，要坚持以读者为中心，推进**古籍数字化**和全民阅读。",
                Date = new DateOnly(2019 + i % 4, 1 + i % 12, 1 + i), Institution = "国家图书馆",
                Persons = i % 2 == 0 ? ["饶权", "魏大威"] : ["饶权"], Topics = [topics[i % 3]],
                SourceUrl = $"https://www.nlc.cn/news/{i}",
            });
        }
        list.Add(new ArchiveRecord
        {
            Id = "nlc-en", Language = "en", Type = "meeting", Title = "The NLC holds a work meeting on ancient books protection",
            Body = "Rao Quan (饶权), director of the National Library of China, chaired a meeting on ancient books protection and digitization.",
            Date = new DateOnly(2021, 3, 12), Institution = "国家图书馆", Persons = ["饶权"],
        });
        list.Add(new ArchiveRecord
        {
            Id = "tvqg-2022", Language = "vi", Type = "meeting", Title = "Hội nghị Tổng kết công tác năm 2022 của Thư viện Quốc gia Việt Nam",
            Body = "Ngày 26/12/2022, bà Kiều Thúy Nga, Giám đốc Thư viện Quốc gia Việt Nam, chủ trì Hội nghị tổng kết; bà Trịnh Thị Thuỷ, Thứ trưởng, dự và phát biểu.",
            Date = new DateOnly(2022, 12, 26), Institution = "Thư viện Quốc gia Việt Nam", Persons = ["Kiều Thúy Nga", "Trịnh Thị Thuỷ"],
        });
        return list;
    }
}

/// <summary>The journeys share <see cref="PortalBrowser"/> and run in turn.</summary>
[CollectionDefinition(PortalBrowser.Collection)]
public sealed class PortalCollection : ICollectionFixture<PortalBrowser>;
