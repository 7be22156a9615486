using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Chain.Staff;

public sealed class AssignmentInput
{
    [Display(Name = "School"), Required(ErrorMessage = "Kies de school.")] public Guid? SchoolId { get; set; }
    [Display(Name = "Rol"), Required(ErrorMessage = "Kies de rol.")] public SchoolAssignmentKind? Kind { get; set; }
    [Display(Name = "Medewerker"), Required(ErrorMessage = "Kies de medewerker.")] public Guid? UserId { get; set; }
}
