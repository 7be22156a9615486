namespace Regie.Web.Infrastructure.Import;

public static class ImportSetup
{
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddSingleton<ImportProgress>();
        builder.Services.AddHostedService<ImportWorker>();
        return builder;
    }
}
