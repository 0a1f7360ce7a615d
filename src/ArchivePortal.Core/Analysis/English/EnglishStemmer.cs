using System.Buffers;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>
/// The Snowball English stemmer ("Porter2"), as currently defined by the Snowball project:
/// the 2023 rules released in Snowball 3.0 (no undoubling in add/egg/off, -ogist, the past, universe,
/// later, emerge and organ prefixes, -eed and -ing exceptions inside their rules) and the 2025 changes
/// (the skis exception restored, words starting inter- measured from after the prefix).
/// </summary>
/// <remarks>
/// The instance holds no state, so one instance (<see cref="Instance"/>) can serve every thread.
/// Characters other than a–z and the apostrophe are kept and count as non-vowels, as in Snowball.
/// </remarks>
public sealed class EnglishStemmer
{
    // Index-time tokens are short; longer ones borrow a pooled buffer instead of the stack.
    const int StackBufferLength = 64;

    /// <summary>The shared instance; the stemmer has no mutable state.</summary>
    public static EnglishStemmer Instance { get; } = new();

    /// <summary>
    /// Returns the stem of <paramref name="word"/>, one lowercase word. Words of fewer than three
    /// characters come back unchanged; when nothing is removed the same string instance is returned.
    /// </summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (ExceptionalForm(word) is { } stem) return stem;
        if (!HasThreeCharacters(word)) return word;

        char[]? rented = null;
        Span<char> buffer = word.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : rented = ArrayPool<char>.Shared.Rent(word.Length);
        try
        {
            word.CopyTo(buffer);
            var stemmed = new Word(buffer[..word.Length]).Stem();
            return stemmed.SequenceEqual(word) ? word : new string(stemmed);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Whole words the rules get wrong, looked up before any rule runs.
    static string? ExceptionalForm(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        // -ly adverbs whose stem would otherwise be too short or clash.
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        // Invariant: not inflected forms, although they look like plurals or -y words.
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };

    // Snowball counts characters, not UTF-16 units, so a surrogate pair is one character here.
    static bool HasThreeCharacters(string word)
    {
        int count = 0;
        for (int i = 0; i < word.Length && count < 3; i++)
        {
            if (!(char.IsLowSurrogate(word[i]) && i > 0 && char.IsHighSurrogate(word[i - 1]))) count++;
        }
        return count >= 3;
    }

    // Suffix tables of steps 2 to 4. Within a step the longest matching suffix is chosen first; if
    // its region or condition then fails, the step does nothing (no fallback to a shorter suffix).
    static readonly SuffixTable Step2Suffixes = new(
        new("tional", "tion"), new("enci", "ence"), new("anci", "ance"), new("abli", "able"),
        new("entli", "ent"), new("izer", "ize"), new("ization", "ize"),
        new("ational", "ate"), new("ation", "ate"), new("ator", "ate"),
        new("alism", "al"), new("aliti", "al"), new("alli", "al"), new("fulness", "ful"),
        new("ousli", "ous"), new("ousness", "ous"), new("iveness", "ive"), new("iviti", "ive"),
        new("biliti", "ble"), new("bli", "ble"), new("ogist", "og"),
        new("ogi", "og", Guard.AfterL), new("fulli", "ful"), new("lessli", "less"),
        new("li", "", Guard.AfterValidLiEnding));

    static readonly SuffixTable Step3Suffixes = new(
        new("tional", "tion"), new("ational", "ate"), new("alize", "al"),
        new("icate", "ic"), new("iciti", "ic"), new("ical", "ic"),
        new("ful", ""), new("ness", ""), new("ative", "", Guard.InR2));

    static readonly SuffixTable Step4Suffixes = new(
        new("al", ""), new("ance", ""), new("ence", ""), new("er", ""), new("ic", ""),
        new("able", ""), new("ible", ""), new("ant", ""), new("ement", ""), new("ment", ""),
        new("ent", ""), new("ism", ""), new("ate", ""), new("iti", ""), new("ous", ""),
        new("ive", ""), new("ize", ""), new("ion", "", Guard.AfterSOrT));

    // R1 normally starts after the first vowel–non-vowel pair; for these prefixes it starts after
    // the prefix, so that e.g. general/generous/generate and universe/university stay apart.
    static readonly string[] R1Prefixes =
        ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    enum Guard : byte { None, InR2, AfterL, AfterValidLiEnding, AfterSOrT }

    sealed record SuffixRule(string Suffix, string Replacement, Guard Guard = Guard.None);

    /// <summary>Rules grouped by last letter, longest suffix first, so a lookup tries only a few.</summary>
    sealed class SuffixTable
    {
        readonly SuffixRule[][] byLastLetter = new SuffixRule[26][];

        public SuffixTable(params SuffixRule[] rules)
        {
            for (int i = 0; i < byLastLetter.Length; i++)
            {
                char letter = (char)('a' + i);
                byLastLetter[i] = [.. rules.Where(r => r.Suffix[^1] == letter).OrderByDescending(r => r.Suffix.Length)];
            }
        }

        public SuffixRule? Longest(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty || word[^1] is < 'a' or > 'z') return null;
            foreach (var rule in byLastLetter[word[^1] - 'a'])
            {
                if (word.EndsWith(rule.Suffix)) return rule;
            }
            return null;
        }
    }

    /// <summary>
    /// One word being stemmed in place: the steps only shorten it or swap a suffix for one no longer,
    /// so the buffer it starts in is always big enough.
    /// </summary>
    ref struct Word(Span<char> chars)
    {
        readonly Span<char> chars = chars;
        int length = chars.Length;
        int r1; // start of region R1 (length when empty)
        int r2; // start of region R2
        bool markedY;

        readonly ReadOnlySpan<char> Text => chars[..length];

        public ReadOnlySpan<char> Stem()
        {
            Prelude();
            MarkRegions();
            Step1a();
            Step1b();
            Step1c();
            ApplySuffixTable(Step2Suffixes, r1);
            ApplySuffixTable(Step3Suffixes, r1);
            ApplySuffixTable(Step4Suffixes, r2);
            Step5();
            if (markedY) chars[..length].Replace('Y', 'y');
            return Text;
        }

        // Drops a leading apostrophe and writes consonant y (initial, or after a vowel) as Y,
        // so that the vowel tests below do not take it for a vowel.
        void Prelude()
        {
            if (chars[0] == '\'')
            {
                chars[1..length].CopyTo(chars);
                length--;
            }
            for (int i = 0; i < length; i++)
            {
                if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
                {
                    chars[i] = 'Y';
                    markedY = true;
                }
            }
        }

        void MarkRegions()
        {
            r1 = r2 = length;
            int start = -1;
            foreach (var prefix in R1Prefixes)
            {
                if (Text.StartsWith(prefix))
                {
                    start = prefix.Length;
                    break;
                }
            }
            if (start < 0) start = AfterVowelAndNonVowel(0);
            if (start < 0) return;
            r1 = start;
            int second = AfterVowelAndNonVowel(r1);
            if (second >= 0) r2 = second;
        }

        // Step 0 and 1a: possessive apostrophes, then plural -s.
        void Step1a()
        {
            if (EndsWith("'s'")) length -= 3;
            else if (EndsWith("'s")) length -= 2;
            else if (EndsWith("'")) length -= 1;

            if (EndsWith("sses")) length -= 2;
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                // ties -> tie but cries -> cri
                Replace(length - 3, HasCharacters(length - 3, 2) ? "i" : "ie");
            }
            else if (EndsWith("us") || EndsWith("ss")) { } // bus, class: not plurals
            else if (EndsWith("s"))
            {
                // The letter just before the s does not count: gas and this keep it, gaps loses it.
                int before = Previous(length - 1);
                if (before > 0 && ContainsVowel(before)) length--;
            }
        }

        // -eed, -ed, -ing and their -ly forms.
        void Step1b()
        {
            if (EndsWith("eedly") || EndsWith("eed"))
            {
                int start = length - (EndsWith("eed") ? 3 : 5);
                var stem = Text[..start];
                bool keep = stem is "proc" or "exc" or "succ"; // proceed, exceed, succeed
                if (!keep && start >= r1) length = start + 2;
                return;
            }

            int suffix = EndsWith("ingly") ? 5 : EndsWith("edly") ? 4 : EndsWith("ing") ? 3 : EndsWith("ed") ? 2 : 0;
            if (suffix == 0) return;
            int end = length - suffix;
            if (suffix == 3)
            {
                var stem = Text[..end];
                // dying -> die, lying -> lie, vying -> vie: one consonant, then y.
                if (stem.Length >= 2 && stem[^1] == 'y' && Previous(end - 1) == 0 && !IsVowel(stem[0]))
                {
                    Replace(end - 1, "ie");
                    return;
                }
                // inning, outing, canning, herring, earring and evening are not forms of inn, out, ...
                if (stem is "inn" or "out" or "cann" or "herr" or "earr" or "even") return;
            }
            if (!ContainsVowel(end)) return;
            length = end;

            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                Append('e'); // luxuriat -> luxuriate
            }
            else if (EndsWithDouble())
            {
                // hopp -> hop, but add, egg and off keep their double letter.
                if (!(length == 3 && chars[0] is 'a' or 'e' or 'o')) length--;
            }
            else if (length == r1 && EndsWithShortSyllable(length))
            {
                Append('e'); // hop -> hope
            }
        }

        // Final y after a consonant becomes i (cry -> cri), unless that consonant starts the word (by).
        void Step1c()
        {
            if (length < 2 || chars[length - 1] is not ('y' or 'Y')) return;
            int consonant = Previous(length - 1);
            if (consonant > 0 && !IsVowel(chars[consonant])) chars[length - 1] = 'i';
        }

        void ApplySuffixTable(SuffixTable table, int region)
        {
            if (table.Longest(Text) is not { } rule) return;
            int start = length - rule.Suffix.Length;
            if (start < region) return;
            bool allowed = rule.Guard switch
            {
                Guard.InR2 => start >= r2,
                Guard.AfterL => start > 0 && chars[start - 1] == 'l',
                Guard.AfterValidLiEnding => start > 0 && chars[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
                Guard.AfterSOrT => start > 0 && chars[start - 1] is 's' or 't',
                _ => true,
            };
            if (allowed) Replace(start, rule.Replacement);
        }

        // Final e in R2, or in R1 after a long syllable; final ll in R2 loses one l.
        void Step5()
        {
            int last = length - 1;
            if (last < 0) return; // "''s'" has nothing left after step 1a
            if (chars[last] == 'e')
            {
                if (last >= r2 || (last >= r1 && !EndsWithShortSyllable(last))) length--;
            }
            else if (chars[last] == 'l' && last >= r2 && last > 0 && chars[last - 1] == 'l')
            {
                length--;
            }
        }

        // A short syllable ends at `end`: non-vowel, vowel, then a non-vowel other than w, x or Y;
        // or vowel then non-vowel at the very start of the word; or "past" (pasted -> paste).
        readonly bool EndsWithShortSyllable(int end)
        {
            int last = Previous(end);
            if (last >= 1 && !IsVowel(chars[last]) && IsVowel(chars[last - 1]))
            {
                if (last == 1) return true;
                if (chars[last] is not ('w' or 'x' or 'Y') && !IsVowel(chars[last - 2])) return true;
            }
            return end >= 4 && chars[(end - 4)..end] is "past";
        }

        readonly bool EndsWithDouble() =>
            length >= 2 && chars[length - 1] == chars[length - 2]
            && chars[length - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

        // Index just past the first non-vowel that follows a vowel, searching from `from`; -1 if none.
        readonly int AfterVowelAndNonVowel(int from)
        {
            int i = from;
            while (i < length && !IsVowel(chars[i])) i++;
            while (i < length && IsVowel(chars[i])) i++;
            if (i >= length) return -1;
            return i + (IsPair(i) ? 2 : 1);
        }

        readonly bool ContainsVowel(int end)
        {
            foreach (char c in chars[..end])
            {
                if (IsVowel(c)) return true;
            }
            return false;
        }

        // Whether at least `count` characters (surrogate pairs counting once) precede `end`.
        readonly bool HasCharacters(int end, int count)
        {
            for (int i = end; count > 0; count--)
            {
                if (i <= 0) return false;
                i = Previous(i);
            }
            return true;
        }

        // Start of the character that ends just before `index`.
        readonly int Previous(int index) => index >= 2 && IsPair(index - 2) ? index - 2 : index - 1;

        readonly bool IsPair(int index) =>
            index + 1 < length && char.IsHighSurrogate(chars[index]) && char.IsLowSurrogate(chars[index + 1]);

        readonly bool EndsWith(string suffix) => Text.EndsWith(suffix);

        void Replace(int start, string replacement)
        {
            replacement.CopyTo(chars[start..]);
            length = start + replacement.Length;
        }

        void Append(char c) => chars[length++] = c;

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
    }
}
