using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Web.Features.Chain;

public static class ChainModule
{
    /// <summary>The chain module: the pseudonymisation service with its own keys, and the per-request view of what a user may see.</summary>
    public static WebApplicationBuilder AddChain(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PseudonymKeyRing>();
        builder.Services.AddSingleton<LookupKeyRing>();
        builder.Services.AddSingleton<FirstLevelHasher>();
        builder.Services.AddSingleton<PseudonymService>();
        builder.Services.AddScoped<ChainAccess>();
        return builder;
    }
}
