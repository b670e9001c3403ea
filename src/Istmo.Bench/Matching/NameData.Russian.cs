namespace Istmo.Bench.Matching;

internal static partial class NameData
{
    /// <summary>
    /// The 250 commonest Russian surnames in Cyrillic, commonest first (masculine form; the feminine adds -а). Taken from the
    /// "ru" locale of Bogus 35.6.5 (MIT licence, a port of faker.js), which lists them in the order of published frequency
    /// studies. Their Latin form is the ICAO 9303 transliteration a passport prints (<see cref="IcaoCyrillic"/>); those already in
    /// <see cref="SlavicSurnames"/> keep the hand-written spelling there.
    /// </summary>
    public static readonly string[] RussianSurnamesCyrillic = Split("""
        Смирнов Иванов Кузнецов Попов Соколов Лебедев Козлов
        Новиков Морозов Петров Волков Соловьев Васильев Зайцев
        Павлов Семенов Голубев Виноградов Богданов Воробьев
        Федоров Михайлов Беляев Тарасов Белов Комаров Орлов
        Киселев Макаров Андреев Ковалев Ильин Гусев Титов Кузьмин
        Кудрявцев Баранов Куликов Алексеев Степанов Яковлев
        Сорокин Сергеев Романов Захаров Борисов Королев Герасимов
        Пономарев Григорьев Лазарев Медведев Ершов Никитин
        Соболев Рябов Поляков Цветков Данилов Жуков Фролов
        Журавлев Николаев Крылов Максимов Сидоров Осипов Белоусов
        Федотов Дорофеев Егоров Матвеев Бобров Дмитриев Калинин
        Анисимов Петухов Антонов Тимофеев Никифоров Веселов
        Филиппов Марков Большаков Суханов Миронов Ширяев
        Александров Коновалов Шестаков Казаков Ефимов Денисов
        Громов Фомин Давыдов Мельников Щербаков Блинов Колесников
        Карпов Афанасьев Власов Маслов Исаков Тихонов Аксенов
        Гаврилов Родионов Котов Горбунов Кудряшов Быков Зуев
        Третьяков Савельев Панов Рыбаков Суворов Абрамов Воронов
        Мухин Архипов Трофимов Мартынов Емельянов Горшков Чернов
        Овчинников Селезнев Панфилов Копылов Михеев Галкин
        Назаров Лобанов Лукин Беляков Потапов Некрасов Хохлов
        Жданов Наумов Шилов Воронцов Ермаков Дроздов Игнатьев
        Савин Логинов Сафонов Капустин Кириллов Моисеев Елисеев
        Кошелев Костин Горбачев Орехов Ефремов Исаев Евдокимов
        Калашников Кабанов Носков Юдин Кулагин Лапин Прохоров
        Нестеров Харитонов Агафонов Муравьев Ларионов Федосеев
        Зимин Пахомов Шубин Игнатов Филатов Крюков Рогов Кулаков
        Терентьев Молчанов Владимиров Артемьев Гурьев Зиновьев
        Гришин Кононов Дементьев Ситников Симонов Мишин Фадеев
        Комиссаров Мамонтов Носов Гуляев Шаров Устинов Вишняков
        Евсеев Лаврентьев Брагин Константинов Корнилов Авдеев
        Зыков Бирюков Шарапов Никонов Щукин Дьячков Одинцов
        Сазонов Якушев Красильников Гордеев Самойлов Князев
        Беспалов Уваров Шашков Бобылев Доронин Белозеров Рожков
        Самсонов Мясников Лихачев Буров Сысоев Фомичев Русаков
        Стрелков Гущин Тетерин Колобов Субботин Фокин Блохин
        Селиверстов Пестов Кондратьев Силин Меркушев Лыткин Туров
        """);

    /// <summary>
    /// Surnames of Russian and Ukrainian identities ("Latin|Cyrillic"): the hand-written <see cref="SlavicSurnames"/> first, then
    /// the rest of <see cref="RussianSurnamesCyrillic"/> with their passport spelling. Fifty-five surnames made namesakes of 99% of
    /// the Russians in a million-record registry; real populations are far wider.
    /// </summary>
    public static string[] SlavicSurnamePool => slavicSurnamePool ??= [.. SlavicSurnames
        .Concat(RussianSurnamesCyrillic
            .Where(c => !SlavicSurnames.Any(s => s.EndsWith("|" + c, StringComparison.Ordinal)))
            .Select(c => IcaoCyrillic.Romanise(c) + "|" + c))];

    // Built on first use: the fields it reads live in the other part of the class, whose initialisation order is not this file's.
    private static string[]? slavicSurnamePool;
}
