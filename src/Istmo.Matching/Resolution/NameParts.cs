namespace Istmo.Matching;

/// <summary>The name parts a record wrote, when it wrote them in separate fields (see <see cref="ResolverRecord.Parts"/>).</summary>
internal enum NameParts
{
    /// <summary>A whole name, both kinds of part, or none.</summary>
    Other,

    /// <summary>Given names only (the surname fields empty).</summary>
    GivenOnly,

    /// <summary>Surnames only (the given-name field empty).</summary>
    FamilyOnly,
}
