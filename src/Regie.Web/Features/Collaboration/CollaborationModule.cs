namespace Regie.Web.Features.Collaboration;

public static class CollaborationModule
{
    public static WebApplicationBuilder AddCollaboration(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
