using System.Text;
using ArchivePortal.Core.Analysis.English;
using Xunit.Abstractions;

namespace ArchivePortal.Core.Tests.Analysis.English;

public sealed class EnglishStemmerTests(ITestOutputHelper output)
{
    // Size of snowballstem/snowball-data english/voc.txt as of the output change of 2025-10-28.
    const int ReferencePairCount = 42_649;

    readonly EnglishStemmer stemmer = EnglishStemmer.Instance;

    [Fact]
    public void StemsTheWholeSnowballReferenceVocabulary()
    {
        var folder = ReferenceVocabulary.Find(out var searched);
        if (folder is null)
        {
            // xunit 2 cannot skip at run time; say so loudly instead of passing silently.
            output.WriteLine("Snowball English reference vocabulary (voc.txt, output.txt) not found; test not run.");
            output.WriteLine("Looked in: " + string.Join(", ", searched));
            output.WriteLine($"Set {ReferenceVocabulary.EnvironmentVariable} to the shared folder to run it.");
            return;
        }

        var words = File.ReadAllLines(Path.Combine(folder, "voc.txt"), Encoding.UTF8);
        var stems = File.ReadAllLines(Path.Combine(folder, "output.txt"), Encoding.UTF8);
        Assert.Equal(words.Length, stems.Length);
        Assert.True(words.Length == ReferencePairCount,
            $"expected {ReferencePairCount} reference pairs in {folder}, found {words.Length}");

        var mismatches = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            var actual = stemmer.Stem(words[i]);
            if (actual != stems[i]) mismatches.Add($"{words[i]}: expected {stems[i]}, got {actual}");
        }

        output.WriteLine($"Checked {words.Length} pairs from {folder}; {mismatches.Count} mismatches.");
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} words stem differently from Snowball, first ones:\n"
            + string.Join("\n", mismatches.Take(20)));
    }

    // Each pair is in the reference vocabulary, except the four marked, which are traced by hand.
    [Theory]
    [InlineData("digitization", "digit")] // not in voc.txt
    [InlineData("digitized", "digit")] // not in voc.txt
    [InlineData("archives", "archiv")] // not in voc.txt
    [InlineData("archival", "archiv")] // not in voc.txt
    [InlineData("libraries", "librari")]
    [InlineData("library", "librari")]
    [InlineData("generously", "generous")]
    [InlineData("running", "run")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("consignment", "consign")]
    [InlineData("cries", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("flying", "fli")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("geologist", "geolog")]
    public void StemsKnownWords(string word, string stem) => Assert.Equal(stem, stemmer.Stem(word));

    // The exceptional forms: whole-word exceptions, and the -ing, -eed and undoubling exceptions.
    [Theory]
    [InlineData("skies", "sky")]
    [InlineData("skis", "ski")]
    [InlineData("sky", "sky")]
    [InlineData("news", "news")]
    [InlineData("atlas", "atlas")]
    [InlineData("andes", "andes")]
    [InlineData("idly", "idl")]
    [InlineData("gently", "gentl")]
    [InlineData("only", "onli")]
    [InlineData("dying", "die")]
    [InlineData("lying", "lie")]
    [InlineData("tying", "tie")]
    [InlineData("evening", "evening")]
    [InlineData("herring", "herring")]
    [InlineData("inning", "inning")]
    [InlineData("proceed", "proceed")]
    [InlineData("succeed", "succeed")]
    [InlineData("added", "add")]
    [InlineData("egg", "egg")]
    public void StemsExceptionalForms(string word, string stem) => Assert.Equal(stem, stemmer.Stem(word));

    // Prefixes after which region R1 starts, keeping words with different meanings apart.
    [Theory]
    [InlineData("general", "general")]
    [InlineData("generate", "generat")]
    [InlineData("communication", "communic")]
    [InlineData("communism", "communism")]
    [InlineData("arsenal", "arsenal")]
    [InlineData("arsenic", "arsenic")]
    [InlineData("past", "past")]
    [InlineData("pasted", "paste")]
    [InlineData("universe", "univers")]
    [InlineData("university", "universiti")]
    [InlineData("later", "later")]
    [InlineData("lateral", "lateral")]
    [InlineData("emerge", "emerg")]
    [InlineData("emergency", "emergenc")]
    [InlineData("organ", "organ")]
    [InlineData("organic", "organic")]
    [InlineData("internal", "internal")]
    [InlineData("international", "internat")]
    [InlineData("interval", "interval")]
    [InlineData("interfered", "interfer")]
    public void StemsWordsWithFixedPrefixes(string word, string stem) => Assert.Equal(stem, stemmer.Stem(word));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("by")]
    [InlineData("'s")]
    public void LeavesWordsShorterThanThreeCharactersAlone(string word) =>
        Assert.Same(word, stemmer.Stem(word));

    [Theory]
    [InlineData("'''", "'")]
    [InlineData("'as'", "as")]
    [InlineData("a''", "a'")]
    [InlineData("there's", "there")]
    [InlineData("there's'", "there")]
    public void StripsApostrophes(string word, string stem) => Assert.Equal(stem, stemmer.Stem(word));

    [Fact]
    public void SurvivesRandomStrings()
    {
        // Letters weighted towards the ones the rules look at, plus digits, apostrophes, accents,
        // Han, an emoji (a surrogate pair) and a lone surrogate.
        const string alphabet = "aeiouyysslledinggtbpmnrcxw'Y0129éñüß中文\uD83D\uDE00\uD800";
        var random = new Random(20250101);
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Clear();
            int length = random.Next(0, i % 100 == 0 ? 200 : 14);
            for (int j = 0; j < length; j++) text.Append(alphabet[random.Next(alphabet.Length)]);
            var word = text.ToString();
            var stem = stemmer.Stem(word);
            Assert.True(stem.Length <= word.Length, $"stem of '{word}' grew to '{stem}'");
        }
    }

    [Fact]
    public void IsSafeToShareAcrossThreads()
    {
        string[] words = ["generously", "libraries", "consignment", "dying", "interfered", "hopping"];
        var expected = words.Select(stemmer.Stem).ToArray();
        Parallel.For(0, 20_000, i => Assert.Equal(expected[i % words.Length], stemmer.Stem(words[i % words.Length])));
    }

    /// <summary>Finds the shared reference data without ever copying it into the repository.</summary>
    static class ReferenceVocabulary
    {
        public const string EnvironmentVariable = "ARCHIVE_SHARED_DIR";
        const string RelativeFolder = "data/snowball-english";

        public static string? Find(out List<string> searched)
        {
            searched = [];
            var shared = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(shared) && Check(Path.Combine(shared, RelativeFolder), searched) is { } fromVariable)
                return fromVariable;

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) continue;
                return Check(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", RelativeFolder)), searched);
            }
            searched.Add($"(no ArchivePortal.sln above {AppContext.BaseDirectory})");
            return null;
        }

        static string? Check(string folder, List<string> searched)
        {
            searched.Add(folder);
            return File.Exists(Path.Combine(folder, "voc.txt")) && File.Exists(Path.Combine(folder, "output.txt"))
                ? folder
                : null;
        }
    }
}
