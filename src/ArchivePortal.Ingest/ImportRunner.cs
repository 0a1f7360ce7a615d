using System.Text;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Readers;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Ingest;

/// <summary>How far an import has come.</summary>
public sealed record ImportProgress(long BytesDone, long BytesTotal, int RecordsRead, int Failures);

/// <summary>What an import did: the store's counts, every input that failed with its reason, and every record left out because an earlier one had its id.</summary>
public sealed record ImportReport(UpsertSummary Summary, IReadOnlyList<ReadFailure> Failures, IReadOnlyList<ReadFailure> Duplicates);

/// <summary>
/// Reads files with the reader for their type and writes the records to the store in batches,
/// one transaction each: killing an import keeps every batch written so far, and running it
/// again skips what is unchanged. A bad file is reported and skipped; the rest goes on. Of two records with
/// one id in one import the first is kept and the second reported as a duplicate: otherwise the later one
/// would silently replace the earlier.
/// A batch holds 200 records: their analyses stay in memory until the index has them, and 500
/// raised a bench import's peak memory by a tenth without making it faster.
/// </summary>
public sealed class ImportRunner(IArchiveStore store, RecordReaderRegistry? readers = null, int batchSize = ImportRunner.DefaultBatchSize)
{
    /// <summary>Records written to the store in one transaction.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>The stable code of a record left out because an earlier record of the same import had its id.</summary>
    public const string DuplicateIdCode = "duplicate_id";

    /// <summary>A batch is also written when its text reaches this size, to bound memory on huge records.</summary>
    const int MaxBatchChars = 8_000_000;

    public ImportReport Run(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var sources = SourceFiles.Expand(paths, readers ?? RecordReaderRegistry.Default);
        var failures = new List<ReadFailure>(sources.Failures);
        var duplicates = new List<ReadFailure>();
        // Where each id was first read (an id and a path per record: small next to the records themselves).
        var firstOrigins = new Dictionary<string, string>(StringComparer.Ordinal);
        var sizes = sources.Files.ToDictionary(f => f.Path, f => new FileInfo(f.Path).Length);
        long total = sizes.Values.Sum(), done = 0;
        int read = 0;
        var summary = UpsertSummary.None;
        var batch = new List<ArchiveRecord>();
        long batchChars = 0;

        void Flush()
        {
            if (batch.Count == 0) return;
            summary = summary.Plus(store.Upsert(batch));
            batch.Clear();
            batchChars = 0;
            progress?.Report(new ImportProgress(done, total, read, failures.Count));
        }

        foreach (var source in sources.Files)
        {
            foreach (var result in source.Reader.Read(source.Path))
            {
                cancel.ThrowIfCancellationRequested();
                if (result.Failure is { } failure) { failures.Add(failure); continue; }
                var record = Normalize(result.Record!);
                var origin = record.Origin ?? source.Path;
                if (!firstOrigins.TryAdd(record.Id, origin))
                {
                    duplicates.Add(new ReadFailure(origin, $"id '{record.Id}' was already read from {firstOrigins[record.Id]}; the first is kept", DuplicateIdCode));
                    continue;
                }
                batch.Add(record);
                batchChars += record.Body.Length + record.Title.Length;
                read++;
                if (batch.Count >= batchSize || batchChars >= MaxBatchChars) Flush();
            }
            done += sizes[source.Path];
            progress?.Report(new ImportProgress(done, total, read, failures.Count));
        }
        Flush();
        return new ImportReport(summary, failures, duplicates);
    }

    /// <summary>
    /// One Unicode form for everything stored (composed, NFC), so that the same text from two
    /// sources is the same bytes, and the same content hash.
    /// </summary>
    internal static ArchiveRecord Normalize(ArchiveRecord r) => r with
    {
        Title = Nfc(r.Title.Trim()),
        Body = Nfc(r.Body),
    };

    /// <summary>NFC of any text (lone surrogates and U+FFFE, which make normalization throw, become U+FFFD).</summary>
    internal static string Nfc(string text) => Core.Text.UnicodeText.Nfc(text);
}
