namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Reads another stream up to a number of bytes and then ends, as if the data ended there; <see cref="LimitReached"/>
/// tells the cut from a real end. Put over a decompressing stream, it bounds what a small gzip bomb can unpack.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit) : Stream
{
    long read;

    /// <summary>True when the inner stream had more than the limit.</summary>
    public bool LimitReached { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0) return 0;
        if (read >= limit)
        {
            // One byte more tells a file of exactly the limit from a longer one.
            Span<byte> probe = stackalloc byte[1];
            LimitReached |= inner.Read(probe) > 0;
            return 0;
        }
        var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, limit - read)]);
        read += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
