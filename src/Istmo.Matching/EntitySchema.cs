namespace Istmo.Matching;

/// <summary>The kind of entity being matched; only entities of the same schema are compared.</summary>
public enum EntitySchema
{
    /// <summary>A natural person.</summary>
    Person = 0,

    /// <summary>A company, foundation or other legal person.</summary>
    Organization = 1,
}
