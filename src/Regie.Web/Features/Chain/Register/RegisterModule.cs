using Regie.Web.Features.Chain.Register.Import;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Chain.Register;

public static class RegisterModule
{
    /// <summary>Pupil register: imports, groups and teachers.</summary>
    public static WebApplicationBuilder AddPupilRegister(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IImportDefinition, PupilImport>();
        return builder;
    }
}
