namespace Istmo.Matching;

/// <summary>Which schemas are compared with which, and how the names of an entity of unknown kind are read.</summary>
public static class EntitySchemas
{
    // Words that name a kind of organisation rather than a person, beyond the legal forms and the generic words of
    // LegalForms: enough to read a legal entity's name by the right rules; a wrong guess costs little, as a legal entity is
    // compared with both kinds.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "university", "universidad", "universite", "institute", "instituto", "institut", "academy", "academia", "school", "college",
        "ministry", "ministerio", "ministere", "ministerstvo", "department", "departamento", "directorate", "directorado", "agency",
        "agencia", "authority", "autoridad", "office", "oficina", "council", "consejo", "committee", "comite", "commission", "comision",
        "movement", "movimiento", "party", "partido", "front", "frente", "army", "ejercito", "brigade", "brigada", "brigades", "battalion",
        "militia", "forces", "fuerzas", "association", "asociacion", "foundation", "fundacion", "fund", "fondo", "trust", "society",
        "sociedad", "union", "network", "church", "iglesia", "center", "centre", "centro", "hospital", "clinic", "clinica",
        "airlines", "airline", "aviation", "air", "airways", "shipping", "naviera", "maritime", "marine", "petroleum", "energy", "energia",
        "engineering", "engineers", "ingenieria", "construction", "construccion", "constructora", "technology", "technologies",
        "tecnologia", "logistics", "import", "export", "investment", "investments", "inversiones", "capital", "partners", "consulting",
        "media", "plant", "factory", "zavod", "works", "branch", "sucursal", "bureau", "laboratory", "laboratorio",
        "farm", "finca", "hotel", "restaurant", "store", "tienda", "pharmacy", "farmacia", "exchange", "casa", "productions",
    };

    /// <summary>The English words of an error about a schema <see cref="TryParse"/> cannot read (file readers, CLI, API).</summary>
    public static string NotASchema(string text) => $"'{text}' is not Person, Organization or LegalEntity";

    /// <summary>
    /// Reads a schema as files and queries write it: FtM names (Person, Organization, Company, PublicBody, LegalEntity), their
    /// Spanish and short forms (persona, organización, org, p, o), case and surrounding spaces ignored.
    /// </summary>
    public static bool TryParse(string? text, out EntitySchema schema)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "person" or "persona" or "individual" or "p":
                schema = EntitySchema.Person;
                return true;
            case "legalentity" or "legal_entity" or "legal entity":
                schema = EntitySchema.LegalEntity;
                return true;
            case "organization" or "organisation" or "company" or "publicbody" or "entity" or "org" or "o" or "organizacion" or "organización":
                schema = EntitySchema.Organization;
                return true;
            default:
                schema = EntitySchema.Person;
                return false;
        }
    }

    /// <summary>Whether entities of these schemas are compared: the same schema, or one of them a legal entity of unknown kind.</summary>
    public static bool Compatible(EntitySchema a, EntitySchema b) => a == b || a == EntitySchema.LegalEntity || b == EntitySchema.LegalEntity;

    /// <summary>
    /// Whether an entity's names are read as an organisation's (legal forms stripped, generic words weighed low): always for
    /// an organisation, never for a person, and for a legal entity of unknown kind when its names look like one.
    /// </summary>
    public static bool ReadsAsOrganization(MatchEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Schema switch
        {
            EntitySchema.Organization => true,
            EntitySchema.LegalEntity => entity.Names.Any(LooksLikeOrganization),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a name looks like an organisation's: a legal form (S.A., Ltd., OOO), a word such as company, bank, group,
    /// university, ministry or movement, or a digit. "MCGRATH, ROBERT CLAUDE" does not; "PORTSON TRADING LIMITED" does.
    /// </summary>
    public static bool LooksLikeOrganization(string? name) =>
        Looks(name) || (name is not null && BracketedParts.WithoutRepeats(name) is { } bare && Looks(bare));

    // The name without its bracketed part too: "Zanotta Sudamericana S.A. (Zanotta)" ends in a legal form once "(Zanotta)" is set aside.
    private static bool Looks(string? name)
    {
        var tokens = NameNormalizer.Tokenize(name).ToList();
        if (tokens.Count == 0)
        {
            return false;
        }

        if (tokens.Count > 1 && LegalForms.Detect(tokens, out _, out _) is not null)
        {
            return true;
        }

        return tokens.Exists(t => LegalForms.IsGenericWord(t) || OrganisationWords.Contains(t) || t.Any(char.IsAsciiDigit));
    }
}
