namespace Istmo.Modules.Demo;

/// <summary>Where a demo person comes from: the name tables, naming customs and places of residence of a group.</summary>
internal sealed class Origin
{
    /// <summary>Short key used in tests and statistics, e.g. "pa", "pa-guna", "ht".</summary>
    public required string Key { get; init; }

    /// <summary>Nationality, ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    /// <summary>Relative share of the population.</summary>
    public required double Weight { get; init; }

    public required string[] Male { get; init; }

    public required string[] Female { get; init; }

    /// <summary>Surnames, commonest first.</summary>
    public required string[] Surnames { get; init; }

    /// <summary>Hispanic custom: a paternal and a maternal surname.</summary>
    public bool DoubleSurname { get; init; }

    /// <summary>Probability that a person has two given names.</summary>
    public double SecondGivenName { get; init; }

    /// <summary>Surname written first in the person's own usage (Chinese names), which an alias records.</summary>
    public bool SurnameFirst { get; init; }

    /// <summary>Slavic surnames take a feminine ending (Ivanov → Ivanova).</summary>
    public bool GenderedSurnames { get; init; }

    /// <summary>A Panamanian indigenous people.</summary>
    public bool Indigenous { get; init; }

    /// <summary>Where members of the group live, by ISO 3166-2 area code.</summary>
    public required (string Area, double Weight)[] Areas { get; init; }

    /// <summary>Whether the group is Panamanian by nationality.</summary>
    public bool IsPanamanian => Country == "PA";
}

/// <summary>Name tables with Panamanian flavour, the indigenous peoples and the migrant groups seen in Panama.</summary>
internal static class DemoNames
{
    private static readonly (string, double)[] PanamanianAreas =
    [
        ("PA-8", 33), ("PA-10", 14), ("PA-4", 11), ("PA-3", 7), ("PA-2", 6.5), ("PA-9", 6), ("PA-1", 4), ("PA-6", 3),
        ("PA-7", 2.5), ("PA-5", 2), ("PA-NB", 1), ("PA-KY", 0.4), ("PA-EM", 0.4), ("PA-NT", 0.3),
    ];

    // Migrants cluster in the capital, on the Darién route (reception stations) and towards Costa Rica.
    private static readonly (string, double)[] MigrantAreas =
    [
        ("PA-8", 40), ("PA-10", 10), ("PA-5", 14), ("PA-EM", 5), ("PA-3", 8), ("PA-4", 10), ("PA-1", 4), ("PA-2", 3),
        ("PA-9", 2), ("PA-6", 1), ("PA-7", 1), ("PA-KY", 1),
    ];

    // Migrants who came for work or long ago (Chinese, Indian) live where commerce is.
    private static readonly (string, double)[] SettledMigrantAreas =
    [
        ("PA-8", 50), ("PA-10", 12), ("PA-3", 12), ("PA-4", 10), ("PA-2", 4), ("PA-9", 4), ("PA-6", 3), ("PA-7", 2), ("PA-1", 3),
    ];

    private static readonly string[] PanamanianMale =
    [
        "José", "Luis", "Carlos", "Juan", "Ángel", "Jorge", "Manuel", "Roberto", "Ricardo", "Rubén", "Eduardo", "Alexis",
        "Abdiel", "Edwin", "Omar", "Rolando", "Arístides", "Euclides", "Rogelio", "Ovidio", "Eliécer", "Anel", "Edgardo",
        "Erick", "Iván", "Kevin", "Jhonatan", "Yair", "Fernando", "Miguel", "Rafael", "Víctor", "Diómedes", "Tomás",
        "Julio", "César", "Gilberto", "Héctor", "Ramón", "Francisco", "Antonio", "Félix", "Arnulfo", "Rigoberto", "Aníbal",
        "Darío", "Nicanor", "Teófilo", "Bolívar", "Gustavo", "Isaac", "Joel", "Alcibíades", "Andrés", "Ariel", "Gabriel",
        "Elías", "Moisés", "Efraín", "Baltasar", "Inocencio", "Porfirio", "Máximo", "Reinaldo", "Josué", "Yoel", "Osvaldo",
    ];

    private static readonly string[] PanamanianFemale =
    [
        "María", "Ana", "Yariela", "Yessenia", "Eyra", "Itzel", "Kathia", "Yamileth", "Yaritza", "Yarisel", "Dayana",
        "Anabel", "Xiomara", "Lourdes", "Rosa", "Carmen", "Gladys", "Mayra", "Marisol", "Iris", "Yadira", "Nereida",
        "Zuleika", "Migdalia", "Aracelly", "Elvia", "Keila", "Nathalie", "Katherine", "Yaneth", "Ilka", "Lesbia",
        "Damaris", "Edilma", "Argelis", "Ericka", "Judith", "Isis", "Nidia", "Rosario", "Milagros", "Aleida", "Dalys",
        "Yahaira", "Lisbeth", "Gisela", "Maritza", "Edith", "Nelly", "Ruby", "Aurora", "Mélida", "Iveth", "Anayansi",
        "Génesis", "Yorleny", "Nadiuska", "Luz", "Briseida", "Dilsa", "Sonia", "Yasmín", "Ana Lucía", "Rocío", "Belkis",
    ];

    private static readonly string[] PanamanianSurnames =
    [
        "González", "Rodríguez", "Sánchez", "Pérez", "Martínez", "Batista", "Castillo", "De León", "Hernández", "Núñez",
        "Quintero", "Vergara", "Jaén", "Araúz", "Saldaña", "Ábrego", "Díaz", "Morales", "Gómez", "Jiménez", "Ríos",
        "Vásquez", "Herrera", "Ramos", "Santos", "Barría", "Cedeño", "Pinzón", "Rivera", "Montenegro", "Samaniego",
        "Córdoba", "Espinosa", "Villarreal", "Arosemena", "Guerra", "Cortés", "Osorio", "Atencio", "Camargo", "Domínguez",
        "Delgado", "Franco", "Valdés", "Aparicio", "Caballero", "Carrasco", "Frías", "Solís", "Torres", "Navarro",
        "Tejeira", "Ruiz", "Mendoza", "Miranda", "Bethancourt", "Pitti", "Sanjur", "Cárdenas", "Pimentel", "Lasso",
        "Tuñón", "Marín", "Ortega", "Patiño", "Peralta", "Moreno", "Girón", "Muñoz", "Alvarado", "Escobar", "Gutiérrez",
        "Acosta", "Bonilla", "Chávez", "Lezcano", "Mojica", "Polo", "De Gracia", "Del Cid", "De La Cruz", "Achurra",
        "Him", "Chen", "Chong", "Wong", "Lee", "Lau", "Ávila", "Ureña", "Bernal", "Concepción", "Murillo", "Gaitán",
        "Williams", "Thompson", "Archibold", "Brown", "Fábrega", "Vega", "Agrazal", "Obaldía", "Zúñiga", "Castrellón",
    ];

    private static readonly string[] GunaMale =
    [
        "Olowaili", "Aiban", "Igwaniginya", "Olonibiginya", "Inaniginya", "Anelio", "Nelson", "Gilberto",
        "Igwa", "Olokuadi", "Dadiwa", "Ibelele", "Ologwagdi", "Horacio", "Eligio", "Arístides", "Belisario", "Jesús",
    ];

    private static readonly string[] GunaFemale =
    [
        "Olowaili", "Nadili", "Igwayai", "Diginiya", "Omaira", "Anarkalis", "Naiguiriyai", "Ilsa", "Dilia", "Kikadir",
        "Nalessa", "Yaisa", "Marcelina", "Digna", "Iskuapi", "Nikiria", "Olonaile",
    ];

    private static readonly string[] GunaSurnames =
    [
        "López", "Pérez", "Smith", "Martínez", "Morris", "Archibold", "Harris", "Iglesias", "Davis", "Robinson",
        "Valdés", "Tejada", "Ortiz", "Navas", "De La Rosa", "Orán", "Brenes", "Díaz", "Castillo", "Alba",
    ];

    private static readonly string[] EmberaMale =
    [
        "Atilano", "Bolívar", "Cenobio", "Eleuterio", "Hermenegildo", "Genaro", "Cristóbal", "Leoncio", "Arcelio",
        "Baudilio", "Toribio", "Evaristo", "Celedonio", "Florentino", "Zenón", "Ángel", "Leonel",
    ];

    private static readonly string[] EmberaFemale =
    [
        "Cenobia", "Eneida", "Cristalina", "Floripes", "Marcelina", "Edilsa", "Delfina", "Zoila", "Benilda", "Ilda",
        "Arcelia", "Amanda", "Luz Mery", "Yaquelín", "Dominga",
    ];

    private static readonly string[] EmberaSurnames =
    [
        "Cabrera", "Dogirama", "Membache", "Guainora", "Cunampio", "Caisamo", "Tócamo", "Opúa", "Chamarra", "Bacorizo",
        "Ismare", "Mecha", "Peña", "Carpio", "Barrigón", "Chiripúa", "Membora", "Conampio", "Quintero", "Sabugara",
    ];

    private static readonly string[] NgabeMale =
    [
        "Toribio", "Celestino", "Eusebio", "Evangelisto", "Cirilo", "Sebastián", "Ulises", "Abundio", "Benito", "Cándido",
        "Fidencio", "Gumercindo", "Hilario", "Marcelino", "Pedro", "Santiago", "Leonidas", "Bernabé", "Saturnino",
    ];

    private static readonly string[] NgabeFemale =
    [
        "Bernardina", "Silvia", "Nicolasa", "Francisca", "Petronila", "Eustaquia", "Cipriana", "Aurelia", "Marcelina",
        "Irene", "Celestina", "Rufina", "Tomasa", "Bárbara", "Clementina", "Dionisia", "Ignacia",
    ];

    private static readonly string[] NgabeSurnames =
    [
        "Montezuma", "Bejerano", "Ábrego", "Palacio", "Jiménez", "Santos", "Bonilla", "Atencio", "Carpintero", "Salinas",
        "Castillo", "Mendoza", "Rodríguez", "Miranda", "Pineda", "Morales", "Juárez", "Gallardo", "Quintero", "Julián",
        "Becker", "Tugrí", "Bagama",
    ];

    private static readonly string[] NasoSurnames =
    [
        "Santana", "Vargas", "Aguilar", "Sánchez", "Gonzalez", "Quintero", "Villagra", "Torres", "Bonilla", "Gamarra",
    ];

    private static readonly string[] VenezuelanMale =
    [
        "Yorman", "Jhonny", "Keiber", "Wilmer", "Yeferson", "José Gregorio", "Luis Alejandro", "Deivis", "Franklin",
        "Yonathan", "Rafael", "Jesús", "Carlos Eduardo", "Richard", "Jean Carlos", "Anderson", "Wuilmer", "Eudes",
    ];

    private static readonly string[] VenezuelanFemale =
    [
        "Yusleidy", "Génesis", "Yulimar", "Daniela", "Andreína", "Oriana", "Rosmary", "Mariangel", "Yusmary", "Dayerlin",
        "Maryelis", "Karla", "Yelitza", "Roxana", "Wendy", "Nairobis", "Mileidy", "Eilyn", "Yoselin",
    ];

    private static readonly string[] VenezuelanSurnames =
    [
        "Hernández", "Pérez", "Rojas", "Mendoza", "Guerrero", "Bracho", "Colmenares", "Briceño", "Zambrano", "Villalobos",
        "Urdaneta", "Chirinos", "Parra", "Quintero", "Contreras", "Medina", "Rondón", "Marcano", "Montilla", "Salazar",
    ];

    private static readonly string[] ColombianMale =
    [
        "Jhon Fredy", "Andrés Felipe", "Duván", "Brayan", "Juan Camilo", "Jhon Jairo", "Luis Fernando", "Wilson", "Yeison",
        "Harold", "Edinson", "Fabián", "Jairo", "Óscar", "Alexánder", "Cristian", "Alirio", "Giovanny",
    ];

    private static readonly string[] ColombianFemale =
    [
        "Luz Dary", "Yurani", "Leidy Johana", "Yesica", "Paola Andrea", "Luz Marina", "Diana Marcela", "Yuliana", "Sandra",
        "Deisy", "Viviana", "Ángela María", "Claudia", "Nelcy", "Erika", "Yurley", "Marleny",
    ];

    private static readonly string[] ColombianSurnames =
    [
        "Restrepo", "Ospina", "Cardona", "Londoño", "Giraldo", "Muñoz", "Valencia", "Arango", "Quintero", "Mosquera",
        "Palacios", "Cuesta", "Moreno", "Rentería", "Córdoba", "Zapata", "Betancur", "Agudelo", "Hinestroza", "Ibargüen",
    ];

    private static readonly string[] HaitianMale =
    [
        "Jean", "Pierre", "Dieudonné", "Wilner", "Jean-Claude", "Mackenson", "Évens", "Jean-Robert", "Wisly", "Frantz",
        "Guerby", "Jimmy", "Ronald", "Nickenson", "Berthony", "Wilfrid", "Rosemond", "Jean-Baptiste",
    ];

    private static readonly string[] HaitianFemale =
    [
        "Marie", "Rose-Marie", "Fabiola", "Ketly", "Nadège", "Roselène", "Stéphanie", "Guerline", "Mirlande", "Wideline",
        "Marie-Ange", "Jeanine", "Nathalie", "Darline", "Magalie", "Esther", "Islande",
    ];

    private static readonly string[] HaitianSurnames =
    [
        "Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Jean", "Étienne", "Saint-Fleur", "Désir", "Dorvil",
        "Alexis", "Célestin", "Augustin", "Toussaint", "Delva", "Noël", "Baptiste", "François", "Pierre-Louis", "Michel",
    ];

    private static readonly string[] CubanMale =
    [
        "Yoandy", "Yunior", "Osmany", "Yoel", "Reinier", "Yasmani", "Dayron", "Yordanis", "Alexei", "Lázaro", "Ernesto",
        "Yuniesky", "Orlando", "Dariel", "Yusniel",
    ];

    private static readonly string[] CubanFemale =
    [
        "Yanelis", "Dayamí", "Yadira", "Lisandra", "Odalys", "Yanet", "Yudith", "Mayelín", "Yaimara", "Daimí", "Yusleydis",
        "Arelys", "Dianelys", "Yoanka",
    ];

    private static readonly string[] CubanSurnames =
    [
        "Rodríguez", "González", "Hernández", "Pérez", "Díaz", "Fonseca", "Cabrera", "Lorenzo", "Leyva", "Castañeda",
        "Fernández", "Ramírez", "Batista", "Guerra", "Sosa", "Suárez", "Valdés", "Cruz",
    ];

    private static readonly string[] EcuadorianMale =
    [
        "Jefferson", "Kléber", "Wilson", "Byron", "Segundo", "Jhonny", "Fausto", "Darwin", "Édison", "Washington",
        "Holger", "Wellington", "Franklin", "Patricio",
    ];

    private static readonly string[] EcuadorianFemale =
    [
        "Mayra", "Nathaly", "Jessenia", "Gissela", "Karina", "Jenny", "Mercy", "Tania", "Lorena", "Maritza", "Johanna",
        "Narcisa", "Janeth",
    ];

    private static readonly string[] EcuadorianSurnames =
    [
        "Zambrano", "Vera", "Cedeño", "Mendoza", "Chiriboga", "Quishpe", "Guamán", "Paucar", "Caicedo", "Loor", "Macías",
        "Moreira", "Alcívar", "Chávez", "Toapanta", "Intriago",
    ];

    private static readonly string[] NicaraguanMale =
    [
        "Francisco", "Norlan", "Yader", "Elvis", "Danilo", "Marlon", "Byron", "Ramón", "Denis", "Ervin", "Álvaro", "Noel",
    ];

    private static readonly string[] NicaraguanFemale =
    [
        "Xochilt", "Yahoska", "Scarleth", "Heyling", "Maryuri", "Yasmina", "Aura", "Yolanda", "Ninoska", "Meyling", "Darling",
    ];

    private static readonly string[] NicaraguanSurnames =
    [
        "López", "García", "Martínez", "Espinoza", "Obando", "Chamorro", "Pastora", "Flores", "Membreño", "Zeledón",
        "Arauz", "Blandón", "Mairena", "Sequeira",
    ];

    private static readonly string[] DominicanMale =
    [
        "Wáscar", "Yohan", "Starlin", "Ramón Antonio", "Elvin", "Anderson", "Wilkin", "Juan Carlos", "Franklyn", "Yunior",
    ];

    private static readonly string[] DominicanFemale =
    [
        "Yokasta", "Altagracia", "Yudelka", "Mercedes", "Ruth Esther", "Yajaira", "Anny", "Wanda", "Yesenia", "Katherine",
    ];

    private static readonly string[] DominicanSurnames =
    [
        "De la Cruz", "Peña", "Reyes", "Santana", "Almonte", "Féliz", "Jiménez", "Encarnación", "Polanco", "Tavárez",
        "Mejía", "Báez", "Rosario",
    ];

    private static readonly string[] ChineseMale =
    [
        "Wei", "Jun", "Xiaoming", "Jian", "Yong", "Zhiwei", "Hao", "Lei", "Qiang", "Jie", "Bo", "Kam Fai", "Wing Chung",
    ];

    private static readonly string[] ChineseFemale =
    [
        "Li Na", "Hui", "Mei Ling", "Fang", "Xiu Ying", "Yan", "Jing", "Lan", "Xiaohong", "Ying", "Siu Man", "Mei",
    ];

    private static readonly string[] ChineseSurnames =
    [
        "Chen", "Wong", "Li", "Zhang", "Wang", "Liu", "Huang", "Lee", "Chong", "Lau", "Lam", "Wu", "Ng", "Zhou", "He", "Liang",
    ];

    private static readonly string[] IndianMale =
    [
        "Rajesh", "Sunil", "Amit", "Deepak", "Harpreet", "Gurpreet", "Manpreet", "Rahul", "Vikram", "Sandeep", "Arjun",
        "Ravi", "Jaspreet",
    ];

    private static readonly string[] IndianFemale =
    [
        "Priya", "Anjali", "Pooja", "Sunita", "Kavita", "Neha", "Simran", "Harjeet", "Lakshmi", "Divya", "Rekha",
    ];

    private static readonly string[] IndianSurnames =
    [
        "Singh", "Kaur", "Patel", "Sharma", "Kumar", "Gupta", "Shah", "Reddy", "Mehta", "Gill", "Sandhu", "Iyer",
    ];

    private static readonly string[] AfghanMale =
    [
        "Ahmad", "Mohammad", "Habibullah", "Farid", "Sayed", "Abdul Rahim", "Mohammad Nabi", "Rahmatullah", "Hamid",
        "Najibullah", "Zabihullah", "Khalid", "Wahid",
    ];

    private static readonly string[] AfghanFemale =
    [
        "Zahra", "Fatima", "Mariam", "Nasrin", "Freshta", "Shabnam", "Parwana", "Mursal", "Zarghona", "Malalai", "Sima",
    ];

    private static readonly string[] AfghanSurnames =
    [
        "Ahmadzai", "Hakimi", "Rahimi", "Stanikzai", "Sultani", "Noori", "Karimi", "Popal", "Safi", "Wardak", "Hashimi",
        "Amiri", "Mohammadi",
    ];

    private static readonly string[] CameroonianMale =
    [
        "Emmanuel", "Blaise", "Franck", "Rodrigue", "Brice", "Hervé", "Serge", "Landry", "Christian", "Armel", "Junior",
        "Aboubakar",
    ];

    private static readonly string[] CameroonianFemale =
    [
        "Christelle", "Aïcha", "Nadège", "Mireille", "Josiane", "Carine", "Sandrine", "Larissa", "Brigitte", "Flore",
        "Hadiza",
    ];

    private static readonly string[] CameroonianSurnames =
    [
        "Ngono", "Mbarga", "Fotso", "Nkoulou", "Tchakounté", "Ndzana", "Nana", "Kamga", "Atangana", "Mvondo", "Tchatchoua",
        "Essomba", "Fouda", "Ngassa", "Djoumessi",
    ];

    private static readonly string[] SlavicMale =
    [
        "Aleksandr", "Dmitri", "Sergei", "Andriy", "Mykola", "Vladimir", "Oleksandr", "Yevgeny", "Mikhail", "Ivan", "Taras",
        "Bohdan", "Nikolai",
    ];

    private static readonly string[] SlavicFemale =
    [
        "Olga", "Natalia", "Yulia", "Oksana", "Iryna", "Tatiana", "Svetlana", "Anastasia", "Kateryna", "Yelena", "Daria",
        "Viktoriya",
    ];

    // Surnames ending in -ov/-ev/-in take "a" for women; Ukrainian -enko and -uk do not change.
    private static readonly string[] SlavicSurnames =
    [
        "Ivanov", "Petrov", "Shevchenko", "Kovalenko", "Bondarenko", "Smirnov", "Kuznetsov", "Tkachenko", "Melnyk",
        "Volkov", "Popov", "Sokolov", "Kravchuk", "Morozov", "Lebedev", "Boyko",
    ];

    /// <summary>Every group, with its share of the demo population.</summary>
    public static readonly IReadOnlyList<Origin> Origins =
    [
        new()
        {
            Key = "pa", Country = "PA", Weight = 55, Male = PanamanianMale, Female = PanamanianFemale,
            Surnames = PanamanianSurnames, DoubleSurname = true, SecondGivenName = 0.45, Areas = PanamanianAreas,
        },
        new()
        {
            Key = "pa-guna", Country = "PA", Weight = 3, Male = GunaMale, Female = GunaFemale, Surnames = GunaSurnames,
            DoubleSurname = true, SecondGivenName = 0.2, Indigenous = true,
            Areas = [("PA-KY", 60), ("PA-8", 30), ("PA-3", 5), ("PA-10", 5)],
        },
        new()
        {
            Key = "pa-embera", Country = "PA", Weight = 2, Male = EmberaMale, Female = EmberaFemale, Surnames = EmberaSurnames,
            DoubleSurname = true, SecondGivenName = 0.15, Indigenous = true,
            Areas = [("PA-EM", 55), ("PA-5", 30), ("PA-8", 15)],
        },
        new()
        {
            Key = "pa-ngabe", Country = "PA", Weight = 5, Male = NgabeMale, Female = NgabeFemale, Surnames = NgabeSurnames,
            DoubleSurname = true, SecondGivenName = 0.2, Indigenous = true,
            Areas = [("PA-NB", 60), ("PA-4", 15), ("PA-1", 15), ("PA-9", 5), ("PA-8", 5)],
        },
        new()
        {
            Key = "pa-naso", Country = "PA", Weight = 0.6, Male = NgabeMale, Female = NgabeFemale, Surnames = NasoSurnames,
            DoubleSurname = true, SecondGivenName = 0.15, Indigenous = true, Areas = [("PA-NT", 80), ("PA-1", 20)],
        },
        new()
        {
            Key = "ve", Country = "VE", Weight = 9, Male = VenezuelanMale, Female = VenezuelanFemale,
            Surnames = VenezuelanSurnames, DoubleSurname = true, SecondGivenName = 0.35, Areas = MigrantAreas,
        },
        new()
        {
            Key = "co", Country = "CO", Weight = 8, Male = ColombianMale, Female = ColombianFemale, Surnames = ColombianSurnames,
            DoubleSurname = true, SecondGivenName = 0.2, Areas = MigrantAreas,
        },
        new()
        {
            Key = "ht", Country = "HT", Weight = 4, Male = HaitianMale, Female = HaitianFemale, Surnames = HaitianSurnames,
            SecondGivenName = 0.25, Areas = MigrantAreas,
        },
        new()
        {
            Key = "cu", Country = "CU", Weight = 3, Male = CubanMale, Female = CubanFemale, Surnames = CubanSurnames,
            DoubleSurname = true, SecondGivenName = 0.2, Areas = MigrantAreas,
        },
        new()
        {
            Key = "ec", Country = "EC", Weight = 2, Male = EcuadorianMale, Female = EcuadorianFemale,
            Surnames = EcuadorianSurnames, DoubleSurname = true, SecondGivenName = 0.4, Areas = MigrantAreas,
        },
        new()
        {
            Key = "ni", Country = "NI", Weight = 2.5, Male = NicaraguanMale, Female = NicaraguanFemale,
            Surnames = NicaraguanSurnames, DoubleSurname = true, SecondGivenName = 0.3, Areas = SettledMigrantAreas,
        },
        new()
        {
            Key = "do", Country = "DO", Weight = 1.5, Male = DominicanMale, Female = DominicanFemale,
            Surnames = DominicanSurnames, DoubleSurname = true, SecondGivenName = 0.2, Areas = SettledMigrantAreas,
        },
        new()
        {
            Key = "cn", Country = "CN", Weight = 2, Male = ChineseMale, Female = ChineseFemale, Surnames = ChineseSurnames,
            SurnameFirst = true, Areas = SettledMigrantAreas,
        },
        new()
        {
            Key = "in", Country = "IN", Weight = 1, Male = IndianMale, Female = IndianFemale, Surnames = IndianSurnames,
            Areas = SettledMigrantAreas,
        },
        new()
        {
            Key = "af", Country = "AF", Weight = 0.5, Male = AfghanMale, Female = AfghanFemale, Surnames = AfghanSurnames,
            Areas = MigrantAreas,
        },
        new()
        {
            Key = "cm", Country = "CM", Weight = 0.5, Male = CameroonianMale, Female = CameroonianFemale,
            Surnames = CameroonianSurnames, SecondGivenName = 0.2, Areas = MigrantAreas,
        },
        new()
        {
            Key = "ru", Country = "RU", Weight = 0.2, Male = SlavicMale, Female = SlavicFemale, Surnames = SlavicSurnames,
            GenderedSurnames = true, Areas = SettledMigrantAreas,
        },
        new()
        {
            Key = "ua", Country = "UA", Weight = 0.2, Male = SlavicMale, Female = SlavicFemale, Surnames = SlavicSurnames,
            GenderedSurnames = true, Areas = SettledMigrantAreas,
        },
    ];

    /// <summary>Nicknames, as police and tip-line records write them.</summary>
    public static readonly string[] MaleNicknames =
    [
        "El Chino", "Cholo", "El Gringo", "Papo", "Nene", "El Pana", "Tito", "Cuco", "El Mono", "Pollo", "El Tigre", "Coco",
        "Yeyo", "El Flaco", "Chepe", "Pelón", "El Gordo", "Cabezón", "El Profe", "Toño", "Memo", "Chichi", "El Pelao",
    ];

    public static readonly string[] FemaleNicknames =
    [
        "La Flaca", "Mami", "La Gata", "La Colocha", "La Chinita", "Nena", "Yeya", "La Catira", "Muñeca", "La Mona",
        "La Jefa", "Beba", "La Gorda", "Chavela", "La Peque", "Tita",
    ];

    /// <summary>Alternative transliterations that passports and manifests use for the same name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Transliterations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Mohammad"] = "Mohamed",
        ["Ahmad"] = "Ahmed",
        ["Sergei"] = "Sergey",
        ["Dmitri"] = "Dmitriy",
        ["Aleksandr"] = "Alexander",
        ["Yevgeny"] = "Evgeniy",
        ["Yulia"] = "Julia",
        ["Natalia"] = "Natalya",
        ["Tatiana"] = "Tatyana",
        ["Yelena"] = "Elena",
        ["Oleksandr"] = "Alexandr",
        ["Andriy"] = "Andrii",
        ["Mykola"] = "Mikola",
        ["Iryna"] = "Irina",
        ["Kateryna"] = "Ekaterina",
        ["Shevchenko"] = "Chevtchenko",
        ["Kuznetsov"] = "Kuznetzov",
        ["Jhon"] = "John",
        ["Jhonny"] = "Johnny",
        ["Yeferson"] = "Jefferson",
        ["Yoandy"] = "Joandy",
        ["Jhonatan"] = "Jonathan",
        ["Zhang"] = "Cheung",
        ["Chen"] = "Chan",
        ["Huang"] = "Wong",
        ["Habibullah"] = "Habib Ullah",
        ["Rahmatullah"] = "Rahmat Ullah",
    };
}
