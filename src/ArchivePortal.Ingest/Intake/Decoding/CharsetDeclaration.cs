using System.Text;
using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Intake.Decoding;

/// <summary>Finds the charset an HTML page declares in its own bytes: &lt;meta charset&gt; or &lt;meta http-equiv content="…; charset=…"&gt;.</summary>
public static partial class CharsetDeclaration
{
    /// <summary>How far into the bytes a declaration is looked for (the HTML standard says 1024 bytes; pages with long heads put it later).</summary>
    const int SniffBytes = 4096;

    /// <summary>The charset named by a &lt;meta&gt; near the start of <paramref name="bytes"/>, or null.</summary>
    public static string? Find(byte[] bytes)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup reads the same whatever the real charset is.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
