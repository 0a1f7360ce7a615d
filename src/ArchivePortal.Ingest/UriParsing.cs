using System.Diagnostics.CodeAnalysis;

namespace ArchivePortal.Ingest;

/// <summary>
/// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> that keeps its promise not to throw. On .NET 10,
/// System.Uri throws IndexOutOfRangeException from TryCreate on some hosts holding bidi controls
/// (<c>file://\u202A</c>, dotnet/runtime#1487), and some URIs it does create throw on their first
/// AbsoluteUri or Host (dotnet/runtime#110480). Pages link to anything, so links and canonical URLs are
/// parsed here, and one that the parser cannot handle is no URI.
/// </summary>
internal static class UriParsing
{
    public static bool TryCreate(string text, UriKind kind, [NotNullWhen(true)] out Uri? uri)
    {
        try
        {
            return Usable(Uri.TryCreate(text, kind, out uri) ? uri : null, out uri);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            uri = null;
            return false;
        }
    }

    public static bool TryCreate(Uri baseUri, string relative, [NotNullWhen(true)] out Uri? uri)
    {
        try
        {
            return Usable(Uri.TryCreate(baseUri, relative, out uri) ? uri : null, out uri);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            uri = null;
            return false;
        }
    }

    // A Uri computes its parts on first use: they are asked for here, inside the guard, not later by a caller.
    static bool Usable(Uri? parsed, [NotNullWhen(true)] out Uri? uri)
    {
        if (parsed is { IsAbsoluteUri: true }) _ = parsed.AbsoluteUri.Length + parsed.Host.Length;
        uri = parsed;
        return uri is not null;
    }
}
