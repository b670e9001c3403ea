namespace Istmo.Core.Errors;

/// <summary>The record changed since the caller read it; the caller must reload and re-apply its edit.</summary>
public sealed class ConcurrencyConflictException(string entityType, Guid id)
    : Exception($"{entityType} {id} was changed by someone else.")
{
    public string EntityType { get; } = entityType;

    public Guid EntityId { get; } = id;
}
