using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Api;
using Regie.Web.Features.Chain.Dashboard;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;

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
        builder.AddPupilRegister();
        builder.AddDataSharing();
        builder.AddChainApi();
        builder.AddLearningDashboard();
        builder.AddDataAccess();
        return builder;
    }
}
