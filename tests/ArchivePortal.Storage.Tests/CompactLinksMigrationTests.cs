using ArchivePortal.Storage.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Schema steps 12 and 13 rewrite what a database of an earlier version holds: links become keys
/// (in the order they were filed, which decides the institution a record is filed under) and the
/// declared persons and topics move into the record. Nothing a record had is lost.
/// </summary>
public class CompactLinksMigrationTests
{
    [Fact]
    public void A_database_of_version_11_keeps_link_order_roles_and_declared_names()
    {
        var dir = Path.Combine(Path.GetTempPath(), "archive-migration-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "archive.db");
        try
        {
            using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                c.Open();
                Migrations.Apply(c, upTo: 11);
                c.Execute("""
                    INSERT INTO records(rowid, id, lang, type, content_hash, created_at, updated_at, title, body)
                    VALUES (7, 'r7', 'zh', 'news', 'h', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00', '宁波档案', 'body'), (9, 'r9', 'en', 'news', 'h', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00', 'NLC news', 'body');
                    -- Filed in this order: the second institution was filed after a person, and an id sorts before the first.
                    INSERT INTO record_authorities(record_rowid, kind, authority_id, role) VALUES
                        (7, 'institution', 'ningbo-archives', 'primary'),
                        (7, 'institution', 'nlc', 'mention'),
                        (9, 'institution', 'nlc', 'primary'),
                        (7, 'person', 'zhang-san', 'primary'),
                        (7, 'institution', 'a-library', 'primary'),
                        (7, 'topic', 'archives-management', 'primary');
                    INSERT INTO record_persons(record_rowid, name) VALUES (7, 'Zhang San'), (7, '李四'), (9, 'Rao Quan');
                    INSERT INTO record_topics(record_rowid, name) VALUES (9, 'open access');
                    """);
            }
            SqliteConnection.ClearAllPools();

            using var t = Archive.Open(path);
            var links = t.Store.AuthoritiesOf("r7")!;
            Assert.Equal(["ningbo-archives", "a-library"], links.Institutions);
            Assert.Equal(["nlc"], links.MentionedInstitutions);
            Assert.Equal(["zhang-san"], links.Persons);
            Assert.Equal(["archives-management"], links.Topics);
            Assert.Equal(["nlc"], t.Store.AuthoritiesOf("r9")!.Institutions);

            var r7 = t.Store.Get("r7")!.Record;
            var r9 = t.Store.Get("r9")!.Record;
            Assert.Equal(["Zhang San", "李四"], r7.Persons);
            Assert.Empty(r7.Topics);
            Assert.Equal(["Rao Quan"], r9.Persons);
            Assert.Equal(["open access"], r9.Topics);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
