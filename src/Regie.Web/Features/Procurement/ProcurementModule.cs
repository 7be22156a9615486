using Regie.Web.Features.Procurement.Monitor;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement;

public static class ProcurementModule
{
    /// <summary>The procurement module's services: plan overviews and threshold reports kept in memory, offer sealing, tender mail.</summary>
    public static WebApplicationBuilder AddProcurement(this WebApplicationBuilder builder)
    {
        builder.AddInvestmentPlans();
        builder.AddProcurementProjects();
        builder.Services.AddSingleton<ThresholdReports>();
        builder.Services.AddSingleton<OfferEnvelopes>();
        return builder;
    }
}
