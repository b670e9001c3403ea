namespace Istmo.Data.Registry;

/// <summary>A row protected by optimistic concurrency: each save increments Version and checks the old value.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
