"""Held-out people checks, round 12 (held-out sample seeds 424242 and 8311: recall on issuers outside dev).

A person named once in full with a given name no list of ours has (`Thanh Viet Jeremy Cao`, DOJ
10888, where the rule was found) was never listed; the release then goes on about him by surname
alone as a sentence's subject (`Cao filed 22 false liens`). These sentences come from other releases.
"""
from __future__ import annotations

import time

from pressroom.extract.names import scan
from pressroom.extract.quotes import extract_quotes


def _people(paragraphs: list[str]) -> list[str]:
    _, people = extract_quotes(paragraphs, "Title")
    return [p.name for p in people]


def test_surname_subject_after_an_appositive_name() -> None:
    # DOJ release_00463 (2017, Boston ISIS plot)
    got = _people(["Wright also plotted with Rahim and Rovinski to behead U.S. citizens at the direction of ISIS. "
                   "In addition, Wright knew Rahim was communicating with an ISIS member in Syria, Junaid Hussain, who "
                   "provided Rahim with an encrypted document containing details about the intended victim. In August "
                   "2015, Hussain was killed in an airstrike in Raqqah, Syria."])
    assert "Junaid Hussain" in got, got


def test_surname_subject_in_a_later_paragraph() -> None:
    # DOJ release_11651 (Fair Housing Act suit, Orland Park)
    got = _people(["The lawsuit, filed today in federal court in Chicago, alleges that Flanagan refused to rent a "
                   "single-family house he owns in Orland Park, Ill., to Kamal Alex Majeid, who is African-American, "
                   "because of his race.",
                   "This lawsuit resulted from a complaint submitted to the Justice Department by the South Suburban "
                   "Housing Center, after it was contacted by Majeid. Majeid filed a lawsuit against Flanagan in August."])
    assert "Kamal Alex Majeid" in got, got


def test_surname_subject_opening_a_paragraph_gets_the_quotes() -> None:
    # noticiasnewswire 2025/0919 (Alameda Health System): `Ly said` was then read as the reporter's
    paras = ["Sambo Ly, Alameda Health System’s (AHS’) manager of interpreter services, has won the Icon Award "
             "from Bay Area news station KPIX.",
             "KPIX reporter Sharon Chin spoke with Ly about her childhood in Cambodia.",
             "Ly leads AHS’ interpreter services department, which receives about 2,000 interpreter requests every day.",
             "“I was determined to walk out of my deathbed and refused to die,” she said."]
    quotes, people = extract_quotes(paras, "Title")
    assert "Sambo Ly" in [p.name for p in people]
    assert [q.speaker for q in quotes] == ["Sambo Ly"], [(q.speaker, q.text) for q in quotes]


def test_plural_title_before_the_name() -> None:
    # DOJ release_08902 (Des Moines police officers)
    got = _people(["A federal grand jury in Des Moines, Iowa, returned an indictment today charging two former Des "
                   "Moines Police Department Officers Mersed Dautovic and John Mailander with violations of federal "
                   "criminal laws.",
                   "Dautovic was arrested today and appeared this afternoon before U.S. Magistrate Judge Celeste F. Bremer."])
    assert "Mersed Dautovic" in got, got


def test_place_or_product_is_no_person() -> None:
    # newsworthy 2025/1029 (Pride Holdings), 2024/1217 (Anytime seltzers), ibn 2025/0917 (Apple Watch)
    got = _people(["Pride Holdings has announced the acquisition of Stonewall Bali, one of Southeast Asia’s premier "
                   "LGBTQ+ destinations. Bali is one of the world's most visited places."])
    assert "Stonewall Bali" not in got, got
    got = _people(["Anytime Mango — With a delicate hint of tropical sweetness, Mango is simple but satisfying."])
    assert "Anytime Mango" not in got, got
    got = _people(["The Apple Watch Ultra line has a reputation. Price and Availability Apple typically positions the "
                   "Ultra line as its premium offering. With the Ultra 3, Apple is expected to enhance it."])
    assert not any("Apple" in n for n in got), got


def test_word_of_the_language_is_no_given_name() -> None:
    # a made-up pair whose first word the release writes in lower case elsewhere
    got = _people(["We visited Bringing Terra last year. Terra is a major producer. Bringing change matters."])
    assert "Bringing Terra" not in got and "Terra" not in got, got


def test_hostile_repeat_is_linear() -> None:
    text = "Jacq Landa met him. Landa was here, " * 5000
    t = time.process_time()
    extract_quotes([text], "Title")
    assert time.process_time() - t < 1.0


def test_title_case_heading_title_before_no_name() -> None:
    # Senate Feinstein, 7Apr2006Feinstein165 (the rule was written for DOJ 05109's subtitle `Former
    # Officer Stole Victims Debit Card and Other Items after Responding to Car Accident`)
    paras = ["Statement by Senator Feinstein on Reports President Bush Authorized Leak of Classified Information about Iraq",
             "\"It is deeply disturbing to learn that President Bush may have authorized the selective disclosure of "
             "our most sensitive intelligence information to the media.\""]
    got = _people(paras)
    assert "Bush Authorized Leak" not in got and "Bush" in got, got


def test_name_line_without_small_words_keeps_its_person() -> None:
    # Senate Feinstein, 9Feb2005Feinstein4 (a letter's address block) and Senate Stevens (a witness list)
    assert "Ramesh Nath Pandey" in _people(["The Honorable Ramesh Nath Pandey", "Foreign Minister"])
    assert "Syun-Ichi Akasofu" in _people(["Dr. Syun-Ichi Akasofu, Director, International Arctic Research Center, UAF"])


def test_mother_or_father_by_given_name() -> None:
    # Senate Salazar (Independence Day weekend) and a DOJ release's `Ginas mother, Diane,` (apostrophe lost)
    got = _people(["Senator Ken Salazar will celebrate our Nation's Independence Day weekend with his mother Emma, "
                   "wife Hope and daughters."])
    assert "Emma" in got, got
    got = _people(["Sue Ellen Allen is proud to be accompanied to Washington by Ginas mother, Diane, whose daughter "
                   "gave her a reason to live."])
    assert "Diane" in got, got


def test_kin_after_with_and_no_possessive() -> None:
    # newsworthy 247PressRelease 2024/0726 (Valencia farmers market)
    got = _people(["\"Being near the community garden here is another big plus for us,\" said Diane Diamond, who "
                   "bought here with husband Sean."])
    assert "Sean" in got, got
    assert "Time" not in _people(["The team works with father Time and other makers."])


def test_common_given_names_of_other_countries() -> None:
    # Senate Coleman, 18May2005Coleman450; newsworthy 247PressRelease 2024/1119 (Superhumans Center);
    # 247PressRelease 2024/0711 (a book review naming Atul Gawande)
    assert "Zacarias Moussaoui" in _people(["Pan Am's flight school managers were honored for their contributions that "
                                            "led to the detainment of terrorist Zacarias Moussaoui by the FBI."])
    got = _people(["The Superhumans Center, co-founded by Andrey Stavnitser and Philipp Grushko, is renowned for its "
                   "comprehensive care."])
    assert "Andrey Stavnitser" in got, got
    assert "Atul Gawande" in _people(["Atul Gawande's book, 'On Being Mortal', relates medicine and old age."])


def test_a_given_name_that_names_a_place_or_brand_stays_out() -> None:
    # newsworthy mediaoutreach 2026/0804 (the province Quang Ninh); prvolt 2024/1219 (creator economy: a brand)
    assert "Quang Ninh" not in _people(["The project is in Quang Ninh province, near Ha Long Bay."])
    got = _people(["Success stories like Rihanna’s Fenty Beauty, Huda Kattan’s Huda Beauty, and Emily Weiss’s Glossier "
                   "showcase the potential of creators."])
    assert "Huda Beauty" not in got and "Huda Kattan" in got, got


def test_senior_in_a_position_is_no_suffix() -> None:
    # newsworthy citybiz 2025/0918 (Colovore at DICE: a speaker list, one line each)
    got = _people(["Michael Fulkerson, VP Facilities & Operations, Colovore",
                   "Kunal Desai, Sr Manager, Facilities Engineering, Google"])
    assert "Kunal Desai" in got and "Kunal Desai Sr" not in got, got


def test_comma_list_opened_by_a_known_name() -> None:
    # DOJ 01098 (the list the round-8 rule was written for, now opened by a given name we know)
    found = {m.name for m in scan("the Department of Justice announced today. Anders Boman, Arild Iversen, and Kai "
                                  "Kraass have been charged with participating in a long-running conspiracy.") if m.strong}
    assert {"Anders Boman", "Arild Iversen", "Kai Kraass"} <= found, found


def test_special_agent_in_charge_with_an_unknown_given_name() -> None:
    # DOJ release_00758 (Detroit health care fraud); the rule was written on a made-up `Keoni Kahale`
    got = _people(["Special Agent in Charge Lamont Pugh III of the HHS-OIG Chicago Regional Office and Special Agent in "
                   "Charge Manny Muriel of Internal Revenue Service Criminal Investigation (IRS-CI) made the announcement."])
    assert "Manny Muriel" in got, got
    assert not _people(["The agent in Charge Street was here."])


def test_public_figures_given_names() -> None:
    # newsworthy citybiz 2025/1029 (Maryland state roundup), blockchainwire 2024/0613 (crypto market guide)
    assert "Jonny Dorsey" in _people(["He will be replaced by Jonny Dorsey, who takes over as the second secretary of "
                                      "the department created under Moore."])
    assert "Vitalik Buterin" in _people(["Ethereum (ETH), launched in 2015 by Vitalik Buterin, has revolutionized the "
                                         "crypto space with its smart contract functionality."])
