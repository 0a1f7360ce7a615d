using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace ArchivePortal.Storage.Index;

/// <summary>
/// An index file read through a buffer of its own with positioned reads (<c>pread</c>), which
/// need no lock: any number of searches and their clones read one file handle at once. Lucene.Net
/// 4.8's buffered input (<c>NIOFSDirectory</c>) seeks and reads its stream under a lock, so
/// concurrent searches would queue on every refill. Pages read this way stay in the system's file
/// cache instead of counting as the process's memory, as a memory map's do.
/// </summary>
internal sealed class PositionedReadInput : BufferedIndexInput
{
    readonly SafeFileHandle file;
    readonly long length;
    bool isClone;

    /// <summary>Bytes read at a time: a page, where Lucene's default is a kilobyte.</summary>
    const int BufferBytes = 4096;

    public PositionedReadInput(string path) : base($"PositionedReadInput(path=\"{path}\")", BufferBytes)
    {
        file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.RandomAccess);
        length = RandomAccess.GetLength(file);
    }

    public override long Length => length;

    protected override void ReadInternal(byte[] b, int offset, int len)
    {
        long position = Position;
        if (position + len > length) throw new EndOfStreamException($"read past the end of {this}: {len} bytes at {position} of {length}");
        var into = b.AsSpan(offset, len);
        while (into.Length > 0)
        {
            int read = RandomAccess.Read(file, into, position);
            if (read <= 0) throw new EndOfStreamException($"{this} ended at {position} of {length}");
            position += read;
            into = into[read..];
        }
    }

    // Every read says where it reads: nothing to move.
    protected override void SeekInternal(long pos)
    {
    }

    public override object Clone()
    {
        var clone = (PositionedReadInput)base.Clone();
        clone.isClone = true; // Lucene never closes clones; the original owns the handle
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !isClone) file.Dispose();
    }
}
