"""Acronym rules from a twelfth-round held-out review (seed 660719: Senate Bingaman/Craig/Chafee/
Tester/Roberts, DOJ 00161/02016/06392, evertiseaipr, prism). Each test reads a real sentence from a
release the rule was not written for; the issuer is named in a comment."""

from __future__ import annotations

import time

from pressroom.extract.acronyms import extract_acronyms


def defined(text: str) -> list[tuple[str, str]]:
    return [(a.short, a.long) for a in extract_acronyms([text]) if a.defined]


# --- a name's complement after the letters' words ("National Firearms Act of 1934 (NFA)")


def test_complement_after_the_letters_for() -> None:
    # DOJ release_00161 (U.S. Attorney Anderson's Senate statement): was undefined
    text = ("The Tribal Access Program for National Crime Information (TAP) is an effective tool for "
            "participating Tribes to track and contribute data on opioid-related crimes.")
    assert defined(text) == [("TAP", "Tribal Access Program")]


def test_complement_after_the_letters_long_complement() -> None:
    # DOJ release_10112 (Civil Rights Division): the complement is wider than the letters' window
    text = ("The Office of Special Counsel for Immigration-Related Unfair Employment Practices (OSC) is "
            "responsible for enforcing the anti-discrimination provision.")
    assert defined(text) == [("OSC", "Office of Special Counsel")]


def test_complement_after_the_letters_of_the() -> None:
    # DOJ release_08741 (Medicare fraud strike force): the letters were given to the AG's office
    text = ("The case was investigated by the FBI, HHS-OIG and the Medicaid Fraud Control Unit of the "
            "Louisiana State Attorney Generals Office (MFCU).")
    assert ("MFCU", "Medicaid Fraud Control Unit") in defined(text)


def test_complement_after_lower_case_letters() -> None:
    # DOJ release_11774: "undercover employee" is what UCE stands for, not the FBI
    text = ("He met an individual he believed to be an Israeli intelligence officer, but who was in fact "
            "an undercover employee of the FBI (UCE).")
    assert defined(text) == [("UCE", "undercover employee")]


def test_complement_needs_a_name() -> None:
    # a lower-case word after the preposition is no name's complement: nothing is defined
    text = "the Office of Special Counsel for unfair employment practices (OSC) said"
    assert defined(text) == []


def test_complement_hostile_is_linear() -> None:
    text = "Office of Special Counsel for Big Names (OSC) " * 5000
    t0 = time.process_time()
    extract_acronyms([text])
    assert time.process_time() - t0 < 2.0
