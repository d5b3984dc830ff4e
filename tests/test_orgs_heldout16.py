"""Held-out organization cases, round 13 (helper orgs16). Each sentence is from a release other
than the one the rule was written for; the issuer is named in a comment."""
from __future__ import annotations

import time

from pressroom.extract.organizations import extract_organizations

from helpers import org_names


def _orgs(text: str) -> list[str]:
    return org_names([text])


def test_lower_case_house_senate_conference_committee_is_a_body() -> None:
    # Senate, Sen. Lugar (29 Jul 2005)
    text = ("The final version of the highway bill filed by a House-Senate conference committee and "
            "passed 412-8 by the House of Representatives includes the funds.")
    assert "House-Senate conference committee" in _orgs(text)


def test_senate_house_order_and_a_bare_conference_committee() -> None:
    # Senate, Sen. Chambliss (21 Oct 2005): the chamber pair names the body ...
    text = "The bill now goes to a House-Senate conference committee to work out a final version."
    assert "House-Senate conference committee" in _orgs(text)
    # ... a bare "the conference committee" only refers back to one (Sen. Brownback style)
    assert not any("onference" in n for n in _orgs("The conference committee met on Tuesday."))


def test_joint_conference_rule_stays_linear() -> None:
    hostile = "House-Senate conference committee " * 5000
    t0 = time.process_time()
    _orgs(hostile)
    assert time.process_time() - t0 < 1.0


def _all_orgs(text: str) -> list[str]:
    from pressroom.extract.knownorgs import add_known_orgs

    orgs, acronyms = extract_organizations([text], None, [], None)
    return [n for o in add_known_orgs(orgs, [text], None, [], acronyms, []) for n in [o.name, *o.aliases]]


def test_customs_and_border_protection_is_known_without_its_acronym() -> None:
    # DOJ release_00463 (an agency list with semicolons)
    text = ("The investigation was conducted by the Massachusetts State Police; Everett Police Department; "
            "U.S. Customs and Border Protection; and U.S. Immigration and Customs Enforcement.")
    assert "U.S. Customs and Border Protection" in _all_orgs(text)
    # Senate, Sen. Chambliss (7 Oct 2005): the name without "U.S."
    text = ("* $5.9 billion for Customs and Border Protection and $3.8 billion for Immigration and "
            "Customs Enforcement")
    assert "Customs and Border Protection" in _all_orgs(text)


def test_citizenship_and_immigration_services_is_known_without_its_acronym() -> None:
    # Senate, Sen. Grassley (10 Apr 2008) writes the agency without "U.S." and without "(USCIS)"
    text = "Here is a copy of the release from Citizenship and Immigration Services."
    assert "Citizenship and Immigration Services" in _all_orgs(text)


def test_a_court_before_a_justices_title_is_named() -> None:
    # Senate, Sen. Craig (19 Jul 2004): "Justice" after the court is the judge's title, as
    # "Judge" already was ("Superior Court Judge Ann Smith")
    text = ("All letters can be found in the committee's hearing record: Congressman HENRY HYDE, "
            "Wyoming Supreme Court Justice Marilyn Kite, Idaho Democrat Senator Chuck Cuddy.")
    assert "Wyoming Supreme Court" in _orgs(text)


def test_the_national_academies_are_known_by_their_plural() -> None:
    # Senate, Sen. Bingaman (27 Sep 2006): the plural with no acronym after it
    text = ("Including the provisions of our PACE Act, it will directly address the concerns raised in "
            "the National Academies of Science report.")
    assert "National Academies of Science" in _all_orgs(text)
    # Senate, Sen. Hutchison (5 Jan 2007): the bare plural
    text = ("Norman Augustine, chairman of the National Academies committee that produced the report, "
            "spoke.")
    assert "National Academies" in _all_orgs(text)
