"""People rules (round 6, seed 31337) checked on sentences from releases other than the ones they were written for.

Each text is quoted from a corpus release (issuer in the comment); the rule it checks was
written from a different release or issuer, unless the comment says otherwise.
"""

from __future__ import annotations

import time

from pressroom.extract.names import scan
from pressroom.extract.quotes import extract_quotes


def _names(paragraph: str) -> dict[str, object]:
    return {m.name: m for m in scan(paragraph) if m.strong}


def _people(paragraphs: list[str]) -> dict[str, object]:
    _, people = extract_quotes(paragraphs, "A headline")
    return {p.name: p for p in people}


def test_a_firms_trade_or_function_names_no_person() -> None:
    # written from ibn, Fusion Fuel ('its Al Shola Gas brand'); Senate Snowe, newmediawire,
    # Senate Stabenow, 247PressRelease
    assert not _names("* $110,000 to the City of Searsport Irving Oil, to enhance security at the Searsport Marine Terminal.")
    assert not _names("a fact highlighted by Morgan Stanley Research on April 24, 2023, when it reported that exports rose")
    assert "Morgan Asset Management" not in _names(
        "Other speakers include: Dana Haimoff, Managing Director, Portfolio Manager at JP Morgan Asset Management")
    assert "Stanton Operations" not in _names(
        "the plants of Stanton Operations and Melvin Vehicle Acquisition will close, Stabenow said.")
    # a surname that is a common word stays a name when a position vouches for it (newsdirect)
    assert "Boyd Search" in _names('"As the landscape evolves, her approach will be vital," says GSCPA CEO Boyd Search.')


def test_two_initials_and_a_surname_with_a_position() -> None:
    # written from DOJ 03554 ('Special Agent in Charge C.J. Porter'); newsdirect NAVEX, DOJ 07486,
    # Senate Talent
    found = _names("“As AI technologies revolutionize industries,” said A.G. Lambert, Chief Product Officer at NAVEX.")
    assert found["A.G. Lambert"].role == "Chief Product Officer at NAVEX"
    found = _names("The case is being prosecuted by Trial Attorneys Richard B. Evans and J.P. Cooney of the "
                   "Criminal Divisions Public Integrity Section.")
    assert {"Richard B. Evans", "J.P. Cooney"} <= set(found)
    assert "J.W. Milam" in _names("In September 1955, Roy Bryant and J.W. Milam stood trial for Till's murder in Mississippi.")
    # alone, two initials and a surname are as often a firm or a court (newsdirect, DOJ, Senate)
    assert not _names("Copper Property CTL Pass Through Trust holds the former J.C. Penney retail properties.")
    assert "E.D. La" not in _names("The lawsuit is captioned U.S. ex rel. Deane v. Dynasplint, Case No. 10-cv-2085 (E.D. La.).")
    assert not _names("Please mail donations to P.O. Box 1234, Helena.")


def test_a_four_word_name_in_a_list_of_people() -> None:
    # DOJ 12104 (the release the rule was written from: no other four-word unknown name in a
    # list in the corpus): a name of unknown words between listed people is one of them
    found = _names("Ralsky and Bradley, as well as Judy Devenow, John Bown, William Neil, James Fite, Francis "
                   "Tribble and How Wai John Hui all previously pleaded guilty for their roles.")
    assert "How Wai John Hui" in found
    # a four-word title-case thing after a person is not (Senate Voinovich)
    assert "Ohio State Fair Youth" not in _names("said Tom Carper and All Ohio State Fair Youth Choir members.")


def test_initial_rules_stay_linear() -> None:
    text = "Agent C.J. Porter and How Wai John Hui, " * 5000
    t = time.process_time()
    scan(text)
    assert time.process_time() - t < 1.0
