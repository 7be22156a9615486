namespace Regie.Web.Features.Chain.Dashboard;

public static class DashboardModule
{
    /// <summary>The learning-results dashboard.</summary>
    public static WebApplicationBuilder AddLearningDashboard(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
