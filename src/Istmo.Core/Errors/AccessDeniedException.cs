namespace Istmo.Core.Errors;

/// <summary>The actor lacks the role, compartment or stated purpose the operation requires.</summary>
public sealed class AccessDeniedException(string reason) : Exception(reason)
{
    /// <summary>True when access would be granted once the actor states a purpose.</summary>
    public bool PurposeRequired { get; init; }
}
