using System.Diagnostics;
using System.Text.Json;
using ArchivePortal.EndToEnd.Checkers;

namespace ArchivePortal.EndToEnd;

/// <summary>The Nu HTML checker (vnu.jar, the W3C validator's engine) finds no error in any kind of page, in each interface language.</summary>
[Collection(PortalBrowser.Collection)]
public sealed class HtmlValidityTests(PortalBrowser portal) : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("portal-vnu-").FullName;

    [Fact]
    public async Task The_nu_html_checker_finds_no_error_on_any_kind_of_page()
    {
        var pages = await CheckedPages.AllAsync(portal.BaseUrl);
        var sources = new Dictionary<string, string>(); // saved file's name → what it is, for the message
        using var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        foreach (var language in CheckedPages.Languages)
            for (int i = 0; i < pages.Count; i++)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, pages[i].Path);
                request.Headers.AcceptLanguage.ParseAdd(CheckedPages.Locale(language));
                var html = await (await http.SendAsync(request)).Content.ReadAsStringAsync();
                var file = Path.Combine(folder, $"{language}-{i}.html");
                await File.WriteAllTextAsync(file, html);
                sources[Path.GetFileName(file)] = $"{language} {pages[i].Name} ({pages[i].Path})";
            }

        var errors = (await RunVnuAsync(sources.Keys.Select(name => Path.Combine(folder, name))))
            .Select(e => $"{sources.GetValueOrDefault(Path.GetFileName(e.Url), e.Url)} line {e.Line}: {e.Message} [{e.Extract}]")
            .ToList();
        Assert.True(errors.Count == 0, "Nu HTML checker:\n" + string.Join("\n", errors));
    }

    sealed record VnuError(string Url, int Line, string Message, string Extract);

    /// <summary>One Java process over every file: the checker takes seconds to start and milliseconds a page.</summary>
    static async Task<List<VnuError>> RunVnuAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-jar", WebCheckers.VnuJar, "--errors-only", "--format", "json", "--stdout", .. files])
            start.ArgumentList.Add(arg);
        using var vnu = Process.Start(start)!;
        var stdout = vnu.StandardOutput.ReadToEndAsync();
        var stderr = vnu.StandardError.ReadToEndAsync();
        await vnu.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        var output = await stdout;
        if (!output.TrimStart().StartsWith('{')) throw new InvalidOperationException($"vnu.jar did not answer in JSON: {output}{await stderr}");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new VnuError(
                m.TryGetProperty("url", out var url) ? url.GetString()! : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("extract", out var extract) ? extract.GetString()!.ReplaceLineEndings(" ") : ""))
            .ToList();
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
