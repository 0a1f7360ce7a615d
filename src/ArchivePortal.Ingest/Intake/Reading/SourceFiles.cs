namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>A file to import and the reader that reads it.</summary>
public sealed record SourceFile(string Path, IRecordReader Reader);

/// <summary>The files found for an import, and the named paths that cannot be imported.</summary>
public sealed record SourceFileSet(IReadOnlyList<SourceFile> Files, IReadOnlyList<ReadFailure> Failures);

/// <summary>
/// Expands the paths given to an import (files and directories) into files with their readers.
/// </summary>
/// <remarks>
/// Directories are walked recursively in ordinal name order, so that two imports of the same tree
/// read the same files in the same order. Hidden files and directories (name starting with '.', or
/// marked hidden) are skipped: they are editor backups, .git and the like. In a directory, files of
/// unknown type are skipped silently (images, PDFs next to the pages); a file named explicitly that no
/// reader handles is a failure, since the user asked for it. Symbolic links to directories are not
/// followed, which rules out cycles.
/// </remarks>
public static class SourceFiles
{
    /// <summary>Expands <paramref name="paths"/> with the readers of <paramref name="registry"/>.</summary>
    public static SourceFileSet Expand(IEnumerable<string> paths, RecordReaderRegistry registry)
    {
        var files = new List<SourceFile>();
        var failures = new List<ReadFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) Walk(path, registry, files, failures, seen);
            else if (File.Exists(path))
            {
                if (registry.Find(path) is { } reader) Add(path, reader, files, seen);
                else failures.Add(new ReadFailure(path, $"unsupported file type '{Path.GetExtension(path)}'; the importer reads {RecordReaderRegistry.SupportedTypes}", IntakeErrorCodes.UnsupportedFileType));
            }
            else failures.Add(new ReadFailure(path, "no such file or directory", IntakeErrorCodes.NotFound));
        }
        return new SourceFileSet(files, failures);
    }

    static void Walk(string directory, RecordReaderRegistry registry, List<SourceFile> files, List<ReadFailure> failures, HashSet<string> seen)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failures.Add(new ReadFailure(directory, $"cannot list the directory: {e.Message}", IntakeErrorCodes.FileUnreadable));
            return;
        }
        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (IsHidden(entry)) continue;
            if (Directory.Exists(entry))
            {
                if (new DirectoryInfo(entry).LinkTarget is null) Walk(entry, registry, files, failures, seen);
            }
            else if (registry.Find(entry) is { } reader) Add(entry, reader, files, seen);
        }
    }

    static void Add(string path, IRecordReader reader, List<SourceFile> files, HashSet<string> seen)
    {
        if (seen.Add(Path.GetFullPath(path))) files.Add(new SourceFile(path, reader));
    }

    static bool IsHidden(string path)
    {
        if (Path.GetFileName(path).StartsWith('.')) return true;
        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
