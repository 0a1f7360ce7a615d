using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// An object a native library opened (an ICU break iterator or transliterator, an OpenCC converter),
/// closed by Dispose or at the latest by the finalizer, so that native memory stays bounded even when
/// a caller forgets Dispose; it is closed by the library's own close function.
/// </summary>
internal sealed class NativeHandle : SafeHandle
{
    readonly Action<nint> close;

    public NativeHandle(nint value, Action<nint> close) : base(invalidHandleValue: 0, ownsHandle: true)
    {
        this.close = close;
        SetHandle(value);
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        close(handle);
        return true;
    }
}
