namespace Regie.Web.Features.Procurement.Projects;

public static class ProjectsModule
{
    public static WebApplicationBuilder AddProcurementProjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TenderMail>();
        return builder;
    }
}
