"""People, eleventh round of held-out issuers (helper pq8, sample seeds 930217-930219; see
test_quotes_heldout11.py for the issuers read). Each test runs a rule on real text; where the rule was
written from the same releases, a second test holds it on another release's text."""

from __future__ import annotations

import time

from pressroom.extract.nonpersons import NonPersons
from pressroom.extract.quotes import extract_quotes


def people_of(*paragraphs: str) -> list[str]:
    _, people = extract_quotes(list(paragraphs), None, ())
    return [p.name for p in people]


def test_brands_announced_by_their_kind_are_no_people():
    # boostify 2026/0415 China Airlines: 'acclaimed brands including Le Palais, ..., Yang Ming Spring, and
    # Little Tree Food' listed three people
    got = people_of(
        "To date, the airline has partnered with acclaimed brands including Le Palais, Mipon, Moon Moon, Yoshi "
        "Bakery, Yang Ming Spring, and Little Tree Food, showcasing Taiwan’s culinary creativity to "
        "international travelers.")
    assert not {"Le Palais", "Yang Ming Spring", "Little Tree Food"} & set(got)


def test_institutions_like_a_firm_named_for_people():
    # blockchainwire 2024/0509 Jiritsu: 'institutions like BlackRock, Franklin Templeton, and Fidelity'
    got = people_of(
        "\"We are at a pivotal point where institutions like BlackRock, Franklin Templeton, and Fidelity are the "
        "nexus of huge assets that will be migrating to tokenized infrastructure,\" said Michael Lustig.")
    assert "Franklin Templeton" not in got and "Michael Lustig" in got


def test_people_announced_as_investors_stay_people():
    # newsdirect 2024 watch platform: a list of people announced by a kind that may be people is not read
    got = people_of(
        "The company grew on platforms such as Chrono24, and attracting investors such as Bill Ackman, Jay Z, "
        "Tom Brady, Mike Ovitz, Bernard Arnault and others.")
    assert {"Bill Ackman", "Tom Brady", "Mike Ovitz"} <= set(got)


def test_body_list_cue_is_linear():
    hostile = "brands including " + "Alpha Beta, " * 5000 + "John Smith, and Acme"
    t = time.process_time()
    NonPersons(hostile).why("John Smith")
    NonPersons("companies like " * 5000 + "John Smith, and Acme").why("John Smith")
    assert time.process_time() - t < 1.0


def test_a_firms_bros_is_no_surname():
    # citybiz 2025/0707 Hot Wheels (the corpus's only 'Bros.' firm: Warner Bros. was a person of 11
    # mentions); 'Brothers' stays a possible surname (247PressRelease 2025/0825 'Jody Brothers')
    got = people_of(
        "Mattel, Inc., a leading global toy and family entertainment company, and Warner Bros. Pictures today "
        "announced that acclaimed director Jon M. Chu will direct the film. “I’m excited to partner with Mattel "
        "Studios, Warner Bros. Pictures, and Bad Robot,” said Chu.",
        "Jody Brothers, the Epson Tour's Chief Business and Operating Officer, welcomed the news.")
    assert "Warner Bros" not in got and "Jon M. Chu" in got and "Jody Brothers" in got


def test_plural_acronym_is_no_name_and_no_body():
    # newmediawire 2025/0909 Hong Kong Shopping Festival: 'Hong Kong SMEs' was a person of 8 mentions;
    # a plural acronym names a group, so it speaks for no body either
    assert "Hong Kong SMEs" not in people_of(
        "Bolstered by a successful market test during the Hong Kong Shopping Festival, several Hong Kong SMEs "
        "are expanding their sales online.")
    quotes, people = extract_quotes(
        ["Local NGOs say that the program reached thousands of families in the region.",
         "The KOLs noted that the brands sold out within hours of the first live stream."], None, ())
    assert quotes == [] and people == []


def test_single_acronym_still_speaks():
    quotes, _ = extract_quotes(["The FBI said that the suspects were arrested at the border on Tuesday night."],
                               None, ())
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("FBI", "organization")]


def test_lost_apostrophe_possessive_on_first_mention():
    # DOJ (Bostic): the possessive's apostrophe is lost on the first, full mention, and the
    # surname stands alone later; Senate Casey 'President Bushs press conference' the same way
    got = people_of(
        "Law enforcement partners executed a federal search warrant at David Bostics residence in Bloomington, "
        "Ind. Investigators determined that Bostic, 26, possessed the images.")
    assert "David Bostic" in got and "David Bostics" not in got


def test_surname_with_s_stays_when_known_or_followed_by_a_verb():
    # Senate Burns 9Sep2004: 'Senator Burn's efforts' (a typo) must not cut 'Senator Burns office';
    # 'Susan Williams said' is no possessive whatever 'William' the release has
    got = people_of(
        "Sen. Conrad Burns announced the grant today.",
        "We are grateful for Senator Burn's efforts. Senator Burns office said the work starts in May.")
    assert "Conrad Burns" in got
    got = people_of("William Smith chairs the board. Susan Williams said the plan works, Williams added.")
    assert "Susan Williams" in got


def test_lost_possessive_is_linear():
    hostile = "David Bostics residence was searched. " * 5000
    t = time.process_time()
    people_of(hostile)
    assert time.process_time() - t < 2.0
