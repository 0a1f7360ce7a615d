namespace ArchivePortal.Ingest.Html;

/// <summary>
/// The stack of open element names for <see cref="HtmlNesting"/>, with a count per name so that asking whether a
/// name is open costs nothing; closing is done only when it is, which keeps the whole scan linear.
/// </summary>
internal sealed class OpenElements
{
    /// <summary>Special elements (HTML standard) that stop the search for an &lt;li&gt;, &lt;dd&gt; or &lt;dt&gt; to close.</summary>
    static readonly HashSet<string> ListScopeStops =
    [
        "applet", "button", "caption", "dl", "fieldset", "marquee", "object", "ol", "select", "table", "tbody", "td",
        "template", "tfoot", "th", "thead", "tr", "ul",
    ];

    readonly List<string> stack = [];
    readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Count => stack.Count;

    public string? Current => stack.Count > 0 ? stack[^1] : null;

    public bool Contains(string name) => counts.GetValueOrDefault(name) > 0;

    public void Push(string name)
    {
        stack.Add(name);
        counts[name] = counts.GetValueOrDefault(name) + 1;
    }

    public string Pop()
    {
        var name = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        counts[name]--;
        return name;
    }

    /// <summary>Pops up to and including the innermost open <paramref name="name"/>, if one is open.</summary>
    public void CloseThrough(string name)
    {
        if (!Contains(name)) return;
        while (Pop() != name) { }
    }

    /// <summary>Pops up to and including the innermost open element of <paramref name="names"/>, if one is open.</summary>
    public void CloseThroughAny(IReadOnlySet<string> names)
    {
        if (!names.Any(Contains)) return;
        while (!names.Contains(Pop())) { }
    }

    /// <summary>Pops until <paramref name="name"/> is the current element, if one is open.</summary>
    public void CloseUntil(string name)
    {
        if (!Contains(name)) return;
        while (Current != name) Pop();
    }

    /// <summary>Pops until an element of <paramref name="names"/> is the current one, if one is open.</summary>
    public void CloseUntilAny(IReadOnlySet<string> names)
    {
        if (!names.Any(Contains)) return;
        while (!names.Contains(Current!)) Pop();
    }

    /// <summary>A new list item closes the open one of its kind, unless a list or table lies between them.</summary>
    public void CloseListItem(IReadOnlySet<string> kinds)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (kinds.Contains(stack[i]))
            {
                while (stack.Count > i) Pop();
                return;
            }
            if (ListScopeStops.Contains(stack[i])) return;
        }
    }
}
