using ArchivePortal.Core.Analysis.Common;
using System.Buffers;
using System.Text;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// Runs an ICU transform such as <c>Traditional-Simplified</c> or <c>Han-Latin; Latin-ASCII</c>
/// over text. Safe to use from many threads at once; dispose it to close the native
/// transliterators early (otherwise their finalizers do).
/// </summary>
/// <remarks>
/// Han-Latin costs about 6 µs per Han character with ICU 72 (a megabyte takes seconds): meant
/// for names and labels. Traditional-Simplified is a character mapping and about 20× faster.
/// </remarks>
public sealed unsafe class IcuTransliterator : IDisposable
{
    const int Forward = 0; // UTRANS_FORWARD
    // Retries after U_BUFFER_OVERFLOW_ERROR. ICU reports the exact length needed, so one
    // retry always suffices; a second overflow would mean a bug.
    const int MaxAttempts = 2;

    readonly IcuFunctions icu;
    readonly NativeHandlePool<NativeHandle> pool;
    readonly TransliterationChunks chunks;

    IcuTransliterator(IcuFunctions icu, string id, TransliterationChunks chunks)
    {
        this.icu = icu;
        this.chunks = chunks;
        Id = id;
        pool = new(Open, NativeHandlePool<NativeHandle>.DefaultCapacity);
        // Open one now, so that an unknown id fails here rather than at the first text.
        pool.Return(Open());
    }

    /// <summary>The ICU transform id, e.g. <c>Traditional-Simplified</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// A transliterator for the ICU transform <paramref name="id"/>, or null when ICU is
    /// unavailable (see <see cref="IcuLibrary.UnavailableReason"/>).
    /// </summary>
    /// <exception cref="ArgumentException">ICU is available but knows no transform <paramref name="id"/>.</exception>
    public static IcuTransliterator? TryCreate(string id) => TryCreate(id, TransliterationChunks.Default);

    /// <summary>As <see cref="TryCreate(string)"/>, with other piece sizes, so tests can cut short texts.</summary>
    internal static IcuTransliterator? TryCreate(string id, TransliterationChunks chunks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var icu = IcuLibrary.Functions;
        return icu is null ? null : new IcuTransliterator(icu, id, chunks);
    }

    /// <summary>The transformed text; the same string instance when nothing changed.</summary>
    public string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Transform(text, text);
    }

    /// <summary>The transformed text. The result may be longer than the input (Han-Latin is).</summary>
    public string Transliterate(ReadOnlySpan<char> text) => Transform(text, original: null);

    /// <summary>Closes the idle native transliterators; ones in use close when their call ends.</summary>
    public void Dispose() => pool.Dispose();

    string Transform(ReadOnlySpan<char> text, string? original)
    {
        if (text.IsEmpty) return original ?? "";
        var handle = pool.Rent();
        var buffer = ArrayPool<char>.Shared.Rent(InitialCapacity(Math.Min(text.Length, chunks.Max)));
        try
        {
            var output = new StringBuilder(text.Length + 16);
            for (var start = 0; start < text.Length;)
            {
                var end = chunks.End(text, start);
                TransformPiece(handle, text[start..end], ref buffer, output);
                start = end;
            }

            return original is not null && output.Equals(text) ? original : output.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            pool.Return(handle);
        }
    }

    // Room for the usual growth (Han-Latin turns one character into up to seven).
    static int InitialCapacity(int length) => length * 4 + 16;

    void TransformPiece(NativeHandle handle, ReadOnlySpan<char> piece, ref char[] buffer, StringBuilder output)
    {
        for (var attempt = 1; ; attempt++)
        {
            piece.CopyTo(buffer);
            int length = piece.Length, limit = piece.Length, status = 0;
            fixed (char* chars = buffer)
                icu.TransUChars(handle.DangerousGetHandle(), chars, &length, buffer.Length, 0, &limit, &status);
            if (status == IcuStatus.BufferOverflow && attempt < MaxAttempts)
            {
                // The result did not fit; ICU finished anyway and reported its length.
                var larger = ArrayPool<char>.Shared.Rent(length + 1);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
                continue;
            }

            IcuStatus.ThrowIfFailure(icu, status, "utrans_transUChars");
            output.Append(buffer, 0, length);
            return;
        }
    }

    NativeHandle Open()
    {
        var status = 0;
        nint transliterator;
        fixed (char* id = Id)
            transliterator = icu.TransOpen(id, Id.Length, Forward, null, 0, null, &status);
        if (IcuStatus.IsFailure(status))
            throw new ArgumentException(
                $"ICU cannot open the transform '{Id}'", "id",
                new IcuException("utrans_openU", status, icu.NameOf(status)));
        return new NativeHandle(transliterator, t => icu.TransClose(t));
    }
}
