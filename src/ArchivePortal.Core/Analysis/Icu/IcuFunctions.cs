using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// The ICU C functions the portal calls, bound once from the loaded libraries.
/// Function pointers rather than delegates: no marshalling stubs, and UTF-16 text passes as
/// <c>char*</c>, which cannot be mistaken for ANSI (the recipe's garbage-text pitfall).
/// </summary>
internal sealed unsafe class IcuFunctions
{
    // icuuc: break iteration, error names, version.
    public readonly delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, nint> BreakOpen;
    public readonly delegate* unmanaged[Cdecl]<nint, char*, int, int*, void> BreakSetText;
    public readonly delegate* unmanaged[Cdecl]<nint, int> BreakFirst;
    public readonly delegate* unmanaged[Cdecl]<nint, int> BreakNext;
    public readonly delegate* unmanaged[Cdecl]<nint, int> BreakRuleStatus;
    public readonly delegate* unmanaged[Cdecl]<nint, void> BreakClose;
    public readonly delegate* unmanaged[Cdecl]<int, byte*> ErrorName;
    public readonly delegate* unmanaged[Cdecl]<byte*, void> GetVersion;

    // icui18n: transliteration. The UParseError* argument of utrans_openU is passed as void*.
    public readonly delegate* unmanaged[Cdecl]<char*, int, int, char*, int, void*, int*, nint> TransOpen;
    public readonly delegate* unmanaged[Cdecl]<nint, char*, int*, int, int, int*, int*, void> TransUChars;
    public readonly delegate* unmanaged[Cdecl]<nint, void> TransClose;

    IcuFunctions(Func<string, nint> uc, Func<string, nint> i18n)
    {
        BreakOpen = (delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, nint>)uc("ubrk_open");
        BreakSetText = (delegate* unmanaged[Cdecl]<nint, char*, int, int*, void>)uc("ubrk_setText");
        BreakFirst = (delegate* unmanaged[Cdecl]<nint, int>)uc("ubrk_first");
        BreakNext = (delegate* unmanaged[Cdecl]<nint, int>)uc("ubrk_next");
        BreakRuleStatus = (delegate* unmanaged[Cdecl]<nint, int>)uc("ubrk_getRuleStatus");
        BreakClose = (delegate* unmanaged[Cdecl]<nint, void>)uc("ubrk_close");
        ErrorName = (delegate* unmanaged[Cdecl]<int, byte*>)uc("u_errorName");
        GetVersion = (delegate* unmanaged[Cdecl]<byte*, void>)uc("u_getVersion");
        TransOpen = (delegate* unmanaged[Cdecl]<char*, int, int, char*, int, void*, int*, nint>)i18n("utrans_openU");
        TransUChars = (delegate* unmanaged[Cdecl]<nint, char*, int*, int, int, int*, int*, void>)i18n("utrans_transUChars");
        TransClose = (delegate* unmanaged[Cdecl]<nint, void>)i18n("utrans_close");
    }

    /// <summary>
    /// Binds every function, each name followed by <paramref name="suffix"/> (<c>_72</c> on Linux,
    /// empty on Windows). Null, with the first missing export named, when one is absent: a library
    /// of the right file name but another build is then rejected as a whole, never half-used.
    /// </summary>
    public static IcuFunctions? TryBind(nint uc, nint i18n, string suffix, out string? missing)
    {
        string? firstMissing = null;
        nint Resolve(nint library, string name)
        {
            if (NativeLibrary.TryGetExport(library, name + suffix, out var address)) return address;
            firstMissing ??= name + suffix;
            return 0;
        }

        var functions = new IcuFunctions(name => Resolve(uc, name), name => Resolve(i18n, name));
        missing = firstMissing;
        return firstMissing is null ? functions : null;
    }

    /// <summary>ICU's symbolic name for an error code (U_BUFFER_OVERFLOW_ERROR …), for messages.</summary>
    public string NameOf(int errorCode)
    {
        var name = ErrorName(errorCode);
        return name is null ? errorCode.ToString() : Marshal.PtrToStringUTF8((nint)name) ?? errorCode.ToString();
    }

    /// <summary>The library's own major version (u_getVersion), so Windows reports one too.</summary>
    public int MajorVersion()
    {
        byte* version = stackalloc byte[4];
        GetVersion(version);
        return version[0];
    }
}
