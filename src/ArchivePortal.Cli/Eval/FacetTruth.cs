using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArchivePortal.Cli.Eval;

/// <summary>Expected facet counts and person mentions of an evaluation set (facets.yaml).</summary>
public sealed class FacetTruth
{
    public Dictionary<string, int> ByLang { get; set; } = [];
    public Dictionary<string, int> ByYear { get; set; } = [];
    public Dictionary<string, int> ByType { get; set; } = [];
    public Dictionary<string, InstitutionTruth> ByInstitution { get; set; } = [];
    public Dictionary<string, PersonTruth> Persons { get; set; } = [];

    public sealed class InstitutionTruth
    {
        public List<string> Labels { get; set; } = [];
        public int Count { get; set; }
        public List<string> Docs { get; set; } = [];
    }

    public sealed class PersonTruth
    {
        public List<string> Forms { get; set; } = [];
        public List<string> Docs { get; set; } = [];
    }

    public static FacetTruth Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        using var reader = new StreamReader(path);
        return deserializer.Deserialize<FacetTruth>(reader) ?? new FacetTruth();
    }
}
