using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Mail;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>
/// Mail to the users of invited suppliers. Every message goes to every invited supplier alike and never names the
/// supplier that asked a question: a level playing field.
/// </summary>
public sealed class TenderMail(RegieDbContext db, MailSender mail)
{
    public async Task InvitationAsync(ProcurementProject project, IReadOnlyCollection<Guid> supplierIds, string baseUrl, CancellationToken ct)
    {
        var board = await BoardNameAsync(project, ct);
        await SendAsync(supplierIds, $"Uitnodiging: {project.Title} ({board})", $"""
            Goedendag,

            {board} nodigt u uit om in te schrijven op het inkooptraject {project.Reference} {project.Title}.

            Vragen stellen kan tot {project.QuestionsDeadline?.ToDutchDateTime()}.
            Inschrijven kan tot {project.OfferDeadline?.ToDutchDateTime()}.

            U leest de stukken, stelt vragen en schrijft in via het leveranciersportaal van Regie:
            {Link(project, baseUrl)}
            """, ct);
    }

    public async Task PublishedAsync(ProcurementProject project, IReadOnlyList<ProjectQuestion> published, string baseUrl, CancellationToken ct)
    {
        var board = await BoardNameAsync(project, ct);
        var supplierIds = await InvitedAsync(project, ct);
        var what = published.Count == 1
            ? published[0].Kind == QuestionKind.Announcement ? "een mededeling" : "het antwoord op een vraag"
            : $"{published.Count} antwoorden en mededelingen";
        await SendAsync(supplierIds, $"Nieuw in {project.Reference} {project.Title}", $"""
            Goedendag,

            {board} heeft in het inkooptraject {project.Reference} {project.Title} {what} gepubliceerd.
            Alle uitgenodigde leveranciers ontvangen dit bericht tegelijk; wie een vraag stelde, blijft onbekend.

            Lees het in het leveranciersportaal van Regie:
            {Link(project, baseUrl)}
            """, ct);
    }

    public Task<List<Guid>> InvitedAsync(ProcurementProject project, CancellationToken ct) =>
        db.ProjectSuppliers.Where(s => s.ProjectId == project.Id && s.Status == InvitationStatus.Invited).Select(s => s.SupplierId).ToListAsync(ct);

    private static string Link(ProcurementProject project, string baseUrl) => $"{baseUrl.TrimEnd('/')}/Procurement/Tenders/Project/{project.Id}";

    private Task<string> BoardNameAsync(ProcurementProject project, CancellationToken ct) =>
        db.Organizations.Where(o => o.Id == project.BoardId).Select(o => o.Name).SingleAsync(ct);

    /// <summary>The supplier's users belong to another organization, so the board's user filter is lifted for these ids only.</summary>
    private async Task SendAsync(IReadOnlyCollection<Guid> supplierIds, string subject, string body, CancellationToken ct)
    {
        if (supplierIds.Count == 0) return;
        var addresses = await db.Users.IgnoreQueryFilters()
            .Where(u => supplierIds.Contains(u.OrganizationId) && u.DeactivatedAt == null && u.Email != null)
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var address in addresses) await mail.SendAsync(address, subject, body, ct);
    }
}
