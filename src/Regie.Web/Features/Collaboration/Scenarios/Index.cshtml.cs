using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Collaboration.Scenarios;

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
