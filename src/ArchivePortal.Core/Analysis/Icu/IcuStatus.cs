namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>ICU's UErrorCode conventions: above zero is a failure, below zero only a warning.</summary>
internal static class IcuStatus
{
    public const int BufferOverflow = 15; // U_BUFFER_OVERFLOW_ERROR

    public static bool IsFailure(int status) => status > 0;

    public static void ThrowIfFailure(IcuFunctions icu, int status, string operation)
    {
        if (IsFailure(status)) throw new IcuException(operation, status, icu.NameOf(status));
    }
}
