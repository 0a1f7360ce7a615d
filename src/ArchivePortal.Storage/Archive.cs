using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Storage.Index;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage;

/// <summary>The database, the authorities, the analyzer and the store and index over them: what the CLI and the portal open.</summary>
public sealed class Archive : IDisposable
{
    public required ArchiveDatabase Database { get; init; }
    public required ArchiveAnalyzer Analyzer { get; init; }
    public required AuthorityRegistry Authorities { get; init; }
    public required IArchiveStore Store { get; init; }
    public required ISearchIndex Index { get; init; }

    /// <summary>Archivists' corrections, audited and revertible.</summary>
    public required RecordCuration Curation { get; init; }

    /// <summary>Archivists' work on authorities: labels, aliases, review, merges.</summary>
    public required AuthorityCuration AuthorityCuration { get; init; }

    /// <summary>Archivists' changes to every record a search matches.</summary>
    public required BulkTagging BulkTagging { get; init; }

    /// <summary>The Lucene.Net index the search reads and the store feeds.</summary>
    public required ArchiveIndex SearchIndex { get; init; }

    /// <summary>The authority files this process read (folder and count).</summary>
    public required AuthoritySource AuthoritySource { get; init; }

    /// <summary>
    /// Why the index, built by another analysis version, must not be rebuilt without being asked
    /// (null when it may): this process has fewer authorities than the archive was built with.
    /// </summary>
    public string? ReasonNotToReindex()
    {
        using var c = Database.Connect();
        return AuthoritySource.ReasonNotToReindexFrom(AuthoritySource.Recorded(c));
    }

    /// <summary>The default database location, relative to the working directory.</summary>
    public const string DefaultPath = "index-data/archive.db";

    /// <summary>The default authority files, relative to the working directory.</summary>
    public const string DefaultAuthorities = "content/authorities";

    /// <summary>
    /// Opens the archive. Authorities come from the files in <paramref name="authoritiesFolder"/>
    /// (else the folder the database was built with, else <paramref name="defaultAuthorities"/>, when
    /// they exist; an error in a file stops here, before any import) and the provisional ones
    /// stored in the database. Without an explicit analyzer, the
    /// Chinese tokenizer keeps every authority name whole.
    /// </summary>
    /// <param name="indexPath">The Lucene.Net index's folder; default beside the database (archive.db → archive.index).</param>
    /// <param name="defaultAuthorities">The folder for an archive that names none yet (default content/authorities in the working directory).</param>
    public static Archive Open(string path, ArchiveAnalyzer? analyzer = null, Action<string>? log = null, string? authoritiesFolder = null,
        string? indexPath = null, string? defaultAuthorities = DefaultAuthorities)
    {
        // A named folder is read before the database is touched: an error in a file stops here.
        var fromFiles = authoritiesFolder is null ? null : AuthorityFileLoader.LoadFolder(authoritiesFolder);
        var database = ArchiveDatabase.Open(path);
        if (fromFiles is null)
        {
            using var c = database.Connect();
            authoritiesFolder = AuthoritySource.Choose(null, AuthoritySource.Recorded(c), defaultAuthorities);
            fromFiles = authoritiesFolder is null ? [] : AuthorityFileLoader.LoadFolder(authoritiesFolder);
        }
        var source = new AuthoritySource(authoritiesFolder is null ? null : System.IO.Path.GetFullPath(authoritiesFolder), fromFiles.Count);
        var fold = IcuTransliterator.TryCreate("Traditional-Simplified");
        // The names variant reads surnames as surnames (单 Shan, 曾 Zeng); Latin-ASCII drops the tones.
        var pinyin = IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII");
        if (pinyin is null) log?.Invoke("ICU transliteration is not available: Chinese person names get no pinyin labels and are shown as written");
        // Character folding through a per-character cache: names are keyed on every record's whole text.
        var foldCharacters = fold is null ? null : new TraditionalToSimplifiedFilter(fold.Transliterate);
        // Word boundaries tell an abbreviation (国图) from the same characters inside other words (全国图书馆).
        var words = IcuWordBreaker.TryCreate("zh") is { } breaker ? new IcuChineseSegmenter(breaker) : null;
        var registry = new AuthorityRegistry(fromFiles, foldCharacters is null ? null : foldCharacters.Apply, pinyin is null ? null : pinyin.Transliterate, words);
        using (var c = database.Connect())
            foreach (var stored in AuthorityRows.LoadAll(c).Where(a => !registry.IsSuperseded(a))) registry.Add(stored);

        analyzer ??= ArchiveAnalyzer.CreateDefault(
            new ChineseUserDictionary(registry.ChineseNames().Select(n => foldCharacters?.Apply(n) ?? n)), log, foldCharacters);
        var index = ArchiveIndex.Open(indexPath ?? ArchiveIndex.DefaultPathFor(path), database, analyzer);
        var store = new SqliteArchiveStore(database, analyzer, registry, index, source);
        var search = new LuceneSearchIndex(database, index, analyzer, registry);
        var authorityCuration = new AuthorityCuration(database, store, search, registry);
        return new Archive
        {
            Database = database,
            Analyzer = analyzer,
            Authorities = registry,
            SearchIndex = index,
            Store = store,
            Curation = new RecordCuration(database, store, registry, authorityCuration),
            AuthorityCuration = authorityCuration,
            Index = search,
            BulkTagging = new BulkTagging(store, search, registry),
            AuthoritySource = source,
        };
    }

    /// <summary>Commits what the index holds and lets go of it (the write lock, when this was the last user in the process).</summary>
    public void Dispose() => SearchIndex.Dispose();
}
