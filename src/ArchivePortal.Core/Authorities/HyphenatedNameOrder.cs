namespace ArchivePortal.Core.Authorities;

/// <summary>
/// A romanized Chinese name in its two English orders: Chou Hsiao-wen (surname first, as Chinese
/// writes it) and Hsiao-wen Chou (given name first, as many English texts do). The hyphen marks
/// the given name, so the order can be told without knowing which words are surnames.
/// </summary>
public static class HyphenatedNameOrder
{
    /// <summary>The name in the other order; null unless it is two words of which exactly one is hyphenated.</summary>
    public static string? Swapped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words[0].Contains('-') == words[1].Contains('-')) return null;
        return words[1] + " " + words[0];
    }

    /// <summary>True for Hsiao-wen Chou: the hyphenated given name before the surname.</summary>
    public static bool IsGivenNameFirst(string name) =>
        Swapped(name) is not null && name.TrimStart().Split(' ')[0].Contains('-');

    /// <summary>The name surname first (Hsiao-wen Chou → Chou Hsiao-wen); any other name as it is.</summary>
    public static string SurnameFirst(string name) => IsGivenNameFirst(name) ? Swapped(name)! : name;
}
