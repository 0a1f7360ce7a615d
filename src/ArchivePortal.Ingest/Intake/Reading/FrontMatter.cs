using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// The YAML front matter of a Markdown file (between a first line <c>---</c> and the next <c>---</c> or
/// <c>...</c>) and the Markdown after it. Values are read leniently: a list field given as one value is a
/// list of one; a text field given as a list or mapping is an error naming the field.
/// </summary>
internal sealed class FrontMatter
{
    /// <summary>Front matter is metadata; anything this large is a mistake (an unclosed block swallowing the text).</summary>
    public const int MaxLength = 64 * 1024;

    static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    readonly Dictionary<string, YamlNode> fields;

    FrontMatter(Dictionary<string, YamlNode> fields, string body) => (this.fields, Body) = (fields, body);

    /// <summary>The Markdown after the front matter (the whole text when there is none).</summary>
    public string Body { get; }

    /// <summary>Splits <paramref name="text"/> into front matter and body; null with <paramref name="error"/> set when the YAML is malformed.</summary>
    public static FrontMatter? Parse(string text, out string? error)
    {
        error = null;
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---") return new FrontMatter(new(StringComparer.OrdinalIgnoreCase), text);

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            error = "front matter: the '---' on line 1 has no closing '---' line";
            return null;
        }
        var yaml = string.Join('\n', lines[1..close]);
        if (yaml.Length > MaxLength)
        {
            error = $"front matter: longer than {MaxLength / 1024} KB; is its closing '---' line missing?";
            return null;
        }
        var fields = ParseYaml(yaml, out error);
        return fields is null ? null : new FrontMatter(fields, string.Join('\n', lines[(close + 1)..]));
    }

    static Dictionary<string, YamlNode>? ParseYaml(string yaml, out string? error)
    {
        error = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // The YAML starts on line 2 of the file; report the file's line where the parser stopped.
            error = $"front matter: YAML error at line {e.End.Line + 1}: {MarkPrefix.Replace(e.Message, "")}";
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 ends up here, without a position, on some unclosed flow collections ("tags: [a, b").
            error = "front matter: YAML error: malformed YAML; check for an unclosed '[', '{' or quote";
            return null;
        }
        catch (ArgumentException)
        {
            // And here, from building the nodes, on some stray aliases (": *: *a"): the events parsed, but not into a document.
            error = "front matter: YAML error: malformed YAML; check the '*' aliases and the keys";
            return null;
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return fields;
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            error = "front matter: expected 'key: value' lines";
            return null;
        }
        foreach (var (key, value) in mapping.Children)
            if (key is YamlScalarNode { Value: { } name }) fields[name.Trim()] = value;
        return fields;
    }

    /// <summary>The text value of <paramref name="key"/>, or null when absent or empty; a list or mapping adds an error.</summary>
    public string? Text(string key, List<string> errors)
    {
        if (!fields.TryGetValue(key, out var node)) return null;
        if (node is YamlScalarNode scalar) return IsNull(scalar) ? null : scalar.Value!.Trim();
        errors.Add($"front matter: '{key}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
        return null;
    }

    /// <summary>The values of the list field <paramref name="key"/>; one value is a list of one.</summary>
    public IReadOnlyList<string> List(string key, List<string> errors)
    {
        if (!fields.TryGetValue(key, out var node)) return [];
        if (node is YamlScalarNode scalar) return IsNull(scalar) ? [] : [scalar.Value!.Trim()];
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
            return [.. sequence.Children.Cast<YamlScalarNode>().Where(s => !IsNull(s)).Select(s => s.Value!.Trim())];
        errors.Add($"front matter: '{key}' must be a list of names, e.g. [\"A\", \"B\"]");
        return [];
    }

    static bool IsNull(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value) ||
        (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");
}
