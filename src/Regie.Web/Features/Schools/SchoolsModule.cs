using Regie.Web.Features.Schools.Import;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Schools;

public static class SchoolsModule
{
    public static WebApplicationBuilder AddSchools(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IImportDefinition, SchoolImport>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SchoolDirectory>();
        return builder;
    }
}
