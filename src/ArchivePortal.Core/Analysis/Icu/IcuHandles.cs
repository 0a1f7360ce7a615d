using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// An open UBreakIterator. A SafeHandle so that an iterator nobody disposed is still closed by
/// the finalizer: native memory then stays bounded even when callers forget Dispose.
/// </summary>
internal sealed unsafe class BreakIteratorHandle : SafeHandle
{
    readonly IcuFunctions icu;

    public BreakIteratorHandle(IcuFunctions icu, nint iterator) : base(invalidHandleValue: 0, ownsHandle: true)
    {
        this.icu = icu;
        SetHandle(iterator);
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        icu.BreakClose(handle);
        return true;
    }
}

/// <summary>An open UTransliterator, closed by Dispose or at the latest by the finalizer.</summary>
internal sealed unsafe class TransliteratorHandle : SafeHandle
{
    readonly IcuFunctions icu;

    public TransliteratorHandle(IcuFunctions icu, nint transliterator) : base(invalidHandleValue: 0, ownsHandle: true)
    {
        this.icu = icu;
        SetHandle(transliterator);
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        icu.TransClose(handle);
        return true;
    }
}
