using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Api;

[Flags]
public enum ApiScopes
{
    None = 0,
    [Display(Name = "Aanbod lezen")] CatalogRead = 1,
    [Display(Name = "Aanbod wijzigen")] CatalogWrite = 2,
    [Display(Name = "Aanbestedingen lezen")] TendersRead = 4,
    [Display(Name = "Leerlinglijsten ophalen")] RosterRead = 8,
    [Display(Name = "Leerresultaten aanleveren")] ResultsWrite = 16,
}

/// <summary>
/// A key an organization's software uses to call Regie's API. Only a hash of the secret is stored: the full key is shown
/// once, at creation or rotation. The prefix (the part before the dot) finds the key without scanning hashes.
/// </summary>
public sealed class ApiKey : IAudited, IOrganizationOwned
{
    public const string KeyStart = "regie_";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    [Display(Name = "Naam")] public string Name { get; set; } = "";
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    [Display(Name = "Rechten")] public ApiScopes Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    [Display(Name = "Verloopt op")] public DateTimeOffset? ExpiresAt { get; set; }
    [Display(Name = "Laatst gebruikt")] public DateTimeOffset? LastUsedAt { get; set; }
    [Display(Name = "Ingetrokken op")] public DateTimeOffset? RevokedAt { get; private set; }
    /// <summary>The key this one replaced at rotation; that key stays valid until its own <see cref="ExpiresAt"/>.</summary>
    public Guid? RotatedFromId { get; init; }

    public bool IsActiveOn(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Gives the key a fresh secret and returns the full key, which is never stored.</summary>
    public string IssueSecret()
    {
        Prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        SecretHash = Hash(secret);
        return $"{KeyStart}{Prefix}.{secret}";
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Splits a presented key into prefix and secret; false when it does not have Regie's shape.</summary>
    public static bool TryParse(string presented, out string prefix, out string secret)
    {
        prefix = secret = "";
        if (!presented.StartsWith(KeyStart, StringComparison.Ordinal)) return false;
        var dot = presented.IndexOf('.', KeyStart.Length);
        if (dot < 0) return false;
        prefix = presented[KeyStart.Length..dot];
        secret = presented[(dot + 1)..];
        return prefix.Length == 12 && secret.Length > 0;
    }

    /// <summary>Constant-time comparison of a presented secret with the stored hash.</summary>
    public bool Matches(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    // The secret is 256 random bits, so a fast hash is enough; a slow password hash would only slow every API call.
    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
