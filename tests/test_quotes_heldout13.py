"""Held-out quote checks, round 11 (seed 70423 sample; minigold3's misses counted over the corpus).

Four attribution shapes the rules did not read: a first-person quote closing a narrative
paragraph, a person's verdict after `called`, and a statement intro after an opening clause that
holds a verb of its own.
"""
from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def _said(paragraphs: list[str], title: str = "Title") -> list[tuple[str | None, str, str]]:
    quotes, _ = extract_quotes(paragraphs, title)
    return [(q.speaker, q.kind, q.text) for q in quotes]


def test_first_person_quote_closing_a_paragraph_is_the_last_speakers() -> None:
    # 247PressRelease, Monique Lewis Management (2025-10-16): her words close a narrative paragraph
    got = _said([
        "Behind the glitter of her clients' viral success and millions raised, Monique Lewis has faced a brutal "
        "storm: $300,000 in losses, betrayal, and broken promises that would have crippled most businesses.",
        "\"I've helped clients go viral, land game-changing partnerships, and watch their influence explode,\" "
        "Lewis says. \"Yet, I've been underpaid, overworked by clients, scammed by publicists who called "
        "themselves partners, and absolutely brutalized.\"",
        "Today, Lewis is channeling her hard-earned strength into a deeply personal mission: supporting "
        "immigrants through their application processes with dignity and real support.",
        "Looking ahead, Monique Lewis Management is opening its doors to true investors\u2014those ready to invest "
        "not just in publicity, but in authentic transformation. \"I may have lost $300,000, but I gained "
        "something far greater: purpose, power, and the ability to change the game.\"",
    ], "The Unpaid Empire: Monique Lewis Raised $20M")
    assert any(t.startswith("I may have lost $300,000") and s == "Monique Lewis" and k == "direct"
               for s, k, t in got), got


def test_first_person_quote_after_the_senators_sentence() -> None:
    # Senate Cornyn, 21Aug2006Cornyn55: the senator's quote follows a sentence about him
    got = _said([
        "Sen. John Cornyn, who has long fought to protect children from online predators, voiced his strong "
        "support for a new ad campaign announced by U.S. Attorney General Alberto Gonzales on Monday in Dallas.",
        "\"With the rapid growth of the Internet, it is critical that we keep children and parents informed of the "
        "dangers of online predators,\" Sen. Cornyn said.",
        "The ad campaign, which will be conducted by the Department of Justice, was announced by Attorney "
        "General Gonzales at the 18th Annual Crimes Against Children's Conference.",
        "As a former Texas Attorney General and a current member of the Senate Judiciary Committee, Sen. Cornyn "
        "has been a longtime leader in the effort to protect children and combat child predators. \"I have "
        "always said that there is only one way to deal with those who prey on our children: they must be "
        "caught sooner, punished longer and more stringently.\"",
    ])
    assert any(t.startswith("I have always said") and s == "John Cornyn" for s, _, t in got), got


def test_quote_not_in_the_first_person_is_not_given_to_the_last_speaker() -> None:
    # the same paragraph in the third person names nobody who says it
    got = _said([
        "\"We are pleased with the growth of this program,\" said Sen. John Cornyn.",
        "Sen. Cornyn has been a longtime leader in the effort. \"There is only one way to deal with those "
        "who prey on our children.\"",
    ])
    assert not any(t.startswith("There is only one way") for _, _, t in got), got


def test_called_it_a_phrase_closing_the_sentence() -> None:
    # Senate Snowe, 21Mar2007Snowe432
    got = _said([
        "The legislation effectively closes a loophole in the Patriot Act that allowed the Attorney General to "
        "appoint federal prosecutors for indefinite periods of time without seeking Senate confirmation, which "
        "Sen. Olympia Snowe called a \"glaring gap in the Senate's Constitutional prerogative to approve those "
        "serving in critical positions in our federal judiciary.\"",
    ])
    assert any(s == "Olympia Snowe" and t.startswith("glaring gap") for s, _, t in got), got


def test_called_before_a_name_is_no_verdict() -> None:
    # newmediawire, Texas Mineral Resources (2025-07-24): a name, not anyone's words
    got = _said([
        "The Black Hawk Mining District, Grant County, New Mexico is one of a genetic type of ore deposit "
        "commonly called the \u201cFive Element Veins.\u201d At the Alhambra these lenticular structures have "
        "been mapped by John Smith.",
    ])
    assert got == []


def test_statement_released_after_an_opening_clause_with_a_verb() -> None:
    # Senate Reid, 15Aug2006Reid367: `continues his` is the opening clause's, not the statement's subject
    got = _said([
        "As President Bush continues his weeklong media campaign to convince Americans that they are safer "
        "today than before September 11th, Senate Democratic Leader Harry Reid released the following statement:",
        "\"Today the President once again tried to convince Americans that he's taken all the steps necessary "
        "to keep them safe. Unfortunately, the facts of the last five years aren't that convincing.\"",
    ], "SEN. REID: WE NEED A NEW DIRECTION TO PROTECT AMERICANS")
    assert got and got[0][0] == "Harry Reid", got


def test_called_hostile_input_stays_linear() -> None:
    par = "Sen. John Smith called the plan \"dead. " * 5000
    t = time.process_time()
    extract_quotes([par], "Title")
    assert time.process_time() - t < 1.0


def test_senators_surname_is_not_the_representatives() -> None:
    # Senate Salazar, 9Apr2008Salazar24: the senator and his brother the representative
    got = _said([
        "U.S. Senators Ken Salazar and Wayne Allard and Representatives Diana DeGette, Mark Udall, John "
        "Salazar and Ed Perlmutter today urged the Department of Transportation to fund the US 36 corridor.",
        "\"The U.S. 36 project is critical to the well-being of the Denver-Boulder corridor,\" said Senator "
        "Salazar. \"The Department of Transportation should award the funding.\"",
    ])
    assert got and all(s == "Ken Salazar" for s, _, _ in got), got


def test_mr_before_a_shared_surname_is_not_the_mother() -> None:
    # Senate Murkowski, 25Jan2006Murkowski170: `Mr. Hatter` is no `Cynthia Hatter`
    _, people = extract_quotes([
        "Scott Hatter is a senior at Anchorage Christian School in Anchorage, the son of Steven and Cynthia "
        "Hatter. The Senator also has nominated Mr. Hatter for the U.S. Merchant Marine Academy at Kings Point.",
    ], "Title")
    titled = {p.name: p.title for p in people}
    assert titled.get("Cynthia Hatter") != "Mr.", titled


def test_a_resolutions_clause_is_no_speaker() -> None:
    # Senate Hatch, 7Feb2007Hatch276: the clause of Senator Biden's resolution is read, not said by him
    got = _said([
        "Senator Joseph Biden introduced a resolution on Iraq.",
        "The second clause of the Biden resolution states: \"The primary objective of U.S. strategy in Iraq "
        "should be to have the Iraqi political leaders make the political compromises necessary.\"",
    ])
    assert not any(t.startswith("The primary objective") for _, _, t in got), got
