using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>
/// Joins a few agent nouns to the act they name, after Porter2: visitors → visit, donors → donat
/// (donate, donation), readers → read. Porter2 joins inflections and -ation/-ator (preservation,
/// curator) but leaves visitor and donor apart from visit and donate, so "archive visit" missed a
/// record about archives and their visitors. Only a short list, measured on both evaluation sets:
/// Lucene's KStem joins none of these pairs and splits preserving from preservation, which Porter2
/// joins, so it is not used. Words whose agent noun means something else (director, founder,
/// minister, member) are left out on purpose.
/// </summary>
public sealed class AgentNounFilter : TokenFilter
{
    // Each agent noun with the verb whose stem it takes; both go through Porter2 once, at start.
    static readonly (string Agent, string Act)[] Pairs =
    [
        ("visitor", "visit"), ("donor", "donate"), ("reader", "read"), ("researcher", "research"),
        ("publisher", "publish"), ("borrower", "borrow"), ("lender", "lend"), ("user", "use"),
        ("viewer", "view"), ("trainer", "train"), ("trainee", "train"), ("organizer", "organize"),
        ("organiser", "organise"), ("exhibitor", "exhibit"), ("collector", "collect"), ("translator", "translate"),
        ("digitizer", "digitize"), ("preserver", "preserve"), ("subscriber", "subscribe"), ("contributor", "contribute"),
    ];

    static readonly Dictionary<string, string> StemOfAct = BuildStems();

    /// <summary>Part of the analysis fingerprint: changes when the list does.</summary>
    public static string Fingerprint { get; } = "an" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join(";", Pairs.Select(p => p.Agent + ">" + p.Act)))))[..8];

    readonly ICharTermAttribute term;

    public AgentNounFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (StemOfAct.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term.Buffer.AsSpan(0, term.Length), out var act))
            term.SetEmpty().Append(act);
        return true;
    }

    static Dictionary<string, string> BuildStems()
    {
        var stemmer = EnglishStemmer.Instance;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (agent, act) in Pairs)
        {
            var from = stemmer.Stem(agent);
            var to = stemmer.Stem(act);
            if (from != to) map[from] = to;
        }
        return map;
    }
}
