"""Russian text and a watchlist in Latin letters: every case form of a name is the person,
and no case form makes a namesake. (The sentences are made up for these tests.)"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.match import compile_names, find_mentions
from monitor.core.names_ru import forms_of
from monitor.core.types import Person
from tests.core.reading import mentions_by_person

PEOPLE = [
    Person("navalny", "Alexei Navalny"),
    Person("kara-murza", "Vladimir Kara-Murza"),
    Person("kolesnikova", "Maria Kolesnikova"),
    Person("gorinov", "Alexei Gorinov"),
    Person("skochilenko", "Aleksandra Skochilenko"),
    Person("chanysheva", "Liliya Chanysheva"),
    Person("shevchenko", "Taras Shevchenko"),
    Person("kozhemyako", "Oleg Kozhemyako"),
    Person("gonzalez", "Edmundo Gonzalez"),
    Person("bialiatski", "Ales Bialiatski"),
    Person("akberdi", "Aigul Akberdi"),
    Person("tsikhanouski", "Siarhei Tsikhanouski", aliases=("Сергей Тихановский",)),
    Person("orlov", "Oleg Orlov", aliases=("Олег Орлов",)),
    Person("ponomarenko", "Maria Ponomarenko"),
    Person("shestakov", "Dmitry Shestakov"),
    Person("yashin", "Ilya Yashin"),
    Person("kairat", "Kairat Ilyasov"),
    Person("kanat", "Kanat Nurmatov"),
    Person("gorbachev", "Pavel Gorbachev"),
    Person("valzhareva", "Olga Valzhareva"),
    Person("sentsov", "Oleh Sentsov"),
    Person("hnatiuk", "Hanna Hnatiuk"),
    Person("hryhorenko", "Halyna Hryhorenko"),
    Person("budzilovich", "Aleh Budzilovich"),  # Belarusian дз, Russian д: Будилович
    Person("losik", "Ihar Losik"),
    Person("kuznetsova", "Yulia Kuznetsova", aliases=("Юлия Кузнецова",)),
    Person("babaryka", "Eduard Babaryka"),
    Person("poczobut", "Andrzej Poczobut"),
    Person("ponomaryov", "Lev Ponomaryov"),
    Person("hasanov", "Mohammed Hasanov"),
    Person("huseynov", "Yusuf Huseynov"),
    Person("chanrotkalin", "Oleg Chanrotkalin"),
]
INDEX = compile_names(PEOPLE)


def found(text: str) -> dict[str, list[str]]:
    """person id → the mention texts (tests/core/reading.py checks each)."""
    return mentions_by_person(INDEX, text)


@pytest.mark.parametrize(
    ("text", "person", "mention"),
    [
        # the six cases of a masculine name, given name and surname
        ("Алексей Навальный выступил в суде.", "navalny", "Алексей Навальный"),
        ("Адвокаты Алексея Навального подали жалобу.", "navalny", "Алексея Навального"),
        ("Алексею Навальному продлили срок.", "navalny", "Алексею Навальному"),
        ("Суд оставил Алексея Навального под стражей.", "navalny", "Алексея Навального"),
        ("Встреча с Алексеем Навальным не состоялась.", "navalny", "Алексеем Навальным"),
        ("Говорили об Алексее Навальном весь вечер.", "navalny", "Алексее Навальном"),
        # feminine: -ova / -ovoy
        ("Мария Колесникова остаётся в колонии.", "kolesnikova", "Мария Колесникова"),
        ("Марии Колесниковой разрешили звонок.", "kolesnikova", "Марии Колесниковой"),
        ("Письмо от Марии Колесниковой пришло.", "kolesnikova", "Марии Колесниковой"),
        ("Марию Колесникову перевели в больницу.", "kolesnikova", "Марию Колесникову"),
        ("Лилию Чанышеву этапировали.", "chanysheva", "Лилию Чанышеву"),
        ("Суд над Лилией Чанышевой начался.", "chanysheva", "Лилией Чанышевой"),
        # a surname the dictionary does not know, guessed by its ending
        ("Алексею Горинову добавили три года.", "gorinov", "Алексею Горинову"),
        ("Дело Алексея Горинова передано в суд.", "gorinov", "Алексея Горинова"),
        ("Суд арестовал Олега Чанроткалина.", "chanrotkalin", "Олега Чанроткалина"),  # guessed
        ("Писали об Олеге Чанроткалине.", "chanrotkalin", "Олеге Чанроткалине"),  # as a name
        # hyphenated, with the patronymic, initials, surname first
        ("Приговор Владимиру Кара-Мурзе обжалован.", "kara-murza", "Владимиру Кара-Мурзе"),
        ("Дело Владимира Кара-Мурзы слушается.", "kara-murza", "Владимира Кара-Мурзы"),
        (
            "Владимира Владимировича Кара-Мурзу вывели из зала.",
            "kara-murza",
            "Владимира Владимировича Кара-Мурзу",
        ),
        ("В. Кара-Мурза написал письмо.", "kara-murza", "В. Кара-Мурза"),
        ("Осуждённый Кара-Мурза Владимир Владимирович.", "kara-murza", "Кара-Мурза Владимир"),
        ("Колесникова Мария Александровна", "kolesnikova", "Колесникова Мария"),
        # indeclinable and foreign surnames
        ("Тарасу Шевченко предъявили обвинение.", "shevchenko", "Тарасу Шевченко"),
        ("Обыск у Олега Кожемяко прошёл ночью.", "kozhemyako", "Олега Кожемяко"),
        ("Марии Пономаренко отказали в УДО.", "ponomarenko", "Марии Пономаренко"),
        ("Задержание Эдмундо Гонсалеса осудили.", "gonzalez", "Эдмундо Гонсалеса"),
        # familiar given names
        ("Саша Скочиленко вышла на свободу.", "skochilenko", "Саша Скочиленко"),
        ("Поддержите Сашу Скочиленко письмами.", "skochilenko", "Сашу Скочиленко"),
        ("Александре Скочиленко дали семь лет.", "skochilenko", "Александре Скочиленко"),
        ("Илью Яшина обменяли.", "yashin", "Илью Яшина"),
        ("Дмитрию Шестакову вынесли приговор.", "shestakov", "Дмитрию Шестакову"),
        # Belarusian and Kazakh letters, й as i
        ("Алесь Бяляцкі атрымаў прысуд.", "bialiatski", "Алесь Бяляцкі"),
        ("Айгуль Ақберди вышла на свободу.", "akberdi", "Айгуль Ақберди"),
        ("Кайрата Ильясова задержали.", "kairat", "Кайрата Ильясова"),
        # a Kyrgyz given name that the dictionary knows only as another word (канат, rope)
        ("Каната Нурматова задержали.", "kanat", "Каната Нурматова"),
        ("Встреча с Канатом Нурматовым.", "kanat", "Канатом Нурматовым"),
        # ё written or not, where a Latin list writes e
        ("Павла Горбачёва задержали.", "gorbachev", "Павла Горбачёва"),
        ("Павла Горбачева задержали.", "gorbachev", "Павла Горбачева"),
        ("Льву Пономареву отказали.", "ponomaryov", "Льву Пономареву"),  # the dictionary's ё
        # Ukrainian and Belarusian names as Russian text spells them (г for h)
        ("Олега Сенцова освободили.", "sentsov", "Олега Сенцова"),
        ("Анне Гнатюк предъявили обвинение.", "hnatiuk", "Анне Гнатюк"),
        ("Галину Григоренко задержали.", "hryhorenko", "Галину Григоренко"),
        ("Игоря Лосика перевели в колонию.", "losik", "Игоря Лосика"),
        ("Эдуарду Бабарико дали восемь лет.", "babaryka", "Эдуарду Бабарико"),  # -ka / -ko
        ("Анджея Почобута осудили.", "poczobut", "Анджея Почобута"),  # Polish cz
        # the patronymic, initials and surname first, in case forms
        (
            "Марии Александровны Колесниковой нет в списке.",
            "kolesnikova",
            "Марии Александровны Колесниковой",
        ),
        ("Кара-Мурзы Владимира Владимировича", "kara-murza", "Кара-Мурзы Владимира"),
        ("Письмо В. Кара-Мурзе доставили.", "kara-murza", "В. Кара-Мурзе"),
        ("Навальному Алексею Анатольевичу", "navalny", "Навальному Алексею"),
        # initials after the surname, as court records write them
        ("Кара-Мурзе В.В. продлили арест.", "kara-murza", "Кара-Мурзе В.В"),
        ("Подсудимый Горинов А. В. выступил.", "gorinov", "Горинов А. В"),
        ("Г. Григоренко задержали.", "hryhorenko", "Г. Григоренко"),  # Г. for Halyna
        ("Ю. Кузнецову задержали.", "kuznetsova", "Ю. Кузнецову"),
        # names of the Caucasus as Russian spells them
        ("Магомеда Гасанова задержали.", "hasanov", "Магомеда Гасанова"),
        ("Юсупу Гусейнову продлили арест.", "huseynov", "Юсупу Гусейнову"),
        # a Cyrillic alias, in every case
        ("Юлии Кузнецовой продлили арест.", "kuznetsova", "Юлии Кузнецовой"),
        ("Сергея Тихановского освободили.", "tsikhanouski", "Сергея Тихановского"),
        ("Олегу Орлову дали два с половиной года.", "orlov", "Олегу Орлову"),
        # a Belarusian name in Latin letters, in Russian spelling: дз is д, Алег is Олег
        ("Журналист Олег Будилович вышел на свободу.", "budzilovich", "Олег Будилович"),
        ("Олега Будиловича помиловали.", "budzilovich", "Олега Будиловича"),
        ("Алег Будзіловіч выйшаў на волю.", "budzilovich", "Алег Будзіловіч"),
        ("Приговор Олегу Петровичу Орлову оглашён.", "orlov", "Олегу Петровичу Орлову"),
    ],
)
def test_a_name_is_found_in_every_case_form(text: str, person: str, mention: str) -> None:
    assert found(text).get(person) == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "Юлия Навальная выступила в Мюнхене.",  # his wife: a feminine form is not Alexei
        "Юлии Навальной вручили премию.",
        "Навальная заявила о давлении.",
        "Олег Навальный, брат политика, вышел из колонии.",  # another given name: his brother
        "Олега Навального задержали в Москве.",
        "Дарья Колесников ответила.",  # nonsense gender pairs stay unmatched as well
        "Максим Колесников заявил журналистам.",  # not Maria: the masculine surname
        "Ирина Горинова рассказала об обыске.",
        "Ульяна Кара-Мурза выступила.",
    ],
)
def test_case_forms_never_make_a_namesake(text: str) -> None:
    assert found(text) == {}


def test_a_surname_alone_follows_the_full_name_in_any_case() -> None:
    text = "Алексея Горинова этапировали. Горинову стало хуже, сообщил адвокат Горинова."
    assert found(text)["gorinov"] == ["Алексея Горинова", "Горинову", "Горинова"]


def test_a_word_that_is_never_a_name_before_a_surname_is_no_other_person() -> None:
    text = "Дело Алексея Навального. Суд Навальному отказал. Оппозиционер Навальный молчит."
    assert found(text)["navalny"] == ["Алексея Навального", "Навальному", "Навальный"]


@pytest.mark.parametrize(
    "other",
    [
        "Навальный Олег Анатольевич осуждён.",  # surname first, another given name
        "Навальному О. А. продлили срок.",  # initials after the surname that do not fit
    ],
)
def test_a_surname_before_another_given_name_or_initial_is_another_person(other: str) -> None:
    assert found(f"Алексея Навального судили. {other}")["navalny"] == ["Алексея Навального"]


def test_a_given_name_before_a_surname_is_another_person_in_any_case() -> None:
    text = "Алексей Навальный и Олегу Навальному передали привет."
    assert found(text)["navalny"] == ["Алексей Навальный"]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("навального", "navalnyy"),
        ("колесниковой", "kolesnikova"),
        ("мурзы", "murza"),
        ("скочиленко", "skochilenko"),
    ],
)
def test_a_russian_word_is_read_as_its_nominative_forms(word: str, nominative: str) -> None:
    assert nominative in forms_of(word)[0]


def test_a_feminine_surname_never_reads_as_the_masculine() -> None:
    assert "navalnyy" not in forms_of("навальной")[0]
    assert "navalnyy" not in forms_of("навальная")[0]


def test_an_e_is_never_read_as_a_guessed_yo() -> None:
    # the analyser guesses валжарёва for an unknown "Валжаревой": -ёва would key as -ова
    assert "valzharyova" not in forms_of("валжаревой")[0]
    assert "valzhareva" in forms_of("валжаревой")[0]


def test_a_known_word_that_is_never_a_name_is_marked() -> None:
    assert forms_of("суд")[1] is True
    assert forms_of("олег")[1] is False
    assert forms_of("горинову")[1] is False  # guessed: may be a surname


@settings(max_examples=200)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x400, max_codepoint=0x52F) | st.sampled_from(" .-\n'")
    )
)
def test_matching_never_raises_on_cyrillic_text(text: str) -> None:
    text += " Алексея Навального"
    for m in find_mentions(INDEX, text):
        assert text[m.start : m.end] == m.text


def test_english_text_never_loads_the_russian_analyser() -> None:
    program = (
        "import sys\n"
        "from monitor.core.match import compile_names, find_mentions\n"
        "from monitor.core.types import Person\n"
        "index = compile_names([Person('n', 'Alexei Navalny', aliases=('Алексей Навальный',))])\n"
        "assert find_mentions(index, 'A court jailed Alexei Navalny on Monday.')\n"
        "assert 'pymorphy3' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True)


# (listed in Latin letters, the nominative in Cyrillic, gender), names the analyser declines
DECLINED = [
    ("Oleg Orlov", "Олег Орлов", "masc"),
    ("Maria Kolesnikova", "Мария Колесникова", "femn"),
    ("Sergei Tikhanovsky", "Сергей Тихановский", "masc"),
    ("Svetlana Tikhanovskaya", "Светлана Тихановская", "femn"),
    ("Ilya Yashin", "Илья Яшин", "masc"),
    ("Liliya Chanysheva", "Лилия Чанышева", "femn"),
    ("Igor Baryshnikov", "Игорь Барышников", "masc"),
    ("Yuri Dmitriev", "Юрий Дмитриев", "masc"),
]


@pytest.mark.parametrize("case", ["gent", "datv", "accs", "ablt", "loct"])
@pytest.mark.parametrize(("listed", "nominative", "gender"), DECLINED)
def test_every_case_form_the_analyser_makes_is_found(
    listed: str, nominative: str, gender: str, case: str
) -> None:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    declined = []
    for word in nominative.split():
        parses = [p for p in morph.parse(word) if {gender, "nomn"} <= p.tag.grammemes]
        parses.sort(key=lambda p: not {"Name", "Surn"} & p.tag.grammemes)  # as a name declines
        form = parses[0].inflect({case, "sing"}) if parses else None
        declined.append(form.word.capitalize() if form else word)
    text = f"Сообщение о том, что {' '.join(declined)} находится в СИЗО."
    index = compile_names([Person("p", listed)])
    assert [m.text for m in find_mentions(index, text)] == [" ".join(declined)]


@pytest.mark.parametrize(
    "later",
    ["Позже Горинова заявила журналистам.", "Суд вызвал Горинову как свидетеля."],
)
def test_a_surname_alone_after_a_namesake_named_in_full_is_the_namesakes(later: str) -> None:
    # Горинова / Горинову: his genitive / dative, or the name of his wife, named last
    text = f"Алексея Горинова осудили. Его жена Ирина Горинова выступила в суде. {later}"
    assert found(text)["gorinov"] == ["Алексея Горинова"]


def test_a_surname_alone_goes_back_to_the_person_named_in_full_again() -> None:
    text = (
        "Алексея Горинова осудили. Ирина Горинова выступила в суде. "
        "Алексея Горинова увезли. Адвокат Горинова обжалует приговор."
    )
    assert found(text)["gorinov"] == ["Алексея Горинова", "Алексея Горинова", "Горинова"]


FAMILY = compile_names(
    [
        Person("tikhonov", "Arkady Tikhonov"),
        Person("tikhonova", "Sofya Tikhonova"),
        Person("navalny", "Alexei Navalny"),
        Person("navalnaya", "Yulia Navalnaya"),
        Person("chanysheva", "Liliya Chanysheva"),
        Person("kozlov", "Vladimir Kozlov"),
    ]
)


def family(text: str) -> dict[str, list[str]]:
    """person id → the mention texts (tests/core/reading.py checks each)."""
    return mentions_by_person(FAMILY, text)


@pytest.mark.parametrize(
    ("text", "his", "hers"),
    [
        (
            "Аркадий и Софья Тихоновы вышли на свободу.",
            "Аркадий и Софья Тихоновы",
            "Софья Тихоновы",
        ),
        (
            "Суд арестовал Аркадия и Софью Тихоновых.",
            "Аркадия и Софью Тихоновых",
            "Софью Тихоновых",
        ),
        ("Аркадию и Софье Тихоновым дали срок.", "Аркадию и Софье Тихоновым", "Софье Тихоновым"),
        (
            "С Аркадием и Софьей Тихоновыми не дали свиданий.",
            "Аркадием и Софьей Тихоновыми",
            "Софьей Тихоновыми",
        ),
        ("Об Аркадии и Софье Тихоновых писали.", "Аркадии и Софье Тихоновых", "Софье Тихоновых"),
        ("Софья и Аркадий Тихоновы в СИЗО.", "Аркадий Тихоновы", "Софья и Аркадий Тихоновы"),
        ("Arkady and Sofya Tikhonov were detained.", "Arkady and Sofya Tikhonov", "Sofya Tikhonov"),
    ],
)
def test_two_given_names_before_one_family_surname_name_both(
    text: str, his: str, hers: str | None
) -> None:
    got = family(text)
    assert got["tikhonov"] == [his]
    assert got.get("tikhonova") == ([hers] if hers else None)


@pytest.mark.parametrize(
    "text",
    [
        "Аркадий и Мария Тихонова вышли на свободу.",  # hers alone: no plural
        "Аркадий встретил Софью Тихонову.",  # no "и"
        "Олег и Софья Тихоновы вышли на свободу.",  # another given name
        "Arkady met Sofya Tikhonov.",
        "Arkady, and Sofya Tikhonov, spoke.",
    ],
)
def test_a_given_name_not_shared_with_a_family_surname_is_not_the_person(text: str) -> None:
    assert "tikhonov" not in family(text)


def test_a_plural_adjective_surname_names_him_and_her_never_a_namesake() -> None:
    assert family("Алексей и Юлия Навальные поженились.") == {
        "navalny": ["Алексей и Юлия Навальные"],
        "navalnaya": ["Юлия Навальные"],
    }
    assert family("Олег и Юлия Навальные пришли.") == {"navalnaya": ["Юлия Навальные"]}


@pytest.mark.parametrize(
    ("later", "owned"),
    [
        ("Сотрудники ФБК Навального уехали.", "Навального"),
        ("Сотрудники штаба Навального уехали.", "Навального"),
        ("Штаб Навального закрыли.", "Навального"),
    ],
)
def test_a_surname_owning_a_noun_after_the_full_name_is_the_person(later: str, owned: str) -> None:
    assert family(f"Алексей Навальный умер в колонии. {later}")["navalny"][1:] == [owned]


def test_a_surname_after_an_owner_surname_is_still_its_person() -> None:
    text = "Лилия Чанышева осуждена. Бывшая глава штаба Навального Чанышева подала жалобу."
    assert family(text)["chanysheva"] == ["Лилия Чанышева", "Чанышева"]


@pytest.mark.parametrize(
    "text",
    [
        "Алексей Навальный умер. Олег Навальный вышел из колонии.",  # a namesake
        "Алексей Навальный умер. Слава Навальный вышел из колонии.",  # Слава: a given name too
        "Алексей Навальный умер. Юлия Навальная выступила. Штаб Навальной открыт.",
        "Vladimir Kozlov was jailed in March. His cousin SERGEI Kozlov spoke to reporters.",
    ],
)
def test_owner_nouns_leave_namesakes_apart(text: str) -> None:
    got = family(text)
    assert len(got.get("navalny", got.get("kozlov", []))) == 1


OTHER_SLAVIC_PEOPLE = [
    Person("losik", "Ihar Losik"),
    Person("bialiatski", "Ales Bialiatski"),
    Person("kalesnikava", "Maryia Kalesnikava"),
    Person("tsikhanouskaya", "Sviatlana Tsikhanouskaya"),
    Person("sharenda", "Palina Sharenda"),
    Person("navalny", "Alexei Navalny"),
    Person("ivanenko", "Yevhen Ivanenko"),
    Person("sternenko", "Serhii Sternenko"),
    Person("danylovych", "Iryna Danylovych"),
    Person("kazlou", "Dzmitry Kazlou"),
    Person("sakalova", "Volha Sakalova"),
    Person("hrybau", "Vadzim Hrybau"),
    Person("maltsava", "Volha Maltsava"),
]
OTHER_SLAVIC_INDEX = compile_names(OTHER_SLAVIC_PEOPLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belarusian case forms, as a Belarusian text (read for names only) declines them
        ("Ігара Лосіка вызвалілі.", [("losik", "Ігара Лосіка")]),
        ("Перадачу Ігару Лосіку не прынялі.", [("losik", "Ігару Лосіку")]),
        ("Алеся Бяляцкага перавялі.", [("bialiatski", "Алеся Бяляцкага")]),
        ("Ліст Алесю Бяляцкаму.", [("bialiatski", "Алесю Бяляцкаму")]),
        ("Марыі Калеснікавай далі спатканне.", [("kalesnikava", "Марыі Калеснікавай")]),
        ("Марыю Калеснікаву перавялі.", [("kalesnikava", "Марыю Калеснікаву")]),
        ("Святланы Ціханоўскай.", [("tsikhanouskaya", "Святланы Ціханоўскай")]),
        ("Паліну Шарэнду затрымалі.", [("sharenda", "Паліну Шарэнду")]),
        ("Аляксея Навальнага ўзгадалі.", [("navalny", "Аляксея Навальнага")]),
        # Ukrainian case forms
        ("Євгена Іваненка затримали.", [("ivanenko", "Євгена Іваненка")]),
        ("Євген Іваненко на волі.", [("ivanenko", "Євген Іваненко")]),
        ("Сергію Стерненку повідомили про підозру.", [("sternenko", "Сергію Стерненку")]),
        ("Ірину Данилович затримали.", [("danylovych", "Ірину Данилович")]),
        # a Belarusian Latin spelling writes an unstressed о as а: Kazlou is Козлов
        ("Дмитрий Козлов приговорён.", [("kazlou", "Дмитрий Козлов")]),
        ("Дмитрия Козлова осудили.", [("kazlou", "Дмитрия Козлова")]),
        ("Дзмітрыя Казлова асудзілі.", [("kazlou", "Дзмітрыя Казлова")]),
        ("Ольгу Соколову задержали.", [("sakalova", "Ольгу Соколову")]),
        ("Вадима Грибова освободили.", [("hrybau", "Вадима Грибова")]),  # -ов as -аў
        ("Ольгу Мальцеву освободили.", [("maltsava", "Ольгу Мальцеву")]),  # -ева as -ава
        ("Владимира Козлова задержали.", []),  # another given name
        ("Вадиму Грибовой передали письмо.", []),  # a woman of his family
        ("Дарью Козлову задержали.", []),
        # and never a namesake: another given name, the other gender
        ("Алега Навальнага затрымалі.", []),
        ("Юліі Навальнай уручылі прэмію.", []),
        ("Сяргея Ціханоўскага вызвалілі.", []),  # her husband
        ("Максім Калеснікаў выступіў.", []),
        ("Ірына Лосік напісала ліст.", []),  # his wife
        ("Олена Стерненко.", []),
    ],
)
def test_belarusian_and_ukrainian_case_forms_are_the_person_never_a_namesake(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.person_id, m.text) for m in find_mentions(OTHER_SLAVIC_INDEX, text)]
    assert found == expected
