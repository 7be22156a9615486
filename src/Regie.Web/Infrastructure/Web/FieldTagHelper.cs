using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Regie.Web.Infrastructure.Web;

/// <summary>
/// One form field in NL Design System markup: label, optional hint, the input and its error message,
/// tied together with aria-describedby so screen readers read the error with the field.
/// </summary>
[HtmlTargetElement("regie-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("type")] public string? Type { get; set; }
    [HtmlAttributeName("items")] public IEnumerable<SelectListItem>? Items { get; set; }
    [HtmlAttributeName("multiline")] public bool Multiline { get; set; }
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    [HtmlAttributeName("width")] public string? Width { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // The full name honours a partial's HtmlFieldPrefix, so shared field partials bind like inline fields.
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var label = For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        var required = For.Metadata.IsRequired && For.Metadata.ModelType != typeof(bool);
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = state?.AttemptedValue ?? FormatValue(For.Model);
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.Where(x => x is not null));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field" + (error is null ? "" : " utrecht-form-field--invalid"));
        var html = output.Content;

        if (For.Metadata.ModelType == typeof(bool))
        {
            var check = new TagBuilder("input");
            check.Attributes["type"] = "checkbox";
            check.Attributes["id"] = id;
            check.Attributes["name"] = name;
            check.Attributes["value"] = "true";
            check.AddCssClass("utrecht-checkbox utrecht-checkbox--html-input");
            if (For.Model is true) check.Attributes["checked"] = "checked";
            html.AppendHtml("<div class=\"regie-check\">").AppendHtml(check.RenderSelfClosingTag());
            html.AppendHtml($"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">").Append(label).AppendHtml("</label>");
            html.AppendHtml($"<input type=\"hidden\" name=\"{name}\" value=\"false\"></div>");
            return;
        }

        html.AppendHtml($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">").Append(label);
        if (!required) html.AppendHtml(" <span class=\"regie-optional\">(niet verplicht)</span>");
        html.AppendHtml("</label></div>");
        if (Hint is not null)
            html.AppendHtml($"<div class=\"utrecht-form-field-description\" id=\"{id}-hint\">").Append(Hint).AppendHtml("</div>");
        if (error is not null)
            html.AppendHtml($"<div class=\"utrecht-form-field-error-message\" id=\"{id}-error\">").Append(error).AppendHtml("</div>");

        TagBuilder input;
        if (Items is not null)
        {
            input = new TagBuilder("select");
            input.AddCssClass("utrecht-select utrecht-select--html-select");
            foreach (var item in Items)
            {
                var option = new TagBuilder("option");
                option.Attributes["value"] = item.Value;
                if (item.Value == value) option.Attributes["selected"] = "selected";
                option.InnerHtml.Append(item.Text);
                input.InnerHtml.AppendHtml(option);
            }
        }
        else if (Multiline)
        {
            input = new TagBuilder("textarea");
            input.AddCssClass("utrecht-textarea utrecht-textarea--html-textarea");
            input.Attributes["rows"] = "5";
            input.InnerHtml.Append(value ?? "");
        }
        else
        {
            input = new TagBuilder("input");
            input.TagRenderMode = TagRenderMode.SelfClosing;
            input.AddCssClass("utrecht-textbox utrecht-textbox--html-input");
            input.Attributes["type"] = Type ?? InputType();
            input.Attributes["value"] = value ?? "";
            var max = For.Metadata.ContainerType?.GetProperty(For.Metadata.PropertyName ?? "")?.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength;
            if (max is > 0) input.Attributes["maxlength"] = max.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (Width is not null) input.AddCssClass("regie-width-" + Width);
        if (required) input.Attributes["aria-required"] = "true";
        if (error is not null) input.Attributes["aria-invalid"] = "true";
        if (describedBy.Length > 0) input.Attributes["aria-describedby"] = describedBy;
        if (Autocomplete is not null) input.Attributes["autocomplete"] = Autocomplete;
        html.AppendHtml("<div class=\"utrecht-form-field__input\">").AppendHtml(input).AppendHtml("</div>");
    }

    private string InputType() =>
        For.Metadata.DataTypeName switch
        {
            nameof(DataType.EmailAddress) => "email",
            nameof(DataType.Password) => "password",
            nameof(DataType.Url) => "url",
            _ => For.Metadata.ModelType == typeof(int) || For.Metadata.ModelType == typeof(int?) ? "number" : "text",
        };

    private static string? FormatValue(object? model) => model switch
    {
        null => null,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
