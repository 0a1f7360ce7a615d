using System.Text;

namespace ArchivePortal.Web.Endpoints;

/// <summary>
/// Where a visitor may be sent back to after the language switch: a path on this site, written as
/// a valid Location header. Anything else sends the visitor home.
/// </summary>
public static class ReturnPath
{
    public const string Home = "/";

    public static string SameSite(string? back)
    {
        if (string.IsNullOrEmpty(back) || back[0] != '/') return Home;
        // "//host" is another site, and so is "/\host": browsers read a backslash as a slash.
        if (back.Length > 1 && back[1] is '/' or '\\') return Home;
        var path = new StringBuilder(back.Length);
        foreach (var rune in back.EnumerateRunes())
        {
            // Browsers drop tabs and line breaks anywhere in a URL, so "/\t/host" would become
            // "//host"; Kestrel refuses control characters in a header (a 500). No page of ours has
            // whitespace or a control character in its address, so such a value is not one of ours.
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)) return Home;
            if (rune.IsAscii) path.Append((char)rune.Value);
            else AppendPercentEncoded(path, rune);
        }
        return path.ToString();
    }

    /// <summary>A header carries ASCII only: a Chinese query (<c>?q=国</c>) goes back as <c>?q=%E5%9B%BD</c>.</summary>
    static void AppendPercentEncoded(StringBuilder path, Rune rune)
    {
        Span<byte> utf8 = stackalloc byte[4];
        var length = rune.EncodeToUtf8(utf8);
        foreach (var b in utf8[..length]) path.Append('%').Append(b.ToString("X2"));
    }
}
