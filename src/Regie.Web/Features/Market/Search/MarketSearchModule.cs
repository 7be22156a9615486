using Regie.Web.Data;
using Regie.Web.Features.Needs;

namespace Regie.Web.Features.Market.Search;

public static class MarketSearchModule
{
    public static WebApplicationBuilder AddMarketSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogIndexStore>();
        builder.Services.AddSingleton<SqliteCatalogTextSearch>();
        builder.Services.AddSingleton<PostgresCatalogTextSearch>();
        // The engine follows the database the context talks to.
        builder.Services.AddScoped<ICatalogTextSearch>(sp => sp.GetRequiredService<RegieDbContext>() is PostgresRegieDbContext
            ? sp.GetRequiredService<PostgresCatalogTextSearch>()
            : sp.GetRequiredService<SqliteCatalogTextSearch>());
        builder.Services.AddScoped<MarketSearch>();
        builder.Services.AddSingleton<ISolutionWordSource, CatalogTitleWords>();
        return builder;
    }
}
