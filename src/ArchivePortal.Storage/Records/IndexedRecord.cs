using System.Security.Cryptography;
using System.Text;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Schema;

namespace ArchivePortal.Storage.Records;

/// <summary>A record with its content hash and the analyzed text of every full-text column.</summary>
internal sealed record IndexedRecord(ArchiveRecord Record, string ContentHash, string[] ColumnTexts)
{
    /// <summary>Analyzes title and body into the column texts (space-separated tokens).</summary>
    public static string[] Analyze(ArchiveAnalyzer analyzer, ArchiveRecord record)
    {
        var columns = new string[FtsColumns.All.Count];
        Fill(columns, RecordField.Title, analyzer.AnalyzeRecordText(record.Language, record.Title));
        Fill(columns, RecordField.Body, analyzer.AnalyzeRecordText(record.Language, record.Body));
        for (int i = 0; i < columns.Length; i++) columns[i] ??= "";
        return columns;
    }

    static void Fill(string[] columns, RecordField field, Dictionary<TextStream, List<Token>> streams)
    {
        for (int i = 0; i < FtsColumns.All.Count; i++)
        {
            var column = FtsColumns.All[i];
            if (column.Field == field && streams.TryGetValue(column.Stream, out var tokens))
                columns[i] = string.Join(' ', tokens.Where(IsSingleTerm).Select(t => t.Text));
        }
    }

    // FTS5 re-tokenizes the stored text at spaces: a token at the position of the one before it
    // (a Vietnamese syllable pair) or with a space inside would come back as other words.
    static bool IsSingleTerm(Token t) => t.PositionIncrement != 0 && !t.Text.Contains(' ');

    /// <summary>
    /// A hash of everything that is stored, so that re-importing an unchanged file does nothing.
    /// The analysis version is not part of it: a changed analysis re-indexes through reindex.
    /// </summary>
    public static string Hash(ArchiveRecord r)
    {
        var sb = new StringBuilder();
        foreach (var part in new[] { r.Title, r.Body, r.Language, r.Date?.ToString("yyyy-MM-dd"), r.Institution, r.SourceUrl, r.Type })
            sb.Append(part ?? "\u0001").Append('\u0000');
        sb.AppendJoin('\u0002', r.Persons).Append('\u0000').AppendJoin('\u0002', r.Topics);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }
}
