namespace Regie.Web.Features.Chain.Sharing;

public static class SharingModule
{
    /// <summary>Processing agreements, sharing rules and school roles.</summary>
    public static WebApplicationBuilder AddDataSharing(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
