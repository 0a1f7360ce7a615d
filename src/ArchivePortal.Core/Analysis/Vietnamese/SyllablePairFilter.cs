using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Vietnamese;

/// <summary>
/// Adds each pair of neighbouring syllables as one token, "thư viện", after its first syllable and
/// at the same position (increment 0, position length 2), as Lucene's ShingleFilter does with
/// unigrams kept. Offsets span both syllables; the syllables themselves come through unchanged.
/// </summary>
/// <remarks>
/// A pair is made only when nothing but white space separates the two syllables in the text
/// (<see cref="LatinWordTokenizer.SpaceBeforeFlag"/>) and no token was dropped between them, so no
/// pair spans punctuation: "Hà Nội. Thư viện" makes "thư viện" but not "nội thư". ShingleFilter
/// cannot see the text between tokens; marking sentence ends as position gaps would let it skip
/// them, but would also move the syllables' own positions.
/// </remarks>
public sealed class SyllablePairFilter : TokenFilter
{
    const string PairType = "shingle";

    readonly ICharTermAttribute term;
    readonly IOffsetAttribute offset;
    readonly IPositionIncrementAttribute position;
    readonly IPositionLengthAttribute positionLength;
    readonly IFlagsAttribute flags;
    readonly ITypeAttribute type;

    // The syllable emitted last, which a pair would start with.
    char[] previous = new char[32];
    int previousLength;
    int previousStart;
    bool hasPrevious;

    // The syllable read ahead while its pair is emitted; it comes out next.
    char[] next = new char[32];
    int nextLength, nextStart, nextEnd, nextFlags;
    bool hasNext;

    public SyllablePairFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        positionLength = AddAttribute<IPositionLengthAttribute>();
        flags = AddAttribute<IFlagsAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (hasNext)
        {
            hasNext = false;
            ClearAttributes();
            term.CopyBuffer(next, 0, nextLength);
            offset.SetOffset(nextStart, nextEnd);
            flags.Flags = nextFlags;
            RememberSyllable();
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (hasPrevious && position.PositionIncrement == 1 && (flags.Flags & LatinWordTokenizer.SpaceBeforeFlag) != 0)
        {
            SaveNext();
            EmitPair();
            return true;
        }
        RememberSyllable();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        hasPrevious = hasNext = false;
    }

    void RememberSyllable()
    {
        Copy(term, ref previous, out previousLength);
        previousStart = offset.StartOffset;
        hasPrevious = true;
    }

    void SaveNext()
    {
        Copy(term, ref next, out nextLength);
        nextStart = offset.StartOffset;
        nextEnd = offset.EndOffset;
        nextFlags = flags.Flags;
        hasNext = true;
    }

    void EmitPair()
    {
        ClearAttributes();
        term.CopyBuffer(previous, 0, previousLength);
        term.Append(' ');
        term.Append(next, 0, nextLength);
        offset.SetOffset(previousStart, nextEnd);
        position.PositionIncrement = 0;
        positionLength.PositionLength = 2;
        type.Type = PairType;
    }

    static void Copy(ICharTermAttribute from, ref char[] to, out int length)
    {
        length = from.Length;
        if (to.Length < length) to = new char[length];
        Array.Copy(from.Buffer, to, length);
    }
}
