using ArchivePortal.Storage.Records;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Schema;

/// <summary>
/// The schema as an ordered list of forward migrations. Each runs in its own transaction together
/// with the version row, so a database is always at one known version.
/// </summary>
public static class Migrations
{
    static readonly string[] Steps =
    [
        // 1: records, their persons and topics, and the full-text index over pre-analyzed tokens
        // (FTS5, replaced by the Lucene.Net index in step 5).
        """
        CREATE TABLE records (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            lang TEXT NOT NULL,
            date TEXT NULL,
            year INTEGER NULL,
            institution TEXT NULL,
            source_url TEXT NULL,
            type TEXT NOT NULL,
            origin TEXT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            -- Text last: long bodies spill into overflow pages, and the short columns before
            -- them stay readable without touching those.
            title TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX records_date ON records(date);
        CREATE INDEX records_lang_year ON records(lang, year);
        CREATE TABLE record_persons (record_rowid INTEGER NOT NULL REFERENCES records(rowid) ON DELETE CASCADE, name TEXT NOT NULL COLLATE NOCASE);
        CREATE INDEX record_persons_name ON record_persons(name, record_rowid);
        CREATE INDEX record_persons_record ON record_persons(record_rowid);
        CREATE TABLE record_topics (record_rowid INTEGER NOT NULL REFERENCES records(rowid) ON DELETE CASCADE, name TEXT NOT NULL COLLATE NOCASE);
        CREATE INDEX record_topics_name ON record_topics(name, record_rowid);
        CREATE INDEX record_topics_record ON record_topics(record_rowid);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE VIRTUAL TABLE record_fts USING fts5(
            title_zh, body_zh, title_zh2, body_zh2, title_en, body_en, title_vi, body_vi, title_vix, body_vix,
            content='', contentless_delete=1, tokenize='ascii'
        );
        """,
        // 2: authorities (provisional ones found at import; the files hold the rest) and the
        // authority ids each record is filed under. role: 'primary' is what facets count,
        // 'mention' an institution the text names.
        """
        CREATE TABLE authorities (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            data TEXT NOT NULL,
            provisional INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE TABLE record_authorities (
            record_rowid INTEGER NOT NULL REFERENCES records(rowid) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            authority_id TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'primary'
        );
        CREATE INDEX record_authorities_record ON record_authorities(record_rowid);
        CREATE INDEX record_authorities_id ON record_authorities(kind, authority_id, record_rowid);
        INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0');
        """,
        // 3: the crawler's state, in the same database as the records: one row per known URL (the frontier is
        // the rows still queued) and one per crawl run, so that a killed crawl resumes and a re-crawl is conditional.
        """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            start_urls TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NULL
        );
        CREATE TABLE crawl_urls (
            url TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            depth INTEGER NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'done', 'failed', 'skipped')),
            run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
            http_status INTEGER NULL,
            etag TEXT NULL,
            last_modified TEXT NULL,
            content_hash TEXT NULL,
            last_fetch TEXT NULL,
            error_code TEXT NULL,
            error_detail TEXT NULL,
            record_id TEXT NULL,
            canonical_url TEXT NULL
        );
        CREATE INDEX crawl_urls_frontier ON crawl_urls(state, host, depth);
        CREATE INDEX crawl_urls_content_hash ON crawl_urls(content_hash) WHERE content_hash IS NOT NULL;
        """,
        // 4: the write generation each record was last written in, so that search's in-memory facts
        // catch up with a write by reading the records it touched instead of every record.
        """
        ALTER TABLE records ADD COLUMN written_generation INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX records_written_generation ON records(written_generation);
        """,
        // 5: the search index moved to Lucene.Net (beside the database, rebuilt from the records by
        // catching up from generation 0); bodies are stored compressed (see BodyCodec).
        """
        DROP TABLE IF EXISTS record_fts;
        UPDATE records SET body = archive_compress(body) WHERE typeof(body) = 'text';
        """,
        // 6: accounts of archivists, staff and admins (see Accounts/UserStore). security_stamp changes
        // whenever a sign-in must end (password reset, disabled, new role): cookies carry it.
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'archivist', 'staff')),
            password_hash TEXT NOT NULL,
            security_stamp TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT NULL,
            created_at TEXT NOT NULL,
            last_sign_in TEXT NULL
        );
        """,
        // 7: curation, an overlay over what import and crawl write (see Curation/RecordOverlay): the
        // records table holds the values in effect, these tables what archivists set. Keyed by record
        // id, not row id, so that the overlay outlives any re-import. `imported` is the source's value
        // of an overridden field, kept current by re-imports, so that undoing a correction brings
        // back what the source says today. The audit log is one row per change and one per field it touched.
        """
        CREATE TABLE record_overrides (
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            active INTEGER NOT NULL,
            value TEXT NULL,
            imported TEXT NULL,
            PRIMARY KEY (record_id, field)
        ) WITHOUT ROWID;
        CREATE TABLE record_link_overrides (
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            authority_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
            PRIMARY KEY (record_id, kind, authority_id)
        ) WITHOUT ROWID;
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            summary TEXT NOT NULL,
            reverts INTEGER NULL REFERENCES changes(id),
            reverted_by INTEGER NULL REFERENCES changes(id)
        );
        CREATE INDEX changes_at ON changes(at);
        CREATE TABLE change_items (
            change_id INTEGER NOT NULL REFERENCES changes(id),
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            field TEXT NOT NULL,
            before TEXT NULL,
            after TEXT NULL,
            overlay_before TEXT NULL,
            overlay_after TEXT NULL
        );
        CREATE INDEX change_items_change ON change_items(change_id);
        CREATE INDEX change_items_target ON change_items(target_kind, target_id, field, change_id);
        """,
        // 8: records hidden from the public by an archivist (withdrawn: 9999-12-31; embargoed: the
        // day it ends), in effect as the overlay's visibility says. Public lists skip them.
        """
        ALTER TABLE records ADD COLUMN hidden_until TEXT NULL;
        CREATE INDEX records_hidden ON records(hidden_until) WHERE hidden_until IS NOT NULL;
        """,
        // 9: saved searches of signed-in staff, each with a feed reached by a secret token (only its
        // hash is stored, for look-up; the token is derived from a secret in meta, see Feeds/FeedTokens).
        // seen_rowid: the newest record when its owner last opened it (records get growing row ids),
        // so "new since" needs no list of what was seen.
        """
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            query TEXT NOT NULL,
            filters TEXT NOT NULL,
            sort TEXT NOT NULL,
            language TEXT NOT NULL,
            digest TEXT NOT NULL DEFAULT 'none' CHECK (digest IN ('none', 'daily', 'weekly')),
            token_version INTEGER NOT NULL DEFAULT 1,
            token_hash TEXT NOT NULL UNIQUE,
            seen_rowid INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            opened_at TEXT NULL
        );
        CREATE INDEX saved_searches_user ON saved_searches(user_id, name);
        """,
        // 10: email digests of saved searches. digest_rowid: the newest record already mailed (or
        // there when the digest began), so no record is mailed twice; a message is first written to
        // the outbox together with that mark, then sent, so that a restart sends what is left, once.
        """
        ALTER TABLE users ADD COLUMN email TEXT NULL;
        ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
        ALTER TABLE saved_searches ADD COLUMN digest_rowid INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE saved_searches ADD COLUMN digested_at TEXT NULL;
        UPDATE saved_searches SET digest_rowid = seen_rowid;
        CREATE TABLE digest_outbox (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            to_address TEXT NOT NULL,
            subject TEXT NOT NULL,
            text_body TEXT NOT NULL,
            html_body TEXT NOT NULL,
            unsubscribe_url TEXT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NULL
        );
        CREATE INDEX digest_outbox_unsent ON digest_outbox(id) WHERE sent_at IS NULL;
        """,
        // 11: Zstandard dictionaries learned from the records, which bodies are compressed with
        // (see Records/BodyDictionaries); bodies written before stay Brotli and are read as they are.
        """
        CREATE TABLE body_dictionaries (
            id INTEGER PRIMARY KEY,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
        // 12: record → authority links as small integers: each (kind, id) gets a key once, and a link
        // is (record, its place among the record's links, key, mention?) in one table clustered by
        // record. At 200,000 records the 2.4 million links took 228 MB as text rows with two indexes;
        // as keys, about a fifth. The view record_authorities reads them as before; seq keeps the
        // order they were filed in (a record's first institution is the one it is filed under).
        """
        CREATE TABLE authority_keys (
            key INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            UNIQUE (kind, id)
        );
        CREATE TABLE record_links (
            record_rowid INTEGER NOT NULL REFERENCES records(rowid) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            authority INTEGER NOT NULL REFERENCES authority_keys(key),
            mention INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (record_rowid, seq)
        ) WITHOUT ROWID;
        INSERT INTO authority_keys(kind, id) SELECT DISTINCT kind, authority_id FROM record_authorities ORDER BY kind, authority_id;
        INSERT INTO record_links(record_rowid, seq, authority, mention)
            SELECT a.record_rowid, row_number() OVER (PARTITION BY a.record_rowid ORDER BY a.rowid), k.key, a.role = 'mention'
            FROM record_authorities a JOIN authority_keys k ON k.kind = a.kind AND k.id = a.authority_id;
        DROP TABLE record_authorities;
        CREATE INDEX record_links_authority ON record_links(authority, record_rowid);
        CREATE VIEW record_authorities AS
            SELECT l.record_rowid, l.seq, k.kind, k.id AS authority_id, CASE l.mention WHEN 0 THEN 'primary' ELSE 'mention' END AS role
            FROM record_links l JOIN authority_keys k ON k.key = l.authority;
        """,
        // 13: the persons and topics a record declares move into the record as JSON arrays (see
        // Records/DeclaredNames): they are read only with it, and their tables and indexes took 49 MB
        // at 200,000 records.
        """
        ALTER TABLE records ADD COLUMN persons TEXT NULL;
        ALTER TABLE records ADD COLUMN topics TEXT NULL;
        UPDATE records SET persons = (SELECT json_group_array(name) FROM (SELECT name FROM record_persons p WHERE p.record_rowid = records.rowid ORDER BY p.rowid))
            WHERE rowid IN (SELECT record_rowid FROM record_persons);
        UPDATE records SET topics = (SELECT json_group_array(name) FROM (SELECT name FROM record_topics t WHERE t.record_rowid = records.rowid ORDER BY t.rowid))
            WHERE rowid IN (SELECT record_rowid FROM record_topics);
        DROP TABLE record_persons;
        DROP TABLE record_topics;
        """,
    ];

    public static int Latest => Steps.Length;

    /// <summary>Brings the database up to the latest version (or to <paramref name="upTo"/>, for tests of a migration); returns the version it was at.</summary>
    public static int Apply(SqliteConnection connection, int? upTo = null)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        connection.CreateFunction("archive_compress", (string body) => BodyCodec.Compress(body, dictionary: null));
        var current = Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version"));
        if (current > Steps.Length)
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this program knows ({Steps.Length}). Use a newer ArchivePortal.");
        for (int v = current + 1; v <= (upTo ?? Steps.Length); v++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, Steps[v - 1], tx);
            Execute(connection, $"INSERT INTO schema_version(version) VALUES ({v})", tx);
            tx.Commit();
        }
        return current;
    }

    static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
