using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Infrastructure.Authorization;

/// <summary>Identity's messages in our own Dutch words.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Er ging iets mis. Probeer het opnieuw." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders heeft deze gebruiker intussen gewijzigd. Laad de pagina opnieuw." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het wachtwoord klopt niet." };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Deze link is ongeldig of verlopen. Vraag de beheerder om een nieuwe uitnodiging." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"'{email}' is geen geldig e-mailadres." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"'{userName}' is geen geldig e-mailadres." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Er bestaat al een account met e-mailadres {email}." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Er bestaat al een account met e-mailadres {userName}." };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens lang zijn." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Het wachtwoord moet minstens één cijfer bevatten." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Het wachtwoord moet minstens één kleine letter bevatten." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Het wachtwoord moet minstens één hoofdletter bevatten." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Het wachtwoord moet minstens één leesteken bevatten." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten." };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"De gebruiker heeft de rol {Roles.Label(role)} al." };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = $"De gebruiker heeft de rol {Roles.Label(role)} niet." };
}
