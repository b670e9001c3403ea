namespace Istmo.Modules.Demo;

/// <summary>A district and some of its corregimientos (or comarca communities).</summary>
internal sealed record DemoDistrict(string Name, string[] Localities);

/// <summary>Districts and corregimientos of every province and comarca, and street-name material.</summary>
internal static class DemoPlaces
{
    /// <summary>Districts by ISO 3166-2 area code; every code in PanamaAreas.All has an entry.</summary>
    public static readonly IReadOnlyDictionary<string, DemoDistrict[]> Districts = new Dictionary<string, DemoDistrict[]>(StringComparer.Ordinal)
    {
        ["PA-1"] =
        [
            new("Bocas del Toro", ["Bocas del Toro", "Bastimentos", "Cauchero", "Punta Laurel"]),
            new("Changuinola", ["Changuinola", "Guabito", "El Empalme", "Finca 30", "Las Tablas", "Almirante"]),
            new("Chiriquí Grande", ["Chiriquí Grande", "Punta Peña", "Rambala"]),
        ],
        ["PA-2"] =
        [
            new("Penonomé", ["Penonomé", "Pajonal", "Coclé", "Río Grande", "Toabré"]),
            new("Aguadulce", ["Aguadulce", "El Roble", "Pocrí", "Barrios Unidos"]),
            new("Antón", ["Antón", "El Valle", "Río Hato", "Santa Rita"]),
            new("Natá", ["Natá", "Capellanía", "El Caño"]),
            new("La Pintada", ["La Pintada", "El Harino"]),
        ],
        ["PA-3"] =
        [
            new("Colón", ["Barrio Norte", "Barrio Sur", "Cristóbal", "Sabanitas", "Puerto Pilón", "Cativá", "Buena Vista", "Limón"]),
            new("Portobelo", ["Portobelo", "Isla Grande", "Cacique"]),
            new("Chagres", ["Nuevo Chagres", "Piña", "Palmas Bellas"]),
            new("Donoso", ["Miguel de la Borda", "Río Indio"]),
            new("Santa Isabel", ["Palenque", "Nombre de Dios", "Viento Frío"]),
        ],
        ["PA-4"] =
        [
            new("David", ["David", "San Pablo Viejo", "Pedregal", "Las Lomas", "Chiriquí"]),
            new("Barú", ["Puerto Armuelles", "Progreso", "Baco", "Rodolfo Aguilar Delgado"]),
            new("Boquete", ["Bajo Boquete", "Alto Boquete", "Palmira", "Caldera"]),
            new("Bugaba", ["La Concepción", "Aserrío de Gariché", "Sortová", "Santa Marta"]),
            new("Tierras Altas", ["Volcán", "Cerro Punta", "Paso Canoas Arriba"]),
            new("Gualaca", ["Gualaca", "Los Planes", "Rincón"]),
            new("Dolega", ["Dolega", "Potrerillos", "Los Algarrobos"]),
        ],
        ["PA-5"] =
        [
            new("Chepigana", ["La Palma", "Garachiné", "Puerto Piña", "Setegantí"]),
            new("Pinogana", ["Yaviza", "El Real de Santa María", "Metetí", "Boca de Cupe", "Púcuro"]),
            new("Santa Fe", ["Santa Fe", "Agua Fría", "Cucunatí", "Río Congo Arriba"]),
        ],
        ["PA-6"] =
        [
            new("Chitré", ["Chitré", "La Arena", "Monagrillo", "San Juan Bautista", "Llano Bonito"]),
            new("Parita", ["Parita", "París", "Portobelillo"]),
            new("Ocú", ["Ocú", "Los Llanos", "Peñas Chatas"]),
            new("Pesé", ["Pesé", "El Pájaro", "Rincón Hondo"]),
            new("Santa María", ["Santa María", "El Rincón", "Chupampa"]),
        ],
        ["PA-7"] =
        [
            new("Las Tablas", ["Las Tablas", "La Palma", "Santo Domingo", "El Cocal"]),
            new("Guararé", ["Guararé", "El Espinal", "La Enea"]),
            new("Los Santos", ["La Villa de Los Santos", "Sabana Grande", "Tres Quebradas"]),
            new("Pedasí", ["Pedasí", "Purio", "Los Asientos"]),
            new("Tonosí", ["Tonosí", "Cañas", "Flores"]),
            new("Macaracas", ["Macaracas", "Bahía Honda", "Llano de Piedra"]),
        ],
        ["PA-8"] =
        [
            new("Panamá",
            [
                "San Felipe", "El Chorrillo", "Santa Ana", "Calidonia", "Curundú", "Bella Vista", "Bethania", "San Francisco",
                "Pueblo Nuevo", "Parque Lefevre", "Río Abajo", "Juan Díaz", "Pedregal", "Ancón", "Tocumen", "Las Mañanitas",
                "24 de Diciembre", "Pacora", "Chilibre", "Las Cumbres", "Alcalde Díaz", "Ernesto Córdoba Campos", "Don Bosco",
            ]),
            new("San Miguelito",
            [
                "Amelia Denis de Icaza", "Belisario Porras", "José Domingo Espinar", "Mateo Iturralde", "Victoriano Lorenzo",
                "Arnulfo Arias", "Belisario Frías", "Omar Torrijos", "Rufina Alfaro",
            ]),
            new("Chepo", ["Chepo", "Cañita", "Las Margaritas", "El Llano", "Tortí"]),
            new("Taboga", ["Taboga", "Otoque Oriente"]),
            new("Balboa", ["San Miguel", "Saboga", "Pedro González"]),
            new("Chimán", ["Chimán", "Brujas", "Gonzalo Vásquez"]),
        ],
        ["PA-9"] =
        [
            new("Santiago", ["Santiago", "Canto del Llano", "La Peña", "San Martín de Porres", "Los Algarrobos"]),
            new("Soná", ["Soná", "Guarumal", "Bahía Honda", "Quebrada de Oro"]),
            new("Atalaya", ["Atalaya", "El Barrito", "La Carrillo"]),
            new("Montijo", ["Montijo", "Puerto Mutis", "Pilón"]),
            new("Santa Fe", ["Santa Fe", "El Alto", "Gatú"]),
            new("Mariato", ["Llano de Catival", "Arenas", "Quebro"]),
        ],
        ["PA-10"] =
        [
            new("Arraiján", ["Arraiján", "Vista Alegre", "Juan Demóstenes Arosemena", "Veracruz", "Burunga", "Nuevo Emperador", "Cerro Silvestre"]),
            new("La Chorrera", ["Barrio Balboa", "Barrio Colón", "Guadalupe", "El Coco", "Puerto Caimito", "Playa Leona", "Herrera"]),
            new("Capira", ["Capira", "Campana", "Villa Carmen", "Lídice"]),
            new("Chame", ["Chame", "Bejuco", "Nueva Gorgona", "Punta Chame"]),
            new("San Carlos", ["San Carlos", "El Espino", "Las Uvas"]),
        ],
        ["PA-EM"] =
        [
            new("Cémaco", ["Unión Chocó", "Lajas Blancas", "Manuel Ortega", "Bajo Chiquito", "Bajo Grande"]),
            new("Sambú", ["Río Sábalo", "Jingurudó", "Puerto Indio"]),
        ],
        ["PA-KY"] =
        [
            new("Guna Yala", ["Narganá", "Ailigandí", "Puerto Obaldía", "Tubualá", "Cartí Sugdupu", "Ustupu", "Gardi Sugdub"]),
        ],
        ["PA-NB"] =
        [
            new("Kankintú", ["Kankintú", "Bisira", "Guoroni"]),
            new("Kusapín", ["Kusapín", "Río Chiriquí", "Bahía Azul"]),
            new("Müna", ["Chichica", "Alto Caballero", "Cerro Caña"]),
            new("Besikö", ["Soloy", "Boca de Balsa", "Cerro Banco"]),
            new("Mironó", ["Hato Pilón", "Hato Jobo", "Quebrada de Loro"]),
            new("Nole Duima", ["Cerro Iglesias", "Hato Chamí", "Jädeberi"]),
            new("Ñürüm", ["Buenos Aires", "Agua de Salud", "Alto de Jesús"]),
        ],
        ["PA-NT"] =
        [
            new("Naso Tjër Di", ["Teribe", "Bonyic", "Sieyic", "San San Druy"]),
        ],
    };

    /// <summary>The Panamanian cédula province number for an area (Panamá Oeste is 13; the comarcas 10–12).</summary>
    public static readonly IReadOnlyDictionary<string, int> CedulaProvince = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["PA-1"] = 1,
        ["PA-2"] = 2,
        ["PA-3"] = 3,
        ["PA-4"] = 4,
        ["PA-5"] = 5,
        ["PA-6"] = 6,
        ["PA-7"] = 7,
        ["PA-8"] = 8,
        ["PA-9"] = 9,
        ["PA-10"] = 13,
        ["PA-KY"] = 10,
        ["PA-EM"] = 11,
        ["PA-NB"] = 12,
        ["PA-NT"] = 1,
    };

    public static readonly string[] StreetKinds = ["Calle", "Avenida", "Vía", "Barriada", "Urbanización", "Sector", "Residencial", "Callejón"];

    public static readonly string[] StreetNames =
    [
        "Principal", "Central", "Primera", "Segunda", "Tercera", "Quinta", "San Antonio", "El Progreso", "La Esperanza",
        "Villa del Carmen", "Los Pinos", "Santa Librada", "La Paz", "Las Acacias", "El Bosque", "San José", "Nuevo Amanecer",
        "Santa Rita", "Los Robles", "Altos del Río", "La Pradera", "San Cristóbal", "Vista Hermosa", "Los Mangos", "El Carmen",
    ];

    /// <summary>Avenues and neighbourhoods of the Panamá–Colón corridor, used only for addresses there.</summary>
    public static readonly string[] MetroStreetNames =
    [
        "50", "12 de Octubre", "España", "Porras", "Transístmica", "Domingo Díaz", "Fernández de Córdoba", "Los Andes",
        "Monte Oscuro", "Don Bosco", "Simón Bolívar", "Justo Arosemena", "Perú", "Cuba", "Ricardo J. Alfaro", "Las Mañanitas",
        "Villa Lucre", "Condado del Rey", "Brisas del Golf", "Cerro Viento", "San Isidro", "Villa Zaita",
    ];

    /// <summary>Areas of the Panamá–Colón corridor.</summary>
    public static readonly HashSet<string> MetroAreas = new(StringComparer.Ordinal) { "PA-8", "PA-10", "PA-3" };

    /// <summary>Buildings and landmarks that Panamanian addresses are given by.</summary>
    public static readonly string[] Landmarks =
    [
        "frente a la escuela", "detrás de la iglesia", "cerca del Súper 99", "al lado de la cancha", "frente al chino",
        "diagonal a la parada", "cerca del centro de salud", "después del puente", "frente a la gasolinera",
    ];

    /// <summary>Communities reached by boat or trail, where a street address makes no sense.</summary>
    public static readonly HashSet<string> RuralAreas = new(StringComparer.Ordinal) { "PA-KY", "PA-EM", "PA-NB", "PA-NT", "PA-5" };
}
