namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// An ICU call failed in a way that means a bug in the caller or a broken ICU, never an
/// expected state: an absent library is reported by <see cref="IcuLibrary.IsAvailable"/> instead.
/// </summary>
public sealed class IcuException : Exception
{
    /// <summary>Creates the exception for a failed call.</summary>
    public IcuException(string operation, int errorCode, string errorName)
        : base($"ICU {operation} failed with {errorName} ({errorCode})")
    {
        Operation = operation;
        ErrorCode = errorCode;
        ErrorName = errorName;
    }

    /// <summary>The ICU function that failed, e.g. <c>ubrk_open</c>.</summary>
    public string Operation { get; }

    /// <summary>ICU's UErrorCode; always greater than zero (U_FAILURE).</summary>
    public int ErrorCode { get; }

    /// <summary>ICU's name for <see cref="ErrorCode"/>, e.g. <c>U_ILLEGAL_ARGUMENT_ERROR</c>.</summary>
    public string ErrorName { get; }
}
