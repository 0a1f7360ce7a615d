using System.Diagnostics;
using System.Text.Json;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// The benchmark corpus of ../shared/bench/gen.py (or $ARCHIVE_SHARED_DIR/bench/gen.py), generated once
/// per test process into a temporary folder and read as records; null when the shared folder is absent.
/// </summary>
internal static class GeneratedCorpus
{
    static readonly Dictionary<int, Lazy<string?>> Folders = [];

    /// <summary>The shared folder beside the repository, or null.</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DIR");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var beside = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder holding corpus-N.jsonl and queries-N.jsonl, generated on first use; null without ../shared.</summary>
    public static string? Folder(int n)
    {
        Lazy<string?> lazy;
        lock (Folders)
            if (!Folders.TryGetValue(n, out lazy!)) Folders[n] = lazy = new Lazy<string?>(() => Generate(n));
        return lazy.Value;
    }

    static string? Generate(int n)
    {
        if (Shared is not { } shared) return null;
        var gen = Path.Combine(shared, "bench", "gen.py");
        if (!File.Exists(gen)) return null;
        var dir = Path.Combine(Path.GetTempPath(), $"archive-gen-{n}-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(dir, true); } catch (IOException) { } };
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { gen, n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out-dir", dir }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"gen.py {n} failed: {stderr.Result}");
        return dir;
    }

    public static string CorpusFile(string folder, int n) => Path.Combine(folder, $"corpus-{n}.jsonl");

    public static string QueriesFile(string folder, int n) => Path.Combine(folder, $"queries-{n}.jsonl");

    /// <summary>The records of a corpus file in the JSONL import format.</summary>
    public static IEnumerable<ArchiveRecord> Records(string jsonl)
    {
        foreach (var line in File.ReadLines(jsonl))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            string? S(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string[] A(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                ? [.. v.EnumerateArray().Select(x => x.GetString()!)] : [];
            yield return new ArchiveRecord
            {
                Id = S("id")!, Language = S("lang")!, Title = S("title")!, Body = S("body")!,
                Date = S("date") is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null,
                Institution = S("institution"), Persons = A("persons"), Topics = A("topics"),
            };
        }
    }

    /// <summary>The text of each query of queries-N.jsonl.</summary>
    public static List<string> QueryTexts(string jsonl) =>
        [.. File.ReadLines(jsonl).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];

    /// <summary>Imports <paramref name="records"/> through the store in batches of <paramref name="batch"/>.</summary>
    public static int Import(Archive archive, IEnumerable<ArchiveRecord> records, int batch = 500)
    {
        int n = 0;
        foreach (var chunk in records.Chunk(batch))
        {
            archive.Store.Upsert(chunk);
            n += chunk.Length;
        }
        return n;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArchivePortal.sln not found above " + AppContext.BaseDirectory);
    }
}
