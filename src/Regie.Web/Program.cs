using Regie.Web.Data;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Market.Search;
using Regie.Web.Features.Needs;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Schools;
using Regie.Web.Features.Users;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Sealing;
using Regie.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegieData();
builder.AddRegieIdentity();
builder.AddRegieWeb();
builder.AddImports();
builder.AddSchools();
builder.AddUsers();
builder.AddNeeds();
builder.AddCollaboration();
builder.AddMarketSearch();
builder.AddRegieApi();
builder.AddSealing();
builder.AddProcurement();
builder.AddChain();

var app = builder.Build();
await app.Services.MigrateDatabaseAsync();
if (app.Configuration.GetValue<bool>("Regie:DemoData"))
    await app.Services.SeedDemoDataAsync();

app.UseRegieWeb();
app.UseRegieApi();
app.Run();

public partial class Program;
