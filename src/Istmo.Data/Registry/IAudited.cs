namespace Istmo.Data.Registry;

/// <summary>A row whose every change is appended to the audit chain under the given entity type and id.</summary>
public interface IAudited
{
    /// <summary>The entity type the change is filed under (a child fact files under its parent).</summary>
    string AuditEntityType { get; }

    /// <summary>The id the change is filed under.</summary>
    Guid AuditEntityId { get; }
}
