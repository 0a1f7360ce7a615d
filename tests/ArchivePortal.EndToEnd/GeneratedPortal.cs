using System.Diagnostics;
using System.Security.Cryptography;
using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// The portal over the 20,000 records of the benchmark generator (../shared/bench/gen.py), imported as
/// `archive import` would: the issue measured mixed-language results and "this event in other languages"
/// on this set, so the journeys that check them run on it too.
/// </summary>
public sealed class GeneratedPortal() : PortalBrowser(GeneratedArchive.CopyTo)
{
    public new const string Collection = "generated";

    public const int Size = GeneratedArchive.Size;
}

/// <summary>The journeys over the generated records share one <see cref="GeneratedPortal"/>.</summary>
[CollectionDefinition(GeneratedPortal.Collection)]
public sealed class GeneratedCollection : ICollectionFixture<GeneratedPortal>;

/// <summary>
/// The generated archive, built once and kept in the temporary folder under a key of the generator and
/// the engine's assemblies: importing 20,000 records takes most of a minute, and a rebuild of only the
/// portal need not pay it again. Each portal gets its own copy, so nothing a test writes leaks into the next.
/// </summary>
static class GeneratedArchive
{
    public const int Size = 20_000;

    static readonly Lazy<string> Built = new(Build);

    public static void CopyTo(string database)
    {
        var source = Built.Value;
        // The built archive is archive.db with its index beside it, the names the portal's database path gives.
        var target = Path.GetDirectoryName(database)!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(source, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, name))!);
            File.Copy(file, Path.Combine(target, name));
        }
    }

    static string Build()
    {
        var gen = Path.Combine(SharedFolder(), "bench", "gen.py");
        var folder = Path.Combine(Path.GetTempPath(), $"archive-portal-generated-{Size}-{Key(gen)}");
        var done = Path.Combine(folder, ".done");
        if (File.Exists(done)) return Path.Combine(folder, "archive");

        // Another test process may be building the same key: build beside it and move into place.
        var work = folder + "-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(work);
        Run("python3", gen, Size.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out-dir", work);
        var archiveFolder = Path.Combine(work, "archive");
        Directory.CreateDirectory(archiveFolder);
        using (var archive = Archive.Open(Path.Combine(archiveFolder, "archive.db")))
        {
            var report = new ImportRunner(archive.Store).Run([Path.Combine(work, $"corpus-{Size}.jsonl")]);
            if (report.Failures.Count > 0) throw new InvalidOperationException($"the generated corpus did not import: {report.Failures[0]}");
        }
        SqliteConnection.ClearAllPools();
        foreach (var lockFile in Directory.EnumerateFiles(archiveFolder, "*.intake-lock")) File.Delete(lockFile);
        File.WriteAllText(Path.Combine(work, ".done"), "");
        try { Directory.Move(work, folder); }
        catch (IOException) when (File.Exists(done)) { Directory.Delete(work, recursive: true); }
        return Path.Combine(folder, "archive");
    }

    /// <summary>The generator's text and the engine's assemblies (deterministic builds: unchanged code, unchanged ids).</summary>
    static string Key(string gen)
    {
        var parts = new List<byte>(File.ReadAllBytes(gen));
        foreach (var type in new[] { typeof(Archive), typeof(ImportRunner), typeof(Core.Records.ArchiveRecord) })
            parts.AddRange(type.Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return Convert.ToHexString(SHA256.HashData(parts.ToArray()))[..16].ToLowerInvariant();
    }

    static string SharedFolder()
    {
        var env = Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DIR");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException("ArchivePortal.sln not found above " + AppContext.BaseDirectory);
    }

    static void Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {stderr.Result}");
    }
}
