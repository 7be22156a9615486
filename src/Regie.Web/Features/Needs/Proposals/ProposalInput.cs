using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Needs.Proposals;

public sealed class ProposalInput
{
    [Display(Name = "Titel"), Required(ErrorMessage = "Vul een titel in."), StringLength(200, ErrorMessage = "De titel mag niet langer zijn dan 200 tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Toelichting"), StringLength(Need.TextMax, ErrorMessage = "De toelichting mag niet langer zijn dan 4.000 tekens.")]
    public string? Description { get; set; }

    public int Version { get; set; }
}
