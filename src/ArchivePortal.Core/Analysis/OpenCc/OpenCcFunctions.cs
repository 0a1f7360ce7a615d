using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.OpenCc;

/// <summary>
/// The OpenCC C functions the portal calls (opencc.h), bound once from the loaded library.
/// Function pointers, as for ICU: text passes as UTF-8 bytes, nothing is marshalled behind our back.
/// </summary>
internal sealed unsafe class OpenCcFunctions
{
    public readonly delegate* unmanaged[Cdecl]<byte*, nint> Open;
    public readonly delegate* unmanaged[Cdecl]<nint, byte*, nuint, byte*> ConvertUtf8;
    public readonly delegate* unmanaged[Cdecl]<byte*, void> FreeConverted;
    public readonly delegate* unmanaged[Cdecl]<nint, int> Close;
    public readonly delegate* unmanaged[Cdecl]<byte*> Error;

    OpenCcFunctions(Func<string, nint> resolve)
    {
        Open = (delegate* unmanaged[Cdecl]<byte*, nint>)resolve("opencc_open");
        ConvertUtf8 = (delegate* unmanaged[Cdecl]<nint, byte*, nuint, byte*>)resolve("opencc_convert_utf8");
        FreeConverted = (delegate* unmanaged[Cdecl]<byte*, void>)resolve("opencc_convert_utf8_free");
        Close = (delegate* unmanaged[Cdecl]<nint, int>)resolve("opencc_close");
        Error = (delegate* unmanaged[Cdecl]<byte*>)resolve("opencc_error");
    }

    /// <summary>Every function, or null with the first missing export named: a library is used whole or not at all.</summary>
    public static OpenCcFunctions? TryBind(nint library, out string? missing)
    {
        string? firstMissing = null;
        var functions = new OpenCcFunctions(name =>
        {
            if (NativeLibrary.TryGetExport(library, name, out var address)) return address;
            firstMissing ??= name;
            return 0;
        });
        missing = firstMissing;
        return firstMissing is null ? functions : null;
    }

    /// <summary>OpenCC's message for the last failure (a missing configuration or dictionary file).</summary>
    public string LastError()
    {
        var message = Error();
        return message is null ? "unknown error" : Marshal.PtrToStringUTF8((nint)message) ?? "unknown error";
    }
}
