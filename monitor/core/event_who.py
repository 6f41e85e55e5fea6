"""Who an event happened to: the references a trigger belongs to.

The subject of a passive or intransitive verb ("X was sentenced", "X died", "X,
sentenced in 2019", "Released on Tuesday, X ..."), the object of an active one ("the
court acquitted X"), the owner of a noun ("X's arrest", "the release of X", "charges
against him"), also of a hunger strike ("due to his hunger strike"; not "her father
resumed his hunger strike"). Lists count for everyone in them ("A and B were released"), also with
titles, ages, roles and relative clauses ("activist A, lawyer B (42) and journalist C",
"Dr. A, Senator B", "RFE/RL reporter A", "the release of A on Monday and of B on Tuesday",
"A, who founded it, and B were freed"), after a dash, a colon, "such as" or "including"
(``_LIST_OPENER``), past a speech or naming aside ("X, his mother said, was beaten", "X,
as his friends call him, was"), in a dashed aside ("Three people - A, his lawyer and B -
were"), and when a group opens the sentence and the names come after ("Those released
include: A, B", "The accused, who were charged ..., are A and B", "The pardoned group
also includes A"). A participle after "after being" is the main clause's subject's ("X
thanked supporters after being freed"); a verdict's participle, whom it went to ("the
sentence handed down to X"). A relative or lawyer between the name and the trigger ("X,
whose brother was arrested", "X's lawyer was detained", "the lawyer of X", "detained her
son") takes the event away from X, unless the relative is named ("arrested his brother,
Y": Y). So does a companion: "refused parole to the businessman tried alongside X", "Y,
detained with X in May, was freed" are not X's.
"""

from __future__ import annotations

import re

from monitor.core.references import (
    GROUP_NOUNS,
    OBJECT_KINDS,
    OFFICIAL_WORDS,
    OWNER_KINDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SPEECH,
    SUBJECT_KINDS,
    Ref,
    RefKind,
)
from monitor.core.regex_needs import fold, guard_patterns, holds_any, needed_words
from monitor.core.triggers import Form, Found
from monitor.core.types import EventType
from monitor.core.wordlists import (
    CALENDAR,
    FUNCTION_WORDS,
    MONTHS,
    NAME_TAILS,
    PEOPLE_AROUND,
    PEOPLE_AROUND_AFTER,
    PEOPLE_BEFORE_OF,
    SINGULARS,
    SPEECH_VERBS,
    WEEKDAYS,
)

# Someone no one watches, inside a list: ", Saipidin Sultanaliev", ", lawyer Anna Kim",
# ", Maksat Tajibek uulu": a role or two in lower case, then capitalised words
# ... and a bracketed other spelling or former name: "Anna Kim (Kimova)", an age or a term:
# "Anna Kim (42)", "Anna Kim (7 years)", "Anna Kim (six years)", or a role in lower case:
# "Anna Kim (lawyer)", "Anna Kim (union leader)" (not a clause: "(who was freed)")
_TERM_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|life)\b"
_ROLE_WORDS = (
    r"(?!(?:who|whom|whose|which|that|now|also|not|see|and|or)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
)
# ... or an age between commas: "X, 54, and Y, 72, were freed"
# a patronymic the mention may stop before: "KARIMOVA, Dilnoza Bakhtiyorovna (Uzbekistan):"
_PATRONYMIC = (
    r"(?:\s+[A-Z][a-z]+(?:ovich|evich|yevich|ovych|evych|ovna|evna|yevna|ivna|ichna|inichna))?"
)
# a Cantonese given name after an English one and the surname, which the mention may stop
# before: "Agnes Leung Hoi-yan" (named "Agnes Leung"), "Raymond Chow Ka-ming"
_HYPHENED_GIVEN = r"(?:\s+[A-Z][a-z]+-[a-z]+\b(?!\s+[A-Z]))?"
# ... or a second surname the mention may stop before, right before the list goes on:
# "Juan Chamorro Garcia, Miguel Mora" (named "Juan Chamorro")
_SECOND_SURNAME = r"(?:\s+[A-Z][a-z]+(?=\s*,|\s+and\s))?"
# ... or another name the person goes by: "Anna Kim (aka Kimmy)", "(also known as ...)"
_ALIAS = r"(?:aka|a\.k\.a\.|also\s+known\s+as|known\s+as|alias|nee|née)\s+[^()]{1,40}"
TAIL = (
    rf"{_PATRONYMIC}{_HYPHENED_GIVEN}{_SECOND_SURNAME}(?:\s+(?:{NAME_TAILS})\b)?(?:\s*\((?:[\"“'‘]?(?:[A-Z0-9]|{_TERM_WORD})[^()]{{0,60}}|{_ALIAS}|{_ROLE_WORDS})\))?"
    r"(?:,\s+\d{1,2}(?=,))?"
)
# ", leader of the Green party", ", co-founder of the Union": a role of something after a
# name; or a short description between commas: ", a former minister,"
# ... closed by a comma or, in a list set off by semicolons, a semicolon; or the outlet or
# body the name works for, right after it: "X of Reporters Without Borders;", "Y for the
# Daily News,"
ROLE_OF = (
    r"(?:,\s+(?:a\s+|the\s+)?(?:former\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=[,;])"
    r"|\s+(?:of|for|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?=[,;])"
    r"|,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=[,;]))?"
)
OTHER_NAME = (
    r"(?:(?!(?:who|whom|which|that|was|were|is|are|has|have|had|said|says|and|but|or)\b)"
    rf"[a-z][\w-]*\s+){{0,3}}(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]*{TAIL}"
)
# ... and in a list set off by semicolons, a relative named by a pronoun: "X, a nurse; her
# husband; and Y, a student"
_RELATIVE_ENTRY = r";\s+(?:and\s+)?(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s*;)"
# ... and someone no one watches told at length inside the list, before its last ", and":
# "A, Anna Kim, a lawyer who has defended many activists, and X", "A, Anna Kim, who runs a
# rights group, and X"
_LONG_ENTRY = r"(?:,\s+(?:(?:a|an|the)\s+|who\s+)[^,;:()\"“”]{1,100}?(?=,\s+and\s))?"
_OTHER_ENTRY = rf"(?:\s*,\s+|\s+and\s+){OTHER_NAME}{ROLE_OF}{_LONG_ENTRY}"
OTHERS_LISTED = rf"{TAIL}{ROLE_OF}(?:{_OTHER_ENTRY}|{_RELATIVE_ENTRY})*"

_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)
# a time set between the auxiliary and the participle, as news writes it: "was on Tuesday
# sentenced", "were last month freed", "was yesterday moved", "was earlier this week charged"
TIME_INSIDE = (
    rf"on\s+(?:{_WEEKDAY})|(?:(?:late|early)\s+)?(?:on\s+)?(?:{_WEEKDAY})\s+(?:night|morning|evening)"
    rf"|(?:(?:late|early)\s+)?(?:last|this|earlier\s+this|later\s+that|earlier\s+that)\s+(?:week|month|year|weekend|night|morning|evening|{_WEEKDAY})"
    r"|yesterday|today|tonight|(?:two|three|four|five|six|a\s+few|several)\s+(?:days|weeks)\s+ago"
    # ... or a date: "was on March 3 sentenced", "was in 2019 convicted", "in May 2021"
    rf"|on\s+(?:(?:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))(?:,?\s+\d{{4}})?"
    rf"|in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH})(?:\s+\d{{4}})?|\d{{4}})"
)
AUX = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|gets|got)"
    r"(?:\s+(?:\w+ly|also|not|never|later|then|again|just|already|since|finally|once|first|"
    r"twice|subsequently|initially|previously|now|still|even|both|all|each|soon|thus|"
    rf"in absentia|himself|herself|themselves|{TIME_INSIDE}))*\s*$",
    re.I,
)
# "the prison is refusing to let a doctor see her": an active verb after "is", its object
# after it (not "X is detained")
PROGRESSIVE = re.compile(r"[a-z]+ing\b", re.I)
SAME_SUBJECT = re.compile(
    r"\s*(?:(?:was|were|is|are|has|have|had|been|be|then|later|also|instead|\w+ly)\s+)*"
)
# "X tried to leave but was stopped at the airport and detained": a passive after "but"
# with no subject of its own is still X's
BUT_PASSIVE = re.compile(
    r"\s+(?:\w+ly\s+|then\s+|later\s+)?(?:was|were)\s+[a-z]+(?:ed|en)\b[^,;:.]{0,60}?"
    r"\band\s+(?:then\s+|later\s+)?"
)
CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\bbut\b")
# "X and Y: sentenced to three years", "X, A, B and C: not guilty": a list of outcomes
LABEL_GAP = re.compile(rf"{OTHERS_LISTED}(?:\s*,?\s+(?:and|&)\s+{OTHER_NAME})?\s*:\s*")
WHO_WORD = re.compile(r"\b(?:who|whom|which|that)\b")
BUT = re.compile(r"\bbut\b(?!.*\bbut\b)", re.I)  # the last "but"
# "X was arrested in May and charged in June", "... but were eventually released"
CHAINED = re.compile(
    r"^[^.;:]{0,200}?(?:\b(?:and|or|then|but)|,\s*and)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?:(?:was|were|is|are|has been|have been|had been|had)\s+(?:\w+ly\s+|also\s+|later\s+)?)?$",
    re.I,
)
RELATION = re.compile(
    rf"\bwhose\b|(?:['’]s?|\bhis|\bher|\btheir)\s+(?:\w+\s+)?(?:{PEOPLE_AROUND})\b", re.I
)
# "X, whose sentence was cut": the sentence is X's (but "whose brother's arrest" is not)
WHOSE_OWN = re.compile(r"\s*,\s*whose\s+(?:[a-z-]+\s+)?")
RELATION_BEFORE = re.compile(rf"\b(?:{PEOPLE_BEFORE_OF})\s+(?:of|for|to)\s+$", re.I)
# ... anywhere before the name: "along with the son of his lawyer Y"
RELATION_OF = re.compile(rf"\b(?:{PEOPLE_BEFORE_OF})\s+(?:of|for|to)\s", re.I)
# "detained the brother of exiled journalist X": a description between the relation and X
# (a hashtag among its words: "the sister of jailed #MeToo activist X")
RELATION_BEFORE_DESCRIBED = re.compile(
    rf"\b(?:{PEOPLE_BEFORE_OF})\s+(?:of|for|to)\s+(?:(?:#|[a-z])[\w'’-]*\s+){{1,3}}$"
)
# a sentence whose subject is a relation of the person: "The son of jailed politician X ...",
# "Sister of jailed #MeToo activist X detained"
# a relation of someone, up to that someone: "son of", "the jailed leader's lawyer for"
_RELATION_OF = rf"(?:[\w'’-]+\s+)?(?:{PEOPLE_BEFORE_OF})\s+(?:of|for|to)\s+"
RELATION_HEADS = re.compile(
    rf"\W*(?:(?:the|a|an|his|her|their)\s+)?{_RELATION_OF}(?:#?[\w'’-]+\s+){{0,4}}$", re.I
)
RELATION_APPOSITION = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?{_RELATION_OF}(?:#?[\w'’-]+\s+){{0,4}}$", re.I
)
# "Y (son of PTI Vice Chairman X) was freed": the brackets describe Y, whatever titles X has
RELATION_IN_BRACKETS = re.compile(
    rf"\(\s*(?:(?:a|an|the)\s+)?{_RELATION_OF}(?:#?[\w'’.-]+\s+){{0,4}}$", re.I
)
RELATION_AFTER = re.compile(rf"['’]s?\s+(?:\w+\s+)?(?:{PEOPLE_AROUND_AFTER})\b,?\s*", re.I)
# "arrested his brother, X", "detained her lawyer X": the relation named right after
RELATION_NAMED = re.compile(
    rf"^\s*(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:{PEOPLE_AROUND_AFTER}),?\s+$", re.I
)
# ... after "her" (an object or an owner): "detained her son", "sentenced her co-defendant, Y"
RELATION_AFTER_OWNER = re.compile(rf"\s+(?:\w+\s+)?(?:{PEOPLE_AROUND_AFTER})\b,?\s*", re.I)
# a verb that reports what someone said
_REPORTING_WORDS = rf"{SPEECH_VERBS}|announced|reported|claimed|stated|noted|confirmed"
REPORTING = re.compile(rf"\b(?:{_REPORTING_WORDS})\b", re.I)
# a title written before a name, as South Asian, Pakistani and court news write lists:
# "Dr. X", "Mohd. Y", "Senator Z", "Mian W" (the mention starts after it), or two, as a
# priest is written ("Reverend Father X", "Rev. Fr. X")
_TITLE_WORD = (
    r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Prof|Mohd|Md|Sen|Gen|Col|Maj|Capt|Lt|Rev|Fr|Adv|Engr|Hon)\.?|"
    r"Senator|Professor|General|Colonel|Major|Captain|Sheikh|Shaikh|Imam|Pastor|Father|"
    r"Reverend|Bishop|Rabbi|Ayatollah|Mian|Maulana|Mufti|Sir|Dame|Advocate)\s+)"
)
_TITLE = rf"{_TITLE_WORD}{{0,2}}"
OBJECT_GAP = re.compile(
    r"^\s*(?:(?!(?:was|were|is|are|said|says|has|have|had|who|which|that|after|before|when|"
    r"while|because|but|for|by|with|alongside|along|together|he|she|they|like|such)\b)"
    # a word, an age ("the 24-year-old artist X"), initials ("U.S. journalist X"), a
    # hashtag ("#MeToo activist X") or an acronym in brackets ("leader of the party (NP) X")
    # ... or an outlet with a slash ("RFE/RL journalist X")
    r"(?:(?:[A-Z]\.){2,}|\([A-Z][A-Za-z]{1,9}\)|(?:#?[A-Za-z]|\d+-)[\w'’-]*(?:/[A-Z][\w-]*)?)\s+){0,10}?(?:,\s*)?"
    rf"{_TITLE}$"
)
# a word of a role before a name in a list: "lawyer", "former", "20-year-old" (not "of":
# "the son of X"; nor a verb with its own object: "and sentenced his co-defendant Y")
_ROLE_WORD = r"(?:(?!(?:of|for|to)\s)[a-z]|\d+-)[\w-]*\s+(?!(?:his|her|their|the|a|an)\s)"
# what may come before a name in a list, after its separator: "and fellow Briton X",
# "former British envoy X", "Radio 7 bloggers X", "lawyer X", "Dr. X"
_ROLE_BEFORE = (
    r"(?:(?:his|her|their|its|the|fellow)\s+)?"
    # ... a people as the role after "fellow": "fellow Briton X"
    r"(?:(?<=fellow\s)[A-Z][a-z]+\s+)?"
    # a word or two before an outlet or a place: "former British envoy X", "20-year-old X"
    rf"(?:{_ROLE_WORD}){{0,2}}?"
    # an outlet or a place before the role, of up to three words: "Tut.by editor X", "Minsk
    # lawyer X", "Radio 7 bloggers X", "RFE/RL journalist X"
    r"(?:(?:[A-Z][\w’'-]*(?:\.[a-z]+|/[A-Z][\w-]*)?\s+|\d[\w-]*\s+(?=[a-z])){1,3}?(?=[a-z]))?"
    # a role or two ("lawyer", "student activist"), but not "the son of": someone else,
    # nor a verb with its own object ("acquitted X and sentenced his co-defendant Y")
    rf"(?:{_ROLE_WORD}){{0,3}}?{_TITLE}"
)
LIST_GAP = re.compile(
    rf"^{OTHERS_LISTED}\s*(?:,|;|,?\s*and|;\s*and|&|,?\s+as\s+well\s+as)\s+"
    # (not a clause: "X, who ...", "..., as he left")
    rf"(?!(?:who|whose|whom|which|as|when|while|after|before|once|because|{SPEECH})\b)"
    # a relative of the one before, named in apposition: "X and his wife, Y, were detained",
    # "detained X and her son, Y," (both; "X and his wife were detained" is left as it was)
    rf"(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:{PEOPLE_AROUND_AFTER}),\s+$)?"
    # ... or described first, then named with a role: "and another leader, former minister
    # Y", "and his client, journalist Y" (a description of one to three words in lower case)
    # ... or named right after it: "and its publisher, Y", or with a title: "and a Catholic
    # priest, Reverend Father Y"
    rf"(?:(?:his|her|their|its|the|another|a|an)\s+(?!(?:{SPEECH})\b)(?:[A-Za-z][\w-]*\s+){{0,1}}"
    rf"[a-z][\w-]*,\s+(?:(?=[a-z])|(?={_TITLE_WORD})|$))?"
    rf"{_ROLE_BEFORE}"
    # "..., and the deputy director of the City Law School, X": a role at a place, then X
    r"(?:(?:of|at|for)\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*,\s+)?$"
)
# a date after each entry, as a list of releases on different days is told: "the release of
# X on June 21 and (of) Y in February", "freed X on Monday and Y on Tuesday"
_DATE_WORD = r"(?:\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|[a-z]+day)"
DATED_LIST_GAP = re.compile(
    rf"^\s+(?:on|in|last)\s+(?i:(?:the\s+)?{_DATE_WORD}(?:\s+{_DATE_WORD}){{0,2}})"
    rf",?\s+and\s+(?:of\s+)?{_ROLE_BEFORE}$"
)
# a verb's object list that opens with people no one watches: "detained Ivan Petrov, lawyer
# Anna Kim and X" (names, each with a role before it, not a place or a time: "detained
# protesters in Minsk, and X" is X's own clause, told by its verb, ``OWN_VERB_AFTER``)
OTHERS_FIRST_GAP = re.compile(
    r"^\s+(?:(?:the\s+)?(?!(?:in|at|on|from|near|of|for|to|with|by|during|outside|inside|"
    r"across|since|until|after|before|over|under|and|or|but|who|which|that)\b)[a-z][\w-]*\s+){0,3}"
    rf"(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]*{TAIL}{ROLE_OF}"
    rf"(?:(?:\s*,\s+|\s+and\s+){OTHER_NAME}{ROLE_OF})*"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)"
    rf"(?!(?:who|whose|whom|which|as|when|while|after|before|once|because|{SPEECH})\b)"
    # (not a description of the one before: "arrested A, the lawyer representing X")
    r"(?!(?:the|a|an|his|her|their)\s)(?![\w\s-]*ing\s)"
    rf"{_ROLE_BEFORE}$"
)
OWN_VERB_AFTER = re.compile(
    rf"\s+(?:(?:also|then|later|had|has|have)\s+)?(?:[a-z]+ed|{SPEECH}|was|were|is|are|will|"
    r"would|did|does|do|had|has|have)\b"
)
NOUN_OWNER = re.compile(
    # (a docket's "as to": "Sentencing held as to X", "Judgment as to X")
    r"^\s*(?:\w+\s+){0,2}?(?:of|for|on|against|as\s+to|inflicted on|filed by|submitted by|by|"
    r"handed(?:\s+down)?\s+to|given\s+to)\s+"
    # "the arrest of the city's mayor, X": a description, then the name
    # (but not across a relative clause: "detained dozens of students who read her poems",
    # nor a verb of its own: "placed X under house arrest on Tuesday and sent Y to ...")
    r"(?:the\s+|a\s+)?(?:(?!(?:who|whom|which|that)\s|(?:and|then)\s+(?:\w+ly\s+)?"
    # (a word, or initials: "the deportation of U.S. citizen X")
    r"(?:[a-z]+ed|sent|put|gave|took|held|kept|let|freed)\s)(?:[\w'’/-]+|(?:[a-z]\.){2,})\s+){0,6}?"
    rf"(?:(?:{ROLE_WORDS}|{OFFICIAL_WORDS}),\s+)?$",
    re.I,
)
# ... after an age between commas: "X, 24, who was arrested last year"
APPOSITIVE_WHO = re.compile(
    r"^\s*[,—–]?\s*(?:\d{1,3}\s*,\s*)?(?:[\w’'-]+\s+){0,4}?(?:who|whom|which)\b", re.I
)
# "The mother of X, who died in prison on Sunday, said ...", "the son of X, who was sentenced
# to six years in prison": a relative clause after a relative's "of X," that tells of a
# prison, a colony or a custody is X's (a prisoner's relative is rarely in prison); without
# one it is left to no one ("the lawyer of X, who was detained after leaving the court")
PRISONER_WHO = re.compile(
    # (not a visit: "the wife of X, who was detained while visiting him in prison")
    r"\s*,\s*who\s+(?:(?!visit|to\s+see\b)[^,;:.])*?\b(?:in|at|to|into)\s+(?:(?:a|an|the|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:prison|jail|colony|custody|detention|cell)\b"
)
WHO_OPENS = re.compile(r"\s*,\s*who\s+(?:[\w'’-]+\s+){0,4}?")
# "the lawyer of X, the activist who died": a description of X with its own "who" clause
# (the event inside that clause, not after it: "the son of X, the editor who died, was held")
REDESCRIBED_WHO = re.compile(
    r"\s*,\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){1,3}?(?:who|whom)\s[^,;:]*"
)
# "X, founder of the newspaper Daily Truth, who was jailed": the "who" is X's after a
# description of X; but not after another person in it ("a friend of the journalist Y, who")
DESCRIBED_WHO = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?(?:[a-z][\w’'-]*\s+){0,4}?[a-z][\w’'-]*"
    r"(?:\s+(?:of|for|at|with|in)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+"
    # ... or a participle with its time: "a rights defender held since 2021, who"
    r"|\s+(?:held|jailed|imprisoned|detained|based|living|exiled)\s+(?:[a-z0-9][\w’'-]*\s+){0,4}?"
    r"[a-z0-9][\w’'-]*)?\s*,\s*(?:who|whom)\b"
)
# ... or the main verb after a description whose relative clause is closed by a comma: "X,
# a former secretary general of a centrist party who was arrested in 2023, was sentenced"
# (the clause's own verb stays unread: "a friend of a reporter who was arrested")
CLOSED_DESCRIBED_WHO = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,;]{0,100}?\b(?:who|whom)\b[^,;]*,"
    r"\s*(?:(?:was|were|has|have|had|is|are)\s+)?(?:\w+ly\s+)?$"
)
# ... or a description with a relative clause of a thing in it, closed by a comma before
# the main verb: "X, a leader of the revolt that toppled the king, was detained", "X, a
# journalist whose reports angered officials, was jailed" (a "that"/"which" clause is the
# thing's, whose verb no person is the subject of; "whose" is the description's)
CLOSED_DESCRIBED_THAT = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,;]{0,100}?\b(?:that|which|whose)\b[^,;]*,"
    r"\s*(?:(?:was|were|has|have|had|is|are)\s+)?(?:been\s+)?(?:\w+ly\s+)?$"
)
# ... or a description whose last noun is a body of people, not a person: "X, a former
# secretary general of a centrist party who was arrested" (but "a friend of a reporter who")
DESCRIBED_BODY_WHO = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?(?:[a-z][\w’'-]*\s+){0,4}?(?:of|at|for|with|in)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[a-z][\w’'-]*\s+){0,3}?(?:party|group|movement|organi[sz]ation|union|"
    r"newspaper|network|coalition|alliance|front|committee|council|association|foundation|bloc|"
    r"channel|outlet|website|magazine|company|firm)\s+(?:who|whom)\b"
)
# ... or ending in the place the person is from: "X, a 52-year-old schoolteacher from
# Hrodna who was sentenced in 2022" (not "a friend of a reporter from Hrodna who")
DESCRIBED_FROM_WHO = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?(?:(?!of\b)[\w’'-]+\s+){0,4}?from\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?\s+(?:who|whom)\b"
)
PERSON_IN_IT = re.compile(rf"\b(?:{ROLE_WORDS})\s+[A-Z]")
# "reporters—X, Y and Z—who are charged", "X — who was arrested": the dash closes a list or
# an aside, and the "who" that follows it is about the names before it
# "X, Y and Z — all journalists — were arrested", "X — a blogger — was": a description
# between dashes, then the verb
DASH_APPOSITION = re.compile(
    r"\s*(?:\s[—–-]\s*|[—–])[^—–;:.!?()\"“”]{1,80}?(?:\s[—–-]\s*|[—–]\s*)"
    r"(?:(?:was|were|has|have|had|is|are)\s+(?:been\s+)?(?:\w+ly\s+|also\s+|later\s+)?)?"
)
DASH_WHO = re.compile(r"^\s*[—–]\s*(?:who|whom)\b", re.I)
# "X and Nguyen Van A, both of whom were arrested": the others in the list are not watched
LIST_WHO = re.compile(
    r"\s*(?:,\s*|,?\s+and\s+)(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,\s*"
    r"(?:both|all|each|two|three)\s+of\s+whom\b"
)
POSSESSIVE_GAP = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,3}?$", re.I)  # "X'S HOUSE ARREST" too
# "X is reported to have been tortured", "X was said to have been beaten": a report of
# what happened to X (not "is feared to have been", which is a fear)
RAISED = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:said|reported|alleged|believed|understood|"
    r"known|thought)\s+to\s+have\s+been\s+(?:\w+ly\s+)?",
    re.I,
)
# a verb before the participle, whose object the person is: "Belarus frees jailed editor X",
# "court moves detained poet X to a remote prison", "authorities moved jailed poet X": the
# participle is an adjective, and what follows the name is the verb's ("to a remote prison")
VERB_BEFORE_ADJECTIVE = re.compile(
    r"\b(?:frees|releases|pardons|moves|transfers|deports|expels|extradites|sentences|"
    r"acquits|charges|jails|visits|honou?rs|names|meets|backs|urges|"
    # a decision on the person's plea or request: "a court rejected jailed editor X's
    # request", "... jailed tycoon X's parole request"
    r"rejects|rejected|denies|denied|dismisses|dismissed|grants|granted|refused|refuses|"
    r"upheld|upholds|"
    r"moved|transferred|deported|expelled|extradited|pardoned|freed|released|sentenced|"
    # "authorities are transferring imprisoned activists X and Y to Siberia"
    r"moving|transferring|deporting|expelling|extraditing|pardoning|freeing|releasing|"
    r"sentencing|visiting|"
    # a plea or a reaction: "Kazakhstan: Free jailed activist X", "UN condemns jailed ..."
    r"free|release|condemns|welcomes|demands|supports|remembers)\s+(?:the\s+)?$",
    re.I,
)
ADJECTIVE_BEFORE = re.compile(
    r"(?:^|[,:(—–\"“‘']|\s-|\b(?:the|a|an|of|for|with|by|from|as|including|against|about|"
    # ("a hearing in the case against imprisoned cleric X", "on jailed activist X")
    r"on|over|like|behind|toward|towards|without|upon)\s*)\s*$|"
    # "the jailed and beaten activist X"; but "sentenced X to three years and released Y"
    r"\b[a-z]+(?:ed|en)\s+and\s+$|" + VERB_BEFORE_ADJECTIVE.pattern,
    re.I,
)

# adjectives before the participle, which is one too: "moved ailing jailed blogger X",
# "the elderly imprisoned cleric X", "frees seriously ill jailed activist X"
ADJECTIVES_BEFORE = re.compile(
    r"(?:\b(?-i:[a-z]{3,}ing|elderly|ill|sick|frail|prominent|veteran|renowned|well-known|"
    r"outspoken|famous|young|(?:seriously|critically|gravely|terminally)\s+ill)\s+){1,3}$"
)
# ... and an adverb of the participle: "Free Unjustly Detained Defender X", "the
# arbitrarily detained lawyer X", "allied with now-imprisoned politician X"
ADVERB_BEFORE = re.compile(
    r"\b(?:(?:unjustly|unlawfully|illegally|wrongfully|wrongly|arbitrarily|currently|"
    r"recently|formerly|previously|still)\s+|(?:now|still|long|once|since|recently|formerly)-)$",
    re.I,
)


def _before_adjectives(pre: str) -> int:
    """Where the adjectives that end ``pre`` start (``ADJECTIVES_BEFORE``, then an adverb of
    the participle, ``ADVERB_BEFORE``), else its end."""
    adverb = ADVERB_BEFORE.search(pre, max(0, len(pre) - 20))
    end = adverb.start() if adverb else len(pre)
    if not pre.endswith(" ", 0, end):
        return end
    m = ADJECTIVES_BEFORE.search(pre, max(0, end - 60), end)
    return m.start() if m else end


# "Navalny supporters were detained", "Temirov Live journalists": a name that qualifies a
# group is not the person
NAME_AS_MODIFIER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:supporters|allies|associates|aides|staff|team|journalists|"
    r"reporters|employees|members|followers|activists|lawyers|loyalists|camp|foundation|"
    # ... or what ties others to them: "four journalists convicted over Navalny ties"
    r"network|movement|campaign|ties|links|connections)\b"
)


# "the group founded by opposition figure X": X only says whose group it is (unless a
# relative clause of X's own follows: "founded by X, who was arrested in 2021")
FOUNDER_BEFORE = re.compile(
    r"\b(?:founded|co-founded|set\s+up|created|established|started|led|headed)\s+by\s+"
    r"(?:(?:the\s+)?(?:late\s+)?[a-z][\w-]*\s+){0,3}$"
)
FOUNDER_WORDS = needed_words(FOUNDER_BEFORE.pattern)[0]  # its prefilter (case-blind: no)
FOUNDER_OWN_CLAUSE = re.compile(r"\s*,\s*(?:who|whom)\b")
# "cooperating with Navalny's banned foundation": X only says whose group it is
OWNS_A_GROUP = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:foundation|organi[sz]ation|group|party|movement|network|"
    r"team|fund|outlet)\b"
)


def people_refs(sentence: str, refs: list[Ref]) -> list[Ref]:
    """``refs`` without the names that only qualify a group ("Navalny supporters", "the
    foundation set up by X")."""
    founded = holds_any(sentence, FOUNDER_WORDS)  # (most sentences tell of no founder)
    return [
        r
        for r in refs
        if r.kind is not RefKind.NAME
        or not (
            NAME_AS_MODIFIER.match(sentence, r.end)
            or OWNS_A_GROUP.match(sentence, r.end)
            or (
                founded
                and FOUNDER_BEFORE.search(sentence, max(0, r.start - 60), r.start)
                and not FOUNDER_OWN_CLAUSE.match(sentence, r.end)
            )
        )
    ]


# "detained X, who represents Y, as he left the prison", "X, a lawyer for Y, walked out of
# the prison": counsel leaving a prison after a visit, no release (but "X, a lawyer for Y,
# walked free": a release)
COUNSEL_DESCRIBED = re.compile(
    r"\s*,\s*(?:who\s+(?:represents|defends|is\s+(?:representing|defending))|(?:a|the)\s+"
    r"(?:[a-z-]+\s+)?(?:lawyer|attorney|counsel|advocate)\s+(?:of|for|representing))\b",
    re.I,
)
LEAVING = re.compile(r"(?:left|leav(?:es|ing)|walk(?:ed|s|ing)\s+out|emerged|came\s+out)\b", re.I)


# "X was arrested at his home, as were the Aliyevs": the people after "as were" share the
# event (in the clause of the trigger: no stop, semicolon or colon between)
AS_WERE = re.compile(r"[^.;:!?]{0,80}?,\s*as\s+(?:was|were|did|had|have|has)(?:\s+been)?\s+", re.I)
THE_GAP = re.compile(r"(?:the\s+)?")  # "as were the Aliyevs": the name after "the"


# "the hunger strike of (the jailed blogger) Y": whose strike it is, named after "of"
# (but "X joined the hunger strike of Y": X is on it too, as the subject)
STRIKE_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}")
JOINED_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+)?$", re.I)


# "his hunger strike", "her 40-day hunger strike": an owner's strike (but not "his wife's
# hunger strike", nor "X joined her hunger strike", which X is on too)
OWN_STRIKE_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}?")
# ... nor the owner after a relative who is the clause's subject: "her father resumed his
# hunger strike" (the father's), unless the relative speaks ("his lawyer said his hunger
# strike ...")
AROUND_SUBJECT = re.compile(
    rf"\b(?:his|her|their|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z-]+\s+)?(?:{PEOPLE_AROUND})s?\s+"
    r"(?:(?!(?:said|says|told|added|warned)\b)[a-z]+\s+){1,3}$",
    re.I,
)


def _strike_owner(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    after = [r for r in refs if r.start >= f.end and r.kind is REF_NAME]
    joined = JOINED_BEFORE.search(sentence, max(0, f.start - 30), f.start)
    if after and STRIKE_OF_GAP.fullmatch(sentence, f.end, after[0].start) and not joined:
        return (after[0],)
    before = [r for r in refs if r.end <= f.start]
    if (
        before
        and before[-1].kind in OWNER_KINDS
        and sentence[f.start : f.start + 6].lower() == "hunger"
        and OWN_STRIKE_GAP.fullmatch(sentence, before[-1].end, f.start)
        and not JOINED_BEFORE.search(sentence, max(0, before[-1].start - 30), before[-1].start)
        and not AROUND_SUBJECT.search(sentence, max(0, before[-1].start - 80), before[-1].start)
    ):
        return (before[-1],)
    return ()


# the people a group's event leaves out: "All of them except X and Y were freed", "Everyone
# but X was released", "released all the detainees apart from X", "With the exception of X,
# all were freed" (not "Apart from X, Y was also arrested": one more; nor "All were freed
# except X, who was sentenced": X's own verb)
# (those that may also open the sentence, before the group: "Except for X, all were freed")
_EXCEPT_FRONT = (
    r"except(?:\s+for)?|with\s+the\s+exception\s+of|apart\s+from|aside\s+from|save\s+for|"
    r"other\s+than"
)
_EXCEPT = rf"(?:{_EXCEPT_FRONT}|but(?:\s+for)?|save|excluding)"
_EVERYONE = r"(?:all|everyone|everybody|the\s+rest|the\s+others)"
_EXCEPT_ROLE = r"(?:(?:the\s+)?(?-i:[a-z])[\w-]*\s+){0,2}?"
LEFT_OUT_BEFORE = re.compile(
    rf"\b{_EVERYONE}\b(?P<gap>[^.;:()\"“”]{{0,50}}?)\s(?P<except>{_EXCEPT})\s+{_EXCEPT_ROLE}$",
    re.I,
)
EXCEPT_WORD = re.compile(r"\b(?:except|but|apart|aside|other|save|excluding|exception)\b", re.I)
# a verb between the group and "except": the exception is that verb's ("All of them were
# detained, but X was later freed": X freed)
VERB_IN_GAP = re.compile(r"\b(?:was|were|is|are|has|have|had|been|will|would|remain\w*)\b", re.I)
LEFT_OUT_FRONT = re.compile(rf"\W*(?:{_EXCEPT_FRONT})\s+{_EXCEPT_ROLE}$", re.I)
LEFT_OUT_FRONT_AFTER = re.compile(rf"\s*,\s*{_EVERYONE}\b", re.I)
# what may stand between the people left out and the group's verb: not their own clause
LEFT_OUT_GAP = re.compile(r"[^,;:()]*", re.I)


def _left_out(f: Found, sentence: str, refs: list[Ref], who: tuple[Ref, ...]) -> set[Ref]:
    """The references of ``who`` that the group's event ``f`` leaves out ("All but X were
    freed"), with the people listed after each ("except X and Y")."""
    out: set[Ref] = set()
    for r in who:
        if r in out or r.start == r.end:
            continue
        front = LEFT_OUT_FRONT.fullmatch(sentence, 0, r.start)
        m = None if front else LEFT_OUT_BEFORE.search(sentence, max(0, r.start - 80), r.start)
        if front is None and m is None:
            continue
        group = listed(sentence, [g for g in refs if g.start >= r.start])
        if m is None:  # "Except for X and Y, all were freed"
            after = LEFT_OUT_FRONT_AFTER.match(sentence, group[-1].end)
            if after and after.end() <= f.start:
                out.update(group)
        elif f.end <= r.start:  # "All were freed except X", "freed all the detainees but X"
            if (m.start() >= f.end and not VERB_IN_GAP.search(m.group("gap"))) or (
                m.start() <= f.start < m.start("except")
            ):
                out.update(group)
        elif (
            not VERB_IN_GAP.search(m.group("gap"))
            and LEFT_OUT_GAP.fullmatch(sentence, group[-1].end, f.start)
            and not WHO_WORD.search(sentence, group[-1].end, f.start)
        ):  # "All of them except X and Y were set free"
            out.update(group)
    return out


def who_for(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """The references the event belongs to, or none."""
    who = _who_for(f, sentence, refs)
    if who and EXCEPT_WORD.search(sentence):
        out = _left_out(f, sentence, refs, who)
        if out:
            who = tuple(r for r in who if r not in out)
    if who:
        also = AS_WERE.match(sentence, f.end)
        if also:
            after = [r for r in refs if r.start >= also.end() and r.kind in OBJECT_KINDS]
            if after and THE_GAP.fullmatch(sentence, also.end(), after[0].start):
                who = tuple(dict.fromkeys((*who, *listed(sentence, after))))
    if who and f.rule.type is TYPE_RELEASED and LEAVING.match(sentence, f.start):
        counsel = {
            p
            for r in refs
            if r.kind is REF_NAME and COUNSEL_DESCRIBED.match(sentence, r.end)
            for p in r.people
        }
        if all(p in counsel for r in who for p in r.people):
            return ()
    return who


def _who_for(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    if f.rule.type is TYPE_HUNGER_STRIKE:
        striker = _strike_owner(f, sentence, refs)
        if striker:
            return striker  # "X supports the hunger strike of Y": Y's strike
    fronted = _fronted(f, sentence, refs)
    if fronted:
        return fronted
    label = _label(f, sentence, refs)
    if label is not None:
        return label
    form = f.rule.form
    inside = [
        r for r in refs if f.start <= r.start and r.end <= f.end and r.kind is not REF_PRONOUN
    ]
    if form is FORM_NOUN:
        if inside and any(
            (RELATION_AFTER if r.kind is REF_NAME else RELATION_AFTER_OWNER).match(sentence, r.end)
            for r in inside
        ):
            return ()  # "the sentence of his brother was upheld", "... of X's brother"
        owner = _possessor(f, sentence, refs) or inside or _noun_object(f, sentence, refs)
        if owner:
            return tuple(owner)
        if f.rule.type is TYPE_HOUSE_ARREST:
            in_state = STATE_BEFORE.search(sentence, 0, f.start)
            return _subject(f, sentence, refs) if in_state else ()  # "X remains under house arrest"
        counsel = _counsel_appeals(f, sentence, refs)
        if counsel:  # "X's lawyers say they will appeal the sentence": X's sentence
            return counsel
        if " " in sentence[f.start : f.end].strip():  # "charges ... were dropped": a verb of
            # its own; "a sentence that the court upheld": the one person of the sentence
            return _subject(f, sentence, refs) or _the_one_person(f, sentence, refs)
        return ()
    if ADJECTIVE_HEAD.fullmatch(sentence, 0, f.start) and HEAD_NOUN.match(sentence, f.end):
        named = object_of(f, sentence, refs, GROUP_IS)
        if named:  # "The pardoned group also includes X", "The two detained men are X and Y"
            return named
    head = GROUP_HEAD.fullmatch(sentence, 0, f.start)
    if head:  # "Those released on Tuesday include X", "The accused, who were ..., are X"
        named = object_of(f, sentence, refs, GROUP_IS)
        if named or head.group("passive") is not None:
            return named  # "Those detained do not include X": no one named
    if form is FORM_SUBJECT:
        for front, gaps in GROUP_FRONTS:
            if front.search(sentence, 0, f.start):
                named = _object_after_gaps(f, sentence, refs, gaps)
                if named:
                    return named
        return _subject(f, sentence, refs) or tuple(inside)
    pre = sentence[: f.start]
    whom = _whom_object(f, sentence, refs)
    if whom:  # "X, whom a court sentenced in absentia": X, the verb's object
        return whom
    caused = _caused(f, sentence, refs)
    if caused:  # "ordered him freed", "had her arrested": the object before the participle
        return caused
    folded_pre = fold(pre)  # for the prefilters of the patterns read on ``pre``
    nth = NTH_BEFORE.search(pre) if holds_any(folded_pre, NTH_WORDS) else None
    if nth:  # "X has become the seventh person sentenced": X
        subject = [r for r in refs if r.end <= nth.start() and r.kind in SUBJECT_KINDS]
        if subject and BECAME_GAP.fullmatch(sentence, subject[-1].end, nth.start()):
            return (subject[-1],)
    # (each match holds "among" or "one of"; and a dash)
    among_at = AMONG.search(pre) if "among" in folded_pre or "one" in folded_pre else None
    if among_at and ATTRIBUTIVE.match(sentence, f.end):
        return ()  # "X was among several imprisoned activists": what they are, no event
    aside = DASH_ASIDE.fullmatch(pre) if "-" in pre or "—" in pre or "–" in pre else None
    if aside:  # "Three people - X, his lawyer and his brother - were detained": X
        inside = [r for r in refs if aside.start("list") <= r.start < aside.end("list")]
        if inside and inside[0].start == aside.start("list") and inside[0].kind is REF_NAME:
            return tuple(listed(sentence, inside))
    aux = AUX.search(pre)  # (the spans ``AUX.search(sentence, 0, f.start)`` gives)
    if (
        (aux and not PROGRESSIVE.match(sentence, f.start))
        or among_at
        or (
            _reduced_relative(pre, refs, sentence[f.start : f.end].lower(), sentence[f.end :])
            and not (_object_right_after(f, sentence, refs) and _in_a_series(pre, refs))
        )
        or (
            _headline(pre, refs)
            and not OTHERS_AS_OBJECT.match(sentence, f.end)
            and not _named_object(f, sentence, refs)
        )
        or (
            _described_headline(pre, refs)
            and VERBLESS_REST.match(sentence, f.end)
            and not _named_object(f, sentence, refs)
        )
    ):
        return _subject(f, sentence, refs, aux) or _listed_after(f, sentence, refs)
    if SHARED_AUX.search(pre):  # "X was stripped of his citizenship and expelled"
        return _subject(f, sentence, refs)
    if AMONG_FRONT.search(pre):  # "Among those released on Monday were X and Y"
        return _object_after_gaps(f, sentence, refs, AMONG_GAPS)
    if inside:
        return tuple(inside)
    if TO_WHOM_OPENS.fullmatch(sentence, f.start, f.end) and _object_right_after(f, sentence, refs):
        return object_of(f, sentence, refs)  # "the sentence handed down to X": X's
    bare = _before_adjectives(pre)  # (where its adjectives start: "moved ailing jailed X")
    if (
        (ADJECTIVE_BEFORE.search(pre) or ADJECTIVE_BEFORE.search(pre, 0, bare))
        and not _has_object(f, sentence)
        and not PRESENT_TENSE.match(sentence[f.start : f.end].lower())
    ):
        found = object_of(f, sentence, refs)
        if (
            found
            and COMPLEMENT_AFTER.match(sentence, found[-1].end)
            and not VERB_BEFORE_ADJECTIVE.search(pre)
            and not VERB_BEFORE_ADJECTIVE.search(pre, 0, bare)
        ):
            return found  # "..., Hanoi, convicted X of fraud": a verb with its object
        if found and _object_right_after(f, sentence, refs) and _in_a_series(pre, refs):
            return found  # "sentenced X to five years, released Y and fined Z": Y's
        return ()  # "jailed opposition politician X": an adjective, not news
    found = (
        object_of(f, sentence, refs)
        or tuple(_noun_object(f, sentence, refs))
        or (
            object_of(f, sentence, refs, SUCH_AS_GAP)
            if not (PREPOSITION_ENDS.search(sentence, f.start, f.end) and NOUN_ENDS.search(pre))
            else ()
        )  # (not "two activists charged with insulting the king, including X": a participle
        # of the people it describes, not an event of the list's)
        or object_of(f, sentence, refs, DASH_LIST_GAP)
        or object_of(f, sentence, refs, COUNTED_LIST_GAP)
        or _sentence_owner(f, sentence, refs)
    )
    if (
        len(found) == 1
        and found[0].kind in (REF_OBJECT, REF_HER)
        and found[0].start >= f.end
        and NAMED_RELATIVE_OBJECT.search(sentence, max(0, f.start - 200), f.start)
    ):
        return ()  # "convicted his co-accused, the activist Y Z, ..., and fined him": Y Z
    return found or _the_one_person(f, sentence, refs)


# "X, whom a terrorism court sentenced in absentia", "X, whom police had arrested": a
# relative clause whose verb's object is the name before it (its subject a few words, no
# verb of its own: not "X, whom police say they saw")
WHOM_OBJECT = re.compile(
    r"\s*,\s*whom\s+(?:(?:the|a|an)\s+)?(?:(?!(?:say|says|said|believe|believed|told|allege[sd]?)\s)"
    r"[\w'’-]+\s+){0,4}?(?:(?:had|has|have|later|then|also|eventually)\s+)*$",
    re.I,
)


def _whom_object(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """The name whose "whom" clause the verb ``f`` is in, as its object, if any."""
    if ", whom" not in sentence[max(0, f.start - 80) : f.start].lower():
        return ()
    before = [r for r in refs if r.end <= f.start and r.kind is RefKind.NAME]
    if before and WHOM_OBJECT.fullmatch(sentence, before[-1].end, f.start):
        return (before[-1],)
    return ()


# "X's lawyers say they will appeal the 14-year sentence": the client's sentence (the
# mention ends before the "'s": "Navas's", "Navas’")
COUNSEL_APPEALS = re.compile(
    r"(?:['’]s?)?\s+(?:lawyers?|attorneys?|defen[cs]e(?:\s+team)?|counsel)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:appeal|challenge|contest)(?:s|ed|ing)?\s+(?:against\s+)?(?:the|this|that)\s+$",
    re.I,
)


# "acquitted X and sentenced Y", "acquits X, jails Y": a verb coordinated with the one before
NEXT_VERB_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|then)\s+)*$", re.I)


def up_to_next_verb(
    found: list[Found], i: int, sentence: str, who: tuple[Ref, ...]
) -> tuple[Ref, ...]:
    """``who`` of an active verb ``found[i]`` without the objects of the next verb
    coordinated with it ("acquitted X and sentenced his co-defendant Y": X only)."""
    f = found[i]
    after = [r for r in who if r.start >= f.end]
    if len(after) < 2 or f.rule.form is not FORM_VERB:
        return who
    for g in found[i + 1 :]:
        if g.rule.form is not FORM_VERB or not after[0].end <= g.start < after[-1].start:
            continue
        last = max(r.end for r in who if r.end <= g.start)
        following = min(r.start for r in who if r.start > g.start)
        if PARTICIPLE_LIST_GAP.match(sentence[last:following]):
            continue  # "Freed: A, released from the colony ..., and B": an entry's aside
        if NEXT_VERB_GAP.match(sentence, last, g.start):
            return tuple(r for r in who if r.start < g.start)
    return who


def _counsel_appeals(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    if f.rule.type is not EventType.SENTENCED:
        return ()
    for ref in reversed([r for r in refs if r.end <= f.start and r.kind is RefKind.NAME]):
        if COUNSEL_APPEALS.fullmatch(sentence, ref.end, f.start):
            return (ref,)
    return ()


# the object of the verb before, a relative or co-accused named by someone no one watches,
# then "and" and the event: "convicted his co-accused, the activist Y Z, who ..., and fined
# him": the pronoun after the event is that relative
NAMED_RELATIVE_OBJECT = re.compile(
    rf"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{PEOPLE_AROUND}),\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)[^.;]{0,120}?,?\s+and\s+(?:\w+ly\s+|then\s+|also\s+)?$",
    re.I,
)
# "the court ordered him freed", "police had her arrested": a causative verb, its object,
# then the event's participle
CAUSATIVE = re.compile(
    r"\b(?:ordered|orders|order|had|has|have|got|gets|wanted|wants|want)\s+$", re.I
)
OBJECT_BEFORE_KINDS = frozenset({RefKind.NAME, RefKind.OBJECT, RefKind.HER})


def _caused(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    before = [r for r in refs if r.end <= f.start]
    if not before or before[-1].kind not in OBJECT_BEFORE_KINDS:
        return ()
    last = before[-1]
    if sentence[last.end : f.start].strip() or not CAUSATIVE.search(sentence, 0, last.start):
        return ()
    return (last,)


def _the_one_person(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """ "the court accepted his appeal and overturned the sentence", "... upheld the ruling
    under which the two were jailed": a court's outcome for the one reference of the
    sentence, when no other words say whose."""
    if (
        (f.rule.type in COURT_OUTCOMES or f.rule.name in ONE_PERSON_RULES)
        and len({r.people for r in refs}) == 1
        and not SOMEONE_BESIDE_SUBJECT.search(sentence, 0, f.start)
        and not COMPANION_BEFORE.search(sentence, f.end, refs[-1].start)
        and not (  # "acquitted his colleague": the colleague (but "..., her lawyer said": hers)
            sentence[f.end : refs[-1].start].isspace()
            and RELATION_AFTER_OWNER.match(sentence, refs[-1].end)
        )
    ):
        return (refs[-1],)
    return ()


# "refused parole to the businessman tried alongside X", "Y, detained with X in May, was
# freed": X is the one Y was tried or held with, not whom it happened to
COMPANION_BEFORE = re.compile(
    r"(?:\balongside|\btogether\s+with|\balong\s+with|\b(?:[a-z]+ed|held|tried)\s+with)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,3}$",
    re.I,
)
# ... in an aside after another's name: "Y, detained with X in May, was freed"
COMPANION_ASIDE = re.compile(
    r",\s*(?:[a-z]+ly\s+)?(?:[a-z]+ed|held|tried|jailed|convicted)\s+(?:together\s+|along\s+)?"
    r"(?:with|alongside)\s+(?:[a-z][\w'’-]*\s+){0,3}$"
)
COMPANION_ASIDE_END = re.compile(r"[^,;:]{0,40},\s*(?:(?:was|were|had|has|is|are)\b|$)")


# a clause of its own whose subject is someone beside the person: "X sentenced;
# co-defendant acquitted", "...; his wife was acquitted"
SOMEONE_BESIDE_SUBJECT = re.compile(
    rf";\s*(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+)?(?:{PEOPLE_AROUND})s?\s+"
    r"(?:(?:also|later|then)\s+)?(?:(?:was|were|has been|have been|had been|is|are)\s+)?"
    r"(?:(?:also|later|then)\s+)?$",
    re.I,
)


# a passive verb that shares its auxiliary with the one before: "was stripped of ... and expelled"
SHARED_AUX = re.compile(
    # (the participle in quotation marks too: "was 'invited to tea' ... and held")
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?['‘\"“]?[a-z]+(?:ed|en)\b"
    r"[^.;:,]{0,60}?"
    # ... or a list of verbs: "was charged in 2022, tried in 2023 and sentenced in 2024"
    r"(?:\band\s+(?:then\s+|later\s+|also\s+)?|,\s+)$",
    re.I,
)
# the words that open a list of some of the people just spoken of: "including", "among
# them", "among whom were", "(most) notably", "in particular", "particularly", "especially",
# "namely" (for a list after an active or a passive verb: ``SUCH_AS_GAP``, ``LIST_AFTER``)
_LIST_OPENER = (
    r"including|among\s+(?:them|whom)(?:\s+(?:were|are|was|is))?|(?:most\s+)?notably|"
    r"in\s+particular|particularly|especially|namely"
)

# "detained 30 opposition figures, including X and Y" (but "critics such as X" are examples
# of whom one arrests, not the ones arrested; after a comma they are the ones: "detained
# several people, such as X")
# ... after an object told at length: "pardoned 30 people convicted of 'extremism' on
# Tuesday, including X" (but not across a relative clause of its own, nor for a participle
# whose preposition follows: "people convicted of ..., including X" were not convicted now)
# ... "at least 30 people, among them lawyer A and journalist X": a quantity first, and others
# no one watches listed before the person (not a verb after the list: "among them A, and
# questioned X")
SUCH_AS_GAP = re.compile(
    # (a pardon or an amnesty given to a counted group: "granted pardons to 1,500 prisoners,
    # including X")
    r"^\s*(?!(?:of|for|in|on|at(?!\s+least\s)|with|by|to(?!\s+(?:\d|more\s|over\s|some\s|about\s))|from|as)\s)"
    r"(?:(?!(?:who|whom|which|that)\s)(?:\d{1,3}(?:,\d{3})+|[\w'’‘\"“”-]+)\s+){0,8}?(?:[\w'’‘\"“”-]+,\s*)?"
    rf"(?:{_LIST_OPENER}|(?<=,\s)such\s+as)\s+"
    rf"(?:(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}?{_TITLE}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?!and\s|[a-z]+ed\s))*"
    rf"(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}?{_TITLE}$"
)
# a trigger that holds its preposition ("charged with", "convicted of"), right after a
# plural noun of people: a participle that describes them
PREPOSITION_ENDS = re.compile(r"\s(?:with|of|for)$")
NOUN_ENDS = re.compile(rf"\b(?:{PERSON_NOUNS})\s+$")
# "have detained three bloggers - X, Y and Z - over posts": the object, then who they are
# ... or in brackets: "arrested three activists (X, Y and Z) on Monday"
DASH_LIST_GAP = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:[a-z][\w-]*s|people|men|women)\s*(?:\s[—–-]\s*|[—–]\s*|:\s*|\(\s*)"
    rf"(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}?{_TITLE}$"
)
# ... or a counted group told at length, then a colon: "sentenced three more members of the
# banned movement to between three and six years in a penal colony: A, B and C", "handed
# prison terms of up to eight years to three of his colleagues at the outlet: A, B and C",
# "paroled two prisoners who had been held since 2019: A and B". The object opens with no
# article ("the leader", "a witness" is one person), no clause comes between it and the
# colon ("after hearing two witnesses:", ", according to a statement signed by three
# members:"), and a term ("five years") or a sum is not the group.
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|"
    r"dozens\s+of|scores\s+of)"
)
_NOT_A_GROUP = (
    r"(?:years|months|weeks|days|hours|minutes|times|euros|dollars|pounds|roubles|rubles|"
    r"manats|tenge|lari|fines|counts|charges|terms|sentences)\b"
)
_CLAUSE_WORD = (
    r"(?:who|whom|whose|which|that|after|before|when|while|because|as|since|until|if|but|"
    r"and\s+(?:then\s+)?[a-z]+ed|said|says|according|[a-z]+ing)\b"
)
_PLAIN_WORD = rf"(?!{_CLAUSE_WORD})[\w'’-]+\s+"
COUNTED_LIST_GAP = re.compile(
    rf"^\s*(?!(?:the|a|an|his|her|their|its|this|that)\s)(?:{_PLAIN_WORD}){{0,12}}?"
    rf"{_COUNT}\s+(?:(?:more|other|further)\s+)?(?:of\s+(?:the|his|her|their|its)\s+)?"
    rf"(?:{_PLAIN_WORD}){{0,3}}?(?!{_NOT_A_GROUP})(?:[a-z][\w-]*s|people|men|women|children)\s+"
    # ... a relative clause of their own: "who had been held since 2019"
    r"(?:(?:who|that)\s+(?:were|are|had|have)\s+(?:been\s+)?[a-z]+\s+(?:since|in|for)\s+)?"
    rf"(?:{_PLAIN_WORD}){{0,20}}?[\w'’-]+:\s*(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}?{_TITLE}$"
)
# ... or after a noun's "of", counted and named in apposition: "the arrest of two journalists,
# X and Y", "rejected the appeals of the three activists, X, Y and Z" (names follow: a list)
COUNTED_OWNER = re.compile(
    rf"^\s*(?:\w+\s+){{0,2}}?(?:of|for|against)\s+(?:the\s+)?{_COUNT}\s+"
    rf"(?:(?!(?:of|for|to|in|at|from|with|by)\s){_PLAIN_WORD}){{0,3}}?(?!{_NOT_A_GROUP})"
    r"(?:[a-z][\w-]*s|people|men|women),\s+(?:[a-z][\w-]*\s+){0,2}?$"
)
# (they may be someone's: "three of his colleagues at the outlet:" names the colleagues)
COUNTED_RELATION = re.compile(
    rf"\b{_COUNT}\s+(?:(?:more|other)\s+)?of\s+(?:his|her|their)\s+(?:\w+\s+)?[a-z]+s$"
)
# ... and they may be someone's: "jailed three of his colleagues: the editor X, Y and Z"
# names the colleagues (a plural relation, then the list)
PLURAL_LISTED = re.compile(r"s\s*(?:\s[—–-]\s*|[—–]\s*|:\s*)(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}?$")
# "Three people - X, Y and his brother - were detained": the list in a dashed aside after
# a group that opens the sentence
DASH_ASIDE = re.compile(
    # (the dashes set off by spaces, or em or en dashes with none: "activists—A, B—were")
    # (a group of up to seven words: "Four members of staff at the paper's office -")
    # (after a time that opens the sentence: "In February, four journalists - A, B - were")
    r"\W*(?:(?:in|on|last|earlier|later|since)\s+[\w ]{1,30}?,\s*)?"
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?:\s*[—–-]\s+|[—–])(?P<list>[^—–.;]{3,200}?)"
    r"(?:\s*\s[—–-]\s+|[—–])"
    r"(?:were|are|have\s+been|had\s+been|was|is)\s+(?:\w+ly\s+)?",
    re.I,
)
# "Several people were detained on Monday — X, Y and Z": the list after a dash or colon
LIST_AFTER = re.compile(
    rf"^[^.;]{{0,80}}?(?:\s[—–-]\s*|:\s*|,\s*(?:{_LIST_OPENER}|such\s+as)\s+)"
    rf"(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}?{_TITLE}$"
)


def _listed_after(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """The people listed after a dash or colon, for a passive verb with no named subject."""
    if any(r.end <= f.start for r in refs):
        return ()
    return object_of(f, sentence, refs, LIST_AFTER)


NTH = (
    r"(?:latest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:person|people|one|figure|politician|leader|"
    r"journalist|activist|member|defendant)s?"
)
NTH_BEFORE = re.compile(
    rf"\b(?:become|became|becomes|is|was|are|were)\s+(?:the\s+)?{NTH}"
    r"(?:\s*[,(—–-][^,()—–]{0,60}[,)—–])?\s*(?:to\s+(?:be\s+|have\s+been\s+)?)?$",
    re.I,
)
NTH_WORDS = needed_words(NTH_BEFORE.pattern)[0]  # its prefilter: one of them, lowered
BECAME_GAP = re.compile(r",?\s+(?:[\w-]+\s+){0,3}?", re.I)


# "Arrested in March, X ...", "Currently under house arrest, X ...": a modifier that opens
# the sentence and ends at a comma is said of the subject right after that comma
FRONTED_BEFORE = re.compile(
    r"\W*(?:(?:currently|now|already|recently|newly|once|first|after|since|being|"
    r"having\s+been)\s+)*(?:under\s+)?",
    re.I,
)
FRONTED_AFTER = re.compile(r"[^,;:.!?\"“”()]{0,80}?[,:]\s*")  # "Sentenced on Monday: X (7 years)"
# what makes the opening words a clause or a noun phrase instead: "Detained protesters
# were beaten, X said", "Arrests continued, X said"
FRONTED_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|can|could|should|must|do|does|did|"
    r"continu\w*|deserve\w*|remain\w*)\b",
    re.I,
)
FRONTED_SPEAKER = re.compile(rf"\s*,?\s*(?:{SPEECH}|argued|noted)\b", re.I)
# "X is under house arrest", "Currently under house arrest, X ...": a state, background;
# but "remains" or "still" under house arrest says nothing has changed: no event at all
STATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|held)\s+(?:(?:currently|now)\s+)?under\s+$|"
    r"^\W*(?:(?:currently|now)\s+)?under\s+$",
    re.I,
)


# "Also freed were X, Y and Z", "Arrested on Monday was X": the participle first, then its
# auxiliary, then the people it was said of (a subject put last)
INVERTED_BEFORE = re.compile(r"\W*(?:(?:also|likewise|similarly|and)\s+)?", re.I)
INVERTED_GAP = re.compile(
    r"^(?:\s+(?:on|in|at|from|during|under|with|by|after|earlier|later)\b[^,;:.!?\"“”()]{0,40}?)?"
    r",?\s+(?:were|was)\s+(?:(?:also|the|a|an)\s+)?"
    rf"{_ROLE_BEFORE}$"
)


def _fronted(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """ "Released on Tuesday, X ...": a participle (or "under house arrest") opening the
    sentence, said of the subject after the comma; or "Also freed were X and Y"."""
    noun = f.rule.form is FORM_NOUN
    if noun and not sentence[: f.start].rstrip().lower().endswith("under"):
        return ()  # "Arrests of protesters continued, X said": a noun phrase
    if not noun and not sentence[f.start : f.end].split(None, 1)[0].lower().endswith(
        ("ed", "en", "held", "put", "let")
    ):
        return ()
    if not noun and INVERTED_BEFORE.fullmatch(sentence, 0, f.start):
        inverted = object_of(f, sentence, refs, INVERTED_GAP)
        if inverted and not OWN_VERB_AFTER.match(sentence, inverted[0].end):
            return inverted  # (not "Released were the letters X had written")
    if not FRONTED_BEFORE.fullmatch(sentence, 0, f.start):
        return ()
    comma = FRONTED_AFTER.match(sentence, f.end)
    if comma is None or any(f.end <= r.start < comma.end() for r in refs):
        return ()  # "Arrested with X in March, Y ...": not only Y
    if FRONTED_VERB.search(sentence, f.end, comma.end()):
        return ()
    after = [r for r in refs if r.start >= comma.end() and r.kind in SUBJECT_KINDS]
    if not after or after[0].start != comma.end():
        return ()
    group = listed(sentence, after)
    if FRONTED_SPEAKER.match(sentence, group[-1].end):
        return ()  # "Jailed activists deserve support, X said": X speaks
    return tuple(group)


# A digest's line that opens with a name, a colon or a dash, then what happened, in a few
# lower-case words: "• X: trial opened on 3 June", "X – sabotage charges dropped", "2. X
# (Crimea): sentenced to six years"
# (a number, or the line's heading: "Verdicts: X – acquitted; Y – 2 years")
LINE_BEFORE = re.compile(r"\W{0,3}(?:\d{1,2}[.)]\s*)?(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+)?")
LINE_LABEL_GAP = re.compile(
    rf"{_PATRONYMIC}\s*(?:\([^()]{{1,40}}\)\s*)?(?::|\s[-–—])\s+"
    r"(?:(?-i:[a-z][\w'’-]*)\s+){0,3}?",
    re.I,
)

# ... or a docket's, the name in brackets after the case's number: "Case No. 1-234/2026
# (Savich H.): verdict – 4 years"
DOCKET_BEFORE = re.compile(r"\W{0,3}case\s+(?:no\.?|number|№)\s*[\w/.-]+\s*\(", re.I)
DOCKET_GAP = re.compile(r"\.?\)(?=\s*:)")

# before a verb, only an adverb: "X: sentenced", not "X: police detained his brother"
LINE_VERB_GAP = re.compile(
    rf"{_PATRONYMIC}\s*(?:\([^()]{{1,40}}\)\s*)?(?::|\s[-–—])\s+"
    r"(?:(?:\w+ly|also|again|now|finally)\s+)?",
    re.I,
)


# ... a later entry of such a line, on someone unlisted: "X – freed; Rustam Ergashev
# (Samarkand) – released on parole" (the release is no one's we know)
OTHERS_ENTRY = re.compile(
    r";\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:\([^()]{1,40}\)\s*)?(?::|[-–—])\s+"
    r"(?:(?-i:[a-z][\w'’-]*)\s+){0,3}?",
    re.I,
)


def _label(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...] | None:
    """The name a digest's line opens with, for the event its label tells; a line of
    entries set off by semicolons is read entry by entry ("X (Tashkent) – term served; Y
    (Baku) – pardoned"), and an entry that opens with an unlisted name is no one's (``()``).
    None when the event is not told by a line's label."""
    entry = sentence.rfind(";", 0, f.start)
    if (
        entry >= 0
        and OTHERS_ENTRY.fullmatch(sentence, entry, f.start)
        and not any(entry <= r.start < f.start for r in refs)
    ):
        return ()
    entry += 1
    first = next((r for r in refs if r.start >= entry), None)
    if (
        first is None
        or first.kind is not REF_NAME
        or first.end > f.start
        or any(first.end <= r.start < f.end for r in refs if r is not first)
    ):
        return None
    gap = LINE_LABEL_GAP if f.rule.form is FORM_NOUN else LINE_VERB_GAP
    if LINE_BEFORE.fullmatch(sentence, entry, first.start) and gap.fullmatch(
        sentence, first.end, f.start
    ):
        return (first,)
    docket = DOCKET_GAP.match(sentence, first.end)  # "Case No. 1-234/2026 (Savich H.): ..."
    if (
        DOCKET_BEFORE.fullmatch(sentence, entry, first.start)
        and docket
        and gap.fullmatch(sentence, docket.end(), f.start)
    ):
        return (first,)
    return None


# "X was among 20 prisoners pardoned", "X is among those freed", "X was one of the 40
# prisoners pardoned"
AMONG = re.compile(
    r"(?:\b(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?|"
    # ... or a headline's, right after a name: "Ex-minister X among 3,000 freed"
    r"(?-i:[A-Z][\w'’-]*)\s+)"
    # (a number with its thousands: "among 3,000 prisoners freed")
    r"(?:among|one\s+of)\s+(?:the\s+|those\s+)?(?:(?:\d{1,3}(?:,\d{3})+|[\w-]+)\s+){0,4}?$",
    re.I,
)
# a participle before the plural noun it describes: "among several imprisoned activists"
ATTRIBUTIVE = re.compile(rf"\s+(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)[a-z][\w-]*s\b")
AMONG_FRONT = re.compile(  # ... after its source: "According to the group(,) among those"
    r"^\W*(?:according\s+to\s+[^,;]{1,80}?(?:,\s*|\s+))?among\s+(?:the\s+|those\s+)?"
    r"(?:[\w-]+\s+){0,3}?$",
    re.I,
)
THOSE_WHO = re.compile(r"^\W*those\s+who\s+(?:[\w-]+\s+){0,2}?$", re.I)
INCLUDE_GAP = re.compile(r"^[^.;:]{0,60}?\binclude[sd]?\s+(?:[\w-]+\s+){0,5}?$", re.I)
# (a counted description may come before the names: "were two activists, X and Y")
_AMONG_VERB = (
    r"^[^.;:]{0,60}?\b(?:was|were|is|are)\s+(?:[\w-]+\s+){0,5}?(?:[\w-]+(?:,|:|\s[—–-])\s+)?"
)
AMONG_GAP = re.compile(rf"{_AMONG_VERB}$", re.I)
# ... after people no one watches listed first: "Among those released were activists A and
# B, along with lawyer X, Tut.by editor Y and Z"
AMONG_OTHERS_GAP = re.compile(
    rf"{_AMONG_VERB}{OTHER_NAME}{OTHERS_LISTED}"
    r"\s*(?:,|,?\s*and|,?\s+along\s+with|,?\s+as\s+well\s+as)\s+"
    r"(?:(?:the|fellow)\s+)?(?:[A-Z][\w’'-]*(?:\.[a-z]+)?\s+(?=[a-z]))?"
    r"(?:(?!(?:of|for|to|who|whose|whom|which)\s)[a-z][\w-]*\s+){0,3}$"
)
# a group named before its subject verb, and the gaps (the first that names anyone) to the
# people it names: "Among those who had their ... were X", "Those who received ... include X"
AMONG_GAPS = (AMONG_GAP, AMONG_OTHERS_GAP)
GROUP_FRONTS = ((AMONG_FRONT, AMONG_GAPS), (THOSE_WHO, (INCLUDE_GAP,)))


def _object_after_gaps(
    f: Found, sentence: str, refs: list[Ref], gaps: tuple[re.Pattern[str], ...]
) -> tuple[Ref, ...]:
    """``object_of`` with the first of ``gaps`` that names someone, or ()."""
    for gap in gaps:
        named = object_of(f, sentence, refs, gap)
        if named:
            return named
    return ()


# A group that opens the sentence with its event, then who they are, in the same sentence:
# "Those released on Tuesday include: X, Y", "The accused, who were charged on Monday, are
# X and Y", "The two men detained on Saturday were named as X and Y", "Those confirmed to
# have been released include X"
GROUP_HEAD = re.compile(
    r"\W*(?:those|the\s+(?:(?:two|three|four|five|six|[\d]+)\s+)?(?:[a-z-]+\s+)?"
    # ... or people of a country: "The two Russians freed are X and Y"
    rf"(?:{GROUP_NOUNS}|men|women|people|persons|(?-i:[A-Z][a-z]+(?:ans|ese|is|ons|ks)\b)))"
    r"\s*(?P<passive>(?<=those\s)(?:(?:confirmed|said|reported|known|believed)\s+to\s+have\s+been\s+)?|"
    r",\s*(?:who|that)\s+(?:were|had\s+been|have\s+been|are)\s+(?:\w+ly\s+)?)?",
    re.I,
)  # "passive": the verb after it cannot be active ("those detained", "who were charged")
# ... or a group named by its event as an adjective: "The pardoned group also includes X",
# "The two detained journalists are X and Y"
ADJECTIVE_HEAD = re.compile(
    r"\W*(?:the|those|all(?:\s+the)?)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\s+)?(?:newly\s+|recently\s+)?",
    re.I,
)
HEAD_NOUN = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:{PERSON_NOUNS}|group|groups)\b(?!['’])",
    re.I,
)
GROUP_IS = re.compile(
    r"^(?![^.;:]*\b(?:not|n['’]t|never)\b)[^.;:]{0,80}?(?:,\s*|\s+)"
    r"(?:are|were|include[sd]?|(?:were|have\s+been|had\s+been)\s+(?:named|identified)\s+as)"
    r"\s*:?\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}?"
    # (past others no one watches listed first: "include journalist A, TV reporter X")
    rf"(?-i:(?:{OTHER_NAME}{ROLE_OF}\s*,\s+(?:[A-Z]{{2,}}\s+)?(?:(?!and\s)[a-z][\w-]*\s+){{0,2}}?)*)$",
    re.I,
)

COURT_OUTCOMES = {
    EventType.ACQUITTED,
    EventType.CHARGES_DROPPED,
    EventType.APPEAL_REJECTED,
    EventType.PAROLE_DENIED,
}
# ... and a new charge added with no "against" ("prosecutors added a new charge of treason,
# his lawyer said"): the case the text goes on with (a charge brought against someone says
# whose: "brought new charges of fraud against 12 people, his lawyer said" is not his)
ONE_PERSON_RULES = frozenset({"charged.added-a-new-charge-of"})


COMPLEMENT_AFTER = re.compile(
    r"\s+(?:of|to)\s+(?!whom\b)", re.I
)  # "convicted X of", "sentenced X to"
DETERMINER = re.compile(r"\s*(?:the|a|an|his|her|their|its|all|him|them)\b", re.I)


# the verbs of a series after a comma: "sentenced X to five years, released Y", "detained
# X, released Y" (but "In Minsk, jailed X was moved": an adjective)
SERIES_TERM = re.compile(
    r"\b(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:years?|months?|weeks?|days?)"
    r"(?:\s+in\s+(?:prison|jail|a\s+(?:penal\s+)?colony))?\s*,\s*$",
    re.I,
)
SERIES_OBJECT = re.compile(r"\b[a-z]+ed\s+(?:[a-z-]+\s+){0,2}$")


# a verdict named with its participle and whom it went to: "the sentence handed down to X",
# "the term imposed on X" (the person right after the preposition, with no auxiliary)
TO_WHOM_OPENS = re.compile(
    r"(?:sentences?|terms?|verdicts?|fines?|penalt(?:y|ies))\s+(?:[a-z]+\s+){1,2}?(?:to|on|against)$",
    re.I,
)


def _object_right_after(f: Found, sentence: str, refs: list[Ref]) -> bool:
    """Whether a name follows the verb at once: "released Y", an active verb's object."""
    return any(
        r.start > f.end and r.kind is RefKind.NAME and sentence[f.end : r.start].isspace()
        for r in refs
    )


# "Judge X sentenced Y", "Prosecutor X charged journalist Y": a name right after the verb,
# past a role in lower case at most, is its object, and the name before it who acts (not a
# headline's "X sentenced")
NAMED_OBJECT_GAP = re.compile(r"\s+(?:(?:the\s+)?(?-i:[a-z])[\w-]*\s+){0,3}?")


def _named_object(f: Found, sentence: str, refs: list[Ref]) -> bool:
    """Whether a watched name follows the verb as its object ("sentenced journalist Y")."""
    after = next((r for r in refs if r.start >= f.end and r.kind is RefKind.NAME), None)
    return (
        after is not None and NAMED_OBJECT_GAP.fullmatch(sentence, f.end, after.start) is not None
    )


def _in_a_series(pre: str, refs: list[Ref]) -> bool:
    """Whether the comma that ends ``pre`` closes an earlier verb's object or term."""
    if SERIES_TERM.search(pre):
        return True
    comma = len(pre.rstrip()) - 1
    return pre[comma : comma + 1] == "," and any(
        r.end == comma and r.kind is RefKind.NAME and SERIES_OBJECT.search(pre, 0, r.start)
        for r in refs
    )


def _has_object(f: Found, sentence: str) -> bool:
    """ "... and overturned the sentence": a verb with an object, not an adjective."""
    words = sentence[f.start : f.end].split(None, 1)
    return bool(DETERMINER.match(words[1] if len(words) > 1 else sentence[f.end : f.end + 8]))


HEADLINE_ADVERB = re.compile(r"\s(?:also|now|again|finally|just)$")
# ... and the others released with the ones named: "X, Y and others freed", "X and two
# other activists jailed"
HEADLINE_OTHERS = re.compile(
    r",?\s+and\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|"
    r"scores)\s+)?others?(?:\s+[a-z]+s)?$"
)
# "President X pardoned 154 people", "X freed dozens of prisoners": a name before an active
# verb with people as its object is who acts, not a headline's "X pardoned"
OTHERS_AS_OBJECT = re.compile(
    r"\s+(?:(?:more\s+than|about|around|nearly|almost|over|some|another)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|thousands|several|many)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?(?:people|persons|"
    r"prisoners|detainees|inmates|convicts|men|women|activists|journalists|protesters|"
    r"demonstrators|opponents|critics|dissidents|others)\b",
    re.I,
)


def _headline(pre: str, refs: list[Ref]) -> bool:
    """A name, then the participle, as headlines write: "Aset Abishev freed on parole",
    "Aset Abishev (a lawyer) arrested in Minsk"."""
    end = len(pre.rstrip())
    also = HEADLINE_ADVERB.search(pre, 0, end)
    if also:  # "wife Y also jailed"
        end = len(pre[: also.start()].rstrip())
    others = HEADLINE_OTHERS.search(pre, 0, end)
    if others:  # "X, Y and others freed": the list before the others
        end = others.start()
    if pre[end - 1 : end] == ")":
        opening = pre.rfind("(", 0, end)
        end = len(pre[:opening].rstrip()) if opening > 0 else end
    return end < len(pre) and any(r.end == end and r.kind is RefKind.NAME for r in refs)


# A digest's entry: a name, what they are between commas, then the participle that is the
# news, with no verb after it: "X, blogger, acquitted on appeal.", "X, a lawyer, sentenced
# to five years" (but "X, a lawyer, jailed in 2019, said ...": an aside of a sentence);
# ... a court listing's age and home: "X, 41, of Bradford, remanded in custody"
DESCRIBED_BEFORE = re.compile(
    r"(?:,\s+(?:\d{1,3}|of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*){1,3},\s*$"
)
VERBLESS_REST = re.compile(r"[^,;:]*$")


def _described_headline(pre: str, refs: list[Ref]) -> bool:
    """A name, what they are between commas, then the participle ("X, blogger, freed")."""
    described = DESCRIBED_BEFORE.search(pre)
    return described is not None and any(
        r.end == described.start() and r.kind is RefKind.NAME for r in refs
    )


REDUCED_GAP = re.compile(
    r"[,:]\s*(?:(?:once|previously|twice|first|later|also|since|already|then|[a-z]+ly)\s+)?$"
)


# ... after the role an apposition gives X: "X, a journalist convicted in the same case,"
# (a role of one or a few words: not "a lawyer for activists", "the lawyer representing")
APPOSED_ROLE = (  # (a country's adjective may open it: "a Kazakh activist")
    r"(?:a|an|the)\s+(?:[A-Z][a-z]+\s+)?(?:(?!(?:of|for|to|with|and|or|who|whose|which|that|in|on|at|by|from|"
    r"whom)\b)[a-z][\w'’-]*(?<!ing)(?<![^s]s)\s+){1,4}"
)
ROLE_REDUCED_GAP = re.compile(rf",\s*{APPOSED_ROLE}$")
APPOSITION_TO_THE_END = re.compile(r"[^,;:\"“”()—–]*")


# a headline's present tense, which no participle is: "Court acquits X, jails Y"
PRESENT_TENSE = re.compile(r"[a-z]*[^\Ws]s\b")


def _reduced_relative(pre: str, refs: list[Ref], verb: str, rest: str = "") -> bool:
    """ "X, sentenced in 2019, ...", "X, once released early, ...": a name, a comma, and the
    participle (after an adverb of time, if any); not a headline's next verb ("Court
    acquits X, jails Y": Y's)."""
    m = REDUCED_GAP.search(pre)  # "X, sentenced in 2019", "X and Y: sentenced"
    role = m is None and ROLE_REDUCED_GAP.search(pre)  # "X, a journalist convicted in ...,"
    if role:
        m = role  # ... only of a subject that opens the sentence: not "the trial of X, a ...
        # , opened"; or of a name whose description ends the sentence ("pointed to the case
        # of X, an activist extradited from Poland in 2024.")
        if not APPOSITION_TO_THE_END.fullmatch(rest):
            refs = [r for r in refs if not pre[: r.start].strip(" \"'“‘")]
    return (
        m is not None
        and any(r.end == len(pre[: m.start()].rstrip()) for r in refs)
        and not PRESENT_TENSE.match(verb)
    )


# a relative clause closed before the verb: what it says of others is not the subject (after
# an age or a description of the subject: "X, the paper's correspondent, who is no relation
# of the judge, was acquitted")
CLOSED_WHO = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s+[^,;]{1,60}?,\s*)?who(?:se|m)?\b[^,;]*,"
    r"(?=\s*(?:(?:was|were|has|have|had|is|are)\b|$))",
    re.I,
)


# "X and her husband were detained": a subject of the person and a relative, both of them
WITH_A_RELATIVE = re.compile(
    r"^\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?[\w-]+\s+(?=(?:were|are|have)\b)", re.I
)


# "X, alongside his son, was detained", "X, together with her lawyer, was": X, with them
ALONG_WITH_ASIDE = re.compile(
    r"^\s*,\s*(?:along\s+with|together\s+with|alongside|with)\s+(?:his|her|their)\s+"
    r"[^,;]{1,40},(?=\s*(?:was|were|had|has|is|are)\b)",
    re.I,
)


# "X, his lawyer said, was detained", "X, according to her lawyer, was", "X, she told
# reporters, was", "X, as his friends call him, was": an aside that says who tells it or
# who names X so, between the subject and its verb; not "X, his brother, was detained"
SPEECH_ASIDE = re.compile(
    r",\s*(?:according\s+to\s+[^,;:.()]{1,40}?"
    r"|as\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:call|calls|called|know|knows|"
    r"knew)\s+(?:him|her|them)"
    r"|(?:he|she|they|(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    rf"(?:{SPEECH}|claimed|alleged|insisted)(?:\s+(?:reporters|journalists|the\s+court))?"
    r")\s*,\s*(?:(?:has|have|had)\s+)?$",
    re.I,
)


def _speech_aside(
    f: Found, sentence: str, before: list[Ref], aux: re.Match[str] | bool | None = True
) -> tuple[int, int] | None:
    """Where an aside ("X, his mother said, was beaten") lies between the subject before
    it and the verb, or None; ``aux``: ``AUX.search(sentence[: f.start])``, when the caller
    has it (True: not read yet)."""
    if aux is True:
        aux = AUX.search(sentence, 0, f.start)
    if not isinstance(aux, re.Match) or "," not in sentence[max(0, aux.start() - 80) : aux.start()]:
        return None  # (a cheap test first)
    m = SPEECH_ASIDE.search(sentence, max(0, aux.start() - 80), aux.start())
    if m is None or not any(r.end == m.start() for r in before):
        return None
    return m.start(), m.end()


# A verb chained by "and" to the subject's own clause, however long, past a speech aside:
# "X returned to the capital in March to visit his ailing mother, days before what the
# authorities called a plot, and was arrested", "X had previously been sent to a punishment
# cell, his lawyer said, and in 2024 spent 12 days on hunger strike". The subject opens the
# sentence (or follows a short fronted phrase) and its own verb comes right after it (not
# "X's brother returned ..., and was detained"); nothing after "and" names another subject.
_OWN_PAST = (
    r"(?:[a-z]+ed|went|flew|came|drove|rode|wrote|spent|left|took|gave|made|met|ran|sent|got|"
    r"saw|spoke|began|became|stood|sat|kept|found|brought|sought|fought|lost|won|paid|set|put|"
    r"read|led|fell|rose|broke|chose|drew|grew|knew|threw|wore|told)"
)
OWN_CLAUSE = re.compile(
    r"\s+(?:(?:\w+ly|also|then|later|once|had|has|have|been|previously)\s+)*"
    rf"{_OWN_PAST}\b[^;:.!?\"“”()]{{0,240}}?"
)
CHAINED_TAIL = re.compile(
    r",\s+(?:(?:he|she|they|(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    rf"(?:{SPEECH}|claimed|alleged|insisted)\s*,\s+)?and\s+(?:(?:then|later|also)\s+)?"
    r"(?:(?:in|on|since)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"|(?:spent|went|began|started|staged|launched|declared)\s+(?:[\w-]+\s+){0,3}?)$",
    re.I,
)
SENTENCE_OPENING = re.compile(r"\W*(?:[^,;:]{1,40},\s*)?")


def _chained_to_own_clause(f: Found, sentence: str, before: list[Ref]) -> Ref | None:
    """The subject that opens the sentence, when ``f`` is chained by "and" to its own
    clause (``CHAINED_TAIL``, ``OWN_CLAUSE``), or None."""
    subject = before[0]
    if not SENTENCE_OPENING.fullmatch(sentence, 0, subject.start):
        return None
    at = sentence.rfind(",", subject.end, f.start)
    while at > subject.end:
        tail = CHAINED_TAIL.fullmatch(sentence, at, f.start)
        if tail:
            break
        at = sentence.rfind(",", subject.end, at)
    else:
        return None
    if not OWN_CLAUSE.fullmatch(sentence, subject.end, at):
        return None
    return subject


# After a comma, a subject of its own before the verb: a noun phrase opened by a quantifier
# or a possessive and not closed by a comma ("Following the jailing of X, several other
# musicians left the country", "After X's arrest, dozens of reporters fled", "X was held, his
# brother fled"), not an aside of X's ("X, his lawyer said, fled"; "X, the editor, fled")
SUBJECT_OF_ITS_OWN = re.compile(
    # (after the name's own time or place: "After the arrest of X in 2022, dozens ...")
    r"(?:\s+(?:in|on|at|during|last|this)\s+[^,;:]{1,30}?)?\s*,\s+(?:several|many|some|other|others|dozens|hundreds|thousands|most|few|numerous|"
    r"his|her|their|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?=\s+(?:other\s+)?[a-z]+s\b))"
    r"(?:\s+(?!(?:who|whom|which|that|said|says|told|was|were|is|are|has|have|had)\b)[a-z][\w'’-]*){0,4}"
    r"\s+(?:(?:have|has|had|were|was|are|is|also|later|then|\w+ly)\s+)*"
)


# ... a clause of their own at the end, after a comma: "While X was freed, numerous others
# were sentenced", "X was released, but the others were charged" (not "X, Y, and others
# were charged", nor "X, like many others, was charged")
OTHERS_OWN_CLAUSE = re.compile(
    r",\s+(?:(?:but|while|whereas|yet)\s+)?(?:(?:numerous|many|several|some|most|the|all\s+the|"
    r"(?:dozens|hundreds|scores)\s+of)\s+)?others\s+(?:(?:have|has|had|were|was|are|is|also|"
    r"later|then|\w+ly)\s+)*$",
    re.I,
)


# "X thanked his supporters after being released": a participle with no subject of its
# own after "after being", "before being", "upon being" is the main clause's subject's
AFTER_BEING = re.compile(
    r"\b(?:after|before|upon|on|since|despite|following|without|until)\s+"
    r"(?:being|having\s+been|getting)\s+(?:\w+ly\s+)?$",
    re.I,
)
# ... with no clause of another subject between: "X said Y smiled after being freed"
OTHER_CLAUSE = re.compile(rf"[;:]|\s[—–]\s|\b(?:that|who|whom|which|{_REPORTING_WORDS})\b", re.I)


def _after_being(f: Found, sentence: str, before: list[Ref]) -> tuple[Ref, ...]:
    """The main clause's subject, of a participle after "after being" (``AFTER_BEING``)."""
    being = AFTER_BEING.search(sentence, max(0, f.start - 40), f.start)
    if being is None:
        return ()
    main = before[0]
    if main.kind is not REF_NAME and main.start > 0 and sentence[: main.start].strip():
        return ()
    if not SENTENCE_OPENING.fullmatch(sentence, 0, main.start):
        return ()  # "The wife of X ...", "Police told X ...": not X
    if RELATION_AFTER.match(sentence, main.end) or OTHER_CLAUSE.search(
        sentence, main.end, being.start()
    ):
        return ()  # "X's wife ...", "X said that Y ...": someone else's
    group = [main]
    for ref in before[1:]:
        if not LIST_GAP.match(sentence[group[-1].end : ref.start]):
            break
        group.append(ref)
    return tuple(group)


def _subject(
    f: Found, sentence: str, refs: list[Ref], aux: re.Match[str] | bool | None = True
) -> tuple[Ref, ...]:
    """The subject before the verb ``f``; ``aux`` as ``_speech_aside`` has it."""
    before = [r for r in refs if r.end <= f.start and r.kind in SUBJECT_KINDS]
    if not before:
        return ()
    if f.rule.form is FORM_VERB and "being" in sentence[max(0, f.start - 40) : f.start]:
        main = _after_being(f, sentence, before)
        if main:
            return main
    if f.rule.form is not FORM_NOUN and "," in sentence[before[0].end : f.start]:
        chained_to = _chained_to_own_clause(f, sentence, before)
        if chained_to is not None:  # "X returned ... to visit his mother, ..., and was arrested"
            return (chained_to,)
    told = _speech_aside(f, sentence, before, aux)
    if told is not None:  # "X, his mother said, was beaten": X
        before = [r for r in before if r.end <= told[0]]
    nearest = before[-1]
    gap = sentence[nearest.end : f.start] if told is None else " " + sentence[told[1] : f.start]
    if RAISED.fullmatch(gap):
        return (nearest,)  # "X is said to have been beaten": X
    if f.rule.form is FORM_SUBJECT and SUBJECT_OF_ITS_OWN.fullmatch(gap):
        return ()  # "Following the jailing of X, several other musicians left": the musicians
    if OTHERS_OWN_CLAUSE.search(gap):
        return ()  # "X was freed on Monday, but numerous others received jail terms": others
    if len(before) > 1 and gap.lstrip().startswith(","):
        owner = _apposition_owner(sentence, before)
        if owner is not None:  # "X, son of Y, was sentenced": X
            before = before[: before.index(owner) + 1]
            nearest = owner
    if len(before) > 1:  # "X, whose brother Y was arrested, was released": X
        for i, ref in enumerate(before[:-1]):
            closed = CLOSED_WHO.match(sentence[ref.end : f.start])
            if closed and ref.end + closed.end() > nearest.end and not CLOSED_WHO.match(gap):
                before, nearest = before[: i + 1], ref
                gap = sentence[nearest.end : f.start]
                break
    aside = COMPANION_ASIDE.search(sentence, 0, nearest.start) if nearest.kind is REF_NAME else None
    if aside and COMPANION_ASIDE_END.match(gap):  # "Y, detained with X in May, was freed": Y
        held_with = [r for r in before[:-1] if r.end == aside.start()]
        if not held_with:
            return ()  # ... whom no one watches
        before, nearest = before[: before.index(held_with[-1]) + 1], held_with[-1]
        gap = sentence[nearest.end : f.start]
    but = BUT.search(gap)
    if but and (SAME_SUBJECT.fullmatch(gap, but.end()) or BUT_PASSIVE.fullmatch(gap, but.end())):
        gap = gap[: but.start()]  # "X was not charged but was released": still X
    if (
        (
            CLAUSE_BREAK.search(gap)
            and not (
                LABEL_GAP.fullmatch(gap) or DASH_WHO.match(gap) or DASH_APPOSITION.fullmatch(gap)
            )
        )
        or (
            # "X, who was held with her son, was", but "X and her husband were": both
            RELATION.search(
                WITH_A_RELATIVE.sub(
                    " ", ALONG_WITH_ASIDE.sub(" ", unclosed := CLOSED_WHO.sub(" ", gap))
                )
            )
            and not (f.rule.form is FORM_NOUN and WHOSE_OWN.fullmatch(gap))
        )
        # "X said ... was detained", but not a closed aside's verb: "X, who reported on
        # officials, was detained", "X, a reporter who wrote about the army, was detained"
        # are X's arrest
        or (
            REPORTING.search(gap)
            # (``unclosed``, read in the test before: the gap without its closed asides)
            and (unclosed == gap or REPORTING.search(unclosed))
            and not _closed_description(gap)
        )
    ):
        return ()
    head = sentence[: nearest.start] if nearest.kind is REF_NAME else ""
    if THING_OWNED.match(gap) or (
        head and AUXILIARIES_ONLY.fullmatch(gap) and THINGS_BEFORE.search(head)
    ):
        return ()  # "emails with X were released", "X's diaries were released": the things
    if head and REDESCRIBED_WHO.fullmatch(gap):
        head = ""  # "the brother of X, the activist who died in 2022": X, described again
    if head and PRISONER_WHO.match(sentence, nearest.end, f.end + 80) and WHO_OPENS.fullmatch(gap):
        head = ""  # "The mother of X, who died in prison on Sunday, said": X died
    if gap.strip() == "," and _many_around(head):
        head = ""  # "Lawyers for X, sentenced on 2 October, filed an appeal": X's sentence
    if head.rstrip().lower().endswith(("of", "for", "to")) and RELATION_BEFORE.search(head):
        return ()  # "the lawyer of X": only after "of", "for" or "to" (a cheap test first)
    if RELATION_HEADS.match(head):
        return ()  # "The wife of jailed activist X was detained": the wife (but "The wife of
        # X said he was detained": the pronoun is X)
    if gap.lstrip().startswith(",") and RELATION_APPOSITION.search(head):
        return ()  # "Y, son of jailed politician X, was sentenced": Y, whom no one matched
    if gap.lstrip().startswith(")") and RELATION_IN_BRACKETS.search(head):
        return ()  # "Y (son of party chairman X) was freed": Y, whom no one matched
    object_clause = None
    if WHO_WORD.search(gap) and not (
        APPOSITIVE_WHO.match(gap)
        or LIST_WHO.match(gap)
        or CLOSED_WHO.match(gap)  # "X, the paper's correspondent, who is ..., was"
        or _described_who(gap)
        or (object_clause := OBJECT_CLAUSE_AND.fullmatch(gap))
    ):
        return ()  # "she attended a funeral for a girl who died": the girl died
    group = [nearest]
    for ref in reversed(before[:-1]):
        between = sentence[ref.end : group[0].start]
        # "X, who founded it, and her colleague Y were freed", "X, a nurse, and Y were"
        if not LIST_GAP.match(between) and (
            # (not for the verb of the last one's own clause: "X, who fled, and Y, who is
            # accused of treason": Y's)
            WHO_WORD.search(gap)
            or not (WHO_LIST_GAP.match(between) or APPOSED_LIST_GAP.match(between))
        ):
            break
        group.insert(0, ref)
    if object_clause is not None and object_clause.group("they") and len(group) < 2:
        return ()  # "X received a term that the court cut, and they were freed": others
    return tuple(group)


# "X and Y received terms that the court suspended, and they were freed": a relative clause
# of the verb's object, closed by ", and", then the subject's next verb (with "they" for a
# subject of several): still the subject's (not "X wrote about a man who was detained", nor
# after a description, "X, a reporter who was detained, and ...")
OBJECT_CLAUSE_AND = re.compile(
    r",?\s+(?!(?:a|an|the|his|her|their|who|whom|whose|which|that)\s)[a-z][\w'’-]*\s[^,;:]*?"
    r"\b(?:that|which|who|whom)\b[^,;:]*,\s*and\s+"
    r"(?:(?P<they>they)\s+)?(?:(?:was|were)\s+)?(?:(?:\w+ly|also|later|then)\s+)*",
    re.I,
)


# What a person wrote, said or is shown in, that is released, published or seized in their
# place: "emails with X were released", "letters written by X were released", "recordings of
# X", "court documents in the case of X", "X's prison diaries"
_THINGS = (
    r"(?:files?|documents?|e-?mails?|communications?|correspondence|letters?|messages?|texts|"
    r"recordings?|tapes?|videos?|photos?|photographs?|pictures?|images?|transcripts?|papers|"
    r"records|memos?|notes|diar(?:y|ies)|footage|archives?|testimon(?:y|ies)|memoirs?|poems?)"
)
THINGS_BEFORE = re.compile(
    rf"\b{_THINGS}\s+(?:(?!(?:was|were|is|are|has|have|had|been|be)\b)[\w'’-]+\s+){{0,3}}?"
    r"(?:of|with|about|on|from|by|between|concerning|"
    r"involving|to)\s+(?:(?!\b(?:was|were|is|are|has|have|had|been|who|which|that)\b)[^.;:])*$",
    re.I,
)
# the name's own verb follows it at once, or after where the things came from: "...,
# were released", "... from prison were released"
AUXILIARIES_ONLY = re.compile(
    r"\s*,?\s*(?:(?:from|in|at|inside|during)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:(?:has|have|had|was|were|is|are|been|being|also|later|then|since|\w+ly)\s+)*"
)
THING_OWNED = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_THINGS}\b", re.I)


# "Lawyers for X, sentenced on 2 October, filed an appeal", "Relatives of X, jailed in 2023,
# protested": an aside right after X, under a head of several people around X, is X's (but
# "The wife of X, detained on Monday, was freed" is left to the wife)
MANY_AROUND = re.compile(
    rf"\W*(?:(?:the|his|her|their)\s+)?(?:[\w'’-]+\s+)?(?P<who>{PEOPLE_BEFORE_OF})\s+"
    r"(?:of|for|to)\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)


def _many_around(head: str) -> bool:
    """Whether ``head``, the words before a name, is several people around the named one
    ("Lawyers for", "Relatives of the jailed poet")."""
    m = MANY_AROUND.match(head)
    if m is None:
        return False
    word = m.group("who").lower()
    return word in SINGULARS or (word.endswith("s") and not word.endswith("ss"))


def _described_who(gap: str) -> bool:
    described = (
        DESCRIBED_WHO.match(gap)
        or CLOSED_DESCRIBED_WHO.match(gap)
        or CLOSED_DESCRIBED_THAT.match(gap)
        or DESCRIBED_BODY_WHO.match(gap)
        or DESCRIBED_FROM_WHO.match(gap)
    )
    return described is not None and not PERSON_IN_IT.search(gap, 0, described.end())


def _closed_description(gap: str) -> bool:
    """Whether ``gap`` is a description of the name before it with its own relative clause,
    closed by a comma before the verb ("X, a reporter who wrote about the army, was"), of
    no other person ("X, a friend of the journalist Y who wrote ..." is not)."""
    return CLOSED_DESCRIBED_WHO.match(gap) is not None and not PERSON_IN_IT.search(gap)


# "X, son of Y, ...", "X, a lawyer for Y, ...": Y only qualifies X, who is the subject
APPOSITION_OF = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of|for|to|at|with)\s+"
    r"(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)


def _apposition_owner(sentence: str, before: list[Ref]) -> Ref | None:
    """The name an apposition that holds the last name belongs to, if any."""
    nearest, previous = before[-1], before[-2]
    if previous.kind is not RefKind.NAME or nearest.kind is not RefKind.NAME:
        return None
    return previous if APPOSITION_OF.match(sentence, previous.end, nearest.start) else None


# "arrested a prominent cleric, Archbishop X": a description, then the name after a comma;
# also "another member of the group, the environmental activist X": a description again
# ... or a counted group, then who they are: "released two well-known journalists, X and Y"
# (not a term or a sum: "two years, X")
APPOSED_OBJECT = re.compile(
    r"^\s*(?:(?:a|an|the|another)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+"
    rf"|(?:the\s+)?{_COUNT}\s+(?:{_PLAIN_WORD}){{0,3}}?(?!{_NOT_A_GROUP})[a-z][\w'’-]*s)"
    r",\s+(?:(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){1,3})?(?:[A-Z][\w'’-]*\.?\s+){0,2}$"
)


# "sentenced reporter Y Z to eight years and acquitted editor X": the verb's object is the
# one named before the next verb, whose own object X is (not "detained Y Z and the wounded X")
OBJECT_THEN_VERB = re.compile(
    r"(?-i:[A-Z])[\w'’-]*\s[^,;]*?\b(?:and|then)\s+(?:\w+ly\s+)?[a-z]+ed\s+"
    r"(?:(?!(?:the|a|an|his|her|their)\s)[a-z][\w-]*\s+){0,3}$",
    re.I,
)


def object_of(
    f: Found, sentence: str, refs: list[Ref], gaps: re.Pattern[str] | None = None
) -> tuple[Ref, ...]:
    after = [r for r in refs if r.start >= f.end and r.kind in OBJECT_KINDS]
    if not after:
        return ()
    gap = sentence[f.end : after[0].start]
    if gaps is None and OBJECT_THEN_VERB.search(gap):
        return ()
    if not (gaps or OBJECT_GAP).match(gap) and not (
        gaps is None
        and (
            APPOSED_OBJECT.match(gap)
            or RELATION_NAMED.match(gap)
            or (
                OTHERS_FIRST_GAP.match(gap)
                and not OWN_VERB_AFTER.match(sentence, listed(sentence, after)[-1].end)
            )
        )
        and not FRONTED_SPEAKER.match(sentence, after[0].end)
    ):
        return ()
    relation_before = RELATION.search(gap + " ")
    if (
        relation_before
        and not RELATION_NAMED.match(gap)
        and not (gaps is DASH_LIST_GAP and PLURAL_LISTED.match(gap, relation_before.end() - 1))
        and not (
            gaps is COUNTED_LIST_GAP and COUNTED_RELATION.search(gap, 0, relation_before.end())
        )
    ):
        return ()  # "detained his brother": not X; but "his brother, X": X
    if RELATION_BEFORE.search(gap) or RELATION_BEFORE_DESCRIBED.search(gap):
        return ()  # "detained the lawyer of X", "the brother of exiled journalist X"
    owned = RELATION_AFTER if after[0].kind is REF_NAME else RELATION_AFTER_OWNER
    relation = owned.match(sentence, after[0].end)
    if relation:  # "detained X's lawyer", "her son": the lawyer, unless named ("X's brother Y")
        named = [r for r in after[1:] if r.start == relation.end() and r.kind is REF_NAME]
        if not named:
            return ()
        after = named
    group = listed(sentence, after)
    while len(group) > 1 and SPEAKS_AFTER.match(sentence, group[-1].end):
        group.pop()  # "pardoned X, his lawyer Y said": Y tells it
    return tuple(group)


SPEAKS_AFTER = re.compile(rf"\s+(?:{SPEECH}|argued|noted)\b", re.I)


def listed(sentence: str, after: list[Ref]) -> list[Ref]:
    """``after[0]`` and the references listed right after it: "X, Y and Z"."""
    group = [after[0]]
    for ref in after[1:]:
        if ref.kind in OWNER_KINDS and RELATION_AFTER_OWNER.match(sentence, ref.end):
            continue  # "X for six years and her colleague Y": "her" only says whose
        if ref.kind is REF_NAME and RELATION_AFTER.match(sentence, ref.end):
            continue  # "detained X and Y's son": the son, whom no one watches
        gap = sentence[group[-1].end : ref.start]
        if (
            not LIST_GAP.match(gap)
            and not (TERM_LIST_GAP.match(gap) and TERM_NEXT.match(sentence, ref.end))
            and not APPOSED_LIST_GAP.match(gap)
            and not DATED_LIST_GAP.match(gap)
            and not (
                (WHO_LIST_GAP.match(gap) or PARTICIPLE_LIST_GAP.match(gap))
                and ENTRY_ENDS.match(sentence, ref.end)
            )
            and not (
                SEMICOLON_LIST_GAP.match(gap)
                and SEMICOLON_LIST_ENDS.search(sentence, group[-1].end)
                and not OWN_VERB_AFTER.match(sentence, ref.end)
            )
        ):
            break
        group.append(ref)
    return group


# "freed economist A, a former adviser to the prime minister; envoy B and her husband C,
# who lives in Yangon; and filmmaker D": a list set off by semicolons, each entry with a
# description of any length (commas and all), the last opened by "; and" (not a clause of
# its own after a semicolon: "A was freed; police detained B" has no "; and" to end it)
SEMICOLON_LIST_GAP = re.compile(
    r"^(?:\s*,\s+[^;:()\"“”]{1,120}?)?\s*;\s+(?:and\s+)?"
    r"(?!(?:who|whose|whom|which|he|she|they|it|its|his|her|their|the|a|an|this|that|"
    r"there|but|then)\b)"
    rf"{_ROLE_BEFORE}$"
)
SEMICOLON_LIST_ENDS = re.compile(r";\s+and\s")


# "freed X, a former councillor serving eight years, and Y": each named with a description
APPOSED_LIST_GAP = re.compile(
    r"^\s*,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,;:()\"“”]{1,120}?,\s+and\s+$"
)


# "Among those detained were A, who was covering the protest, and B, a student": a relative
# clause of any verb closed by commas, then the next entry, with or without "and" ("A, who
# runs a blog, B"), which ends at a comma, the sentence's end or a preposition ("took A,
# who chairs it, and his deputy B into custody"; not "detained A, who was later freed, and
# B said ...": B's own clause); the clause may be of "whose" ("freed A, whose case drew
# wide attention, and B"), and the next entry may open with a role in lower case ("and
# writer B", "and his deputy B": B, named)
WHO_LIST_GAP = re.compile(
    r"^\s*,\s+(?:who|whose)\s+[a-z][\w-]*\s+"
    r"[^,;:()\"“”]{1,120}?,\s+(?:and\s+)?"
    r"(?:(?!(?:its|then|also|later|now|was|were|is|are|had|has)\b)[a-z][\w-]*\s+){0,2}$"
)
ENTRY_ENDS = re.compile(r"\s*(?:[,.;]|$)|\s+(?:into|under|on|in|at|for|to)\s")
# ... or a participle aside of the entry's own: "Freed on Wednesday: A, released from the
# colony after five years, and B", "Sentenced: A, given four years on Monday, and B" (not
# a verb of speech: "A, reported ..., and"; nor a verb of its own after "and": "released A,
# arrested in May, and detained B")
PARTICIPLE_LIST_GAP = re.compile(
    rf"^\s*,\s+(?!(?:{_REPORTING_WORDS})\b)"
    # (or a present participle: "A, receiving ten years, and B"; not one of speech)
    r"(?:[a-z]+(?:ed|en)|held|sent|put|kept|freed|let|"
    r"(?!(?:saying|telling|adding|claiming|noting|stating|writing)\b)[a-z]{2,}ing)"
    r"\s+[^,;:()\"“”]{1,120}?,\s+and\s+$"
)


# "sentenced X to six years, Y to five years and Z to four", "jailed X for six years and
# her colleague Y for four": each object with its own term (the relative is then named)
_A_TERM = r"\s+(?:to|for)\s+(?:[\w-]+\s+){0,4}?(?:years?|months?|weeks?|days?)\b"
TERM_LIST_GAP = re.compile(
    rf"^{_A_TERM}(?:\s+in\s+[\w\s-]{{1,20}}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?)?$"
)
TERM_NEXT = re.compile(rf"{_A_TERM}|\s+(?:to|for)\s+[\w-]+(?=\s*[,.;]|\s+(?:each|and)\b)")


def _possessor(f: Found, sentence: str, refs: list[Ref]) -> list[Ref]:
    for ref in reversed([r for r in refs if r.end <= f.start]):
        gap = sentence[ref.end : f.start]
        if ref.kind in OWNER_KINDS and re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}?", gap):
            return [ref]
        if ref.kind is RefKind.NAME and WHOSE_OWN.fullmatch(gap):
            return [ref]  # "X, whose appeal was rejected": X's appeal
        if ref.kind is RefKind.NAME and POSSESSIVE_GAP.match(gap):
            owners = [ref]
            joint = False  # a bare "and" seen: "X and Y's sentences", "X, Y and Z's"
            for other in reversed([r for r in refs if r.end <= ref.start]):
                if other.kind is not RefKind.NAME:
                    break
                if OWNERS_JOINED.fullmatch(sentence, other.end, owners[0].start):
                    owners.insert(0, other)  # "X's and Y's appeal": both
                elif (JOINT_OWNERS if joint else JOINT_LAST).fullmatch(
                    sentence, other.end, owners[0].start
                ):
                    joint = True
                    owners.insert(0, other)  # "X and Y's sentences were cut": both
                else:
                    break
            return owners
    return []


OWNERS_JOINED = re.compile(r"['’]s?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)", re.I)
# ... owners of one thing, the last alone marked: "X and Y's", then "W, X and Y's"
JOINT_LAST = re.compile(r"\s*,?\s+and\s+", re.I)
JOINT_OWNERS = re.compile(r"\s*,\s*", re.I)


# "cut his sentence to six years", "converted the rest of his sentence into a fine": the
# owner of the sentence a court changed
OWNER_GAP = re.compile(r"\s+(?:(?:the\s+)?(?:rest|remainder|balance)\s+of\s+)?")
OWN_SENTENCE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:sentences?|terms?)\b", re.I)


def _sentence_owner(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    if not (f.rule.changes_sentence or f.rule.type is EventType.PAROLE_GRANTED):
        return ()  # a term cut, or turned into a milder one
    after = [r for r in refs if r.start >= f.end]
    if (
        after
        and after[0].kind in OWNER_KINDS
        and OWNER_GAP.fullmatch(sentence, f.end, after[0].start)
        and OWN_SENTENCE.match(sentence, after[0].end)
    ):
        return (after[0],)
    return ()  # "reduced his brother's sentence": the brother's


# "her" that owns what follows: a word of its own after it ("her predecessor", "her two
# sons"), not "the arrest of her on Monday", "of her and her husband"
HER_OWNS = re.compile(
    rf"\s+(?!(?:{'|'.join(sorted(FUNCTION_WORDS | CALENDAR))})\b)[a-z][\w-]*\b(?!['’])"
)
# ... and the name of what she owns, right after it: "her predecessor, the late X"
OWNED_NAMED = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?:\s*,\s*|\s+)(?:the\s+(?:late\s+)?)?"
)


def _noun_object(f: Found, sentence: str, refs: list[Ref]) -> list[Ref]:
    after = [r for r in refs if r.start >= f.end and r.kind in OBJECT_KINDS]
    if (
        not after
        or RELATION_BEFORE.search(sentence[f.end : after[0].start])
        or RELATION_BEFORE_DESCRIBED.search(sentence, f.end, after[0].start)
        or RELATION_OF.search(sentence, f.end, after[0].start)
        or RELATION_AFTER.match(sentence, after[0].end)
    ):
        return []  # "the arrest of the lawyer of X", "the arrest of X's lawyer", "the trial of
        # the wife of the opposition leader, X"
    gap = sentence[f.end : after[0].start]
    if after[0].kind is REF_HER and HER_OWNS.match(sentence, after[0].end):
        # "the death of her predecessor", "the arrest of her husband, X": the event of the
        # one she owns (named after it, or no one watched), not hers
        named = [r for r in after[1:] if r.kind is REF_NAME]
        if named and OWNED_NAMED.fullmatch(sentence, after[0].end, named[0].start):
            return listed(sentence, named) if NOUN_OWNER.match(gap) else []
        return []
    if NOUN_OWNER.match(gap):
        return listed(sentence, after)
    if COUNTED_OWNER.match(gap):
        group = listed(sentence, after)
        if len(group) > 1 and not SPEAKS_AFTER.match(sentence, group[-1].end):
            return group  # (not those who tell it: "the arrest of two men, X and Y said")
    return []


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
FORM_NOUN = Form.NOUN
FORM_SUBJECT = Form.SUBJECT
FORM_VERB = Form.VERB
REF_HER = RefKind.HER
REF_NAME = RefKind.NAME
REF_OBJECT = RefKind.OBJECT
REF_PRONOUN = RefKind.PRONOUN
TYPE_HOUSE_ARREST = EventType.HOUSE_ARREST
TYPE_HUNGER_STRIKE = EventType.HUNGER_STRIKE
TYPE_RELEASED = EventType.RELEASED

guard_patterns(globals())  # the same matches, skipping fast to where one can start
