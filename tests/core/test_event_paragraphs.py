"""Whole short news paragraphs, written the way NGO press releases and wire summaries
write them, each with the events a reader would label (issue 14). The people and the
stories are made up; the paragraphs were written before looking at how the rules read
them, so that they test phrasings the rules were not fitted to.

Labels follow the event table: a fine is a sentence, a parole is not also a release, an
appeal court that changes a term but keeps the conviction rejected the appeal, an event
more than about a month before publication is background.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [
    Person("baimukhanov", "Ruslan Baimukhanov"),
    Person("karimova", "Dilnoza Karimova"),
    Person("alvarez", "Tomas Alvarez"),
    Person("osei", "Kwame Osei"),
    Person("nazarova", "Farida Nazarova"),
    Person("okafor", "Samuel Okafor"),
    Person("hasanova", "Leyla Hasanova"),
    Person("thanh", "Nguyen Van Thanh"),
    Person("zhunusov", "Arman Zhunusov"),
    Person("vasquez", "Elena Vasquez"),
    Person("tursunov", "Bakhrom Tursunov"),
]
PUBLISHED = datetime(2025, 6, 12, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED, title="Rights news")


PARAGRAPHS: list[tuple[str, str, Events]] = [
    (
        "ngo-call-after-arrest",
        "Kazakh authorities should immediately release the activist Ruslan Baimukhanov, who "
        "was detained in Almaty on June 10 after posting a video criticising the governor. "
        "Baimukhanov, 41, faces up to seven years in prison if convicted.",
        {("baimukhanov", "detained", True)},
    ),
    (
        "wire-dateline-sentence",
        "ALMATY, June 11 (Reuters) - A court in Kazakhstan on Wednesday sentenced opposition "
        "journalist Dilnoza Karimova to five years in a penal colony, her lawyer said.",
        {("karimova", "sentenced", True)},
    ),
    (
        "term-served-then-old-arrest",
        "Tomas Alvarez walked free on Tuesday after serving his full term, his family said. "
        "Alvarez was arrested in 2021 during protests in Managua.",
        {("alvarez", "released", True), ("alvarez", "detained", False)},
    ),
    (
        "parole-granted-and-left",
        "A district court in Perm granted parole to Arman Zhunusov on Monday, and he left the "
        "colony the same evening.",
        {("zhunusov", "parole_granted", True)},
    ),
    (
        "parole-refused",
        "On Tuesday the court refused to release Farida Nazarova on parole, saying she had not "
        "shown remorse.",
        {("nazarova", "parole_denied", True)},
    ),
    (
        "pardon-decree",
        "The president on Wednesday signed a decree pardoning the jailed blogger Bakhrom "
        "Tursunov, his lawyer said.",
        {("tursunov", "pardoned", True)},
    ),
    (
        "death-after-transfer",
        "Leyla Hasanova, a 58-year-old human rights defender, died in a prison hospital on "
        "Sunday, three days after she was transferred there from a penal colony, her lawyer "
        "said.",
        {("hasanova", "died", True), ("hasanova", "transferred", True)},
    ),
    (
        "left-the-country",
        "Journalist Samuel Okafor has left the country after police raided his home on "
        "Saturday, his colleagues said.",
        {("okafor", "fled", True)},
    ),
    (
        "acquitted-by-court",
        "A court in Tbilisi on Thursday acquitted the opposition politician Tomas Alvarez of "
        "organising mass disorder.",
        {("alvarez", "acquitted", True)},
    ),
    (
        "charges-dropped-and-freed",
        "Prosecutors dropped all charges against Dilnoza Karimova on Monday, and she was "
        "released from pretrial detention the same day.",
        {("karimova", "charges_dropped", True), ("karimova", "released", True)},
    ),
    (
        "final-appeal-rejected",
        "The Supreme Court on Tuesday upheld the ten-year sentence of Ruslan Baimukhanov, "
        "rejecting his final appeal.",
        {("baimukhanov", "appeal_rejected", True)},
    ),
    (
        "appeal-court-reduced-term",
        "An appeals court on Monday reduced the prison term of Arman Zhunusov from eight to "
        "six years but upheld his conviction for extremism.",
        {("zhunusov", "appeal_rejected", True)},
    ),
    (
        "hunger-strike-since",
        "The jailed activist Farida Nazarova has been on hunger strike since June 2 to protest "
        "her conditions, her daughter said.",
        {("nazarova", "hunger_strike", True)},
    ),
    (
        "beaten-after-transfer",
        "Kwame Osei told his lawyer that guards beat him after he was transferred to a "
        "maximum security prison last week.",
        {("osei", "ill_treatment", True), ("osei", "transferred", True)},
    ),
    (
        "state-media-arrest",
        "Police in Hanoi arrested the blogger Nguyen Van Thanh on Saturday for abusing "
        "democratic freedoms, state media reported. He faces up to seven years in prison.",
        {("thanh", "detained", True)},
    ),
    (
        "trial-opened-long-after-arrest",
        "The trial of Samuel Okafor and three other journalists opened in Abuja on Wednesday, "
        "more than a year after their arrest.",
        {("okafor", "trial", True), ("okafor", "detained", False)},
    ),
    (
        "two-women-fined-one-released",
        "Dilnoza Karimova and her colleague Leyla Hasanova were detained at the rally on "
        "Saturday. Hasanova was later fined for taking part. She was released on Monday.",
        {
            ("karimova", "detained", True),
            ("hasanova", "detained", True),
            ("hasanova", "sentenced", True),
            ("hasanova", "released", True),
        },
    ),
    (
        "bare-year-then-news",
        "In 2019 Ruslan Baimukhanov was arrested for organising a protest. On Monday he was "
        "arrested again, his wife said.",
        {("baimukhanov", "detained", False), ("baimukhanov", "detained", True)},
    ),
    (
        "lawyer-of-someone-detained",
        "Elena Vasquez, a lawyer for Samuel Okafor, was detained on Tuesday as she left the "
        "courthouse.",
        {("vasquez", "detained", True)},
    ),
    (
        "bail-and-left-prison",
        "Kwame Osei was granted bail on Friday and left prison the same day.",
        {("osei", "released", True)},
    ),
    (
        "bail-but-held-on-another-case",
        "Kwame Osei was granted bail on Friday but remains in detention on a separate charge.",
        set(),
    ),
    (
        "extradited",
        "Poland extradited Arman Zhunusov to Kazakhstan on Wednesday despite warnings that he "
        "could be tortured.",
        {("zhunusov", "fled", True)},
    ),
    (
        "sentenced-in-absentia",
        "A court in Minsk on Thursday sentenced the exiled journalist Leyla Hasanova in "
        "absentia to 12 years in prison.",
        {("hasanova", "sentenced", True)},
    ),
    (
        "moved-to-another-prison",
        "Nguyen Van Thanh has been moved to a prison in Nghe An province, far from his family, "
        "relatives said on Monday.",
        {("thanh", "transferred", True)},
    ),
    (
        "profile-old-arrest-and-sentence",
        "Memorial recognises Arman Zhunusov as a political prisoner. He was arrested in March "
        "2019 and sentenced in 2020 to nine years.",
        {("zhunusov", "detained", False), ("zhunusov", "sentenced", False)},
    ),
    (
        "death-years-after-release",
        "Samuel Okafor, who was released from prison in 2018, died of cancer on Sunday.",
        {("okafor", "died", True), ("okafor", "released", False)},
    ),
    (
        "charged-by-investigators",
        "Investigators on Tuesday charged Dilnoza Karimova with disseminating false "
        "information, her lawyer said.",
        {("karimova", "charged", True)},
    ),
    (
        "remanded-in-custody",
        "A court in Tashkent on Wednesday remanded Bakhrom Tursunov in custody for two months.",
        {("tursunov", "detained", True)},
    ),
    (
        "demands-are-not-events",
        "Rights groups demanded the release of Kwame Osei and called for an investigation into "
        "reports that he could be transferred.",
        set(),
    ),
    (
        "placed-under-house-arrest",
        "A judge on Monday placed Elena Vasquez under house arrest until August.",
        {("vasquez", "house_arrest", True)},
    ),
]

# A second round, written the same way, of phrasings wires and NGOs use often.
MORE_PARAGRAPHS: list[tuple[str, str, Events]] = [
    (
        "handed-a-term",
        "A Moscow court on Tuesday handed Ruslan Baimukhanov a six-year prison term.",
        {("baimukhanov", "sentenced", True)},
    ),
    (
        "ordered-to-pay-a-fine",
        "On Monday the court ordered Dilnoza Karimova to pay a fine of 50,000 roubles.",
        {("karimova", "sentenced", True)},
    ),
    (
        "freed-after-months-behind-bars",
        "Tomas Alvarez was freed on Wednesday after spending 18 months behind bars.",
        {("alvarez", "released", True)},
    ),
    (
        "granted-early-release",
        "Kwame Osei was granted early release on Friday, his lawyer said.",
        {("osei", "parole_granted", True)},
    ),
    (
        "rest-of-term-commuted",
        "A judge on Monday commuted the remainder of Farida Nazarova's sentence to restricted "
        "freedom.",
        {("nazarova", "parole_granted", True)},
    ),
    (
        "among-amnestied",
        "Samuel Okafor was among 200 prisoners freed under an amnesty marking Independence Day "
        "on Wednesday.",
        {("okafor", "pardoned", True)},
    ),
    (
        "found-dead-in-cell",
        "Leyla Hasanova, 34, was found dead in her cell on Sunday, the prison service said.",
        {("hasanova", "died", True)},
    ),
    (
        "granted-asylum",
        "Arman Zhunusov was granted asylum in Lithuania last week.",
        {("zhunusov", "fled", True)},
    ),
    (
        "indicted",
        "Elena Vasquez was indicted on Monday on charges of money laundering.",
        {("vasquez", "charged", True)},
    ),
    (
        "criminal-case-opened",
        "A criminal case was opened against Bakhrom Tursunov on Wednesday for insulting the "
        "president.",
        {("tursunov", "charged", True)},
    ),
    (
        "trial-began",
        "Ruslan Baimukhanov's trial began on Tuesday in Almaty.",
        {("baimukhanov", "trial", True)},
    ),
    (
        "appeal-court-cut-term",
        "The Court of Appeal on Tuesday cut Tomas Alvarez's sentence from seven to five years.",
        {("alvarez", "sentenced", True)},  # a cut on appeal: no appeal lost
    ),
    (
        "lost-appeal-against-term",
        "Kwame Osei lost his appeal against a four-year sentence on Monday.",
        {("osei", "appeal_rejected", True)},
    ),
    (
        "two-women-released-one-beaten",
        "Farida Nazarova was detained on Saturday alongside Dilnoza Karimova. Karimova was "
        "released without charge on Sunday. She said police beat her at the station.",
        {
            ("nazarova", "detained", True),
            ("karimova", "detained", True),
            ("karimova", "released", True),
            ("karimova", "ill_treatment", True),
        },
    ),
    (
        "two-men-one-released-later",
        "Ruslan Baimukhanov and Arman Zhunusov were arrested on Monday. Zhunusov was later "
        "released. He had been held for 12 hours.",
        {
            ("baimukhanov", "detained", True),
            ("zhunusov", "detained", True),
            ("zhunusov", "released", True),
        },
    ),
    (
        "who-received-months-freed",
        "A court on Thursday sentenced three protesters. Elena Vasquez, who received eight "
        "months, was freed after the hearing because she had already served that time.",
        {("vasquez", "sentenced", True), ("vasquez", "released", True)},
    ),
    (
        "profile-with-bare-years",
        "Nguyen Van Thanh, 52, has spent much of the past decade in prison. In 2016 he was "
        "sentenced to four years for his blog, and in 2021 he was arrested again.",
        {("thanh", "sentenced", False), ("thanh", "detained", False)},
    ),
    (
        "held-for-hours",
        "Police detained Samuel Okafor for several hours on Tuesday before releasing him "
        "without charge.",
        {("okafor", "detained", True), ("okafor", "released", True)},
    ),
    (
        "ngo-welcomes-release",
        "Amnesty International welcomes the release of Kwame Osei, who was freed on 10 June "
        "after eight months in arbitrary detention.",
        {("osei", "released", True)},
    ),
    (
        "detained-months-ago-sentenced-now",
        "Bakhrom Tursunov, who was detained in March, was sentenced on Wednesday to three years.",
        {("tursunov", "detained", False), ("tursunov", "sentenced", True)},
    ),
    (
        "conviction-quashed-walked-free",
        "The Supreme Court quashed Leyla Hasanova's conviction on Monday, and she walked free "
        "the same day.",
        {("hasanova", "charges_dropped", True), ("hasanova", "released", True)},
    ),
    (
        "went-on-hunger-strike",
        "Arman Zhunusov went on hunger strike on June 1, his lawyer said.",
        {("zhunusov", "hunger_strike", True)},
    ),
    (
        "prosecutors-asked",
        "Prosecutors have asked the court to sentence Tomas Alvarez to nine years.",
        set(),
    ),
    (
        "could-be-released",
        "Dilnoza Karimova could be released as early as next month.",
        set(),
    ),
    (
        "police-denied-arrest",
        "Police denied that Samuel Okafor had been arrested.",
        set(),
    ),
    (
        "moved-to-house-arrest",
        "Ruslan Baimukhanov was moved from pretrial detention to house arrest on Friday.",
        {("baimukhanov", "house_arrest", True)},
    ),
    (
        "extradition-requested",
        "Kazakhstan has requested Arman Zhunusov's extradition from Poland.",
        set(),
    ),
    (
        "died-in-custody-long-ago",
        "Nguyen Van Thanh died in custody in 2020.",
        {("thanh", "died", False)},
    ),
    (
        "wire-charged-and-remanded",
        "KAMPALA, June 11 (Reuters) - Ugandan opposition figure Kwame Osei was charged with "
        "treason on Wednesday and remanded in prison until July.",
        {("osei", "charged", True), ("osei", "detained", True)},
    ),
    (
        "sentence-upheld-by",
        "Farida Nazarova's sentence was upheld by the Supreme Court on Tuesday.",
        {("nazarova", "appeal_rejected", True)},
    ),
    (
        "bail-pending-trial",
        "Elena Vasquez was released on bail of $5,000 on Monday pending trial.",
        {("vasquez", "released", True)},
    ),
    (
        "pardon-announced-then-freed",
        "Bakhrom Tursunov's pardon was announced on Wednesday, and he was released the next day.",
        {("tursunov", "pardoned", True)},
    ),
]

# A third round: longer and harder turns. A third set gives events a reader may or may not
# label; the events found must hold the first and may add any of the third.
HARDER_PARAGRAPHS: list[tuple[str, str, Events, Events]] = [
    (
        "bail-two-days-later",
        "Ruslan Baimukhanov, 41, a journalist, was detained on June 10. He was released on "
        "bail two days later but remains under investigation.",
        {("baimukhanov", "detained", True), ("baimukhanov", "released", True)},
        set(),
    ),
    (
        "held-since-then-transferred",
        "Dilnoza Karimova, who has been held since 2023, was transferred to a penal colony in "
        "Navoi last week.",
        {("karimova", "transferred", True)},
        {("karimova", "detained", False)},
    ),
    (
        "handed-down-suspended",
        "The court handed down a suspended sentence of two years to Tomas Alvarez on Monday.",
        {("alvarez", "sentenced", True)},
        set(),
    ),
    (
        "released-after-full-term",
        "Farida Nazarova was released from the colony on Tuesday after serving her full "
        "five-year sentence.",
        {("nazarova", "released", True)},
        {("nazarova", "sentenced", False)},
    ),
    (
        "arrested-again-after-release",
        "Samuel Okafor was arrested again on Friday, less than a month after his release from "
        "prison.",
        {("okafor", "detained", True)},
        {("okafor", "released", True), ("okafor", "released", False)},
    ),
    (
        "family-said-died",
        "Leyla Hasanova's family said on Sunday that she had died in custody.",
        {("hasanova", "died", True)},
        set(),
    ),
    (
        "appeal-against-term-rejected",
        "The Supreme Court on Friday rejected the appeal of journalist Leyla Hasanova against "
        "her 15-year sentence.",
        {("hasanova", "appeal_rejected", True)},
        set(),
    ),
    (
        "abducted-months-ago-charged-now",
        "Nguyen Van Thanh, who was abducted in Bangkok in January, was formally charged on "
        "Monday with anti-state propaganda.",
        {("thanh", "charged", True), ("thanh", "detained", False)},
        set(),
    ),
    (
        "case-dropped-freed",
        "Prosecutors on Tuesday dropped the case against Arman Zhunusov for lack of evidence, "
        "and he was freed in the courtroom.",
        {("zhunusov", "charges_dropped", True), ("zhunusov", "released", True)},
        set(),
    ),
    (
        "travel-ban",
        "Elena Vasquez has been barred from leaving the country pending trial.",
        set(),
        set(),
    ),
    (
        "psychiatric-hospital",
        "Ruslan Baimukhanov was placed in a psychiatric hospital for a forced examination on "
        "Monday.",
        {("baimukhanov", "transferred", True)},
        set(),
    ),
    (
        "restricted-freedom",
        "Dilnoza Karimova was sentenced to three years of restricted freedom on Wednesday.",
        {("karimova", "sentenced", True)},
        set(),
    ),
    (
        "stripped-and-expelled",
        "Tomas Alvarez was stripped of his citizenship and expelled to Costa Rica on Thursday.",
        {("alvarez", "fled", True)},
        set(),
    ),
    (
        "bail-unmet",
        "A court in Lagos granted Kwame Osei bail on Monday, but he remained in jail because "
        "he could not meet the conditions.",
        set(),
        set(),
    ),
    (
        "parole-request-rejected",
        "Farida Nazarova's parole request was rejected on Thursday.",
        {("nazarova", "parole_denied", True)},
        set(),
    ),
    (
        "refused-early-release",
        "The authorities refused to grant Samuel Okafor early release, his lawyer said on Monday.",
        {("okafor", "parole_denied", True)},
        set(),
    ),
    (
        "co-defendant-named",
        "Nguyen Van Thanh was sentenced to eight years in prison on Friday. His co-defendant, "
        "Le Van Minh, received six years.",
        {("thanh", "sentenced", True)},
        set(),
    ),
    (
        "wife-detained",
        "Arman Zhunusov's wife was detained on Monday.",
        set(),
        set(),
    ),
    (
        "whose-wife-detained",
        "Arman Zhunusov, whose wife was detained on Monday, condemned the arrest.",
        set(),
        set(),
    ),
    (
        "deported-after-immigration-detention",
        "Elena Vasquez, 29, was deported to Venezuela on Sunday after six months in "
        "immigration detention.",
        {("vasquez", "fled", True)},
        {("vasquez", "detained", False)},
    ),
    (
        "lawyer-detained",
        "Police in Minsk detained Bakhrom Tursunov's lawyer on Tuesday.",
        set(),
        set(),
    ),
    (
        "due-to-be-released",
        "Ruslan Baimukhanov is due to be released in 2027.",
        set(),
        set(),
    ),
    (
        "released-in-march-detained-again",
        "Dilnoza Karimova was released in March after serving two years. On Monday she was "
        "detained again.",
        {("karimova", "released", False), ("karimova", "detained", True)},
        set(),
    ),
    (
        "in-prison-since-arrest",
        "Tomas Alvarez has been in prison since his arrest in 2022.",
        {("alvarez", "detained", False)},
        set(),
    ),
    (
        "guilty-to-be-sentenced",
        "A court on Monday found Kwame Osei guilty of inciting violence; he will be sentenced "
        "next month.",
        {("osei", "sentenced", True)},
        set(),
    ),
    (
        "acquitted-on-appeal-released",
        "Farida Nazarova was acquitted on appeal on Tuesday and released in the courtroom.",
        {("nazarova", "acquitted", True), ("nazarova", "released", True)},
        set(),
    ),
    (
        "conviction-overturned-retrial",
        "The Supreme Court overturned Leyla Hasanova's conviction on Monday and sent the case "
        "back for a retrial.",
        {("hasanova", "charges_dropped", True)},
        set(),
    ),
]


# Ten more, written before the rules read them: (name, text, what a reader labels, what
# a reader may also label)
WRITTEN_FIRST: list[tuple[str, str, Events, Events]] = [
    (
        "pardoned-walked-free",
        "TASHKENT, June 11 (AP) - Uzbekistan's president pardoned blogger Bakhrom Tursunov, "
        "who had served three years of a seven-year sentence for insulting officials, and he "
        "walked free on Wednesday, his sister said.",
        {("tursunov", "pardoned", True)},
        {("tursunov", "sentenced", False), ("tursunov", "released", True)},
    ),
    (
        "hunger-strike-since",
        "Human rights defender Leyla Hasanova has been on hunger strike since June 2 in "
        "protest at her transfer to a punishment cell, her lawyer told Amnesty International.",
        {("hasanova", "hunger_strike", True)},
        {("hasanova", "transferred", True)},
    ),
    (
        "detained-then-charged",
        "Kwame Osei was detained at the airport in Accra on Sunday as he returned from a "
        "conference abroad. On Monday he was charged with spreading false news and remanded in "
        "custody for two weeks.",
        {("osei", "detained", True), ("osei", "charged", True)},
        set(),
    ),
    (
        "brother-of-exile-detained",
        "Police on Tuesday detained the brother of exiled journalist Tomas Alvarez, in what his "
        "colleagues called an attempt to pressure him. Alvarez fled the country in 2021.",
        {("alvarez", "fled", False)},
        set(),
    ),
    (
        "acquittal-overturned",
        "An appeals court in Baku on Monday overturned the acquittal of Farida Nazarova and "
        "sentenced her to four years in prison. She was taken into custody in the courtroom.",
        {("nazarova", "sentenced", True)},
        {("nazarova", "detained", True)},
    ),
    (
        "died-in-prison-hospital",
        "Samuel Okafor, a 63-year-old opposition figure, died in a prison hospital on Saturday, "
        "his family said. He had been held since his arrest in March 2023 and had complained of "
        "heart problems.",
        {("okafor", "died", True)},
        {("okafor", "detained", False)},
    ),
    (
        "moved-to-house-arrest",
        "A Hanoi court on Wednesday moved Nguyen Van Thanh from pretrial detention to house "
        "arrest pending trial.",
        {("thanh", "house_arrest", True)},
        {("thanh", "released", True)},
    ),
    (
        "terms-listed-with-a-third",
        "The court sentenced Arman Zhunusov to six years, Elena Vasquez to five years and a "
        "third defendant to four years on Tuesday.",
        {("zhunusov", "sentenced", True), ("vasquez", "sentenced", True)},
        set(),
    ),
    (
        "board-refused-early-release",
        "A parole board on Monday refused early release for Dilnoza Karimova, who has served "
        "more than half of her eight-year term.",
        {("karimova", "parole_denied", True)},
        set(),
    ),
    (
        "walked-out-after-full-term",
        "Ruslan Baimukhanov walked out of a penal colony in the Perm region on Wednesday after "
        "serving his full five-year sentence, his supporters said.",
        {("baimukhanov", "released", True)},
        set(),
    ),
]


# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected"),
    named_params(PARAGRAPHS + MORE_PARAGRAPHS, NOT_YET),
)
def test_a_news_paragraph_gives_the_events_a_reader_would_label(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "optional"),
    named_params(HARDER_PARAGRAPHS + WRITTEN_FIRST, NOT_YET),
)
def test_a_harder_news_paragraph_gives_what_a_reader_would_label(
    text: str, expected: Events, optional: Events
) -> None:
    found = events(text)
    assert expected <= found <= expected | optional
