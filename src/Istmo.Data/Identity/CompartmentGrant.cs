namespace Istmo.Data.Identity;

/// <summary>Grants a role the right to read records in a compartment (always with a stated purpose).</summary>
public sealed class CompartmentGrant
{
    public string Role { get; set; } = string.Empty;

    public string Compartment { get; set; } = string.Empty;
}
