using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Web.Features.Chain.Api;

public static class ApiModule
{
    /// <summary>The supplier API: rosters out, learning results in.</summary>
    public static WebApplicationBuilder AddChainApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PseudonymIssuer>();
        builder.Services.AddScoped<RosterBuilder>();
        builder.Services.AddScoped<DeliveryCheck>();
        return builder;
    }
}
