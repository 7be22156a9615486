namespace Regie.Web.Features.Chain.Access;

public static class AccessModule
{
    /// <summary>The data-access log and subject-access requests.</summary>
    public static WebApplicationBuilder AddDataAccess(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
