using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage;
using Microsoft.Extensions.Options;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// The mistakes an operator makes starting the portal (a missing setting, a broken authority file,
/// a database that is not an archive), said in one line that names the setting or the file and
/// line, instead of a stack trace. Anything else is a bug, and keeps its stack trace.
/// </summary>
public static class StartupFailure
{
    /// <summary>The line to print, or null when <paramref name="e"/> is not an operator's mistake.</summary>
    public static string? Describe(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case OptionsValidationException invalid:
                    return "The portal cannot start: " + string.Join(" ", invalid.Failures.Select(Setting)) ;
                case AuthorityFileException broken:
                    return "The portal cannot start: authority file error: " + broken.Message;
                case ArchiveDatabaseException refused:
                    return "The portal cannot start: " + refused.Message;
                case AggregateException { InnerExceptions.Count: 1 } one:
                    return Describe(one.InnerExceptions[0]);
            }
        }
        return null;
    }

    /// <summary>"The Database field is required." → names the setting and its environment variable.</summary>
    static string Setting(string failure) => failure.Contains("Database", StringComparison.Ordinal)
        ? "the setting Archive:Database (environment Archive__Database) is empty; give the SQLite file, e.g. index-data/archive.db."
        : failure;
}
