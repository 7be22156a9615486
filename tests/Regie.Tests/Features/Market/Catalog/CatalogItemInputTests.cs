using Regie.Web.Features.Market.Catalog;

namespace Regie.Tests.Features.Market.Catalog;

public sealed class CatalogItemInputTests
{
    [Theory]
    [InlineData("12,50", 12.50)]
    [InlineData("12.50", 12.50)]
    [InlineData("1.234,50", 1234.50)]
    [InlineData("1,234.50", 1234.50)]
    [InlineData("€ 12,50", 12.50)]
    [InlineData("€12", 12)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234.567,89", 1234567.89)]
    [InlineData(" 0,5 ", 0.5)]
    [InlineData("0", 0)]
    public void TryParseAmount_AcceptsDutchAndEnglishNotation(string text, double expected)
    {
        Assert.True(CatalogItemInput.TryParseAmount(text, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("-12,50")]
    [InlineData("€ -1")]
    [InlineData("twaalf")]
    [InlineData("12,505")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void TryParseAmount_RefusesNegativesAndGarbage(string text) =>
        Assert.False(CatalogItemInput.TryParseAmount(text, out _));

    [Fact]
    public void ParseCodes_AcceptsCodesAndLabels_IgnoringCaseAndAccents()
    {
        var codes = CatalogItemInput.ParseCodes("rekenen-wiskunde, Lezen; WERELDORIENTATIE | groep 3");
        Assert.Equal(["rekenen-wiskunde", "lezen", "wereldorientatie", "groep-3"], codes);
        Assert.Equal(["Rekenen en wiskunde"], CatalogItemInput.ParseCodes("Rekenen en wiskunde").Select(CodeLists.SubjectLabel));
    }

    [Fact]
    public void ParseCodes_KeepsUnknownEntries_SoValidationNamesThem()
    {
        var input = Valid();
        input.Subjects = CatalogItemInput.ParseCodes("rekenen-wiskunde, sterrenkunde");
        var error = Assert.Single(input.Validate());
        Assert.Equal(nameof(CatalogItemInput.Subjects), error.Field);
        Assert.Contains("'sterrenkunde'", error.Message);
        Assert.Contains("Vakken", error.Message);
    }

    [Fact]
    public void ParseOptions_ReadsNamesAndLabels_AndReportsTheRest()
    {
        var sectors = CatalogItemInput.ParseOptions<SchoolSectors>("po, VO, hbo", out var unknown);
        Assert.Equal([SchoolSectors.Po, SchoolSectors.Vo], sectors);
        Assert.Equal(["hbo"], unknown);
        Assert.True(CatalogItemInput.TryParseOption<ItemKind>("digitaal leermiddel", out var kind));
        Assert.Equal(ItemKind.LearningMaterial, kind);
    }

    [Fact]
    public void Validate_ValidInput_HasNoErrors() => Assert.Empty(Valid().Validate());

    [Fact]
    public void Validate_FiveMegabyteDescription_GivesAMessage()
    {
        var input = Valid();
        input.Description = new string('a', 5 * 1024 * 1024);
        var error = Assert.Single(input.Validate());
        Assert.Equal(nameof(CatalogItemInput.Description), error.Field);
        Assert.Contains("20.000", error.Message);
    }

    [Theory]
    [InlineData("-5", "mag niet negatief")]
    [InlineData("vijf euro", "bijvoorbeeld 12,50")]
    public void Validate_BadPrice_NamesTheField(string price, string expected)
    {
        var input = Valid();
        input.PriceExclVat = price;
        var error = Assert.Single(input.Validate());
        Assert.Equal(nameof(CatalogItemInput.PriceExclVat), error.Field);
        Assert.Contains("Prijs excl. btw", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Validate_UnknownCodesAndBadUrlsAndVatRate_AreEachNamed()
    {
        var input = Valid();
        input.Levels = ["groep-9"];
        input.LearningGoals = ["kd-po-2006-99"];
        input.Certifications = ["iso-99999"];
        input.Website = "niet een adres";
        input.VatRate = 19m;
        var errors = input.Validate();
        Assert.Contains(errors, e => e.Field == "Levels" && e.Message.Contains("'groep-9'"));
        Assert.Contains(errors, e => e.Field == "LearningGoals" && e.Message.Contains("'kd-po-2006-99'"));
        Assert.Contains(errors, e => e.Field == "Certifications" && e.Message.Contains("'iso-99999'"));
        Assert.Contains(errors, e => e.Field == "Website" && e.Message.StartsWith("Website"));
        Assert.Contains(errors, e => e.Field == "VatRate");
    }

    [Fact]
    public void ApplyTo_WritesEveryField_AndFromReadsThemBack()
    {
        var item = new CatalogItem { SupplierId = Guid.NewGuid() };
        var input = Valid();
        input.PriceExclVat = "1.234,50";
        input.OneOffCostsExclVat = "250";
        input.Sectors = [SchoolSectors.Po, SchoolSectors.So];
        input.SingleSignOn = [SingleSignOnOptions.Entree, SingleSignOnOptions.Basispoort];
        input.HasPrivacySheet = true;
        input.PrivacyPersonalData = "leerling: naam, klas, resultaten\nleraar: naam, e-mailadres";
        input.PrivacySubProcessors = "Hostbedrijf BV; Nederland; opslag\nMailer; Ierland";
        input.PrivacyBreachNotificationHours = 24;
        input.ApplyTo(item);

        Assert.Equal(1234.50m, item.PriceExclVat);
        Assert.Equal(250m, item.OneOffCostsExclVat);
        Assert.Equal(SchoolSectors.Po | SchoolSectors.So, item.Sectors);
        Assert.Equal(SingleSignOnOptions.Entree | SingleSignOnOptions.Basispoort, item.Compliance.SingleSignOn);
        var sheet = item.Compliance.PrivacySheet!;
        Assert.Equal(["naam", "klas", "resultaten"], sheet.PersonalData[0].Categories);
        Assert.Equal(new SubProcessor("Mailer", "Ierland", null), sheet.SubProcessors[1]);
        Assert.Equal("https://www.rekenrijk.nl", item.Website);
        Assert.Empty(item.MissingForPublication());

        var back = CatalogItemInput.From(item);
        Assert.Equal("1234,50", back.PriceExclVat);
        Assert.Equal(input.PrivacySubProcessors, back.PrivacySubProcessors);
        Assert.Equal([SchoolSectors.Po, SchoolSectors.So], back.Sectors);
    }

    [Fact]
    public void ApplyTo_DropsVerificationOfChangedFactsOnly()
    {
        var item = new CatalogItem { SupplierId = Guid.NewGuid() };
        Valid().ApplyTo(item);
        item.Compliance = item.Compliance with
        {
            Verified = [ComplianceFact.PrivacyCovenant, ComplianceFact.DataLocation], VerifiedAt = DateTimeOffset.UnixEpoch, VerifiedBy = "Moderator",
        };

        var input = CatalogItemInput.From(item);
        input.DataLocation = DataLocation.OutsideEuEea;
        input.Title = "Andere titel";
        input.ApplyTo(item);

        Assert.Equal([ComplianceFact.PrivacyCovenant], item.Compliance.Verified);
        Assert.Equal("Moderator", item.Compliance.VerifiedBy);

        input.PrivacyCovenantSigned = false;
        input.ApplyTo(item);
        Assert.Empty(item.Compliance.Verified);
        Assert.Null(item.Compliance.VerifiedAt);
    }

    [Fact]
    public void ApplyTo_ServiceTypeOnlyForServices()
    {
        var item = new CatalogItem();
        var input = Valid();
        input.ServiceType = ServiceType.Advice;
        input.ApplyTo(item);
        Assert.Null(item.ServiceType);
    }

    private static CatalogItemInput Valid() => new()
    {
        Title = "Rekenrijk", Summary = "Adaptief rekenen voor groep 3 tot en met 8.", Description = "Oefenen op eigen niveau.",
        Kind = ItemKind.LearningMaterial, Website = "www.rekenrijk.nl", Sectors = [SchoolSectors.Po],
        Subjects = ["rekenen-wiskunde"], Levels = ["groep-3", "groep-4"], LearningGoals = ["kd-po-2006-23"],
        PricingModel = PricingModel.PerPupilPerYear, PriceExclVat = "12,50", VatRate = 21m,
        PrivacyCovenantSigned = true, DataLocation = DataLocation.EuEea, Certifications = ["iso-27001"],
    };
}
