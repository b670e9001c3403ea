namespace Istmo.Core.Access;

/// <summary>Gives services the actor of the current request or command.</summary>
public interface IActorAccessor
{
    /// <summary>The current actor; never null (the system actor outside a request).</summary>
    Actor Current { get; }
}
