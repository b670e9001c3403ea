namespace Istmo.Core.Errors;

/// <summary>Input failed validation; carries one or more messages per field. Nothing was written.</summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("Validation failed: " + string.Join(", ", errors.Keys))
    {
        Errors = errors;
    }

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>Field name to localised messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
