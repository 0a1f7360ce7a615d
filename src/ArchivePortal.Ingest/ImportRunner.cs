using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Intake.Identity;
using ArchivePortal.Ingest.Intake.Normalization;
using ArchivePortal.Ingest.Intake.Reading;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Ingest;

/// <summary>How far an import has come.</summary>
public sealed record ImportProgress(long BytesDone, long BytesTotal, int RecordsRead, int Failures);

/// <summary>What an import did: the store's counts, every input that failed with its reason, and every record left out because an earlier one had its id.</summary>
public sealed record ImportReport(UpsertSummary Summary, IReadOnlyList<ReadFailure> Failures, IReadOnlyList<ReadFailure> Duplicates);

/// <summary>
/// Reads files with the reader for their type and writes the records to the store in batches,
/// one transaction each: killing an import keeps every batch written so far, and running it
/// again skips what is unchanged. A bad file is reported with its code and skipped; the rest goes on. Of two
/// records with one id in one import the first is kept and the second reported (<see cref="ImportedIds"/>).
/// A batch holds 200 records, a few seconds of a crawl's pages and a fraction of a second of an
/// import: 1,000 made a 50,000-record import no faster (two runs each, within the machine's noise).
/// </summary>
public sealed class ImportRunner(IArchiveStore store, RecordReaderRegistry? readers = null, int batchSize = ImportRunner.DefaultBatchSize)
{
    /// <summary>Records written to the store in one transaction.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>A batch is also written when its text reaches this size, to bound memory on huge records.</summary>
    const int MaxBatchChars = 8_000_000;

    public ImportReport Run(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var sources = SourceFiles.Expand(paths, readers ?? RecordReaderRegistry.Default);
        var failures = new List<ReadFailure>(sources.Failures);
        var duplicates = new List<ReadFailure>();
        var ids = new ImportedIds();
        var sizes = sources.Files.ToDictionary(f => f.Path, f => new FileInfo(f.Path).Length);
        long total = sizes.Values.Sum(), done = 0;
        int read = 0;

        // Batches are read here, on this thread, while the store writes the one before (see IArchiveStore.UpsertAll).
        IEnumerable<IReadOnlyList<ArchiveRecord>> Batches()
        {
            var batch = new List<ArchiveRecord>();
            long batchChars = 0;
            foreach (var source in sources.Files)
            {
                foreach (var result in source.Reader.Read(source.Path))
                {
                    cancel.ThrowIfCancellationRequested();
                    if (result.Failure is { } failure) { failures.Add(failure); continue; }
                    var record = IntakeText.Normalize(result.Record!);
                    if (ids.Claim(record.Id, record.Origin ?? source.Path) is { } duplicate)
                    {
                        duplicates.Add(duplicate);
                        continue;
                    }
                    batch.Add(record);
                    batchChars += record.Body.Length + record.Title.Length;
                    read++;
                    if (batch.Count >= batchSize || batchChars >= MaxBatchChars)
                    {
                        yield return batch;
                        (batch, batchChars) = ([], 0);
                    }
                }
                done += sizes[source.Path];
                progress?.Report(new ImportProgress(done, total, read, failures.Count));
            }
            if (batch.Count > 0) yield return batch;
        }

        var summary = store.UpsertAll(Batches(),
            written: _ => progress?.Report(new ImportProgress(done, total, read, failures.Count)));
        return new ImportReport(summary, failures, duplicates);
    }
}
