using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Sharing;

namespace Regie.Tests.Features.Chain.Sharing;

public sealed class AgreementCheckTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly Guid Supplier = Guid.NewGuid();
    private static readonly Guid Product = Guid.NewGuid();

    private static SharingRule Rule(SharedFields fields = SharedFields.Group, bool eck = false) =>
        new() { SupplierId = Supplier, CatalogItemId = Product, Fields = fields, UseEckId = eck };

    private static ProcessingAgreement Agreement(DateOnly? signed = null, DateOnly? ends = null, Guid? product = null, SharedFields fields = SharedFields.Group | SharedFields.YearGroup, bool eck = false, Guid? supplier = null) =>
        new() { SupplierId = supplier ?? Supplier, CatalogItemId = product, SignedOn = signed, EndsOn = ends, DataCategories = fields, AllowsEckId = eck };

    [Fact]
    public void NoAgreement_Blocks()
    {
        var outcome = AgreementCheck.For(Rule(), [Agreement(Today, supplier: Guid.NewGuid())], Today);
        Assert.False(outcome.Allowed);
        Assert.Contains("geen verwerkersovereenkomst", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsignedAgreement_Blocks()
    {
        var outcome = AgreementCheck.For(Rule(), [Agreement()], Today);
        Assert.False(outcome.Allowed);
        Assert.Contains("nog niet ondertekend", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AgreementSignedForLater_Blocks()
    {
        var outcome = AgreementCheck.For(Rule(), [Agreement(Today.AddDays(3))], Today);
        Assert.False(outcome.Allowed);
        Assert.Contains("gaat pas in op 18-03-2026", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiredAgreement_Blocks_ButHoldsOnItsLastDay()
    {
        var expired = AgreementCheck.For(Rule(), [Agreement(Today.AddYears(-1), Today.AddDays(-1))], Today);
        Assert.False(expired.Allowed);
        Assert.Contains("verlopen op 14-03-2026", expired.Reason, StringComparison.Ordinal);
        Assert.True(AgreementCheck.For(Rule(), [Agreement(Today.AddYears(-1), Today)], Today).Allowed);
    }

    [Fact]
    public void FieldsTheAgreementDoesNotCover_Block()
    {
        var outcome = AgreementCheck.For(Rule(SharedFields.Group | SharedFields.YearGroup), [Agreement(Today, fields: SharedFields.Group)], Today);
        Assert.False(outcome.Allowed);
        Assert.Contains("dekt niet alle velden", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EckIdWithoutPermission_Blocks_AndWithPermission_IsAllowed()
    {
        var refused = AgreementCheck.For(Rule(eck: true), [Agreement(Today)], Today);
        Assert.False(refused.Allowed);
        Assert.Contains("ECK iD niet toe", refused.Reason, StringComparison.Ordinal);
        Assert.True(AgreementCheck.For(Rule(eck: true), [Agreement(Today, eck: true)], Today).Allowed);
    }

    [Fact]
    public void AgreementForAnotherProduct_DoesNotCover_ButSupplierWideAndSameProductDo()
    {
        Assert.False(AgreementCheck.For(Rule(), [Agreement(Today, product: Guid.NewGuid())], Today).Allowed);
        var wide = Agreement(Today);
        var specific = Agreement(Today, product: Product);
        Assert.Same(wide, AgreementCheck.For(Rule(), [wide], Today).Agreement);
        Assert.Same(specific, AgreementCheck.For(Rule(), [specific], Today).Agreement);
    }

    [Fact]
    public void ArchivedAgreement_NoLongerCounts()
    {
        var agreement = Agreement(Today);
        agreement.Archive(DateTimeOffset.UtcNow);
        Assert.False(AgreementCheck.For(Rule(), [agreement], Today).Allowed);
    }

    [Fact]
    public void RuleSharingOnlyThePseudonym_NeedsNoFieldCategories()
    {
        Assert.True(AgreementCheck.For(Rule(SharedFields.None), [Agreement(Today, fields: SharedFields.None)], Today).Allowed);
    }

    [Fact]
    public void Status_FollowsSignatureAndEndDate()
    {
        Assert.Equal(AgreementStatus.Concept, Agreement().StatusOn(Today));
        Assert.Equal(AgreementStatus.Concluded, Agreement(Today).StatusOn(Today));
        Assert.Equal(AgreementStatus.Expired, Agreement(Today.AddYears(-1), Today.AddDays(-1)).StatusOn(Today));
    }
}
