using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ArchivePortal.Web.Tests.Components;

/// <summary>
/// What a screen reader and what the eye get from an element, in the simple cases the components
/// produce: the name is aria-label when present, else the text outside aria-hidden; the visible
/// text also leaves out what is only for screen readers (.visually-hidden).
/// </summary>
public static partial class AccessibleText
{
    public static string Name(IElement element) =>
        element.GetAttribute("aria-label") ?? Collapse(TextOf(element, skipVisuallyHidden: false));

    public static string Visible(IElement element) => Collapse(TextOf(element, skipVisuallyHidden: true));

    static string TextOf(INode node, bool skipVisuallyHidden) => node switch
    {
        IElement e when e.GetAttribute("aria-hidden") == "true" => "",
        IElement e when skipVisuallyHidden && e.ClassList.Contains("visually-hidden") => "",
        IText t => t.Data,
        _ => string.Concat(node.ChildNodes.Select(child => TextOf(child, skipVisuallyHidden))),
    };

    static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
