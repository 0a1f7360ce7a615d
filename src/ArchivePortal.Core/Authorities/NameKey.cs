using System.Text;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The form in which names are compared: Traditional folded to Simplified, lowercase, diacritics
/// removed (Kiều Thúy Nga = Kieu Thuy Nga, Thuỷ = Thủy), punctuation and runs of space made one
/// space, and no space between Han characters. Two spellings of a name that a reader would take
/// for the same name get the same key.
/// </summary>
public sealed class NameKey(Func<string, string>? foldScript)
{
    public string Of(string text)
    {
        var folded = foldScript?.Invoke(text) ?? text;
        var sb = new StringBuilder(folded.Length);
        bool pendingSpace = false;
        foreach (var c in TextFolding.RemoveDiacritics(folded.ToLowerInvariant()))
        {
            if (char.IsLetterOrDigit(c))
            {
                bool han = TextFolding.IsHan(c);
                if (pendingSpace && sb.Length > 0 && !(han && TextFolding.IsHan(sb[^1]))) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    public static bool HasHan(string key) => key.Any(TextFolding.IsHan);
}
