"""Word lists shared by several modules: words that are not given names, the people
around a person (relatives, lawyers, supporters), and the news window.

A capitalised word right before a surname is usually a given name ("Oleg
Navalny" is not Alexei Navalny), unless it is one of these: a function word at
the start of a sentence ("But Navalny said"), a title or role ("President",
"Activist"), a month or a weekday, a word of a campaign slogan ("Free").
Kept folded (lower case, no diacritics).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
    brother sister mother son daughter wife husband uncle aunt cousin grandson granddaughter
    grandfather grandmother nephew niece widow fiance fiancee partner
    president premier minister judge justice prosecutor general colonel major captain lieutenant
    sergeant officer commander admiral marshal chairman chairwoman chairperson chair leader head
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
)

CALENDAR = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """
)

NOT_GIVEN_NAMES = FUNCTION_WORDS | TITLES_AND_ROLES | CALENDAR


# The people around a person, as regex alternatives (plural forms included): an event of
# "X's brother", "his lawyer" or "supporters of X" is not X's.
PEOPLE_AROUND = (
    r"brothers?|sisters?|wife|husband|sons?|daughters?|mother|father|parents|children|lawyers?|"
    r"attorneys?|colleagues?|associates?|relatives?|family|friends?|supporters?|deputy|"
    r"nephews?|nieces?|cousins?|partners?|fianc[eé]e?|assistants?|aides?|staff|employees?|"
    r"co-defendants?"
)
PEOPLE_AROUND_AFTER = PEOPLE_AROUND + r"|defenders?|counsel"  # "X's defenders were detained"
# ... and before "of", "for" or "to", in the singular ("the lawyer of X", "widow of X")
PEOPLE_BEFORE_OF = (
    r"brother|sister|wife|husband|son|daughter|mother|father|lawyer|attorney|colleague|"
    r"associate|relative|friend|widow|defender|counsel|supporter|ally|allie|follower|aide|"
    r"co-defendant|cousin|nephew|niece|fianc[eé]e?|assistant"
)

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
