namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The project list's state; the newest reference comes first.</summary>
public sealed class ProjectListState() : CategoryListState<ProjectStatus>("kenmerk");
