namespace Regie.Web.Features.Chain.Dashboard;

public static class DashboardModule
{
    /// <summary>The learning-results dashboard.</summary>
    public static WebApplicationBuilder AddLearningDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<DashboardData>();
        return builder;
    }
}
