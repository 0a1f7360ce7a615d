using System.Text;
using ArchivePortal.Ingest.Readers;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>Text decoded from a response, and the charset that decoded it.</summary>
public sealed record DecodedText(string Text, string Charset);

/// <summary>
/// Turns a response body into text. The charset is taken, in order, from a byte order mark, the HTTP header,
/// the page's &lt;meta&gt; and finally detection; each candidate must decode the bytes without an error, so a
/// header or meta that lies (a GBK page saying utf-8, common on Chinese sites) falls through to the next.
/// GB2312 and GBK are read as GB18030, their superset, because pages labelled GB2312 use GBK characters.
/// </summary>
public static class PageDecoder
{
    public static DecodedText? Decode(byte[] bytes, string? headerCharset, bool isHtml)
    {
        foreach (var (bom, name) in Boms)
            if (bytes.AsSpan().StartsWith(bom) && TryDecode(bytes[bom.Length..], name) is { } withBom) return new DecodedText(withBom, name);

        var candidates = new List<string?> { headerCharset, isHtml ? HtmlRecordReader.DeclaredCharset(bytes) : null, "utf-8" };
        // Detection: what is not UTF-8 is, on the sites we crawl, Chinese (GB18030, Big5) or Vietnamese (windows-1258).
        candidates.AddRange(["gb18030", "big5", "windows-1258"]);
        foreach (var candidate in candidates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Canonical(c!)).Distinct())
        {
            if (TryDecode(bytes, candidate) is { } text) return new DecodedText(text, candidate);
        }
        return null;
    }

    static readonly (byte[] Bom, string Name)[] Boms =
    [
        ([0xEF, 0xBB, 0xBF], "utf-8"),
        ([0xFF, 0xFE], "utf-16"),
        ([0xFE, 0xFF], "utf-16BE"),
    ];

    static string Canonical(string charset) => charset.Trim().Trim('"', '\'').ToLowerInvariant() switch
    {
        "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "windows-936" => "gb18030",
        "utf8" => "utf-8",
        "big5-hkscs" => "big5",
        var other => other,
    };

    static string? TryDecode(byte[] bytes, string charset)
    {
        var encoding = charset == "utf-8"
            ? new UTF8Encoding(false, throwOnInvalidBytes: true)
            : LegacyEncodings.Strict(charset);
        if (encoding is null) return null;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
