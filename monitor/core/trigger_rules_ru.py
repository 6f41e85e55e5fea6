"""The trigger rules for Russian: one record for each way Russian news says something
happened to a person, in the same ``Rule`` records as the English table
(``monitor.core.trigger_rules``), with Russian examples and counter-examples that
``tests/core/test_event_trigger_rules.py`` runs.

Patterns are matched on text in lower case with "ё" written "е" (``lower_ru``), so
"осуждён" and "осужден" are one word. A verb is written with the endings of its past
tense (задержал, задержала, задержали), of its short passive participle (задержан,
задержана, задержаны) and, where news uses it, its adverbial participle (оставив);
the infinitive ("просит приговорить", "требуют освободить") is never a trigger, and
a long participle ("осуждённый в 2019 году") says a state: background. Russian word
order is free, so a rule does not say where its person stands: ``events_ru`` takes
the reference nearest to the trigger in its clause.

Forms (as in English): VERB a transitive verb, active or passive ("суд приговорил X",
"X приговорили", "X приговорён"); SUBJECT an intransitive one ("X скончался", "X
объявил голодовку"); NOUN a noun ("арест X", "его задержание").
"""

from __future__ import annotations

from monitor.core.trigger_rules import Form, Rule
from monitor.core.types import EventType as T

__all__ = ["RULES_RU", "lower_ru"]

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_LOWER_RU = str.maketrans(_UPPER + "Ёё", _UPPER.lower() + "ее")


def lower_ru(text: str) -> str:
    """Latin and Cyrillic letters in lower case, "ё" as "е"; the length never changes."""
    return text.translate(_LOWER_RU)


def _gap(words: int) -> str:
    """Up to ``words`` words between two parts of a pattern."""
    return rf"(?:\s+\S+){{0,{words}}}?\s+"


_PAST = r"(?:л[аои]?)"  # задержал, задержала, задержало, задержали
_SHORT = r"(?:н[аоы]?)"  # задержан, задержана, задержано, задержаны
# задержанный ... задержанном, in the singular: "задержанных" are others
_LONG = r"(?:ый|ая|ое|ого|ой|ую|ому|ым|ом)"
# a place of custody, for a transfer
_CUSTODY = (
    r"(?:колони\w*|сизо|тюрьм\w*|тюрем\w*|изолятор\w*|больниц\w*|лагер\w*|шизо|пкт|"
    r"санчаст\w*|стационар\w*|реанимаци\w*|психиатр\w*|исправительн\w*|ик-\d+\w*|"
    r"лечебн\w*|следственн\w*|этап\w*|спецприемник\w*)"
)
_COUNTRY = (
    r"(?:стран\w*|росси\w*|рф|беларус\w*|белорусси\w*|казахстан\w*|кыргызстан\w*|киргизи\w*|"
    r"азербайджан\w*|узбекистан\w*|таджикистан\w*|туркменистан\w*|грузи\w*|армени\w*|"
    r"украин\w*|родин\w*|пределы\s+\w+)"
)
_MILDER = (
    r"(?:пробаци\w*|ограничени\w*\s+свободы|принудительн\w*\s+работ\w*|исправительн\w*\s+работ\w*|"
    r"условн\w*(?:\s+срок\w*)?|штраф\w*|обязательн\w*\s+работ\w*)"
)

RULES_RU: tuple[Rule, ...] = (
    # parole granted
    Rule(
        T.PAROLE_GRANTED,
        "ru-released-on-parole",
        Form.VERB,
        rf"(?:освобо(?:ди{_PAST}|жде{_SHORT})|вышл?[аи]?\s+на\s+свободу){_gap(3)}"
        rf"(?:условно-досрочно|по\s+удо)|(?:условно-досрочно|по\s+удо){_gap(2)}"
        rf"(?:освобо(?:ди{_PAST}|жде{_SHORT})|вышл?[аи]?\s+на\s+свободу)",
        says="released on parole",
        examples=(
            "Активиста освободили условно-досрочно в пятницу.",
            "Её условно-досрочно освободили из колонии.",
        ),
        counter_examples=("Адвокат надеется, что его освободят условно-досрочно.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "ru-parole-request-granted",
        Form.VERB,
        rf"(?:удовлетвори{_PAST}|одобри{_PAST}){_gap(4)}(?:ходатайств\w*|прошени\w*)"
        rf"{_gap(3)}(?:об\s+)?(?:удо|условно-досрочном)",
        says="the court granted early release",
        examples=("Суд удовлетворил ходатайство журналиста об УДО.",),
        counter_examples=("Суд удовлетворил ходатайство защиты о переносе заседания.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "ru-term-replaced-with-milder",
        Form.VERB,
        rf"замени{_PAST}[^.;!?]{{0,200}}?\s(?:срок\w*|наказани\w*|лишени\w*\s+свободы|"
        rf"заключени\w*){_gap(3)}на{_gap(3)}{_MILDER}",
        says="the term was replaced with a milder one",
        examples=(
            "Апелляционный суд заменил активисту реальный срок на два года пробации.",
            "Суд заменил ему неотбытую часть наказания на ограничение свободы.",
        ),
        counter_examples=("Суд заменил ему адвоката на другого.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "ru-term-was-replaced",
        Form.NOUN,
        rf"(?:срок\w*|наказани\w*|заключени\w*)\s+(?:\S+\s+){{0,3}}?замене{_SHORT}{_gap(3)}"
        rf"на{_gap(3)}{_MILDER}",
        says="the term was replaced with a milder one",
        examples=("Срок заключения ей был заменен на штраф.",),
        counter_examples=("Срок был заменен на более длинный.",),
    ),
    # parole denied
    Rule(
        T.PAROLE_DENIED,
        "ru-parole-refused",
        Form.VERB,
        rf"(?:отказа{_PAST}|отказано|отклони{_PAST}|отклоне{_SHORT}){_gap(5)}"
        r"(?:в\s+(?:удо|(?:условно-)?досрочном\s+освобождении)|(?:ходатайств\w*|прошени\w*)"
        rf"{_gap(3)}(?:об\s+)?(?:удо|(?:условно-)?досрочном))",
        says="parole was refused",
        examples=(
            "Суд отказал политику в условно-досрочном освобождении.",
            "Суд отклонил ходатайство журналистки об УДО.",
            "Районный суд отказал осуждённому ранее известному блогеру в досрочном освобождении.",
        ),
        counter_examples=(
            "Суд отказал ему в свидании с женой.",
            "Суд отказал активисту в освобождении под залог.",
        ),
    ),
    # detained
    Rule(
        T.DETAINED,
        "ru-detained",
        Form.VERB,
        rf"(?:задержа|арестова)(?:{_PAST}|{_SHORT})",
        says="detained",
        examples=(
            "Журналиста задержали в понедельник.",
            "Активистка была задержана у здания суда.",
            "Полиция арестовала блогера.",
        ),
        counter_examples=("Полиция задерживает участников акций.", "Суд может арестовать его."),
    ),
    Rule(
        T.DETAINED,
        "ru-taken-into-custody",
        Form.VERB,
        rf"(?:взя{_PAST}|взят[аоы]?|заключи{_PAST}|заключе{_SHORT}|помести{_PAST}|помеще{_SHORT}|"
        rf"водвори{_PAST}|водворе{_SHORT}|"
        rf"отправи{_PAST}|отправле{_SHORT})\s+(?:\S+\s+){{0,2}}?(?:под\s+стражу|в\s+сизо|"
        r"в\s+следственный\s+изолятор)",
        says="taken into custody",
        examples=(
            "Его взяли под стражу по делу о госизмене.",
            "Суд отправил блогера в СИЗО на два месяца.",
        ),
        counter_examples=("Суд отказался взять его под стражу.",),
    ),
    Rule(
        T.DETAINED,
        "ru-taken-into-custody-at-the-verdict",
        Form.VERB,
        r"(?:(?:сразу\s+)?после\s+(?:\S+\s+){0,4}?приговора[^.;!?]{0,80}?\s(?:взя\w*|заключ\w*)\s+"
        r"(?:\S+\s+){0,2}?под\s+стражу|(?:взя\w*|заключ\w*)\s+(?:\S+\s+){0,2}?под\s+стражу\s+"
        r"(?:\S+\s+){0,2}?(?:в\s+зале\s+суда|после\s+(?:\S+\s+){0,2}?приговора))",
        says="taken into custody at the verdict",
        examples=(
            "Сразу после оглашения приговора полицейские взяли его под стражу.",
            "Журналистку взяли под стражу в зале суда.",
        ),
        counter_examples=("После приговора он вернулся домой.",),
        stage=T.SENTENCED,  # a custody that follows the verdict is not an earlier stage
    ),
    Rule(
        T.DETAINED,
        "ru-administrative-arrest",
        Form.VERB,
        rf"(?:назначи{_PAST}|назначе{_SHORT}|получил[аи]?|дали)\s+(?:\S+\s+){{0,3}}?"
        r"(?:\d+|\w+)\s+сут(?:ок|ки)\s+(?:административного\s+)?ареста",
        says="jailed for days (administrative arrest)",
        examples=("Активисту назначили 15 суток административного ареста.",),
        counter_examples=("Ему назначили свидание с женой через двое суток.",),
    ),
    Rule(
        T.DETAINED,
        "ru-custody-ordered",
        Form.NOUN,
        r"мер\w+\s+пресечения\s+в\s+виде\s+(?:заключения\s+под\s+стражу|ареста)",
        says="remanded in custody",
        examples=("Суд избрал блогеру меру пресечения в виде заключения под стражу.",),
        counter_examples=("Суд избрал ему меру пресечения в виде запрета определенных действий.",),
    ),
    Rule(
        T.DETAINED,
        "ru-taken-to-the-police",
        Form.VERB,
        rf"(?:доставил[аи]?|доставле{_SHORT}|увезли|увезе{_SHORT})\s+(?:\S+\s+){{0,2}}?в\s+"
        r"(?:отдел\w*|овд|отделение|полици\w*|участ\w*|автозак)",
        says="taken to a police station",
        examples=("Журналистку доставили в отдел полиции.",),
        counter_examples=("Письмо доставили в редакцию.",),
    ),
    Rule(
        T.DETAINED,
        "ru-arrest",
        Form.NOUN,
        r"(?:задержани|арест)(?:е|я|ю|ем|и|а|у|ом)?(?!\s+(?:имущества|счет\w*|актив\w*|средств|"
        r"квартир\w*|дом\w*|автомобил\w*|номер\w*))",
        says="his or her arrest",
        examples=("После задержания журналиста его квартиру обыскали.",),
        counter_examples=("Она говорила о задерживающих факторах.",),
    ),
    Rule(
        T.DETAINED,
        "ru-held-since",
        Form.SUBJECT,
        r"(?:находится|находился|находилась|содержится|содержался|содержалась)\s+"
        r"(?:\S+\s+){0,2}?(?:в\s+сизо|в\s+следственном\s+изоляторе|под\s+стражей)(?=\s+с\s)",
        says="held in custody since then",
        examples=("Он находится в СИЗО с апреля прошлого года.",),
        counter_examples=("Он находится в СИЗО.",),
        state=True,
    ),
    Rule(
        T.DETAINED,
        "ru-detained-participle",
        Form.VERB,
        rf"(?:задержанн|арестованн){_LONG}",
        says="detained earlier",
        examples=("Задержанного активиста доставили в отдел.",),
        counter_examples=("Задержка рейса составила час.",),
        state=True,
    ),
    # house arrest
    Rule(
        T.HOUSE_ARREST,
        "ru-placed-under-house-arrest",
        Form.VERB,
        rf"(?:помести{_PAST}|помеще{_SHORT}|отправи{_PAST}|отправле{_SHORT}|перевел[аи]?|"
        rf"переведе{_SHORT}|избра{_PAST}\s+(?:\S+\s+){{0,2}}?меру\s+пресечения\s+в\s+виде)"
        r"\s+(?:\S+\s+){0,2}?(?:под\s+)?домашн(?:ий|его)\s+арест(?:а)?",
        says="placed under house arrest",
        examples=(
            "Суд поместил журналистку под домашний арест.",
            "Ему избрали меру пресечения в виде домашнего ареста.",
        ),
        counter_examples=("Защита просила суд о домашнем аресте.",),
    ),
    Rule(
        T.HOUSE_ARREST,
        "ru-house-arrest",
        Form.NOUN,
        r"домашн(?:ий|его|ему|им|ем)\s+арест(?:а|у|ом|е)?",
        says="house arrest",
        examples=("Домашний арест ему продлили до весны.",),
        counter_examples=("Арест счетов компании отменили.",),
    ),
    # charged
    Rule(
        T.CHARGED,
        "ru-case-opened",
        Form.VERB,
        rf"(?:возбуди{_PAST}|возбужде{_SHORT}|завели|заведе{_SHORT})\s+(?:\S+\s+){{0,4}}?"
        r"(?:уголовн\w+\s+)?(?:дело|дела|преследование)|(?:дело|дела)\s+(?:\S+\s+){0,4}?"
        rf"(?:возбуди{_PAST}|возбужде{_SHORT}|завели|заведе{_SHORT})",
        says="a criminal case was opened",
        examples=(
            "Против правозащитника возбудили уголовное дело.",
            "В отношении блогера было возбуждено дело о фейках.",
        ),
        counter_examples=("Следователи отказались возбуждать дело.",),
    ),
    Rule(
        T.CHARGED,
        "ru-case-opening",
        Form.NOUN,
        r"возбуждени(?:е|я|и|ем)\s+(?:\S+\s+){0,3}?(?:уголовн\w+\s+)?дела",
        says="a criminal case was opened",
        examples=("О возбуждении уголовного дела против журналиста стало известно вчера.",),
        counter_examples=("Возбуждение зрителей было заметно.",),
    ),
    Rule(
        T.CHARGED,
        "ru-charged",
        Form.VERB,
        rf"(?:предъяви{_PAST}|предъявле{_SHORT})\s+(?:\S+\s+){{0,4}}?(?:\S+\s+)?обвинени[ея]|"
        rf"обвинени[ея]\s+(?:\S+\s+){{0,3}}?(?:предъяви{_PAST}|предъявле{_SHORT})|"
        rf"(?:обвини{_PAST}|обвине{_SHORT}|вмени{_PAST}|вмене{_SHORT})",
        says="charged",
        examples=(
            "Журналисту предъявили обвинение в госизмене.",
            "Позже его обвинили в распространении фейков.",
            "Активистке вменили призывы к экстремизму.",
        ),
        counter_examples=(
            "Следствие намерено предъявить ему обвинение.",
            "Он обвиняет власти в давлении.",
        ),
    ),
    Rule(
        T.CHARGED,
        "ru-is-accused",
        Form.VERB,
        r"обвиня(?:ют|ется|ются|емый|емая|емого|емой|емому)(?=\s+(?:\S+\s+){0,3}?в\s)",
        says="is accused",
        examples=("Активистку обвиняют в участии в экстремистском сообществе.",),
        counter_examples=("Он обвиняет власти в давлении.",),
        state=True,
    ),
    Rule(
        T.CHARGED,
        "ru-named-in-a-case",
        Form.SUBJECT,
        r"стал[аи]?\s+(?:\S+\s+)?фигурант\w*\s+(?:\S+\s+){0,2}?(?:дела|расследования)",
        says="named a suspect in a criminal case",
        examples=("Журналистка стала фигуранткой уголовного дела о фейках.",),
        counter_examples=("Журналистка стала известной.",),
    ),
    # trial
    Rule(
        T.TRIAL,
        "ru-trial-began",
        Form.NOUN,
        r"(?:начал(?:ся|ось|ись)|стартовал[аио]?|открыл(?:ся|ось))\s+(?:\S+\s+){0,3}?"
        r"(?:суд|процесс|рассмотрени[ея]|заседани[ея])|(?:суд|процесс|рассмотрени[ея]\s+"
        r"(?:\S+\s+){0,3}?дела|слушани[ея])\s+(?:\S+\s+){0,4}?(?:начал(?:ся|ось|ись)|"
        r"стартовал[аио]?|открыл(?:ся|ось))",
        says="the trial began",
        examples=(
            "В Москве начался суд над журналистом.",
            "Рассмотрение дела активиста по существу началось в марте.",
            "Судебный процесс начался в Гродно.",
        ),
        counter_examples=("Суд отложил заседание.",),
    ),
    # sentenced
    Rule(
        T.SENTENCED,
        "ru-sentenced",
        Form.VERB,
        rf"(?:приговори{_PAST}|приговоре{_SHORT}|осуди{_PAST}|осужде{_SHORT})",
        says="sentenced",
        examples=(
            "Суд приговорил художницу к семи годам колонии.",
            "Журналиста осудили на восемь лет.",
            "Активистка приговорена к штрафу.",
        ),
        counter_examples=(
            "Прокурор просит приговорить его к семи годам.",
            "Приговор будет оглашен в пятницу.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "ru-found-guilty",
        Form.VERB,
        rf"(?:призна{_PAST}|призна{_SHORT})\s+(?:\S+\s+){{0,6}}?виновн(?:ым|ой|ыми|ым|ого|ых|ы|а)?",
        says="found guilty",
        examples=("Суд признал блогера виновным в экстремизме.",),
        counter_examples=("Он не признал вину.",),
    ),
    Rule(
        T.SENTENCED,
        "ru-verdict-passed",
        Form.VERB,
        rf"(?:выне(?:с|сл[аи])|вынесе{_SHORT})(?!(?:\s+\S+){{0,3}}?\s+оправдательн)\s+"
        r"(?:\S+\s+){0,3}?приговор",
        says="the court passed its verdict",
        examples=("Суд вынес приговор поэту.",),
        counter_examples=("Суд вынес оправдательный приговор поэту.",),
    ),
    Rule(
        T.SENTENCED,
        "ru-penalty-given",
        Form.VERB,
        rf"(?:назначи{_PAST}|назначе{_SHORT})(?=(?:\s+\S+){{0,4}}?\s+(?:наказани\w*|штраф\w*|"
        r"срок\w*|лишени\w*\s+свободы|ограничени\w*\s+свободы|пробаци\w*|обязательн\w*\s+работ\w*|"
        r"(?:\d+(?:[,.]\d+)?|\w+)\s+(?:лет|года?)\s+(?:колони|лишени|"
        r"заключени|тюрьм|строгого|общего|условно)))",
        says="the court set the penalty",
        examples=(
            "Суд назначил блогеру штраф в 500 тысяч рублей.",
            "Ей назначено наказание в виде шести лет колонии.",
        ),
        counter_examples=("Суд назначил заседание на понедельник.",),
    ),
    Rule(
        T.SENTENCED,
        "ru-fined",
        Form.VERB,
        rf"оштрафова(?:{_PAST}|{_SHORT})",
        says="fined",
        examples=("Суд оштрафовал активистку на 30 тысяч рублей.",),
        counter_examples=("Штрафы выросли вдвое.",),
    ),
    Rule(
        T.SENTENCED,
        "ru-got-a-term",
        Form.SUBJECT,
        r"(?:получил[аи]?|дали)\s+(?:\S+\s+){0,2}?(?:\d+(?:[,.]\d+)?|\w+)\s+(?:лет|года?|месяц\w*)|"
        r"получил[аи]?\s+(?:\S+\s+)?(?:условн\w+|реальн\w+)\s+срок\w*",
        says="got a prison term",
        examples=(
            "Блогер получил пять лет колонии.",
            "Она получила условный срок.",
            "Журналисту дали 8 лет колонии.",
        ),
        counter_examples=("Он получил письмо от жены.",),
    ),
    Rule(
        T.SENTENCED,
        "ru-term-given",
        Form.NOUN,
        r"назначенн\w+\s+(?:\S+\s+){0,2}?(?:срок\w*|наказани\w*)|(?:срок\w*|наказани\w*)\s+"
        r"(?:\S+\s+){0,2}?назначенн\w+",
        says="the term he or she was given",
        examples=("Прокурор попросил увеличить назначенный ей срок.",),
        counter_examples=("Заседание назначено на понедельник.",),
        state=True,
    ),
    Rule(
        T.SENTENCED,
        "ru-verdict-is-years",
        Form.NOUN,
        r"приговор\s+(?:\S+\s+){0,3}?[—–:-]\s+(?:\d+(?:[,.]\d+)?|\w+)\s+(?:лет|года?)",
        says="the verdict: years in prison",
        examples=("Приговор журналисту — 6 лет колонии.",),
        counter_examples=("Приговор журналисту огласят через два года.",),
    ),
    Rule(
        T.SENTENCED,
        "ru-sentenced-participle",
        Form.VERB,
        rf"(?:приговоренн|осужденн){_LONG}",
        says="sentenced earlier",
        examples=("Осуждённый в 2019 году блогер остаётся в колонии.",),
        counter_examples=("Приговор осудили правозащитники.",),
        state=True,
    ),
    # acquitted
    Rule(
        T.ACQUITTED,
        "ru-acquitted",
        Form.VERB,
        rf"оправда(?:{_PAST}|{_SHORT})|выне(?:с|сл[аи])\s+(?:\S+\s+){{0,2}}?оправдательн\w+\s+"
        r"приговор",
        says="acquitted",
        examples=("Суд оправдал журналиста.", "Активистка полностью оправдана."),
        counter_examples=("Его судили по делу об оправдании терроризма.",),
    ),
    # charges dropped
    Rule(
        T.CHARGES_DROPPED,
        "ru-case-closed",
        Form.VERB,
        r"(?:дело|преследование)\s+(?:\S+\s+){0,4}?(?:прекращен[оа]?|закрыт[оа]?)|"
        rf"(?:прекрати{_PAST}|закры{_PAST}|прекраще{_SHORT})\s+(?:\S+\s+){{0,3}}?"
        r"(?:уголовн\w+\s+)?(?:дело|преследование)|(?:сняли|сняты|снято)\s+(?:\S+\s+){0,2}?"
        r"обвинени[яе]|обвинени[яе]\s+(?:\S+\s+){0,2}?(?:сняли|сняты|снято)",
        says="the case was closed",
        examples=(
            "Уголовное дело против активиста прекращено.",
            "Следователи прекратили дело журналиста.",
            "С блогера сняли все обвинения.",
        ),
        counter_examples=("Защита просит прекратить дело.",),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "ru-verdict-quashed",
        Form.VERB,
        rf"(?:отмени{_PAST}|отмене{_SHORT})\s+(?:\S+\s+){{0,3}}?(?:обвинительн\w+\s+)?приговор\w*"
        r"(?![^.;]{0,80}?(?:направ|верну|возвра|новое\s+рассмотрение|пересмотр))",
        says="the conviction was quashed",
        examples=("Верховный суд отменил приговор журналисту и прекратил преследование.",),
        counter_examples=("Суд отменил приговор и направил дело на новое рассмотрение.",),
    ),
    # appeal rejected
    Rule(
        T.APPEAL_REJECTED,
        "ru-sentence-upheld",
        Form.VERB,
        r"(?:оставил[аи]?|оставив)\s+(?:\S+\s+){0,1}?(?:в\s+силе|без\s+изменени[яй])\s+"
        r"(?:\S+\s+){0,3}?(?:приговор\w*|решени\w*|наказани\w*)|(?:оставил[аи]?|оставив)\s+"
        r"(?:\S+\s+){0,6}?(?:приговор\w*|решени\w*|наказани\w*)\s+(?:\S+\s+){0,6}?"
        r"(?:в\s+силе|без\s+изменени[яй])|"
        rf"(?:утверди{_PAST}|утвердив)\s+(?:\S+\s+){{0,1}}?приговор\w*|"
        rf"приговор\w*\s+(?:\S+\s+){{0,3}}?утвержде{_SHORT}\b",
        says="the court upheld the sentence",
        examples=(
            "Апелляционный суд оставил в силе приговор журналисту.",
            "Судья оставил приговор блогеру без изменений.",
            "Областной суд утвердил приговор пенсионеру.",
            "Коллегия, несмотря на доводы защиты, утвердила прежний приговор.",
        ),
        counter_examples=(
            "Суд оставил его под стражей.",
            "Суд утвердил график ознакомления с делом.",
        ),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "ru-sentence-was-upheld",
        Form.NOUN,
        r"(?:приговор\w*|решени\w*)\s+(?:\S+\s+){0,6}?оставлен[аоы]?\s+(?:\S+\s+){0,1}?"
        r"(?:в\s+силе|без\s+изменени[яй])|оставлен[аоы]?\s+(?:в\s+силе|без\s+изменени[яй])"
        r"\s+(?:\S+\s+){0,2}?(?:приговор\w*|решени\w*)",
        says="the sentence was upheld",
        examples=("Оставлен в силе приговор активисту.", "Приговор поэту оставлен в силе."),
        counter_examples=("Приговор поэту отменен.",),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "ru-appeal-dismissed",
        Form.VERB,
        rf"(?:отклони{_PAST}|отклонив|отказа{_PAST}\s+в\s+удовлетворении)\s+(?:\S+\s+){{0,2}}?"
        r"(?:апелляци\w*|(?:\S+\s+)?жалоб\w*|кассаци\w*)|(?:апелляци\w*|жалоб\w*|кассаци\w*)\s+"
        rf"(?:\S+\s+){{0,5}}?(?:отклоне{_SHORT}|оставле{_SHORT}\s+без\s+удовлетворения)|"
        r"(?:оставил[аи]?|оставив)\s+(?:\S+\s+){0,3}?жалоб\w*\s+(?:\S+\s+){0,3}?без\s+"
        r"удовлетворения|обжаловать\s+(?:\S+\s+){0,6}?не\s+(?:удалось|получилось)",
        says="the appeal was dismissed",
        examples=(
            "Верховный суд отклонил кассационную жалобу политика.",
            "Апелляция журналиста отклонена.",
            "Обжаловать приговор в вышестоящей инстанции ей не удалось.",
        ),
        counter_examples=(
            "Адвокаты подали апелляцию.",
            "Обжаловать приговор защита намерена в ближайшие дни.",
        ),
    ),
    # released
    Rule(
        T.RELEASED,
        "ru-released",
        Form.VERB,
        rf"(?:освобо(?:ди{_PAST}|жде{_SHORT}|дил(?:ся|ась|ись))|отпусти{_PAST}|отпуще{_SHORT}|"
        rf"выпусти{_PAST}|выпуще{_SHORT})(?!\s+от\s+(?:должност|обязанност|ответственност|уплат))",
        says="released",
        examples=(
            "В Минске освободили из тюрьмы оппозиционера.",
            "Журналистка освобождена в зале суда.",
        ),
        counter_examples=(
            "Его освободили от должности.",
            "Правозащитники требуют освободить блогера.",
        ),
    ),
    Rule(
        T.RELEASED,
        "ru-walked-free",
        Form.SUBJECT,
        r"(?:вышел|вышла|вышли|выходит)\s+(?:на\s+свободу|из\s+(?:сизо|колонии|тюрьмы|"
        r"изолятора|спецприемника|заключения))",
        says="walked free",
        examples=("Активист вышел на свободу после пяти лет заключения.",),
        counter_examples=("Он выйдет на свободу через год.",),
    ),
    Rule(
        T.RELEASED,
        "ru-release",
        Form.NOUN,
        r"освобождени(?:е|я|ю|ем|и)",
        says="his or her release",
        examples=("Освобождение журналиста стало неожиданностью.",),
        counter_examples=("Освободительное движение выросло.",),
    ),
    # pardoned
    Rule(
        T.PARDONED,
        "ru-pardoned",
        Form.VERB,
        rf"(?:помилова|амнистирова)(?:{_PAST}|{_SHORT})|(?:попал[аи]?\s+под|по)\s+амнисти[июи]",
        says="pardoned",
        examples=("Президент помиловал журналиста.", "Активистку освободили по амнистии."),
        counter_examples=("Он отказался просить о помиловании.",),
    ),
    Rule(
        T.PARDONED,
        "ru-pardon",
        Form.NOUN,
        r"помиловани(?:е|я|ю|ем|и)",
        says="his or her pardon",
        examples=("Указ о помиловании блогера подписан.",),
        counter_examples=("Помилуйте, это неправда.",),
    ),
    # transferred
    Rule(
        T.TRANSFERRED,
        "ru-transferred",
        Form.VERB,
        rf"(?:переве(?:ли|л[аи]?|де{_SHORT})|этапирова(?:{_PAST}|{_SHORT})|перевез(?:ли|ла)?|"
        rf"перевезе{_SHORT}|доставле{_SHORT}|отправи{_PAST}|отправле{_SHORT})"
        rf"(?=[^.;!?]{{0,60}}?\s(?:в|из|на|во)\s+(?:\S+\s+){{0,2}}?{_CUSTODY})",
        says="moved to another prison",
        examples=(
            "Заключенного снова перевели в СИЗО.",
            "Политика этапировали в колонию в Мордовии.",
        ),
        counter_examples=("Его перевели на другую работу.",),
    ),
    Rule(
        T.TRANSFERRED,
        "ru-taken-to-hospital",
        Form.VERB,
        rf"госпитализирова(?:{_PAST}|{_SHORT})|этапирова(?:{_PAST}|{_SHORT})",
        says="taken to hospital or moved under escort",
        examples=("Голодающего политика госпитализировали.",),
        counter_examples=("Врачи отказались госпитализировать его.",),
    ),
    Rule(
        T.TRANSFERRED,
        "ru-the-prison-sent-to",
        Form.NOUN,
        rf"{_CUSTODY},?\s+(?:в\s+котор\w+|куда)\s+(?:\S+\s+){{0,3}}?(?:отправи{_PAST}|"
        r"переве(?:ли|л[аи]?)|этапирова(?:ли|л[аи]?))",
        says="moved to another prison",
        examples=("Это колония, в которую журналиста отправили в прошлом году.",),
        counter_examples=("Это колония, о которой писали журналисты.",),
    ),
    # hunger strike
    Rule(
        T.HUNGER_STRIKE,
        "ru-hunger-strike",
        Form.SUBJECT,
        r"голодовк(?:а|и|е|у|ой)|голода(?:ет|ют|л[аи]?)|голодающ\w+",
        says="on hunger strike",
        examples=("В знак протеста активист объявил голодовку.", "Журналистка голодает."),
        counter_examples=("Голод в регионе усилился.",),
    ),
    # ill-treatment
    Rule(
        T.ILL_TREATMENT,
        "ru-beaten-or-tortured",
        Form.VERB,
        rf"(?:изби{_PAST}|избива(?:ли|ют|л[аи]?)|били|бьют|избит[аоы]?|пыта{_PAST}|избиени(?:е|я|ю|ем|и)|пытк(?:и|ам|ами|ах)|пыток|"
        r"подверг(?:ли|ся|лась|лись)?\s+(?:\S+\s+){0,2}?(?:пыткам|избиению|насилию))",
        says="beaten or tortured",
        examples=("Сокамерники избили журналиста.", "Активист заявил о пытках в СИЗО."),
        counter_examples=("Он пытался дозвониться адвокату.",),
    ),
    Rule(
        T.ILL_TREATMENT,
        "ru-denied-medical-care",
        Form.VERB,
        r"(?:отказ\w*|лишил[аи]?|лишен[аоы]?)\s+(?:\S+\s+){0,3}?(?:в\s+)?(?:медицинск\w+\s+)?"
        r"(?:помощи|медпомощи|лечени[яи])|не\s+оказыва\w+\s+(?:\S+\s+){0,2}?(?:медицинск\w+\s+)?"
        r"помощ\w*",
        says="denied medical care",
        examples=("Политику отказывают в медицинской помощи.",),
        counter_examples=("Ему отказали в свидании.",),
    ),
    # died
    Rule(
        T.DIED,
        "ru-died",
        Form.SUBJECT,
        r"умер(?:ла|ли)?|скончал(?:ся|ась|ись)|погиб(?:ла|ли)?",
        says="died",
        examples=("Политик скончался в колонии.", "Активистка умерла в больнице."),
        counter_examples=("Умерший в 2019 году поэт.",),
    ),
    Rule(
        T.DIED,
        "ru-found-dead",
        Form.SUBJECT,
        r"найден[аы]?\s+(?:\S+\s+)?мертв\w*|покончил[аи]?\s+с\s+собой",
        says="found dead",
        examples=("Активист найден мертвым в камере.",),
        counter_examples=("Найдено мертвое дерево.",),
    ),
    Rule(
        T.DIED,
        "ru-death",
        Form.NOUN,
        r"смерт(?:ь|и)|гибел(?:ь|и)",
        says="his or her death",
        examples=("О смерти политика сообщила его жена.",),
        counter_examples=("Ему грозит смертная казнь.",),
    ),
    # fled
    Rule(
        T.FLED,
        "ru-left-the-country",
        Form.SUBJECT,
        rf"(?:покинул[аи]?|уехал[аи]?\s+из|бежал[аи]?\s+из|выехал[аи]?\s+из|эмигрировал[аи]?\s+из)"
        rf"\s+(?:\S+\s+){{0,1}}?{_COUNTRY}|эмигрировал[аи]?|"
        r"(?:уехал[аи]?|бежал[аи]?|выехал[аи]?)\s+(?:за\s+границу|за\s+рубеж)|"
        r"(?:уехал[аи]?|бежал[аи]?|выехал[аи]?|эмигрировал[аи]?)\s+(?:\S+\s+){0,3}?в\s+"
        r"(?:литву|польшу|латвию|эстонию|германию|грузию|армению|турцию|израиль|сша|европу|"
        r"финляндию|чехию|францию|украину|казахстан|кыргызстан|вильнюс|варшаву|ригу|таллин|"
        r"тбилиси|ереван|берлин|стамбул)\b|"
        r"(?:вынужден[аы]?|пришлось)\s+"
        rf"(?:\S+\s+)?(?:покинуть|уехать\s+из|бежать\s+из)\s+(?:\S+\s+){{0,1}}?{_COUNTRY}",
        says="left the country",
        examples=(
            "Оппозиционер уже покинул Беларусь.",
            "Журналистка уехала из России.",
            "Блогер был вынужден покинуть страну.",
            "Сразу после освобождения поэт вместе с семьёй уехал в Польшу.",
        ),
        counter_examples=("Он покинул зал суда.", "После заседания адвокат уехал в Минск."),
    ),
    Rule(
        T.FLED,
        "ru-deported",
        Form.VERB,
        rf"(?:высла{_PAST}|высла{_SHORT}|депортирова(?:{_PAST}|{_SHORT})|"
        rf"экстрадирова(?:{_PAST}|{_SHORT})|выдвори{_PAST}|выдворе{_SHORT}|"
        r"(?:выдали|выдан[аы]?)\s+(?:\S+\s+){0,2}?(?:властям|в\s+\w+стан\w*|в\s+росси\w*)|"
        rf"(?:вывез(?:ли|ла)?|вывезе{_SHORT})\s+"
        r"(?:\S+\s+){0,1}?(?:за\s+границу|из\s+страны|в\s+(?:литву|польшу|латвию|эстонию|германию|"
        r"грузию|армению|турцию|сша|европу|вильнюс|варшаву|ригу)))",
        says="deported",
        examples=(
            "Власти выслали журналиста из страны.",
            "Блогер депортирован в Литву.",
            "После освобождения политика вывезли в Вильнюс.",
        ),
        counter_examples=("Ему грозит депортация.",),
    ),
    Rule(
        T.FLED,
        "ru-got-asylum",
        Form.SUBJECT,
        r"(?:получил[аи]?|предоставил[аи]?|предоставлен[оа]?)\s+(?:\S+\s+){0,2}?убежище",
        says="got asylum",
        examples=("Активистка получила политическое убежище в Германии.",),
        counter_examples=("Он попросил убежище.",),
    ),
    Rule(
        T.FLED,
        "ru-deportation",
        Form.NOUN,
        r"(?:высылк\w*|депортаци\w*|выдворени\w*)\s+(?:\S+\s+){0,1}?из\s+"
        r"(?:\S+\s+){0,1}?(?:республик\w*|" + _COUNTRY[3:],
        says="deported",
        examples=("МИД прокомментировал высылку корреспондента из республики.",),
        counter_examples=("Депутат предложил ввести высылку за такие статьи.",),
    ),
)
