using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Collaboration.Glossary;

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms { get; } = GlossaryTerms.Terms.OrderBy(t => t.Term, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true)).ToList();

    public void OnGet() { }
}
