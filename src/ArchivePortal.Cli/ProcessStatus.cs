using System.Globalization;

namespace ArchivePortal.Cli;

/// <summary>Memory figures of a process from Linux's /proc/&lt;pid&gt;/status (VmRSS, VmHWM, RssAnon …).</summary>
internal static class ProcessStatus
{
    /// <summary>A figure (given there in kB) in bytes; null where there is none (another system, a process gone).</summary>
    /// <param name="process">A process id, or "self".</param>
    public static long? Bytes(string field, string process = "self")
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process}/status"))
            {
                if (!line.StartsWith(field + ":", StringComparison.Ordinal)) continue;
                var parts = line[(field.Length + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2 && parts[1] == "kB" && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb))
                    return kb * 1024;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
