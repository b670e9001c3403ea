using System.Globalization;
using System.Text;

namespace Istmo.Modules.Demo;

/// <summary>What kind of organisation a demo organisation is, which decides its name, staff and assets.</summary>
internal enum DemoOrgKind
{
    Company,
    RecruitmentAgency,
    Nightlife,
    Fishing,
    Transport,
    Ngo,
}

/// <summary>Formats of numbers (phones, documents, plates, accounts) and names of organisations, vessels and banks.</summary>
internal static class DemoCatalog
{
    public static readonly (DemoOrgKind Kind, double Weight)[] OrgKinds =
    [
        (DemoOrgKind.Company, 45), (DemoOrgKind.RecruitmentAgency, 12), (DemoOrgKind.Nightlife, 15), (DemoOrgKind.Fishing, 10),
        (DemoOrgKind.Transport, 10), (DemoOrgKind.Ngo, 8),
    ];

    private static readonly string[] CompanyPrefixes =
    [
        "Inversiones", "Grupo", "Constructora", "Importadora", "Distribuidora", "Servicios", "Comercializadora",
        "Inmobiliaria", "Desarrollos", "Agropecuaria", "Consultores", "Corporación", "Exportadora", "Minisúper",
        "Hotel y Residencial", "Lavandería", "Almacén", "Ferretería",
    ];

    private static readonly string[] CompanyWords =
    [
        "del Istmo", "Pacífico", "Atlántico", "Caribe", "Chiriquí", "Azuero", "Omega", "Alfa", "Sol Naciente", "Panamá Global",
        "Los Andes", "Bella Vista", "Canal", "Continental", "Dos Mares", "Las Américas", "Interoceánica", "Cerro Azul",
        "Tropical", "El Dorado", "Santa Fe", "Nuevo Horizonte", "Costa Arriba", "La Estrella", "Puerto Libre", "Zona Libre",
        "Mar y Sol", "Orión", "Tres Hermanos", "San Judas", "Milenio", "Bahía", "Cordillera", "Victoria", "Tauro", "Fénix",
    ];

    private static readonly string[] CompanySuffixes = [", S.A.", ", S.A.", ", S.A.", ", Inc.", ", Corp.", ", S. de R.L.", " Holdings, S.A."];

    private static readonly string[] RecruitmentNames =
    [
        "Agencia de Empleos {0}, S.A.", "Reclutamiento {0}, S.A.", "{0} Talent Services, Inc.", "Colocaciones {0}, S.A.",
        "Modelos y Edecanes {0}", "Agencia de Viajes y Empleos {0}", "Oportunidades Laborales {0}, S.A.",
    ];

    private static readonly string[] RecruitmentWords =
    [
        "Talento Global", "Horizonte Internacional", "Nuevo Futuro", "Sueño Americano", "Éxito", "Latina", "Estrellas",
        "Caribe Trabajo", "Oportunidad", "Bella Latina", "Prosperidad", "Destino", "Elite", "Unidos",
    ];

    private static readonly string[] NightlifeKinds = ["Bar", "Discoteca", "Night Club", "Jardín", "Cantina", "Club", "Casa de Masajes", "Bar y Restaurante"];

    private static readonly string[] NightlifeWords =
    [
        "La Cueva", "El Farolito", "Las Palmas", "Venus", "Paraíso", "Luna Azul", "El Rincón Latino", "Noches de Colón",
        "La Tropical", "Oasis", "Eclipse", "Kalibre", "Las Muñecas", "Fantasía", "El Trapiche", "La Herradura", "Zafiro",
        "Tentación", "El Ranchito", "La Frontera", "Sabor Latino", "Maracaibo", "Copacabana", "Las Vegas",
    ];

    private static readonly string[] FishingKinds = ["Pesquera", "Camaronera", "Atunera", "Productos del Mar", "Mariscos"];

    private static readonly string[] FishingWords =
    [
        "del Pacífico", "Vacamonte", "Puerto Mutis", "Coquira", "Las Perlas", "Pedregal", "Isla del Rey", "Bahía de Parita",
        "Golfo de Chiriquí", "Punta Chame", "Garachiné", "Caribe Azul", "Juan Díaz", "Boca Chica",
    ];

    private static readonly string[] TransportKinds = ["Transportes", "Buses", "Mudanzas", "Taxis", "Logística", "Turismo"];

    private static readonly string[] TransportWords =
    [
        "Darién Express", "Metetí", "Frontera Sur", "Paso Canoas", "Chepo", "Interamericana", "Ruta 1", "Costa Rica Tours",
        "El Viajero", "Colón Libre", "Sabanitas", "La Chorrera",
    ];

    private static readonly string[] NgoNames =
    [
        "Fundación {0}", "Asociación {0}", "Red {0}", "Casa Refugio {0}", "Centro de Apoyo {0}",
    ];

    private static readonly string[] NgoWords =
    [
        "Esperanza Viva", "Manos Unidas por la Niñez", "Mujeres Libres del Istmo", "Nueva Vida", "Pro Derechos del Migrante",
        "Camino Seguro", "Corazones Valientes", "Amanecer", "Sin Cadenas", "Hogar de Luz", "Alas de Libertad", "Dignidad",
    ];

    /// <summary>An organisation's legal name; a caller keeps names unique by adding a number.</summary>
    public static string OrganisationName(DemoRandom random, DemoOrgKind kind, string surname) => kind switch
    {
        DemoOrgKind.RecruitmentAgency => Format(random.Pick(RecruitmentNames), random.Pick(RecruitmentWords)),
        DemoOrgKind.Nightlife => $"{random.Pick(NightlifeKinds)} {random.Pick(NightlifeWords)}",
        DemoOrgKind.Fishing => $"{random.Pick(FishingKinds)} {random.Pick(FishingWords)}{random.Pick(CompanySuffixes)}",
        DemoOrgKind.Transport => $"{random.Pick(TransportKinds)} {random.Pick(TransportWords)}{random.Pick(CompanySuffixes)}",
        DemoOrgKind.Ngo => Format(random.Pick(NgoNames), random.Pick(NgoWords)),
        _ => random.Chance(0.3)
            ? $"{random.Pick(CompanyPrefixes)} {surname} & Asociados{random.Pick(CompanySuffixes)}"
            : $"{random.Pick(CompanyPrefixes)} {random.Pick(CompanyWords)}{random.Pick(CompanySuffixes)}",
    };

    /// <summary>The registry's organisation type for a kind.</summary>
    public static string OrganisationType(DemoOrgKind kind, DemoRandom random) => kind switch
    {
        DemoOrgKind.RecruitmentAgency => "recruitment-agency",
        DemoOrgKind.Ngo => random.Chance(0.5) ? "foundation" : "ngo",
        _ => "company",
    };

    /// <summary>A Panamanian RUC: folio-2-year DV nn for recent companies, tomo-folio-asiento DV nn for older ones.</summary>
    public static string RegistrationNumber(DemoRandom random)
    {
        var dv = random.Next(100);
        return random.Chance(0.8)
            ? Invariant($"{155_600_000 + random.Next(9_000_000)}-2-{random.Next(2008, 2026)} DV {dv:D2}")
            : Invariant($"{random.Next(100, 2500)}-{random.Next(1, 600)}-{random.Next(10_000, 999_999)} DV {dv:D2}");
    }

    /// <summary>A telephone number of the country in E.164 form; Panama's are mostly mobiles (+507 6xxx-xxxx).</summary>
    public static string PhoneNumber(DemoRandom random, string country) => country switch
    {
        "PA" => random.Chance(0.88) ? "+5076" + random.Digits(7) : "+507" + random.Pick(PanamaLandlinePrefixes) + random.Digits(6),
        "CO" => "+573" + random.Digits(9),
        "VE" => "+58" + random.Pick(VenezuelanMobile) + random.Digits(7),
        "HT" => "+509" + random.Pick(HaitianMobile) + random.Digits(7),
        "CU" => "+535" + random.Digits(7),
        "EC" => "+5939" + random.Digits(8),
        "NI" => "+5058" + random.Digits(7),
        "DO" => "+1" + random.Pick(DominicanArea) + random.Digits(7),
        "CN" => "+861" + random.Pick(ChineseMobile) + random.Digits(9),
        "IN" => "+91" + random.Pick(IndianMobile) + random.Digits(9),
        "AF" => "+937" + random.Digits(8),
        "CM" => "+2376" + random.Digits(8),
        "RU" => "+79" + random.Digits(9),
        "UA" => "+380" + random.Pick(UkrainianMobile) + random.Digits(7),
        "CR" => "+506" + random.Pick(CostaRicanMobile) + random.Digits(7),
        _ => "+1" + random.Next(201, 990).ToString(CultureInfo.InvariantCulture) + random.Digits(7),
    };

    private static readonly string[] PanamaLandlinePrefixes = ["2", "3", "7", "9"];
    private static readonly string[] VenezuelanMobile = ["412", "414", "416", "424", "426"];
    private static readonly string[] HaitianMobile = ["3", "4", "3", "4", "2"];
    private static readonly string[] DominicanArea = ["809", "829", "849"];
    private static readonly string[] ChineseMobile = ["3", "5", "8", "7"];
    private static readonly string[] IndianMobile = ["9", "8", "7"];
    private static readonly string[] UkrainianMobile = ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"];
    private static readonly string[] CostaRicanMobile = ["6", "7", "8"];
    private static readonly string[] ColombianPassportSeries = ["AO", "AP", "AQ", "AR", "AS", "AT"];
    private static readonly string[] CubanPassportSeries = ["I", "J", "K", "L"];

    /// <summary>A passport number in the issuing country's usual shape.</summary>
    public static string PassportNumber(DemoRandom random, string country) => country switch
    {
        "PA" => "PA" + random.Digits(7),
        "VE" => random.Next(1, 10).ToString(CultureInfo.InvariantCulture) + random.Digits(8),
        "CO" => random.Pick(ColombianPassportSeries) + random.Digits(6),
        "CU" => random.Pick(CubanPassportSeries) + random.Digits(6),
        "CN" => "E" + random.Digits(8),
        "IN" => random.Letters(1) + random.Digits(7),
        "AF" => "P0" + random.Digits(7),
        "RU" => random.Next(70, 78).ToString(CultureInfo.InvariantCulture) + " " + random.Digits(7),
        "UA" => random.Letters(2) + random.Digits(6),
        "NI" => "C" + random.Digits(8),
        "CM" => random.Digits(8),
        _ => random.Letters(2) + random.Digits(7),
    };

    /// <summary>A national identity card number where the country has a common format, else null.</summary>
    public static string? NationalIdNumber(DemoRandom random, string country, int? birthYear, int? birthMonth, int? birthDay) => country switch
    {
        "VE" => "V-" + Grouped(random.Next(8_000_000, 32_000_000)),
        "CO" => random.Chance(0.5) ? Grouped(1_000_000_000L + random.Next(0, 150_000_000)) : Grouped(random.Next(10_000_000, 99_000_000)),
        "EC" => random.Next(1, 25).ToString("D2", CultureInfo.InvariantCulture) + random.Digits(8),
        "CU" => Invariant($"{(birthYear ?? 1990) % 100:D2}{birthMonth ?? 1:D2}{birthDay ?? 1:D2}{random.Digits(5)}"),
        "NI" => Invariant($"{random.Next(1, 700):D3}-{birthDay ?? 1:D2}{birthMonth ?? 1:D2}{(birthYear ?? 1990) % 100:D2}-{random.Digits(4)}{random.Letters(1)}"),
        "DO" => Invariant($"{random.Next(1, 130):D3}-{random.Digits(7)}-{random.Next(10)}"),
        _ => null,
    };

    /// <summary>A Panamanian cédula: province-tomo-asiento, with the PE, E, N and PI variants.</summary>
    public static string Cedula(DemoRandom random, string prefix, int birthYear)
    {
        // Tomos grow over time, so younger people have higher ones.
        var tomo = Math.Clamp(((birthYear - 1925) * 10) + random.Next(-40, 40), 1, 1150);
        var asiento = random.Next(1, 9999);
        return prefix switch
        {
            "PE" => Invariant($"PE-{random.Next(1, 20)}-{random.Next(1, 3000)}"),
            "E" => Invariant($"E-8-{random.Next(10_000, 250_000)}"),
            "N" => Invariant($"N-{random.Next(15, 25)}-{random.Next(100, 2500)}"),
            _ => Invariant($"{prefix}-{tomo}-{asiento}"),
        };
    }

    private static readonly (string Bank, string Pattern)[] PanamanianBanks =
    [
        ("Banco General", "04-##-##-######-#"), ("Banco Nacional de Panamá", "10000######"), ("Caja de Ahorros", "##-##-##-######-#"),
        ("Banistmo", "01########"), ("BAC Credomatic", "10#######"), ("Global Bank", "##-###-#####-#"), ("Multibank", "#########-#"),
        ("Banesco Panamá", "201########"), ("Davivienda Panamá", "0#########"), ("Credicorp Bank", "##-###-######-#"),
        ("Banco Aliado", "###-######-#"), ("St. Georges Bank", "##########"), ("Towerbank", "###-####-#"), ("MetroBank", "#-##-######"),
    ];

    private static readonly (string Country, string Bank, string Pattern)[] ForeignBanks =
    [
        ("CO", "Bancolombia", "###-######-##"), ("CO", "Davivienda", "####-####-####"), ("VE", "Banco de Venezuela", "0102-####-##-##########"),
        ("VE", "Banesco Banco Universal", "0134-####-##-##########"), ("VE", "Mercantil", "0105-####-##-##########"),
        ("EC", "Banco Pichincha", "22########"), ("CR", "Banco Nacional de Costa Rica", "100-01-###-######-#"),
        ("US", "Bank of America", "#########"), ("CN", "Bank of China", "6217##############"), ("HT", "Unibank", "###-####-####"),
    ];

    /// <summary>A bank and account number: Panamanian banks mostly, some foreign ones from the holder's country.</summary>
    public static (string Bank, string Number, string Country) BankAccount(DemoRandom random, string? homeCountry)
    {
        var foreign = ForeignBanks.Where(b => b.Country == homeCountry).ToArray();
        if ((foreign.Length > 0 && random.Chance(0.5)) || random.Chance(0.04))
        {
            var (country, bank, pattern) = foreign.Length > 0 ? random.Pick(foreign) : random.Pick(ForeignBanks);
            return (bank, FillPattern(random, pattern), country);
        }

        var (panamaBank, panamaPattern) = random.PickSkewed(PanamanianBanks, 1.4);
        return (panamaBank, FillPattern(random, panamaPattern), "PA");
    }

    private static readonly string[] VesselNames =
    [
        "Don Chepe", "Doña Ana", "Mi Reina", "Estrella del Mar", "Virgen del Carmen", "Santa Rosa", "Neptuno", "Tiburón",
        "Gaviota", "Pacific Star", "Sea Hunter", "Lucky Lady", "Ocean Queen", "Capitán Nemo", "Mar Azul", "Dios Te Ampare",
        "La Perla", "Atlántida", "Delfín", "Bendición de Dios", "Caribbean Pride", "Golden Wave", "Marlin", "Isla Bonita",
        "Corsario", "San Judas Tadeo", "Reina del Pacífico", "Don Lucho", "Mi Niña", "Poseidón", "Nautilus", "Luna Llena",
    ];

    private static readonly string[] RomanNumerals = ["", "", "", " I", " II", " III", " IV", " V", " VII", " X"];

    public static string VesselName(DemoRandom random) => random.Pick(VesselNames) + random.Pick(RomanNumerals);

    /// <summary>An IMO number: six digits and a check digit (weights 7..2, last digit of the sum).</summary>
    public static string Imo(DemoRandom random)
    {
        var digits = random.Next(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (digits[i] - '0') * (7 - i);
        }

        return digits + (char)('0' + (sum % 10));
    }

    /// <summary>Maritime identification digits by flag (Panama has several).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MaritimeIds = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["PA"] = ["351", "352", "353", "354", "355", "356", "357", "370", "371", "372", "373"],
        ["CO"] = ["730"],
        ["EC"] = ["735"],
        ["CR"] = ["321"],
        ["VE"] = ["775"],
        ["HN"] = ["334"],
        ["NI"] = ["350"],
        ["LR"] = ["636"],
        ["CN"] = ["412", "413"],
        ["MH"] = ["538"],
    };

    public static readonly (string Flag, double Weight)[] VesselFlags =
    [
        ("PA", 60), ("CO", 10), ("EC", 6), ("CR", 5), ("VE", 3), ("HN", 4), ("NI", 3), ("LR", 3), ("CN", 3), ("MH", 3),
    ];

    /// <summary>An MMSI: the flag's MID then six digits.</summary>
    public static string Mmsi(DemoRandom random, string flag) => random.Pick(MaritimeIds[flag]) + random.Digits(6);

    private static readonly (string Make, string[] Models)[] VehicleModels =
    [
        ("Toyota", ["Hilux", "Corolla", "Yaris", "Land Cruiser Prado", "Coaster", "Hiace", "RAV4", "Fortuner"]),
        ("Hyundai", ["Accent", "Tucson", "Elantra", "Creta", "H-1"]),
        ("Nissan", ["Frontier", "Navara", "Sentra", "Versa", "X-Trail", "Urvan"]),
        ("Kia", ["Rio", "Picanto", "Sportage", "Soluto"]),
        ("Mitsubishi", ["L200", "Montero Sport", "Mirage"]),
        ("Suzuki", ["Swift", "Vitara", "Dzire"]),
        ("Chevrolet", ["Spark", "Sail", "Colorado"]),
        ("Honda", ["CR-V", "Civic", "Fit"]),
        ("Isuzu", ["D-Max"]),
        ("Hino", ["Serie 300"]),
        ("Yamaha", ["XTZ 125", "FZ"]),
    ];

    public static (string Make, string Model) VehicleModel(DemoRandom random)
    {
        var (make, models) = random.PickSkewed(VehicleModels, 1.3);
        return (make, random.Pick(models));
    }

    /// <summary>A plate: Panama's six-digit and two-letter series, Costa Rica's and Colombia's for foreign vehicles.</summary>
    public static string Plate(DemoRandom random, string country) => country switch
    {
        "CR" => random.Chance(0.5) ? random.Digits(6) : random.Letters(3) + random.Digits(3),
        "CO" => random.Letters(3) + random.Digits(3),
        _ => random.Next(10) switch
        {
            < 5 => random.Next(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture),
            < 9 => random.Letters(2) + random.Digits(4),
            _ => "T" + random.Digits(5),
        },
    };

    private static string FillPattern(DemoRandom random, string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        foreach (var ch in pattern)
        {
            builder.Append(ch == '#' ? (char)('0' + random.Next(10)) : ch);
        }

        return builder.ToString();
    }

    private static string Grouped(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Format(string format, string value) => string.Format(CultureInfo.InvariantCulture, format, value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
