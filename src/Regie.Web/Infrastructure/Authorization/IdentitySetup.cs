using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Authorization;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddRegieIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<TenantContext>();
        builder.Services
            .AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<RegieDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddClaimsPrincipalFactory<RegieClaimsFactory>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "regie.auth";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAuthorization(o => o.AddRegiePolicies());
        builder.Services.AddSingleton<IAuthorizationHandler, CapabilityHandler>();
        return builder;
    }
}

/// <summary>Puts the user's organization into the cookie so every request knows its tenant without a query.</summary>
public sealed class RegieClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, RegieDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organization = await db.Organizations.FindAsync(user.OrganizationId)
            ?? throw new InvalidOperationException($"User {user.Id} has no organization.");
        identity.AddClaim(new Claim(TenantContext.OrganizationClaim, organization.Id.ToString()));
        identity.AddClaim(new Claim(TenantContext.OrganizationKindClaim, organization.Kind.ToString()));
        identity.AddClaim(new Claim(TenantContext.DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim("regie:orgname", organization.Name));
        return identity;
    }
}
