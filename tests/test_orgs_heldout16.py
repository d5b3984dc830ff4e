"""Held-out organization cases, round 13 (helper orgs16). Each sentence is from a release other
than the one the rule was written for; the issuer is named in a comment."""
from __future__ import annotations

import time

from pressroom.extract.organizations import extract_organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_organizations([text], None, [], None)[0]]


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
