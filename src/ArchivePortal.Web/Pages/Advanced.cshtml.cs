using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

/// <summary>The advanced form (a GET form to itself): once filled in, it redirects to the equivalent <c>/search?q=</c>.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class AdvancedModel : PageModel
{
    public AdvancedForm Form { get; private set; } = new();

    public IActionResult OnGet([FromQuery] AdvancedForm form)
    {
        Form = form;
        var query = form.ToQuery().ToQuery();
        return query.Length == 0 ? Page() : Redirect(new SearchState { Query = query }.Url());
    }
}

/// <summary>The form's bound fields (mutable for model binding).</summary>
public sealed class AdvancedForm
{
    public string? All { get; set; }
    public string? Any { get; set; }
    public string? None { get; set; }
    public string? Phrase { get; set; }
    public bool TitleOnly { get; set; }
    public string? Institution { get; set; }
    public string? Person { get; set; }
    public string? Topic { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Lang { get; set; }
    public string? Type { get; set; }

    public AdvancedQuery ToQuery() => new()
    {
        All = All, Any = Any, None = None, Phrase = Phrase, TitleOnly = TitleOnly, Institution = Institution,
        Person = Person, Topic = Topic, From = From, To = To, Lang = Lang, Type = Type,
    };
}
