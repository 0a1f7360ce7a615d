namespace ArchivePortal.Core.Authorities;

/// <summary>A problem in an authority file, with where it is, so the person who wrote the file can fix it.</summary>
public sealed class AuthorityFileException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Problem { get; } = problem;
}
