namespace Istmo.Matching;

/// <summary>The kind of entity being matched; a person is compared with persons, an organisation with organisations.</summary>
public enum EntitySchema
{
    /// <summary>A natural person.</summary>
    Person = 0,

    /// <summary>A company, foundation or other legal person.</summary>
    Organization = 1,

    /// <summary>
    /// A legal entity the source does not say is a person or an organisation (FollowTheMoney's LegalEntity: US lists such as
    /// SAM write "MCGRATH, ROBERT CLAUDE" and "PORTSON TRADING LIMITED" alike). It is compared with both; its names are read
    /// by the rules of the kind they look like (<see cref="EntitySchemas.LooksLikeOrganization"/>).
    /// </summary>
    LegalEntity = 2,
}
