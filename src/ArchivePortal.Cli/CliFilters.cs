using ArchivePortal.Core.Querying;

namespace ArchivePortal.Cli;

/// <summary>Filters as the command line takes them: FIELD:VALUE, several separated by commas (lang:zh,topic:digitization).</summary>
internal static class CliFilters
{
    public static IReadOnlyList<QueryFilter> Parse(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(f => f.Split(':', 2) is [var field, var value] && FilterFields.All.Contains(field)
            ? new QueryFilter(field, value)
            : throw new CliUsageException($"“{f}” is not a filter FIELD:VALUE (fields: {string.Join(", ", FilterFields.All)}).")).ToList();
}
