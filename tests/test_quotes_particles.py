"""Surname particles (`Del Toro`, `von Eschenbach`, `de la Cruz`) and compound positions
(`Vice-President`, `Secretary-General`, `Secretary of the Navy`), on real text of several issuers."""

from __future__ import annotations

import time

from pressroom.extract.names import scan
from pressroom.extract.quotes import extract_quotes


def extract(*paragraphs: str):
    quotes, people = extract_quotes(list(paragraphs), None, ())
    return quotes, {p.name: p for p in people}


# US Navy release style (briefs/styles/navy.txt)
NAVY = ("\"The christening of this ship is an important milestone,\" said Secretary of the Navy Carlos Del Toro. "
        "\"It honors a man who served his country with distinction.\"",
        "Del Toro added that the ship will support fleet operations worldwide.")


def test_capitalised_particle_is_part_of_the_surname_not_a_title():
    quotes, ps = extract(*NAVY)
    assert list(ps) == ["Carlos Del Toro"]
    p = ps["Carlos Del Toro"]
    assert p.title is None and p.role == "Secretary of the Navy"
    assert "Del Toro" in p.aliases
    assert [(q.speaker, q.kind) for q in quotes] == [("Carlos Del Toro", "direct")] * 2 + [("Carlos Del Toro", "indirect")]


def test_delegate_abbreviation_with_period_is_still_a_title():
    # senate-style: `Del.` (Delegate) before a name is a title, `Del` inside a name is not
    men = scan("The bill was cosponsored by Del. Eleanor Holmes Norton and Sen. Chris Van Hollen.")
    assert [(m.name, m.title) for m in men] == [("Eleanor Holmes Norton", "Del."), ("Chris Van Hollen", "Sen.")]


def test_short_mention_opening_with_a_particle_resolves_to_the_full_name():
    # newsworthy/citybiz/2025/0922/maryland-lawmakers-see-kimmel-suspension-as-threat-to-free-speech.md
    quotes, ps = extract(
        "Maryland Sen. Chris Van Hollen joined other congressional Democrats Thursday to unveil a bill designed to "
        "protect freedom of speech in the wake of Kimmel’s suspension.",
        "“We must…call out those who cave in to his illegal threats. Shame on ABC for buckling under and terminating "
        "Jimmy Kimmel,” Van Hollen said at a rally near the Capitol Friday afternoon.")
    assert "Van Hollen" not in ps
    assert [q.speaker for q in quotes] == ["Chris Van Hollen"]


def test_lower_case_particle_short_mention_with_a_title_joins_the_full_name():
    # senate/Casey/02Aug2007Casey16.txt shape: full name first, then `Dr. von Eschenbach`
    quotes, ps = extract(
        "Casey met with Andrew C. von Eschenbach, Commissioner of the Food and Drug Administration, on Tuesday.",
        "Dr. von Eschenbach said that he is part of the White House Interagency Working Group on Import Safety.")
    assert list(ps) == ["Andrew C. von Eschenbach"]
    assert ps["Andrew C. von Eschenbach"].title == "Dr."
    assert [q.speaker for q in quotes] == ["Andrew C. von Eschenbach"]


def test_two_lower_case_particles_in_a_row():
    # doj/release_06906.html
    _, ps = extract("This case is being prosecuted by Trial Attorneys Ellen Quattrucci and Ignacio Perez de la Cruz "
                    "of the Justice Departments Tax Division and was investigated by IRS Criminal Investigation.")
    assert "Ignacio Perez de la Cruz" in ps and "Ignacio Perez" not in ps


def test_saints_and_places_named_for_them_are_not_people():
    # newsworthy/247PressRelease/2024/0715 (Aragon) and senate/Cornyn/20Oct2004Cornyn213.txt
    _, ps = extract("The land route runs between the Monastery of San Juan de la Peña and the Cathedral of Valencia.",
                    "The case was settled after the St. Louis School Board announced a new policy protecting the "
                    "religious expression rights of students. (St. Louis Post-Dispatch, July 11, 1996.)")
    assert ps == {}


def test_hyphenated_positions_are_roles_not_name_words():
    # EU Commission style (briefs/styles/eu.txt), doj/release_04847.html, South China Sea Newswire 2025/1105
    quotes, ps = extract("Executive Vice-President Margrethe Vestager, in charge of competition policy, said: \"This "
                         "€2 billion scheme will enable Spain to support the production of renewable hydrogen.\"")
    assert list(ps) == ["Margrethe Vestager"] and ps["Margrethe Vestager"].role == "Executive Vice-President"
    assert [q.speaker for q in quotes] == ["Margrethe Vestager"]
    quotes, ps = extract(
        "It was only after the analysis of medical source documentation in SSA files that SSA OIG was able to "
        "identify the fraudulent pattern, said Special Agent-in-Charge Edward J. Ryan of the SSA OIG Office of "
        "Investigations.")
    assert list(ps) == ["Edward J. Ryan"] and ps["Edward J. Ryan"].role == "Special Agent-in-Charge"
    _, ps = extract("Executive Briefings — written by SCSNW contributors and by Editor-in-Chief James Borton, a veteran "
                    "foreign correspondent with more than three decades reporting on the region.")
    assert list(ps) == ["James Borton"]


def test_compound_title_words_only_when_every_part_is_a_position():
    # a hyphenated surname stays a name: `Marqueece Harris-Dawson` (LA city release, dev gold)
    men = scan("Council President Marqueece Harris-Dawson and U.N. Secretary-General Kofi Annan spoke.")
    assert [(m.name, m.role) for m in men] == [("Marqueece Harris-Dawson", "Council President"),
                                               ("Kofi Annan", "U.N. Secretary-General")]


def test_position_before_of_is_the_role():
    # senate/Byrd/13Sep2006Byrd55.txt, doj/release_08097.html, senate/Feinstein/2May2007Feinstein296.txt
    men = scan("Sen. Robert C. Byrd, D-W.Va., has called for President Bush to ask for the resignation of "
               "Secretary of Defense Donald Rumsfeld.")
    assert ("Donald Rumsfeld", "Secretary of Defense") in [(m.name, m.role) for m in men]
    men = scan("Todays guilty plea was announced by Acting Special Agent in Charge of the FBIs Detroit Field Office "
               "Edward J. Hanko, and Special Agent in Charge Lamont Pugh III of the HHS Office of Inspector General.")
    assert ("Edward J. Hanko", "Acting Special Agent in Charge of the FBIs Detroit Field Office") in [
        (m.name, m.role) for m in men]
    men = scan("You signed a confidential order delegating to two of your aides, former Chief of Staff D. Kyle "
               "Sampson and former White House Liaison Monica Goodling, authority over the hiring.")
    assert ("Kyle Sampson", "Chief of Staff") in [(m.name, m.role) for m in men]
    # a person's name before `of` is no position: `Special Agent in Charge Christopher Combs of the FBI's San Antonio`
    men = scan("Special Agent in Charge Christopher Combs of the FBI's San Antonio Field Office made the announcement.")
    assert all(m.role is None or "Combs" not in m.role for m in men)


def test_particles_and_compounds_in_bad_input_stay_fast():
    pars = ["de la " * 5000 + "Cruz", "Del " * 5000 + "Toro", "Vice-President-" * 3000 + "X",
            "of the " * 3000 + "Navy Carlos Del Toro said."]
    t = time.perf_counter()
    for p in pars:
        scan(p)
        extract_quotes([p], None, ())
    assert time.perf_counter() - t < 5.0
