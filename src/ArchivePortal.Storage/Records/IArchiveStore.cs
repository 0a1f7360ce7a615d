using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Records;

/// <summary>Where records live. SQLite today; a PostgreSQL provider can implement the same later.</summary>
public interface IArchiveStore
{
    /// <summary>Adds new records, updates changed ones, skips unchanged ones; one transaction per call.</summary>
    UpsertSummary Upsert(IReadOnlyList<ArchiveRecord> batch);

    /// <summary>
    /// Upserts the batches in order, one transaction each, as <see cref="Upsert"/> called for each
    /// would; a store may prepare one batch while it writes the one before. <paramref name="written"/>
    /// is told of each batch once it is committed.
    /// </summary>
    UpsertSummary UpsertAll(IEnumerable<IReadOnlyList<ArchiveRecord>> batches, Action<UpsertSummary>? written = null);

    StoredRecord? Get(string id);

    /// <summary>The authorities a record is filed under (publishers, mentioned institutions, persons, topics); null for an unknown id.</summary>
    Core.Authorities.RecordAuthorities? AuthoritiesOf(string id);

    int Count();

    ArchiveStats Stats();

    /// <summary>True when the index was built by another analysis version than this program's.</summary>
    bool NeedsReindex();

    /// <summary>Re-analyzes every record into the full-text index; reports records done.</summary>
    int Reindex(IProgress<int>? progress = null);
}
