namespace Istmo.Modules.Access;

/// <summary>Claim types Istmo adds to a signed-in principal.</summary>
public static class IstmoClaims
{
    public const string Agency = "istmo:agency";
    public const string Compartment = "istmo:compartment";
    public const string DisplayName = "istmo:name";
    public const string TokenScope = "istmo:scope";
    public const string AuthenticationMethod = "amr";
    public const string TokenMethod = "token";

    /// <summary>HTTP header carrying the stated purpose of a sensitive read in API calls.</summary>
    public const string PurposeHeader = "X-Istmo-Purpose";
}
