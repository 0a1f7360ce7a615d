using ArchivePortal.Core.Analysis.Common;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace ArchivePortal.Core.Analysis.OpenCc;

/// <summary>
/// One OpenCC conversion (a configuration such as <c>tw2sp.json</c>: Taiwan phrases and characters to
/// mainland Simplified). Safe for many threads at once: OpenCC's converter is immutable once loaded and
/// its conversion is a const method with local state (upstream issue BYVoid/OpenCC#231, covered by
/// its unit tests), so one handle serves every thread and the dictionaries are loaded once.
/// </summary>
public sealed unsafe class OpenCcConverter : IDisposable
{
    // Pieces go to OpenCC joined by a line break: no dictionary entry spans one, so each piece is
    // converted on its own, and a whole batch costs one native call.
    const char Separator = '\n';

    readonly OpenCcFunctions functions;
    readonly NativeHandle handle;

    OpenCcConverter(OpenCcFunctions functions, NativeHandle handle, string configuration)
    {
        this.functions = functions;
        this.handle = handle;
        Configuration = configuration;
    }

    /// <summary>The configuration file it was opened with, e.g. <c>tw2sp.json</c>.</summary>
    public string Configuration { get; }

    /// <summary>
    /// A converter for <paramref name="configuration"/> (a file name OpenCC finds in its data folder, or a
    /// path), or null with <paramref name="problem"/> saying why: the library is missing or disabled, or
    /// the configuration or its dictionaries cannot be read.
    /// </summary>
    public static OpenCcConverter? TryOpen(string configuration, out string? problem)
    {
        var functions = OpenCcLibrary.Functions;
        if (functions is null)
        {
            problem = OpenCcLibrary.UnavailableReason;
            return null;
        }
        var name = Encoding.UTF8.GetBytes(configuration + "\0");
        nint opened;
        fixed (byte* p = name) opened = functions.Open(p);
        if (opened == 0 || opened == -1)
        {
            problem = $"OpenCC cannot open {configuration}: {functions.LastError()}";
            return null;
        }
        problem = null;
        return new OpenCcConverter(functions, new NativeHandle(opened, c => functions.Close(c)), configuration);
    }

    /// <summary>The conversion of one text (the text itself when OpenCC fails on it).</summary>
    public string Convert(string text) => TryConvert([text])?[0] ?? text;

    /// <summary>As <see cref="TryConvert"/>, with the pieces themselves when OpenCC fails.</summary>
    public string[] Convert(IReadOnlyList<string> pieces) => TryConvert(pieces) ?? [.. pieces];

    /// <summary>
    /// The conversion of each piece, in one native call, or null when OpenCC fails (it rejects invalid
    /// UTF-8, which a lone surrogate becomes). A piece is converted on its own, never together with its
    /// neighbours; one holding a line break or a NUL is returned unchanged.
    /// </summary>
    public string[]? TryConvert(IReadOnlyList<string> pieces)
    {
        var results = new string[pieces.Count];
        var batch = new StringBuilder();
        var sent = new List<int>(pieces.Count);
        for (int i = 0; i < pieces.Count; i++)
        {
            results[i] = pieces[i];
            if (pieces[i].Length == 0 || pieces[i].AsSpan().IndexOfAny(Separator, '\0') >= 0) continue;
            if (sent.Count > 0) batch.Append(Separator);
            batch.Append(pieces[i]);
            sent.Add(i);
        }
        if (sent.Count == 0) return results;
        var converted = ConvertNative(batch.ToString())?.Split(Separator);
        // A piece count that does not come back means OpenCC touched a separator: no piece can be trusted.
        if (converted is null || converted.Length != sent.Count) return null;
        for (int k = 0; k < sent.Count; k++) results[sent[k]] = converted[k];
        return results;
    }

    string? ConvertNative(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var bytes = ArrayPool<byte>.Shared.Rent(length + 1);
        bool added = false;
        try
        {
            Encoding.UTF8.GetBytes(text, bytes);
            handle.DangerousAddRef(ref added);
            byte* result;
            fixed (byte* input = bytes) result = functions.ConvertUtf8(handle.DangerousGetHandle(), input, (nuint)length);
            if (result is null) return null;
            try { return Marshal.PtrToStringUTF8((nint)result); }
            finally { functions.FreeConverted(result); }
        }
        finally
        {
            if (added) handle.DangerousRelease();
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Closes the converter once no conversion is running on it.</summary>
    public void Dispose() => handle.Dispose();
}
