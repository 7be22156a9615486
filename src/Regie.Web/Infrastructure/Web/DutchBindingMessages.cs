using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Regie.Web.Infrastructure.Web;

/// <summary>The messages model binding gives before validation runs (a letter in a number field), in Dutch.</summary>
public static class DutchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” is geen geldige waarde voor {field}.");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” is geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(field => $"Vul bij {field} een getal in.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul een waarde in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        messages.SetValueMustNotBeNullAccessor(value => $"Vul een waarde in; “{value}” kan niet.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Deze waarde is niet geldig voor {field}.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” is geen geldige waarde.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
    }
}
