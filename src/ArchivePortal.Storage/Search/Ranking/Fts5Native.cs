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
    public const int Row = 100;

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

    /// <summary>fts5_api (fts5.h): only what is called here; the rest of the struct is never read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Api
    {
        public int Version;
        public nint CreateTokenizer;
        public nint FindTokenizer;
        public delegate* unmanaged<Api*, byte*, nint, delegate* unmanaged<ExtensionApi*, nint, nint, int, nint*, void>, delegate* unmanaged<nint, void>, int> CreateFunction;
    }

    /// <summary>
    /// Fts5ExtensionApi (fts5.h), field for field up to version 3, the order the C header declares.
    /// The calls made for every row skip the GC transition: they are short, never block and never
    /// call back into .NET (QueryPhrase does, so it keeps it).
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ExtensionApi
    {
        public int Version;
        public delegate* unmanaged[SuppressGCTransition]<nint, nint> UserData;
        public delegate* unmanaged<nint, int> ColumnCount;
        public delegate* unmanaged[SuppressGCTransition]<nint, long*, int> RowCount;
        public delegate* unmanaged[SuppressGCTransition]<nint, int, long*, int> ColumnTotalSize;
        public nint Tokenize;
        public delegate* unmanaged[SuppressGCTransition]<nint, int> PhraseCount;
        public delegate* unmanaged<nint, int, int> PhraseSize;
        public delegate* unmanaged<nint, int*, int> InstCount;
        public delegate* unmanaged<nint, int, int*, int*, int*, int> Inst;
        public delegate* unmanaged[SuppressGCTransition]<nint, long> Rowid;
        public nint ColumnText;
        public delegate* unmanaged[SuppressGCTransition]<nint, int, int*, int> ColumnSize;
        public delegate* unmanaged<nint, int, nint, delegate* unmanaged<ExtensionApi*, nint, nint, int>, int> QueryPhrase;
        public nint SetAuxdata;
        public nint GetAuxdata;
        public delegate* unmanaged[SuppressGCTransition]<nint, int, PhraseIterator*, int*, int*, int> PhraseFirst;
        public delegate* unmanaged[SuppressGCTransition]<nint, PhraseIterator*, int*, int*, void> PhraseNext;
        public delegate* unmanaged[SuppressGCTransition]<nint, int, PhraseIterator*, int*, int> PhraseFirstColumn;
        public delegate* unmanaged[SuppressGCTransition]<nint, PhraseIterator*, int*, void> PhraseNextColumn;
        public delegate* unmanaged[SuppressGCTransition]<nint, int, int, byte**, int*, int> QueryToken;
    }

    /// <summary>Fts5PhraseIter: two pointers, opaque to callers.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PhraseIterator
    {
        public nint A;
        public nint B;
    }
}
