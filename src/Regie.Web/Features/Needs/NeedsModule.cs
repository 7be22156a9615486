namespace Regie.Web.Features.Needs;

public static class NeedsModule
{
    public static WebApplicationBuilder AddNeeds(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
