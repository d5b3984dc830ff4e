"""Held-out quote checks, round 10 (seed 93817; Senate, newmediawire, 247PressRelease).

A quotation whose opening mark was typed twice (`""With`, `““From`) threw off the pairing of
marks: the quote went unread or was given to the speaker quoted before it.
"""
from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def _said(paragraphs: list[str]) -> list[tuple[str | None, str, str]]:
    quotes, _ = extract_quotes(paragraphs, "Title")
    return [(q.speaker, q.kind, q.text) for q in quotes]


def test_doubled_curly_open_keeps_its_speaker() -> None:
    # newmediawire, Geopulse Exploration (2025): the CEO's quote, then a director's opened with `““`
    got = _said([
        "\u201cThis transaction presents an incredible opportunity to grow and scale across the Permian "
        "and Delaware Basins,\u201d said Chris Bishop, CEO of ATC Services.",
        "\u201c\u201cFrom humble beginnings to long term sustainable growth, that\u2019s the direction ATC "
        "Services feels it\u2019s future with Geopulse will be shaped,\u201d stated Shawn Rye, Director.",
    ])
    assert got[-1][0] == "Shawn Rye"
    assert got[-1][1] == "direct"
    assert got[-1][2].startswith("From humble beginnings")


def test_doubled_straight_open_after_reporting_verb() -> None:
    # 247PressRelease, Carlsbad Department of Development (2024)
    got = _said([
        'New CDOD Executive Director Kristen Gamboa noted, ""With over 240 attendees, I am deeply '
        "inspired by Carlsbad's commitment to entrepreneurship, local businesses, and major economic "
        'industries."'
    ])
    assert got and got[0][0] == "Kristen Gamboa" and got[0][2].startswith("With over 240 attendees")


def test_doubled_open_at_paragraph_start_is_direct() -> None:
    # Senate, Dorgan 11 Oct 2004: read as an indirect quote while the marks were unpaired
    got = _said([
        "Sen. Byron Dorgan welcomed the decision.",
        '""Our military bases in North Dakota, and the men and women who serve on them, are second '
        'to none," Dorgan said.',
    ])
    assert ("Byron Dorgan", "direct") == got[-1][:2]


def test_empty_quotes_and_hostile_repeats_stay_linear() -> None:
    # an empty pair `""` before a blank is no doubled opening: nothing changes
    assert _said(['He wrote "" in the box and left.']) == []
    start = time.process_time()
    extract_quotes(['said, ""Word ' * 5000], "Title")
    assert time.process_time() - start < 1.0


def test_glued_senator_title_speaks() -> None:
    # Senate, Thomas 15 May 2006: `Sen.Thomas said` (no blank after the title) gave no quote
    quotes, people = extract_quotes([
        '"It makes sense to have our National Guard help protect the border as a short-term '
        'strategy. But I don\'t believe this should be a long-term presence," Sen.Thomas said.'
    ], "Thomas Statement on National Guard at the border")
    assert [(q.speaker, q.speaker_title) for q in quotes] == [("Thomas", "Sen.")]
    assert quotes[0].text.startswith("It makes sense")


def test_glued_plural_title_names_both_senators() -> None:
    # Senate, Snowe 30 Mar 2006: `Sens.Olympia J. Snowe (R-ME) and Susan M. Collins (R-ME) today ...`
    _, people = extract_quotes([
        "Sens.Olympia J. Snowe (R-ME) and Susan M. Collins (R-ME) today announced that the "
        "Department of Housing and Urban Development has awarded $1.2 million to Maine."
    ], "Title")
    assert [(p.name, p.title) for p in people][:2] == [("Olympia J. Snowe", "Sen."), ("Susan M. Collins", "Sen.")]


def test_glued_doctor_is_left_alone() -> None:
    # newsworthy (survale): `Dr.Reddy's Laboratories Inc` is a firm, not a doctor
    _, people = extract_quotes(["Among the partners are Dr.Reddy's Laboratories Inc and others."], "Title")
    assert people == []
