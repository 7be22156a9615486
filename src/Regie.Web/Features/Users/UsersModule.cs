namespace Regie.Web.Features.Users;

public static class UsersModule
{
    public static WebApplicationBuilder AddUsers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserInvitations>();
        return builder;
    }
}
