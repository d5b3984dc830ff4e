"""People rules (round 7, people5, seed 5813) checked on sentences from releases other than the ones they were written for.

Each text is quoted from a corpus release (issuer in the comment); the rule it checks was
written from a different release or issuer, unless the comment says otherwise.
"""

from __future__ import annotations

import time

from pressroom.extract.names import scan
from pressroom.extract.quotes import extract_quotes


def _names(paragraph: str) -> dict[str, object]:
    return {m.name: m for m in scan(paragraph) if m.strong}


def _people(paragraphs: list[str], title: str = "A headline") -> dict[str, object]:
    _, people = extract_quotes(paragraphs, title)
    return {p.name: p for p in people}


def test_a_surname_slipped_by_one_letter_is_the_person_named_before() -> None:
    # written from DOJ 03224 ('Mayor Mark Luttrell' ... 'Mayor Lutrell'); newmediawire Telvantis,
    # Senate Talent, boostify
    quotes, people = extract_quotes([
        "“The first half of 2025 marked a very sharp recovery of our business,” commented Daniel Contreras, CEO of Telvantis.",
        "“Coupled with previously announced potential acquisitions, we have significant opportunities for the business"
        " at the moment,” added Conteras."], "Telvantis closes first half")
    assert [p.name for p in people] == ["Daniel Contreras"]
    assert {q.speaker for q in quotes} == {"Daniel Contreras"}
    found = _people(["Keith A. Beauchamp - a documentary film maker from Fort Greene, Brooklyn, New York.",
                     "We wanted to determine whether it was still possible to prosecute some of these other individuals"
                     " who, according to Mr. Beachamp, were indeed involved in this crime."])
    assert list(found) == ["Keith A. Beauchamp"]
    found = _people(["Insights from San Diego, Ca with Brett Dickenson and Ross Clark of COMPASS",
                     "Based in San Diego, Brett Dickinson and Ross Clark lead a global luxury team."])
    assert list(found) == ["Brett Dickenson", "Ross Clark"]
    # two people whose surnames differ by a letter, both in full, stay two (a made-up pair)
    found = _people(["Jane Hansen and Peter Hanson spoke.", "Hansen thanked the board."])
    assert set(found) == {"Jane Hansen", "Peter Hanson"}


def test_first_lady_is_a_position_not_the_title_lady() -> None:
    # written from DOJ 03224 ('First Lady Michelle Obama'); Senate Stevens, 247PressRelease
    found = _names("ANCHORAGE - First Lady Laura Bush will visit Alaska next week.")
    assert found["Laura Bush"].title is None and found["Laura Bush"].role == "First Lady"
    found = _names("The keynote will be given by First Lady Dr. Ida Odinga, a champion of women in leadership.")
    assert found["Ida Odinga"].title == "Dr." and found["Ida Odinga"].role == "First Lady"


def test_a_plain_name_whose_surname_is_a_later_sentences_subject() -> None:
    # written from DOJ 12428 ('charges Sakae Someya with ... Someya participated'); checked on
    # DOJ 11929, DOJ 05172 and a citybiz interview
    assert "Hiluterio Chavez" in _names(
        'Hiluterio Chavez, aka "Zeus," 33, of Chicago, was sentenced today to 87 months in prison by U.S. '
        "District Judge Sam R. Cummings of the Northern District of Texas, Lubbock Division. Chavez pleaded "
        "guilty on May 14, 2009, to a superseding indictment.")
    assert "Dias Kadyrbayev" in _names(
        "In August 2014, Dias Kadyrbayev pleaded guilty to obstruction of justice charges related to the "
        "Boston Marathon bombing investigation. Kadyrbayev admitted to removing evidence from the room.")
    assert "Saad Alam" in _names(
        "A serial entrepreneur, Saad Alam launched Hone Health in 2020 after confronting his own health "
        "challenges. Prior to Hone, Alam co-founded Citelighter. Alam was also the esteemed Ernst and Young "
        "Entrepreneur of the Year finalist in 2024.")
    # a firm named again the same way is no person: no verb of what a person did or had done to him
    assert not _names("Activate Health Group today opened its doors. Group is quickly becoming a leader.")


def test_the_surname_subject_test_stays_linear() -> None:
    text = "Sakae Someya met us. " + "Someya is here. " * 5000
    t = time.perf_counter()
    scan(text)
    assert time.perf_counter() - t < 1.0
