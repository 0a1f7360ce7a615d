using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArchivePortal.Cli.Eval;

/// <summary>One query of an evaluation set (format: eval/dev/README.md) with graded judgments.</summary>
public sealed class JudgedQuery
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public string Lang { get; set; } = "";
    public Dictionary<string, string> Filters { get; set; } = [];
    public Dictionary<string, int> Relevant { get; set; } = [];
    public string Note { get; set; } = "";

    /// <summary>
    /// The query text with its filters written in the query language, so that evaluation goes
    /// through exactly what a visitor would type.
    /// </summary>
    public string ToQueryLanguage()
    {
        var parts = new List<string> { Text };
        foreach (var (key, value) in Filters)
        {
            var field = key == "year" ? "date" : key;
            parts.Add(value.Contains(' ') ? $"{field}:\"{value}\"" : $"{field}:{value}");
        }
        return string.Join(' ', parts);
    }

    public static List<JudgedQuery> Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        using var reader = new StreamReader(path);
        return deserializer.Deserialize<List<JudgedQuery>>(reader) ?? [];
    }
}
