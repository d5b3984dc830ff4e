"""Organization rules from a held-out review (seed 16551: Senate Hutchison, Snowe, Stabenow, Grassley,
Burns, Inhofe; DOJ) and corpus counts of the names it showed missed. Each test reads a real sentence
from a release the rule was not written for; the issuer is named in a comment."""

from __future__ import annotations

import time

from pressroom.extract.organizations import extract_organizations


def names(paragraphs: list[str]) -> list[str]:
    return [o.name for o in extract_organizations(paragraphs, None, [], None)[0]]


# --- the state and the component before "National Guard" are part of its name
# (written from Senate Snowe 9Mar2005 'the Maine Army National Guard' / 'Maine Air National Guard')


def test_state_air_national_guard() -> None:
    # Senate Tester 9Nov2007: only 'National Guard' was found
    text = ("The bill includes $4 million to improve communications for aircraft that patrol the northern "
            "border, including the Montana Air National Guard.")
    assert names([text]) == ["Montana Air National Guard"]


def test_state_national_guard() -> None:
    # Senate Dayton 15Mar2006
    text = ('"The members of the Minnesota National Guard are dedicated to their mission; they redefine '
            'courage and patriotism as I understand those words," said Dayton.')
    assert "Minnesota National Guard" in names([text])


def test_state_army_national_guard_in_doj_text() -> None:
    # DOJ release_06608 (USERRA settlement)
    text = ("The settlement resolves the allegations that Jerome County violated the employment rights of "
            "Idaho Army National Guard Member Mervin Jones while he was recuperating from a knee injury.")
    assert "Idaho Army National Guard" in names([text])


def test_a_component_alone_and_no_state() -> None:
    # Senate Stabenow 25Jun2004: the component alone; Senate Salazar 27Jan2006: 'Our' is no state
    assert "Army National Guard" in names(
        ["It includes $2 million for the Army National Guard to purchase the Extended Cold Weather Clothing System."])
    assert "National Guard" in names(
        ['"Our National Guard must have the equipment necessary to continue to protect America," Senator Salazar said.'])


def test_national_guard_prefix_is_linear() -> None:
    text = "the Maine Army National Guard and " * 5000
    t = time.process_time()
    names([text])
    assert time.process_time() - t < 1.0
