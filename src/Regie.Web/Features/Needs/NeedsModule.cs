namespace Regie.Web.Features.Needs;

public static class NeedsModule
{
    public static WebApplicationBuilder AddNeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISolutionWordSource, ShippedSolutionWords>();
        builder.Services.AddSingleton<ISolutionWordSource, BoardSolutionWords>();
        builder.Services.AddScoped<SolutionWords>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<NeedOverviews>();
        return builder;
    }
}
