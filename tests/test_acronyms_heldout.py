"""Acronym rules from a held-out review (seed 154130). Each test reads a real sentence from a
release the rule was not written for; the issuer is named in a comment."""

from __future__ import annotations

import time

from pressroom.extract.acronyms import extract_acronyms


def defined(text: str) -> list[tuple[str, str]]:
    return [(a.short, a.long) for a in extract_acronyms([text]) if a.defined]


# --- a long form's last word may carry no letter ("... Kidney Diseases (NIDDK)")


def test_last_word_without_letter_ministry() -> None:
    # 247PressRelease curdlan/pineapple jam 2025-09-30 (the rule was written from Senate Snowe's
    # "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)"): was undefined
    text = "This research was funded by the Ministry of Higher Education Malaysia (MOHE) through the grant."
    assert defined(text) == [("MOHE", "Ministry of Higher Education Malaysia")]


def test_last_word_without_letter_exchange_quoted_short() -> None:
    # newmediawire Centenario 2025-10-14
    text = ("The proposed securities issuances of Centenario are subject to prior approval of the TSX Venture "
            "Exchange (“TSXV”) and, unless exempt, shareholders.")
    assert ("TSXV", "TSX Venture Exchange") in defined(text)


def test_last_word_without_letter_senate_act() -> None:
    # Senate Cornyn 29Feb2008: the long form keeps its last word (the scorer needs the whole form)
    text = ("Specifically, the Home Ownership, Manufacturing, and Economic Growth (HOME) Act would provide "
            "tax relief.")
    assert defined(text) == [("HOME", "Home Ownership, Manufacturing, and Economic Growth")]


def test_no_tail_word_for_short_forms_with_a_word_or_few_letters() -> None:
    # citybiz Blackstone/Rogers 2025-06-23: "(CPP Investments)" is the board's alias, no acronym
    text = "The investor group includes Canada Pension Plan Investment Board (CPP Investments), Caisse and others."
    assert defined(text) == []
    # three letters take no tail word: a name and its ticker stay apart
    assert defined("Shares of Sun Life Financial Group (SLF) rose.") == []


def test_tail_word_hostile_repeat_stays_linear() -> None:
    start = time.process_time()
    extract_acronyms(["Aa Bb Cc Dd Ee (ABCD) " * 5000])
    assert time.process_time() - start < 2.0
