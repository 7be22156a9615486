namespace Regie.Web.Features.Procurement.Plans;

public static class PlansModule
{
    public static WebApplicationBuilder AddInvestmentPlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PlanOverviews>();
        return builder;
    }
}
