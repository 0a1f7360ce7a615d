using System.Diagnostics;
using System.Text.Json;
using ArchivePortal.EndToEnd.Checkers;
using Xunit.Abstractions;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// Lighthouse (pinned 12.2.3, with Debian's Chromium) scores home, results and record 100 for
/// accessibility and 100 for best practices, and prints the scores.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class LighthouseTests(PortalBrowser portal, ITestOutputHelper output)
{
    static readonly string[] Categories = ["accessibility", "best-practices"];

    /// <summary>
    /// Each page once, each in another language: a run takes about 20 s, and axe-core already
    /// checks every page in every language (AccessibilityTests); nine runs scored the same.
    /// </summary>
    public static TheoryData<string, string> Pages() => new()
    {
        { "home", "en" }, { "results", "zh" }, { "record", "vi" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Accessibility_and_best_practices_score_100(string name, string language)
    {
        var path = CheckedPages.Main.Single(p => p.Name == name).Path;
        using var report = await RunLighthouseAsync(portal.BaseUrl + path, CheckedPages.Locale(language));
        var categories = report.RootElement.GetProperty("categories");
        var audits = report.RootElement.GetProperty("audits");

        var failures = new List<string>();
        foreach (var category in Categories)
        {
            var score = categories.GetProperty(category).GetProperty("score").GetDouble();
            output.WriteLine($"Lighthouse {name} ({language}) {category}: {score * 100:0}");
            if (score < 1) failures.AddRange(FailedAudits(categories.GetProperty(category), audits).Select(a => $"{category}: {a}"));
        }
        Assert.True(failures.Count == 0, $"Lighthouse on {name} ({language}, {path}):\n" + string.Join("\n", failures));
    }

    /// <summary>The audits that cost the category points, with the elements Lighthouse names.</summary>
    static IEnumerable<string> FailedAudits(JsonElement category, JsonElement audits)
    {
        foreach (var reference in category.GetProperty("auditRefs").EnumerateArray())
        {
            if (reference.GetProperty("weight").GetDouble() == 0) continue;
            var audit = audits.GetProperty(reference.GetProperty("id").GetString()!);
            if (audit.GetProperty("score").ValueKind != JsonValueKind.Number || audit.GetProperty("score").GetDouble() >= 1) continue;
            var items = audit.TryGetProperty("details", out var details) && details.TryGetProperty("items", out var list)
                ? list.EnumerateArray().Select(Describe).Take(5) : [];
            yield return $"{audit.GetProperty("id").GetString()}: {audit.GetProperty("title").GetString()} {string.Join("; ", items)}";
        }
    }

    static string Describe(JsonElement item) =>
        item.TryGetProperty("node", out var node) && node.TryGetProperty("snippet", out var snippet) ? snippet.GetString()!
        : item.TryGetProperty("description", out var description) ? description.ToString()
        : item.ToString();

    static async Task<JsonDocument> RunLighthouseAsync(string url, string locale)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CHROME_PATH"] = "/usr/bin/chromium";
        string[] args =
        [
            WebCheckers.LighthouseCli, url, "--quiet", "--output=json", "--output-path=stdout",
            "--only-categories=" + string.Join(',', Categories),
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --password-store=basic",
            "--extra-headers=" + JsonSerializer.Serialize(new Dictionary<string, string> { ["Accept-Language"] = locale }),
            // A loaded two-core machine can be slow to load a page; the scores do not depend on speed.
            "--max-wait-for-load=90000",
        ];
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var lighthouse = Process.Start(start)!;
        var stdout = lighthouse.StandardOutput.ReadToEndAsync();
        var stderr = lighthouse.StandardError.ReadToEndAsync();
        await lighthouse.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        var json = await stdout;
        if (lighthouse.ExitCode != 0 || !json.TrimStart().StartsWith('{'))
            throw new InvalidOperationException($"lighthouse exited {lighthouse.ExitCode}: {await stderr}");
        var report = JsonDocument.Parse(json);
        if (report.RootElement.TryGetProperty("runtimeError", out var error))
            throw new InvalidOperationException("lighthouse could not load the page: " + error);
        return report;
    }
}
