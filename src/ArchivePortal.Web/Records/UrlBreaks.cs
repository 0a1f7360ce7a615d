using System.Net;
using System.Text;

namespace ArchivePortal.Web.Records;

/// <summary>
/// A long address shown as text, escaped, with line-break opportunities (&lt;wbr&gt;) after each
/// slash and before its query and fragment: on a phone it wraps between its parts, not in the
/// middle of a word (the stylesheet breaks a part only when it alone is wider than the line).
/// </summary>
public static class UrlBreaks
{
    public static string Html(string url)
    {
        var sb = new StringBuilder(url.Length + 32);
        int start = 0;
        void Flush(int end) { sb.Append(WebUtility.HtmlEncode(url[start..end])); start = end; }
        for (int i = 0; i < url.Length; i++)
        {
            if (url[i] is '?' or '&' or '#' && i > 0) { Flush(i); sb.Append("<wbr>"); }
            // Not inside the scheme's "//": a break there leaves "https:/" alone on a line.
            if (url[i] == '/' && (i + 1 >= url.Length || url[i + 1] != '/')) { Flush(i + 1); sb.Append("<wbr>"); }
        }
        Flush(url.Length);
        return sb.ToString();
    }
}
