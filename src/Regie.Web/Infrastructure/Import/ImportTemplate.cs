using Microsoft.AspNetCore.Mvc;
using Regie.Web.Infrastructure.Export;

namespace Regie.Web.Infrastructure.Import;

/// <summary>An import that offers an example file: its own columns in the header row, with example rows below.</summary>
public interface IImportTemplate
{
    string TemplateName { get; }
    /// <summary>One value per column of <see cref="IImportDefinition.Columns"/>, in that order.</summary>
    IReadOnlyList<IReadOnlyList<string>> ExampleRows { get; }
}

public static class ImportTemplate
{
    /// <summary>The template as CSV or xlsx through the one export helper, so it reads back exactly as an upload.</summary>
    public static FileContentResult Create(IImportDefinition definition, IImportTemplate template, ExportFormat format, DateTimeOffset now) =>
        ExportFile.Create(template.ExampleRows,
            definition.Columns.Select((c, i) => new ExportColumn<IReadOnlyList<string>>(c.Name, r => r.ElementAtOrDefault(i) ?? "")).ToList(),
            format, template.TemplateName, now);
}
