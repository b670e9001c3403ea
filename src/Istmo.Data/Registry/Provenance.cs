namespace Istmo.Data.Registry;

/// <summary>Where a fact came from: the agency, that agency's own record reference, and when it was recorded.</summary>
public sealed class Provenance
{
    public string SourceAgency { get; set; } = string.Empty;

    public string? SourceRecord { get; set; }

    public DateTime RecordedAt { get; set; }

    /// <summary>A copy, so that merged or moved facts keep their original provenance.</summary>
    public Provenance Copy() => new() { SourceAgency = SourceAgency, SourceRecord = SourceRecord, RecordedAt = RecordedAt };
}
