using System.Text;

namespace ArchivePortal.Ingest.Intake.Decoding;

/// <summary>
/// Turns the bytes of a file or a response into text, for the importer and the crawler alike. The charset is taken,
/// in order, from a byte order mark, the HTTP header, UTF-8, the page's &lt;meta&gt; and finally (for the crawl)
/// detection. Each candidate must decode the bytes without an error, so a header or meta that lies (a GBK page
/// saying utf-8, common on Chinese sites) falls through to the next. UTF-8 comes before the meta because pages saved
/// by a browser or converted by a tool are UTF-8 but often keep their original &lt;meta charset="gbk"&gt;.
/// GB2312 and GBK are read as GB18030, their superset, because pages labelled GB2312 use GBK characters.
/// </summary>
public static class CharsetDecoder
{
    /// <summary>What is not UTF-8 on the sites we crawl is Chinese (GB18030, Big5) or Vietnamese (windows-1258).</summary>
    static readonly string[] Detected = ["gb18030", "big5", "windows-1258"];

    static readonly (byte[] Bom, string Name)[] Boms =
    [
        ([0xEF, 0xBB, 0xBF], "utf-8"),
        ([0xFF, 0xFE], "utf-16"),
        ([0xFE, 0xFF], "utf-16BE"),
    ];

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="headerCharset">The charset of the HTTP Content-Type header; null for files.</param>
    /// <param name="isHtml">Whether to look for a &lt;meta&gt; charset in the bytes.</param>
    /// <param name="detect">Whether to try the common legacy charsets when nothing declared decodes; a file is refused instead, with the offset of the bad byte.</param>
    public static DecodeResult Decode(byte[] bytes, string? headerCharset, bool isHtml, bool detect)
    {
        foreach (var (bom, name) in Boms)
            if (bytes.AsSpan().StartsWith(bom) && TryDecode(bytes[bom.Length..], name, out _) is { } withBom)
                return new DecodeResult(new DecodedText(withBom, name));

        var meta = isHtml ? CharsetDeclaration.Find(bytes) : null;
        List<string?> candidates = [headerCharset, "utf-8", meta, .. detect ? Detected : []];
        foreach (var candidate in candidates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Canonical(c!)).Distinct())
        {
            if (TryDecode(bytes, candidate, out _) is { } text) return new DecodeResult(new DecodedText(text, candidate));
        }
        return Failure(bytes, headerCharset ?? meta, detect);
    }

    // Says what the user can fix: the charset the document declares, or the first byte that is not UTF-8.
    static DecodeResult Failure(byte[] bytes, string? declared, bool detected)
    {
        if (detected)
            return DecodeResult.Failed(IntakeErrorCodes.UndecodableText, $"not valid in {declared ?? "any known charset"}");
        if (declared is not null && Canonical(declared) != "utf-8")
        {
            if (LegacyEncodings.Strict(Canonical(declared)) is null)
                return DecodeResult.Failed(IntakeErrorCodes.UnknownCharset, $"declares charset '{declared}', which cannot be decoded");
            TryDecode(bytes, Canonical(declared), out var badByte);
            return DecodeResult.Failed(IntakeErrorCodes.UndecodableText, $"not valid {declared} (the charset it declares) at byte {badByte}");
        }
        TryDecode(bytes, "utf-8", out var badUtf8);
        return DecodeResult.Failed(IntakeErrorCodes.UndecodableText, $"not valid UTF-8 at byte {badUtf8}");
    }

    static string Canonical(string charset) => charset.Trim().Trim('"', '\'').ToLowerInvariant() switch
    {
        "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "windows-936" => "gb18030",
        "utf8" => "utf-8",
        "big5-hkscs" => "big5",
        var other => other,
    };

    static string? TryDecode(byte[] bytes, string charset, out int badByte)
    {
        badByte = -1;
        var encoding = charset == "utf-8"
            ? new UTF8Encoding(false, throwOnInvalidBytes: true)
            : LegacyEncodings.Strict(charset);
        if (encoding is null) return null;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            badByte = e.Index;
            return null;
        }
    }
}
