namespace Istmo.Core.Errors;

/// <summary>The requested record does not exist (or the actor may not know it exists).</summary>
public sealed class NotFoundException(string entityType, string id) : Exception($"{entityType} {id} was not found.")
{
    public string EntityType { get; } = entityType;
}
