using Istmo.Core.Audit;

namespace Istmo.Core.Tests;

public sealed class AuditHashTests
{
    private static string Hash(string actor = "ana", string summary = "{}", string previous = AuditHash.Genesis, string? purpose = null) =>
        AuditHash.Compute(1, 1_700_000_000_000_000, actor, "PNP", "create", "Person", "id", purpose, summary, previous);

    [Fact]
    public void Compute_SameFields_SameHash() => Assert.Equal(Hash(), Hash());

    [Fact]
    public void Compute_AnyFieldChanged_ChangesHash()
    {
        Assert.NotEqual(Hash(), Hash(actor: "anb"));
        Assert.NotEqual(Hash(), Hash(summary: "{ }"));
        Assert.NotEqual(Hash(), Hash(previous: new string('1', 64)));
        Assert.NotEqual(Hash(), Hash(purpose: string.Empty));
    }

    [Fact]
    public void Compute_FieldBoundariesShifted_ChangesHash()
    {
        // "ab"+"c" and "a"+"bc" must not collide: fields are length-prefixed.
        var left = AuditHash.Compute(1, 0, "ab", "c", "x", "y", null, null, "{}", AuditHash.Genesis);
        var right = AuditHash.Compute(1, 0, "a", "bc", "x", "y", null, null, "{}", AuditHash.Genesis);

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Compute_Result_IsLowerHexSha256() => Assert.Matches("^[0-9a-f]{64}$", Hash());
}
