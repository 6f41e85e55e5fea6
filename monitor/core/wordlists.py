"""Word lists shared by several modules: words that are not given names, and the people
around a person (relatives, lawyers, supporters).

A capitalised word right before a surname is usually a given name ("Oleg
Navalny" is not Alexei Navalny), unless it is one of these: a function word at
the start of a sentence ("But Navalny said"), a title or role ("President",
"Activist"), a month or a weekday, a word of a campaign slogan ("Free").
Kept folded (lower case, no diacritics).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The family, each word with who "he" or "she" stands for it ("" when either may): the one
# list that the titles below (a word before a surname that is no given name), the people
# around a person (an event of "his brother" is not his) and the stand-ins' genders in
# core/references.py are built from. Folded, singular.
KIN = {
    "brother": "he", "sister": "she", "wife": "she", "husband": "he", "son": "he",
    "daughter": "she", "mother": "she", "father": "he", "parent": "", "child": "",
    "uncle": "he", "aunt": "she", "cousin": "", "grandson": "he", "granddaughter": "she",
    "grandfather": "he", "grandmother": "she", "nephew": "he", "niece": "she", "widow": "she",
    "fiance": "he", "fiancee": "she", "partner": "",
}  # fmt: skip
# What a relative calls the person: the mother of X speaks of "her son" or "her daughter",
# X's wife of "her husband". Folded, singular, as in ``KIN`` (plus "family", "parents").
_CHILD, _PARENT = ("son", "daughter", "child"), ("father", "mother", "parent")
_SIBLING, _SPOUSE = ("brother", "sister"), ("husband", "wife", "partner")
KIN_CALLS = {
    **dict.fromkeys(("mother", "father", "parent"), _CHILD),
    **dict.fromkeys(("son", "daughter", "child"), _PARENT),
    **dict.fromkeys(_SIBLING, _SIBLING),
    **dict.fromkeys(_SPOUSE, _SPOUSE),
    "widow": (),
    "fiance": ("fiancee", "partner"),
    "fiancee": ("fiance", "partner"),
    "family": (*_CHILD, *_PARENT, *_SIBLING, *_SPOUSE),
}
# People who act for or stand beside a person, singular: "his lawyer", "an aide of X"
BESIDE = _words(
    "lawyer attorney colleague associate relative friend supporter assistant aide co-defendant "
    "codefendant co-accused cellmate client"
)

# plurals other than with an s
_PLURALS = {
    "wife": "wives",
    "child": "children",
    "ally": "allies",
    "deputy": "deputies",
    "family": "families",
}
# ... and back: "wives" is "wife"
SINGULARS = {plural: word for word, plural in _PLURALS.items()}
_SPELLED = {"fiance": "fianc[eé]", "fiancee": "fianc[eé]e"}  # as regexes: written with é too


def alternatives(words: frozenset[str] | set[str]) -> str:
    """The words and their plurals as regex alternatives, longest first."""
    forms = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        spelled = _SPELLED.get(word, word)
        forms.append(f"{spelled}|{_PLURALS[word]}" if word in _PLURALS else f"{spelled}s?")
    return "|".join(forms)


FUNCTION_WORDS = _words(
    """
    a about above according across after afterwards again against all already also although
    always among an and another any anyway are around as at because before behind being below
    besides between beyond both but by can could despite did do does during each either even
    ever every except for from further had has have he hence her here hers herself him himself
    his how however i if in inside instead into is it its itself just later lately like many may
    me meanwhile might more moreover most much must my near neither never nevertheless next no
    nonetheless nor not now of off often on once only onto or other otherwise our out outside
    over per perhaps since so some still such than that the their them then there thereafter
    therefore these they this those though through thus to today together tomorrow tonight too
    toward towards twice under unless unlike until upon us very via was we were what whatever
    when whenever where whereas whether which while who whom whose why will with within without
    would yet yesterday you your
    said says say told tells asked asks added adds wrote writes noted notes stressed explained
    earlier recently previously currently finally first second third last ago eventually indeed
    whilst amid amidst given following dear yes ok please thanks thank
    """
)

TITLES_AND_ROLES = _words(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady saint st rev reverend fr
    father pastor imam sheikh shaikh rabbi bishop priest monk nun abbot elder cleric ayatollah
    venerable ven
    geshe khenpo tulku rinpoche bhikkhu bhikkhuni bhikku bhikshu ashin sayadaw phra ajahn
    ustaz ustadz kyai kiai maulana moulana mawlana maulvi moulvi mawlawi allama swami acharya
    archbishop patriarch metropolitan cardinal catholicos deacon mufti mullah
    president premier minister judge justice prosecutor general colonel major captain lieutenant
    sergeant corporal brigadier marine soldier officer commander admiral marshal chairman
    chairwoman chairperson chair leader head
    chief editor reporter correspondent journalist founder cofounder director secretary envoy
    consul ambassador attorney advocate counsel barrister solicitor lawyer investigator agent
    governor mayor senator deputy lawmaker mp candidate member speaker spokesman spokeswoman
    spokesperson king queen prince princess sultan emir
    activist blogger poet writer author artist singer rapper musician actor actress filmmaker
    photographer scholar historian economist student teacher doctor nurse athlete coach dissident
    opposition politician critic campaigner defender veteran comrade citizen businessman
    businesswoman banker tycoon oligarch mogul defendant prisoner inmate detainee convict
    laureate nobel winner kremlin former late jailed imprisoned detained arrested exiled convicted
    sentenced released freed pardoned acquitted missing murdered slain killed deceased
    free release support justice solidarity save
    """
) | frozenset(KIN)

# Titles a list may write before a name ("Sheikh Abdullah Karimi", "Dr Hamid Nouri"): no
# part of it, and no given name (among the titles and roles above)
HONORIFICS = _words(
    "mr mrs ms dr prof sir dame rev reverend fr father pastor imam sheikh shaikh rabbi ayatollah"
    " geshe khenpo tulku ashin bhikkhu phra ustaz ustadz maulana"
)
if not HONORIFICS <= TITLES_AND_ROLES:
    raise ValueError("every honorific is a title")

# In the calendar's order (a regex of them, as in core/references.py, keeps it)
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The words that name something as the time before which another came, as a regex
# alternation: "before his release", "prior to this pardon", "ahead of", "on the eve of"
BEFORE_A_TIME = r"before|prior\s+to|ahead\s+of|on\s+the\s+eve\s+of"
# The verbs of speech that tell who says something, in the forms the English readers'
# patterns share, as a regex alternation: "his lawyer said", "X says", "she told
# reporters", "he added", "her mother wrote". A pattern adds its own forms ("tells",
# "writes", a report's "reported", "confirmed"). No word here begins another, so a union
# matches the same in any order, unless an added word begins one of these ("say")
SPEECH_VERBS = r"said|says|told|added|wrote"
CALENDAR = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | _words("jan feb mar apr jun jul aug sep sept oct nov dec")
)

NOT_GIVEN_NAMES = FUNCTION_WORDS | TITLES_AND_ROLES | CALENDAR


# The people around a person, as regex alternatives (plurals included): an event of
# "X's brother", "his lawyer" or "supporters of X" is not X's
_AROUND = KIN.keys() | BESIDE | {"family", "staff", "employee", "deputy"}
PEOPLE_AROUND = alternatives(_AROUND)
PEOPLE_AROUND_AFTER = alternatives(_AROUND | {"defender", "counsel"})  # "X's defenders were"
# ... and before "of", "for" or "to" ("the lawyer of X", "widow of X")
PEOPLE_BEFORE_OF = alternatives(KIN.keys() | BESIDE | {"defender", "counsel", "ally", "follower"})

# Words that end a Central Asian or Turkic name without being a part the matcher keeps:
# "Makhabat Tajibek kyzy", "Maksat Tajibek uulu" ("daughter / son of")
NAME_TAILS = r"kyzy|qyzy|kizi|qizi|uulu|uly|ogly|oglu|ogli"

# Family names written first (Chinese, Korean, Cambodian): "Yang Hengjun" is Mr Yang, and
# "Yang said" names him once the article has named him in full. Folded.
SURNAMES_FIRST = _words(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng
    liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei
    su lu ding ren shen yao cui zhong tan fan jin shi liao fang xiong qin gu hou meng
    wong chan leung cheung lau chow tsang lam ng tse yip kwok lai mok chiu fung yeung
    kim park choi jung kang cho yoon jang lim oh seo kwon hwang ahn
    kem hun sam chea sok
    """
)

# Surnames that are also common English words: alone at the start of a sentence they are
# the word ("Long live freedom", "Hope remains") unless a name's verb follows. Folded.
COMMON_WORDS = _words(
    """
    long bell grant hope price rich young king white black brown green gray grey hill wood
    stone field little small strong sharp rose mark bush fox wolf lamb church english french
    hall lane page park ward waters winter summer spring day knight gold silver love joy
    faith hunter baker cook cooper mason miller turner walker wells banks house rice bird
    frost snow storm moon star sun light wise noble good best hart holiday power gay
    """
)

# Vietnamese family names (folded): a watchlist name that starts with one is Vietnamese,
# and its "Van" is a middle name ("Nguyen Van Dai"), not the Dutch particle.
VIETNAMESE_FAMILY_NAMES = _words(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam
    mai luong cao truong doan ta quach trieu chau luu thai tong kieu dao ha vuong lai
    """
)


# Burmese honorifics (folded) that stand before a name, in a list or only in the text ("U Win
# Htein", "Daw Than Than Aye", "Ko Maung Saungkha", "Mg" for Maung); some are also a name's
# own part ("Ko Ko Gyi"), and one may have a part's key ("Ma" and "Mya").
BURMESE_HONORIFICS = _words("u daw ko ma maung mg sai nang saw naw mahn")

# The syllables Burmese names are made of (folded), and those of them that mark a name as
# Burmese (not also a common Chinese, Korean or Vietnamese syllable): a listed name whose
# every word is a syllable, one of them a mark, is Burmese, which has no surname, so its
# words are all one name and a word inside it or after it makes another person's name
# ("Zaw Min Tun" and "Zaw Tun Oo" are not Zaw Tun).
BURMESE_MARKS = _words(
    """
    aung kyaw zaw htun tun htet htay htoo myint thein thant soe naing nyein nyunt hlaing
    khaing lwin phyo pyae thet thura thiha myo oo maung khin hla hnin ngwe thaung shwe
    thida nilar yadanar kyi gyi sein swe htwe myat wunna zeyar zeya tayza thuzar nwe aye
    """
)
BURMESE_SYLLABLES = (
    BURMESE_MARKS
    | BURMESE_HONORIFICS
    | _words(
        """
    ba bo chan chit cho ei han hein hset hsu htin htut kay khant khine kyal kyu la lay lin
    linn lwan mar may mi min mo moe mon mya myu nanda nay ngar nu nyan nyi nyo ohn paing
    phone phoo phyu pyi pyo san sandar sann saung shein si sit sone su tar taw tha than thar
    thaw thi thin thit thu tin tint toe tut wa wai win wint ya yan ye yee yi yin yu yupar zar
    zay zin zinmar zon
    """
    )
)

# English number words as counts and terms are written ("seven years", "the five activists").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip

# Given names that are a man's or a woman's wherever news spells them so (folded): the
# watchlist's first word tells who "he" or "she" may stand for when the surname does not
# (``references.genders_of``). Only names no other naming custom gives the other sex:
# not Jean, Andrea, Nur, Alaa, Sasha, Kim.
MALE_GIVEN_NAMES = _words(
    """
    juan jose pedro carlos luis miguel jorge francisco antonio manuel javier rafael fernando
    ricardo roberto alejandro eduardo sergio felix pablo diego rolando oscar
    mohammad mohammed muhammad mohamed mohamad mehmet mahmoud mahmud mustafa mostafa
    ahmed ahmad ali hassan hasan hussein hossein husain omar umar osman othman usman abdul
    abdullah abdallah abdulla ibrahim youssef yusuf yousef khalid khaled tariq tarek reza amir
    saeed hamid majid mehdi nasser karim rashid rasul ismail ismoil jamal kamal salman faisal
    imran arash babak behnam farhad hamed kaveh mehran mojtaba siamak
    ivan sergei sergey serhiy siarhei alexei alexey aleksei oleksiy dmitry dmitri dmytro
    vladimir volodymyr nikolai mykola mikhail andrei andrey andriy pavel igor oleg yuri yury
    boris ilya viktor victor alexander aleksandr oleksandr aliaksandr maxim maksim evgeny
    yevgeny anatoly leonid grigory ryhor ales vadim vitaly ruslan timur rustam bakhtiyor
    dilshod farrukh azamat nurlan yerlan erlan askar marat daniyar bolat serik
    giorgi george levan david john james michael peter paul joseph daniel thomas william
    robert richard charles mark stephen steven pierre jacques francois marco giovanni
    """
)
FEMALE_GIVEN_NAMES = _words(
    """
    maria mariya mariia ana anna elena olena alena alyona olga natalia natalya nataliya tatiana
    tatyana svetlana sviatlana irina iryna ekaterina yekaterina kateryna marina yulia yuliya
    julia sofia sofiya victoria viktoria viktoriya cristiana cristina christina kristina
    ludmila lyudmila lyudmyla galina valentina yana daria darya ksenia kseniya alexandra
    aleksandra oksana nadezhda nadiya veronika vera nina larisa lyubov polina anastasia
    anastasiya evgenia yevgenia liudmila maryna
    fatima fatemeh fatma zahra zohra maryam mariam narges nasrin sara sarah leila laila layla
    aisha ayesha nadia nazanin niloufar mojgan golrokh atena shirin parisa sepideh mahsa
    nargis zeynab zainab khadija samira amina yasmin yasmine hoda huda
    gulnara gulzhan dilfuza makhabat aigul ainur asel aizhan zhanar saule dinara
    mary elizabeth jennifer margaret catherine katherine rocio ruth carmen violeta lucia
    floriane victoire rosa teresa isabel beatriz patricia juana
    """
)
