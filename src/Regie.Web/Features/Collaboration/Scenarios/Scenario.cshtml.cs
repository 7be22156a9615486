using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Collaboration.Scenarios;

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class ScenarioModel : PageModel
{
    public ScenarioGuide Guide { get; private set; } = null!;

    public void OnGet(int number) => Guide = ScenarioGuide.For((Scenario)number);
}
