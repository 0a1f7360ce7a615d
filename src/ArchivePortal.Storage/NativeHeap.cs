using System.Runtime.InteropServices;

namespace ArchivePortal.Storage;

/// <summary>
/// The C library's heap, where SQLite, zstd and ICU allocate. glibc keeps what it freed in its
/// arenas (one per thread that met contention) for reuse; after work that freed much of it (a
/// bulk import), <see cref="Trim"/> gives the free pages back to the system.
/// </summary>
internal static partial class NativeHeap
{
    static volatile bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>Returns the C heap's free pages to the system; does nothing where the C library has no malloc_trim (musl, other systems).</summary>
    public static void Trim()
    {
        if (unavailable) return;
        try { MallocTrim(0); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { unavailable = true; }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
