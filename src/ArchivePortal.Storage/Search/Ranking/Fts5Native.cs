using System.Runtime.InteropServices;

namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// The parts of SQLite's C API that Microsoft.Data.Sqlite does not wrap: how to reach FTS5's
/// extension API (fts5.h) and register an auxiliary function written in C#. The library is the
/// e_sqlite3 that Microsoft.Data.Sqlite already loaded, so these calls act on its connections.
/// </summary>
internal static unsafe partial class Fts5Native
{
    const string Library = "e_sqlite3";

    public const int Ok = 0;
    public const int Error = 1;
    /// <summary>SQLITE_INTERNAL: what a failure of our scorer is reported as, so it is not taken for a bad query (SQLITE_ERROR).</summary>
    public const int Internal = 2;
    public const int Row = 100;

    public static void Check(int rc, string what)
    {
        if (rc != Ok) throw new InvalidOperationException($"SQLite error {rc} while trying to {what}.");
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    public static partial int Prepare(nint db, byte* sql, int length, nint* statement, nint tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_pointer")]
    public static partial int BindPointer(nint statement, int index, void* pointer, byte* type, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    public static partial int Finalize(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error")]
    public static partial void ResultError(nint context, byte* message, int length);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error_code")]
    public static partial void ResultErrorCode(nint context, int code);

    /// <summary>fts5_api (fts5.h): only what is called here; the rest of the struct is never read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Api
    {
        public int Version;
        public nint CreateTokenizer;
        public nint FindTokenizer;
        public delegate* unmanaged[Cdecl]<Api*, byte*, nint, delegate* unmanaged[Cdecl]<ExtensionApi*, nint, nint, int, nint*, void>, delegate* unmanaged[Cdecl]<nint, void>, int> CreateFunction;
    }

    /// <summary>
    /// Fts5ExtensionApi (fts5.h), field for field up to version 3, the order the C header declares;
    /// the entries never called are plain pointers. The calls made for every row skip the GC
    /// transition: with detail=full (our table's) they only read the row's position lists, which
    /// FTS5 already holds in memory, so they are short, never block and never call back into .NET.
    /// Those that may read the database (row and column sizes) or call back (QueryPhrase) keep it.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ExtensionApi
    {
        public int Version;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, nint> UserData;
        public nint ColumnCount;
        public delegate* unmanaged[Cdecl]<nint, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<nint, int, long*, int> ColumnTotalSize;
        public nint Tokenize;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int> PhraseCount;
        public nint PhraseSize;
        public nint InstCount;
        public nint Inst;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, long> Rowid;
        public nint ColumnText;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int> ColumnSize;
        public delegate* unmanaged[Cdecl]<nint, int, nint, delegate* unmanaged[Cdecl]<ExtensionApi*, nint, nint, int>, int> QueryPhrase;
        public nint SetAuxdata;
        public nint GetAuxdata;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, PhraseIterator*, int*, int*, int> PhraseFirst;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, PhraseIterator*, int*, int*, void> PhraseNext;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, PhraseIterator*, int*, int> PhraseFirstColumn;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, PhraseIterator*, int*, void> PhraseNextColumn;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int, byte**, int*, int> QueryToken;
    }

    /// <summary>Fts5PhraseIter: two pointers, opaque to callers.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PhraseIterator
    {
        public nint A;
        public nint B;
    }
}
