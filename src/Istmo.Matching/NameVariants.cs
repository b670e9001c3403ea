namespace Istmo.Matching;

/// <summary>How a token relates to its canonical form.</summary>
public enum VariantKind
{
    /// <summary>The token is its own canonical form.</summary>
    None = 0,

    /// <summary>A nickname or hypocorism (Pepe → José).</summary>
    Nickname = 1,

    /// <summary>A spelling or romanisation variant (Zhang/Chang, Mohammed/Muhammad, Joseph/Jozèf).</summary>
    Spelling = 2,
}

/// <summary>Known name equivalences: Spanish nicknames, Chinese pinyin/Wade-Giles/Cantonese, Korean surname spellings (Revised
/// Romanization, McCune–Reischauer and customary: Gim/Kim, Bak/Pak/Park, Ri/Rhee/Lee), Arabic and Haitian Creole/French spellings.</summary>
/// <remarks>Tokens are compared on their canonical forms; multi-word canonicals (Maite → maria teresa) are stored joined ("mariateresa").</remarks>
public static class NameVariants
{
    // canonical: variants. Nicknames (Spanish hypocorisms).
    private const string Nicknames = """
        jose: pepe chepe pepito josecito cheo che
        josefa: chepa pepa pepita fina
        luis: lucho lucho luisito
        francisco: pancho paco curro frasco quico kiko panchito
        ignacio: nacho
        jesus: chucho chuy
        guillermo: memo guille
        guadalupe: lupe lupita
        antonio: tono tonio toni tony
        antonia: tona
        enrique: quique
        alberto: beto
        roberto: beto tito
        concepcion: concha conchita conchi
        rosario: charo chayo
        dolores: lola lolita
        mariateresa: maite maritere
        mariajose: majo
        mariadelcarmen: maricarmen mamen
        mariadelosangeles: marielos
        manuel: manolo manu
        alejandro: alex ale jano
        alejandra: ale sandra
        eduardo: lalo edu
        gonzalo: chalo
        rafael: rafa rafo
        fernando: nando fer
        federico: fede kiko
        ramon: moncho mongo
        salvador: chava chavo
        santiago: santi yago chago
        gregorio: goyo
        rodrigo: rigo
        ricardo: richi rica
        jorge: coque yoyi
        carlos: carlitos charly
        isabel: chabela isa chavela
        francisca: paca paquita pancha
        mercedes: meche
        consuelo: chelo
        graciela: chela
        socorro: coco
        margarita: rita marga
        cristina: cris tina
        gertrudis: tulita
        pedro: perico
        alfonso: poncho
        refugio: cuca
        ernesto: neto
        humberto: beto
        heriberto: beto
        norberto: beto
        gilberto: beto
        adalberto: beto
        anastasio: tacho
        gabriel: gabo
        leonardo: leo
        abraham: abram
        ana: anita
        juan: juancho juanito
        maria: mari
        """;

    // canonical: variants. English, German, Italian and Hebrew hypocorisms.
    private const string OtherNicknames = """
        william: bill billy will willy liam
        robert: bob bobby rob robbie bert
        richard: rick ricky dick rich
        elizabeth: liz lizzie beth betty eliza elisabeth
        michael: mike mick mikey micheal micheal
        patrick: pat paddy
        james: jim jimmy jamie
        john: jack johnny
        thomas: tom tommy
        charles: charlie chuck
        edward: ed eddie ted ned
        margaret: maggie peggy meg
        katherine: kate katie kathy cathy catherine kathryn
        jennifer: jen jenny
        christopher: chris kit
        anthony: tony
        nicholas: nick nicky
        benjamin: ben benji bibi binyamin
        samuel: sam sammy
        daniel: dan danny
        joseph: joe joey
        friedrich: fritz
        salvatore: toto
        giuseppe: peppe beppe pino
        """;

    // canonical: variants. Spellings and romanisations (Chinese, Arabic, Haitian Creole/French, Slavic).
    private const string Spellings = """
        zhang: chang cheung jang
        xu: hsu hui tsui
        zhou: chou chow jau
        li: lee lei yi rhee ri
        wang: wong
        chen: chan chin tan
        liu: lau lew
        huang: hwang wang2
        zhao: chao chiu
        wu: woo ng
        zheng: cheng ching
        yang: yeung yong
        lin: lam lim rim
        he: ho
        guo: kuo kwok
        sun: suen
        zhu: chu choo
        gao: kao
        liang: leung
        xie: hsieh tse
        feng: fung
        kim: gim
        park: pak bak
        jung: jeong chung jong
        kang: gang
        cho: jo
        yoon: yun
        kwon: gwon
        ahn: an
        yoo: yu
        moon: mun
        shin: sin
        seo: suh
        noh: roh no ro
        heo: huh hur
        kwak: gwak
        sung: seong
        shim: sim
        byun: byeon
        hyun: hyeon
        ko: go
        jeon: jun
        deng: teng
        cai: tsai choi choe
        jiang: chiang
        qian: chien
        zhong: chung
        xiao: hsiao siu
        wei: wai
        jun: chun
        muhammad: mohammed mohammad mohamed mohamad muhammed mohd mohamud mehmet mohammed mouhamed muhamad mohummad
        ahmad: ahmed ahmet
        abdul: abdel abd abdal abdoul abdol abdu
        husain: hussein husein hussain husayn hosein hossein
        hasan: hassan hasen
        ali: aly
        umar: omar omer
        usama: osama usamah
        yusuf: yousef youssef yousif yusef yosef
        ibrahim: ebrahim ibraheem
        abdullah: abdallah abdulla
        khalid: khaled
        mahmud: mahmoud mahmood
        mustafa: mostafa moustafa mustapha
        karim: kareem
        rahman: rehman rahmaan
        abu: abou
        said: saeed sayed sayyid saeid
        nasir: nasser naser nasr
        tariq: tarek tarik
        walid: waleed
        zaid: zayd zeid
        salim: saleem selim
        fatima: fatma fatimah
        aisha: ayesha aicha aysha
        maryam: mariam
        khadija: khadijah
        nur: noor
        hamza: hamzah
        jafar: jaafar
        rashid: rasheed
        hamid: hamed
        jamal: gamal
        faisal: faysal feisal
        haidari: haidary haydari
        muhammadi: mohammadi
        joseph: jozef josef jozeph
        pierre: pyer pye
        jacques: jak jacque
        jean: jan
        baptiste: batis batiste
        louis: lwi
        marie: mari2
        dieudonne: dyedone
        jeanbaptiste: janbatis
        aleksandr: alexander alexandr aleksander
        sergei: sergey serhii serhiy
        yulia: iuliia julia yuliya
        dmitri: dmitry dmitrii
        andrei: andrey andrii andriy
        yuri: yury iurii yurii
        mikhail: mykhailo michail
        oleksandr: olexandr
        nikolai: nikolay mykola
        tatiana: tatyana tetiana
        natalia: natalya nataliya
        olga: olha
        aleksandr: aliaksandr alaksandr aliaksandar
        viktor: victor viktar wiktor
        nikolai: mikalai
        sergei: siarhei siarhej
        dmitri: dzmitry dzmitryi dmytro dmitrij dmitriy
        svetlana: sviatlana svitlana swetlana
        roman: raman
        maria: maryia mariya maryja
        yevgeny: evgeny evgenii evgeniy yevgeniy yevhen yauhen jewgeni eugene
        vladimir: volodymyr uladzimir wladimir vladimer
        aleksei: alexei alexey aleksey oleksii oleksiy alyaksei
        pyotr: petr petro piotr
        semyon: semen semion
        ihor: igor
        yakov: yakiv
        grigory: grigori hryhoriy ryhor
        anatoly: anatolii anatoliy
        vyacheslav: viacheslav vyacheslaw viatcheslav
        gennady: gennadiy gennadii gennadij
        arkady: arkadiy arkadii
        valentina: valiantsina
        """;

    private static readonly Dictionary<string, (string Canonical, VariantKind Kind)> Table = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string[]> Alternates = new(StringComparer.Ordinal);

#pragma warning disable CA1810 // explicit static constructor: the two tables are filled together
    static NameVariants()
    {
        Load(Spellings, VariantKind.Spelling);
        Load(Nicknames, VariantKind.Nickname);
        Load(OtherNicknames, VariantKind.Nickname);
    }
#pragma warning restore CA1810

    /// <summary>Returns the canonical form of a normalised token and how it relates (None when unknown).</summary>
    public static (string Canonical, VariantKind Kind) Canonical(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Table.TryGetValue(token, out var v) ? v : (token, VariantKind.None);
    }

    /// <summary>All canonical forms of an ambiguous nickname (Beto → alberto, roberto, humberto...); empty when unambiguous.</summary>
    public static IReadOnlyList<string> AlternateCanonicals(string token) => Alternates.TryGetValue(token, out var a) ? a : [];

    /// <summary>True when the two normalised tokens are known forms of the same name.</summary>
    public static bool AreVariants(string a, string b)
    {
        var ca = Canonical(a).Canonical;
        var cb = Canonical(b).Canonical;
        return ca == cb || AlternateCanonicals(a).Contains(cb) || AlternateCanonicals(b).Contains(ca);
    }

    /// <summary>True when one token extends the other by two letters or more (Smith/Smithson, Castro/Castrillón, Gazprom/Gazprombank;
    /// a final vowel of the shorter may be replaced):
    /// a different name rather than a typo, which adds or drops at most one letter.</summary>
    public static bool IsExtension(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        if (s.Length < 3 || l.Length - s.Length < 2)
        {
            return false;
        }

        // A final vowel may give way to the suffix (Castro/Castrillón, Rodrigo/Rodríguez, Mario/Mariano).
        var stem = s.Length >= 4 && SpanishPhonetic.IsVowel(s[^1]) ? s.AsSpan(0, s.Length - 1) : s.AsSpan();
        return l.AsSpan().StartsWith(stem, StringComparison.Ordinal);
    }

    private static void Load(string table, VariantKind kind)
    {
        foreach (var raw in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            var canonical = raw[..colon];
            foreach (var v in raw[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (v.EndsWith('2'))
                {
                    continue; // ambiguous forms documented with a trailing 2 are not mapped
                }

                // A variant claimed by several canonicals (beto) keeps the first as canonical and lists all as alternates.
                if (!Table.TryAdd(v, (canonical, kind)) && Table[v].Canonical != canonical)
                {
                    var prev = Alternates.TryGetValue(v, out var a) ? a : [Table[v].Canonical];
                    Alternates[v] = [.. prev, canonical];
                }
            }
        }
    }
}
