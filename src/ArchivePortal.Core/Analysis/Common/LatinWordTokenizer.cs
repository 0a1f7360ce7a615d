using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// Splits alphabetic scripts into words: runs of letters, digits and combining marks.
/// An apostrophe between letters stays inside the word (don't, Xi Jinping's) so the English
/// chain can strip possessives. Han characters are left to the Chinese chain and skipped here.
/// </summary>
/// <remarks>
/// Each token's flags say whether only white space separates it from the word before
/// (<see cref="SpaceBeforeFlag"/>): the Vietnamese pair filter joins syllables only then.
/// </remarks>
public sealed class LatinWordTokenizer : Tokenizer
{
    /// <summary>Set on a token that follows the previous token across white space alone.</summary>
    public const int SpaceBeforeFlag = 1;

    readonly ICharTermAttribute term;
    readonly IOffsetAttribute offset;
    readonly IPositionIncrementAttribute position;
    readonly IFlagsAttribute flags;
    InputText input;
    int next;
    int previousEnd;

    public LatinWordTokenizer(TextReader reader) : base(reader)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        flags = AddAttribute<IFlagsAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        input.ReadAll(m_input);
        next = 0;
        previousEnd = -1;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = input.Span;
        int i = next;
        while (i < text.Length && !IsWordChar(text[i])) i++;
        if (i >= text.Length) { next = i; return false; }
        int start = i;
        while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i))) i++;
        next = i;
        term.CopyBuffer(input.Buffer, start, i - start);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(i));
        position.PositionIncrement = 1;
        flags.Flags = previousEnd >= 0 && OnlySpace(text[previousEnd..start]) ? SpaceBeforeFlag : 0;
        previousEnd = i;
        return true;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(input.Length);
        offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) input.Release();
    }

    static bool OnlySpace(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap) if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    static bool IsWordChar(char c)
    {
        if (TextFolding.IsHan(c)) return false;
        if (char.IsLetterOrDigit(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    static bool IsInnerApostrophe(ReadOnlySpan<char> text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && i + 1 < text.Length
        && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
