using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Regie.Web.Infrastructure.Mail;

namespace Regie.Web.Infrastructure.Web;

public static class WebSetup
{
    public const long MaxUploadBytes = 64 * 1024 * 1024;

    public static WebApplicationBuilder AddRegieWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        builder.Services.Configure<MvcOptions>(o => DutchBindingMessages.Apply(o.ModelBindingMessageProvider));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxUploadBytes + 1024 * 1024);
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddScoped<Navigation>();
        builder.Services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        return builder;
    }

    public static WebApplication UseRegieWeb(this WebApplication app)
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(dutch),
            SupportedCultures = [dutch],
            SupportedUICultures = [dutch],
        });
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            await next();
        });
        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            app = new { version = typeof(WebSetup).Assembly.GetName().Version?.ToString(), uptimeSeconds = (int)(DateTime.UtcNow - System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime()).TotalSeconds },
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1), error = e.Value.Exception?.Message }),
        }));
    }
}
