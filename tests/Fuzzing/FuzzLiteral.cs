using System.Globalization;
using System.Text;

namespace ArchivePortal.Tests.Fuzzing;

/// <summary>Inputs written as C# literals, so that a failing one can be pasted into a regression test.</summary>
internal static class FuzzLiteral
{
    /// <summary>A string literal in which everything outside printable ASCII is an escape.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                >= ' ' and <= '~' => c.ToString(),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The bytes as <c>Convert.FromHexString(…)</c>, and as text with the bytes that are not UTF-8 shown as \xNN.</summary>
    public static string Of(byte[] bytes)
    {
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                var escaped = Of(rune.ToString());
                text.Append(escaped, 1, escaped.Length - 2);
                i += consumed;
            }
            else text.Append("\\x").Append(bytes[i++].ToString("X2", CultureInfo.InvariantCulture));
        }
        return $"Convert.FromHexString(\"{Convert.ToHexString(bytes)}\")\n  as text: \"{text}\"";
    }

    /// <summary>Long literals cut for the test log (the whole input is in the file the report names).</summary>
    public static string Cut(string literal, int max = 4000) =>
        literal.Length <= max ? literal : literal[..max] + $" … ({literal.Length - max} more characters in the file)";
}
