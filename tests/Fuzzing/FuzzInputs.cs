using System.Text;

namespace ArchivePortal.Tests.Fuzzing;

/// <summary>
/// Random inputs that favour what breaks text handling: noncharacters, lone surrogates, bidi and
/// format marks, NUL and other controls, combining marks, CJK and astral characters, and byte
/// sequences that are not UTF-8.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>Characters and short strings that have broken text code somewhere.</summary>
    public static readonly string[] OddText =
    [
        "\0", "\uFFFE", "\uFFFF", "\uFEFF", "\uFFFD", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDBFF\uDFFF", "\uD83D\uDE00",
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u061C", "\u00AD",
        "\u0085", "\u2028", "\u2029", "\r", "\r\n", "\n\n", "\t", "\v", "\f", "\u001B[31m", "\u007F", "\u009F",
        "\u00A0", "\u3000", "\u1680", "\u0301", "\u0323", "\u0300\u0301\u0302\u0303\u0304", "\u0345", "\u20DD",
        "\u0660\u0661\u0662", "\uFF10\uFF11", "\u0966", "İ", "ı", "ß", "ẞ", "ﬁ", "Ǆ", "ǅ", "\u0130\u0307", "\u1E9E",
        "𠀀", "𪚥", "\U0002A6D6", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF", "中", "國", "图书馆", "圖書館",
        "Thư viện", "Hà Nội", "nghị", "ộ", "o\u0302\u0323", "\u05D0", "\u0627\u0644", "\u0E01\u0E34", "\u1100\u1161",
        "ㄅ", "ア", "ｱ", "\u2160", "½", "²", "∞", "©", "™", "…", "—", "“", "”", "‘", "«", "»",
    ];

    /// <summary>Byte sequences that are not UTF-8 (and a few valid ones that decoders treat specially).</summary>
    public static readonly byte[][] OddBytes =
    [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0x80], [0xBF], [0xC3], [0xE4, 0xB8],
        [0xF0, 0x9F, 0x98], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
        [0x00], [0x00, 0x00, 0xFE, 0xFF], [0x1F, 0x8B, 0x08], [0x81, 0x30, 0x81, 0x30], [0xA1, 0xA1], [0xD2, 0xEC],
        [0x1B, 0x24, 0x42], [0x2B, 0x41, 0x47, 0x45, 0x2D],
    ];

    public static char RandomChar(Random r) => r.Next(12) switch
    {
        0 or 1 or 2 => (char)r.Next(0x20, 0x7F),           // ASCII
        3 => (char)r.Next(0, 0x20),                         // C0 controls, NUL
        4 => (char)r.Next(0x80, 0x250),                     // Latin-1, C1 controls, Latin Extended
        5 => (char)r.Next(0x1EA0, 0x1EFA),                  // Vietnamese letters
        6 => (char)r.Next(0x300, 0x370),                    // combining marks
        7 => (char)r.Next(0x4E00, 0xA000),                  // CJK ideographs
        8 => (char)r.Next(0x3000, 0x3100),                  // CJK punctuation, kana, bopomofo
        9 => (char)r.Next(0xD800, 0xE000),                  // a surrogate, most often alone
        10 => (char)r.Next(0xFE00, 0x10000),                // variation selectors, full width, specials, noncharacters
        _ => (char)r.Next(0, 0x10000),                      // anything
    };

    /// <summary>Random text of up to <paramref name="maxLength"/> characters, odd strings mixed in.</summary>
    public static string RandomText(Random r, int maxLength)
    {
        var length = r.Next(0, maxLength + 1);
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            if (r.Next(8) == 0) text.Append(OddText[r.Next(OddText.Length)]);
            else text.Append(RandomChar(r));
        }
        return text.ToString();
    }

    /// <summary>Tokens of a syntax (query operators, HTML tags, YAML keys) joined by random separators and odd text.</summary>
    public static string RandomTokens(Random r, IReadOnlyList<string> tokens, int maxTokens)
    {
        var text = new StringBuilder();
        var count = r.Next(0, maxTokens + 1);
        for (var i = 0; i < count; i++)
        {
            switch (r.Next(10))
            {
                case 0: text.Append(OddText[r.Next(OddText.Length)]); break;
                case 1: text.Append(RandomChar(r)); break;
                default: text.Append(tokens[r.Next(tokens.Count)]); break;
            }
            if (r.Next(3) == 0) text.Append(r.Next(4) == 0 ? '\n' : ' ');
        }
        return text.ToString();
    }

    public static byte[] RandomBytes(Random r, int maxLength)
    {
        var bytes = new byte[r.Next(0, maxLength + 1)];
        r.NextBytes(bytes);
        return bytes;
    }

    /// <summary>UTF-8 text with invalid sequences spliced in: mostly decodable, failing somewhere.</summary>
    public static byte[] InvalidUtf8(Random r, int maxLength)
    {
        var bytes = new List<byte>(Utf8(RandomText(r, maxLength)));
        var count = 1 + r.Next(4);
        for (var i = 0; i < count; i++)
            bytes.InsertRange(r.Next(bytes.Count + 1), OddBytes[r.Next(OddBytes.Length)]);
        return [.. bytes];
    }

    /// <summary>
    /// <paramref name="source"/>, with NUL bytes made spaces in three inputs of four: file readers
    /// refuse a file with a NUL outright, and random text nearly always holds one.
    /// </summary>
    public static Func<Random, byte[]> MostlyWithoutNul(Func<Random, byte[]> source) => r =>
    {
        var bytes = source(r);
        if (r.Next(4) != 0) bytes.AsSpan().Replace((byte)0, (byte)' ');
        return bytes;
    };

    /// <summary>UTF-8 bytes of any string; a lone surrogate becomes the bytes a careless encoder writes (ED A0 80).</summary>
    public static byte[] Utf8(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) c = char.ConvertToUtf32(text[i], text[++i]);
            if (c < 0x80) bytes.Add((byte)c);
            else if (c < 0x800) bytes.AddRange([(byte)(0xC0 | c >> 6), (byte)(0x80 | c & 0x3F)]);
            else if (c < 0x10000) bytes.AddRange([(byte)(0xE0 | c >> 12), (byte)(0x80 | c >> 6 & 0x3F), (byte)(0x80 | c & 0x3F)]);
            else bytes.AddRange([(byte)(0xF0 | c >> 18), (byte)(0x80 | c >> 12 & 0x3F), (byte)(0x80 | c >> 6 & 0x3F), (byte)(0x80 | c & 0x3F)]);
        }
        return [.. bytes];
    }
}
