using Microsoft.Data.Sqlite;

namespace ArchivePortal.Cli.Tests;

/// <summary>
/// Commands run outside the repository folder (issue 14, finding 3): authorities come from the
/// folder the archive was built with, not the working directory; a read-only verb writes nothing;
/// an automatic reindex never runs with fewer authorities than the archive was built with.
/// </summary>
public class AuthorityFolderTests : IDisposable
{
    readonly TempDirectory dir = new();
    readonly string db;
    readonly string authorities;
    readonly string elsewhere;

    public AuthorityFolderTests()
    {
        db = dir.File("archive.db");
        authorities = dir.File("authorities");
        elsewhere = dir.File("elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateDirectory(authorities);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "authorities")))
            File.Copy(file, Path.Combine(authorities, Path.GetFileName(file)));
    }

    public void Dispose() => dir.Dispose();

    async Task BuildArchiveAsync()
    {
        var (code, output) = await ArchiveCli.RunAsync("import", Path.Combine(RepositoryPaths.Content, "seeds"), "--db", db, "--authorities", authorities);
        Assert.True(code == 0, output);
    }

    long Scalar(string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    (long Links, long Provisional, string Meta) Snapshot()
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var meta = c.CreateCommand();
        meta.CommandText = "SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM meta ORDER BY key)";
        return (Scalar("SELECT count(*) FROM record_authorities"), Scalar("SELECT count(*) FROM authorities WHERE provisional = 1"), (string)meta.ExecuteScalar()!);
    }

    [Fact]
    public async Task A_read_only_verb_run_from_another_folder_changes_nothing()
    {
        await BuildArchiveAsync();
        var before = Snapshot();
        Assert.True(before.Links > 0);

        var (code, output) = await ArchiveCli.RunInAsync(elsewhere, "stats", "--db", db);

        Assert.True(code == 0, output);
        Assert.Contains("records: 5", output);
        Assert.DoesNotContain("re-indexing", output);
        Assert.Equal(before, Snapshot());
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task An_import_from_another_folder_files_under_the_archives_own_authorities()
    {
        await BuildArchiveAsync();
        var before = Snapshot();
        var extra = Path.Combine(dir.Path, "extra.md");
        await File.WriteAllTextAsync(extra, "---\nid: extra-1\ntitle: Rao Quan visits the reading room\ndate: 2024-05-01\nlang: en\n---\nRao Quan met readers at the National Library of China.\n");

        var (code, output) = await ArchiveCli.RunInAsync(elsewhere, "import", extra, "--db", db);

        Assert.True(code == 0, output);
        Assert.DoesNotContain("re-indexing", output);
        var after = Snapshot();
        Assert.True(after.Links > before.Links, $"links {before.Links} → {after.Links}");
        Assert.Equal(before.Provisional, after.Provisional);
        Assert.Equal(1L, Scalar("SELECT count(*) FROM record_authorities ra JOIN records r ON r.rowid = ra.record_rowid WHERE r.id = 'extra-1' AND ra.authority_id = 'rao-quan'"));
    }

    [Fact]
    public async Task An_automatic_reindex_with_fewer_authorities_stops_and_says_why()
    {
        await BuildArchiveAsync();
        var before = Snapshot();
        // The archive's folder loses its persons (a half-copied checkout): the Chinese dictionary
        // changes, so the index would be rebuilt, without them.
        await File.WriteAllTextAsync(Path.Combine(authorities, "persons.yml"), "[]\n");

        var (code, output) = await ArchiveCli.RunInAsync(elsewhere, "import", Path.Combine(RepositoryPaths.Content, "seeds"), "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("Not re-indexing", output);
        Assert.Contains(authorities, output);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal(before, Snapshot());
    }
}
