using Lucene.Net.Store;

namespace ArchivePortal.Storage.Index;

/// <summary>
/// The index folder, memory-mapped for searching and read with plain buffered reads for merging.
/// A merge reads every segment it joins from start to end once; through memory maps those pages
/// all count as the process's memory until the merged segments are deleted, and the last merges
/// of an import read most of the index. Read into buffers instead, they are only the system's file
/// cache: a 200,000-record import peaked at 569 MB instead of 705, at the same speed. A segment a
/// search already has open (the writer's near-real-time readers) is merged through that reader's
/// mapping; during an import, which nobody searches, that is none. Searches keep memory maps: they
/// jump around the postings, where buffered reads made every search 1.8 times slower. Positions
/// are the exception (<see cref="ReadsPositions"/>): read with positioned reads through a buffer
/// (<see cref="PositionedReadInput"/>), the bench's searches took no longer and the process
/// counted 20 MB fewer mapped pages.
/// </summary>
internal sealed class SearchMappedDirectory(DirectoryInfo path, LockFactory locks) : MMapDirectory(path, locks)
{
    // Its locks are the mapped directory's: the two are one folder.
    readonly NIOFSDirectory merging = new(path, NoLockFactory.GetNoLockFactory());

    static bool IsMerge(IOContext context) => context.Context == IOContext.UsageContext.MERGE;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (IsMerge(context)) return merging.OpenInput(name, context);
        if (!ReadsPositions(name)) return base.OpenInput(name, context);
        EnsureOpen();
        return new PositionedReadInput(System.IO.Path.Combine(Directory.FullName, name));
    }

    /// <summary>
    /// Where words stand (the postings' positions file) is read through buffers: only phrases read
    /// it, a little of each matching record's, yet mapped, every page near one read counted as the
    /// process's memory (24 MB of the bench's searches).
    /// </summary>
    static bool ReadsPositions(string name) => name.EndsWith(".pos", StringComparison.Ordinal);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        IsMerge(context) ? merging.CreateSlicer(name, context) : base.CreateSlicer(name, context);

    protected override void Dispose(bool disposing)
    {
        if (disposing) merging.Dispose();
        base.Dispose(disposing);
    }
}
