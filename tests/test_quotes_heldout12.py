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
