using Istmo.Data.Registry;
using Istmo.Modules.Screening;

namespace Istmo.Modules.Tests.Screening;

public sealed class DocumentConflictsTests
{
    private static IdentityDocument Doc(string type, string number, string? country = "PA") =>
        new() { Type = type, Number = number, NumberNormalized = IdentityDocument.Normalize(number), IssuingCountry = country };

    [Theory]
    [InlineData("8-123-4567", "8-765-4321", true)] // two cédulas: two people
    [InlineData("8-123-4567", "8 123 4567", false)] // the same number written otherwise
    [InlineData("8-123-4567", "8-123-4568", false)] // one digit mistyped
    [InlineData("8-123-4567", "8-123-4576", false)] // two neighbours swapped
    [InlineData("8-123-4567", "8-123-467", false)] // one digit dropped
    [InlineData("8-123-4567", "8-123-45", true)] // two digits apart
    public void Cedulas_OfOneCountry_ConflictUnlessWithinATypingSlip(string a, string b, bool conflict) =>
        Assert.Equal(conflict, DocumentConflicts.Conflict([Doc("cedula", a)], [Doc("cedula", b)]));

    [Fact]
    public void PassportsOtherCountriesOrTypes_NeverConflict()
    {
        // Passports are renewed under new numbers; a cédula from another country, or a cédula against a passport, says nothing.
        Assert.False(DocumentConflicts.Conflict([Doc("passport", "PA1234567")], [Doc("passport", "PA7654321")]));
        Assert.False(DocumentConflicts.Conflict([Doc("cedula", "8-123-4567", "PA")], [Doc("cedula", "1-765-4321", "CO")]));
        Assert.False(DocumentConflicts.Conflict([Doc("cedula", "8-123-4567")], [Doc("passport", "8-765-4321")]));
        Assert.False(DocumentConflicts.Conflict([], [Doc("cedula", "8-765-4321")]));
    }

    [Fact]
    public void OneMatchingCedula_AmongSeveral_NoConflict()
    {
        // A record holding the same cédula as the other (and another document) is not a conflict.
        Assert.False(DocumentConflicts.Conflict([Doc("cedula", "8-123-4567")], [Doc("cedula", "8-999-0000", "CO"), Doc("cedula", "8-123-4567")]));
        Assert.True(DocumentConflicts.Conflict([Doc("national-id", "V-12345678", "VE")], [Doc("NATIONAL-ID", "V-87654321", "ve")]));
    }
}
