using System.Globalization;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;
using Analyzer = Lucene.Net.Analysis.Analyzer;
using TokenStream = Lucene.Net.Analysis.TokenStream;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ArchivePortal.Storage.Index;

/// <summary>A record's title and body, analyzed into the tokens of each of its streams.</summary>
public sealed record RecordAnalysis(Dictionary<TextStream, List<Token>> Title, Dictionary<TextStream, List<Token>> Body)
{
    public static RecordAnalysis Of(ArchiveAnalyzer analyzer, ArchiveRecord record) =>
        new(analyzer.AnalyzeRecordText(record.Language, record.Title), analyzer.AnalyzeRecordText(record.Language, record.Body));
}

/// <summary>What the index holds of one record: its row id, its text (analyzed as it is indexed) and what filters need.</summary>
public sealed record IndexedDocument(long RowId, ArchiveRecord Record, RecordAuthorities Links)
{
    /// <summary>
    /// True for a record its write just added: the index cannot hold it yet (records are indexed only
    /// after their commit), so it is added without looking for an older document to replace.
    /// </summary>
    public bool IsNew { get; init; }
}

/// <summary>
/// A record's text in one field, analyzed by its stream's chain while the index inverts it: the
/// tokens go straight from the analyzer into Lucene's buffers. (Analyzing ahead into lists of
/// tokens made most of an import's garbage, 100 KB a record, kept alive across a batch: that is
/// what grew its memory.)
/// </summary>
internal sealed class AnalyzedTextField(string name, string text, TextStream stream, string language, ArchiveAnalyzer analyzer)
    : Field(name, text, TextField.TYPE_NOT_STORED)
{
    // Lucene inverts a document's fields one after another, each stream consumed and disposed before
    // the next is asked for: the analyzers' per-thread reuse is safe here.
    public override TokenStream GetTokenStream(Analyzer _) => analyzer.RecordTokenStream(stream, language, Name, GetStringValue());
}

/// <summary>Builds the Lucene document of a record. Nothing is stored: SQLite holds the records.</summary>
internal static class RecordDocuments
{
    public static Term KeyOf(long rowId) => new(IndexFields.RowId, rowId.ToString(CultureInfo.InvariantCulture));

    public static Document Build(IndexedDocument d, ArchiveAnalyzer analyzer)
    {
        var doc = new Document
        {
            new StringField(IndexFields.RowId, d.RowId.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(IndexFields.RowId, d.RowId),
            new StringField(IndexFields.Language, d.Record.Language, Field.Store.NO),
            new StringField(IndexFields.Type, d.Record.Type.ToLowerInvariant(), Field.Store.NO),
        };
        Text(doc, RecordField.Title, d.Record.Title, d.Record.Language, analyzer);
        Text(doc, RecordField.Body, d.Record.Body, d.Record.Language, analyzer);
        if (d.Record.Date is { } date)
            doc.Add(new StringField(IndexFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Field.Store.NO));
        // The authorities a record is filed under are not indexed: search reads them from the
        // records' facts (RecordFacetCache), so filing anew (curation) never re-indexes the text.
        if (!string.IsNullOrWhiteSpace(d.Record.Institution)) Keywords(doc, IndexFields.DeclaredInstitution, [d.Record.Institution.Trim().ToLowerInvariant()]);
        Keywords(doc, IndexFields.DeclaredPerson, d.Record.Persons.Select(p => p.Trim().ToLowerInvariant()));
        Keywords(doc, IndexFields.DeclaredTopic, d.Record.Topics.Select(p => p.Trim().ToLowerInvariant()));
        return doc;
    }

    /// <summary>One part of a record: a field for each stream its text goes to.</summary>
    static void Text(Document doc, RecordField part, string text, string language, ArchiveAnalyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var stream in analyzer.RecordStreams(language, text))
            foreach (var field in IndexFields.Text)
                if (field.Part == part && field.Stream == stream)
                    doc.Add(new AnalyzedTextField(field.Name, text, stream, language, analyzer));
    }

    static void Keywords(Document doc, string field, IEnumerable<string> values)
    {
        foreach (var v in values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
            doc.Add(new StringField(field, v, Field.Store.NO));
    }
}
