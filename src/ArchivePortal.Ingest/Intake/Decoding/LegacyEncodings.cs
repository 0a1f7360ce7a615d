using System.Text;

namespace ArchivePortal.Ingest.Intake.Decoding;

/// <summary>
/// Decoders for the charsets that older Chinese and Vietnamese pages declare (GBK, GB2312, GB18030,
/// Big5, windows-1258). .NET ships them in <see cref="CodePagesEncodingProvider"/>, which must be
/// registered once per process before <see cref="Encoding.GetEncoding(string)"/> knows them.
/// </summary>
public static class LegacyEncodings
{
    static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>A strict decoder (invalid bytes throw) for <paramref name="charset"/>, or null when the name is unknown or not decodable.</summary>
    public static Encoding? Strict(string charset)
    {
        _ = Registered.Value;
        try
        {
            return Encoding.GetEncoding(charset.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null; // an unknown name is an expected input, reported by the caller
        }
        catch (NotSupportedException)
        {
            // A known name that .NET will not decode: utf-7 (SYSLIB0001), which a page can declare.
            return null;
        }
    }
}
