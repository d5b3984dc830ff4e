"""Third round of held-out style checks for metadata, decoding and body/boilerplate structure.

Each rule is pinned on a real sentence from a release it was not written for (issuer in the comment).
"""

from __future__ import annotations

import time

from pressroom import parse_text
from pressroom.decode import normalize_text

# --- marks that lost bytes ------------------------------------------------------------------


def test_lost_quote_marks_and_apostrophes_come_back() -> None:
    # (Senate, Bill Nelson, 12 Oct 2006): UTF-8 read as Latin-1, the C1 bytes then dropped
    text = normalize_text("A major environmental organizationâs legal effort.\nâPregnant women, infants and children "
                          "have been, and likely still will be, used as human guinea pigs in pesticide testing,â? "
                          "Nelson said today.  âIt must be stopped.â?")
    assert text == ("A major environmental organization’s legal effort.\n“Pregnant women, infants and children "
                    "have been, and likely still will be, used as human guinea pigs in pesticide testing,” "
                    "Nelson said today.  “It must be stopped.”")


def test_lost_dash_and_bullet_come_back() -> None:
    # (Senate, Boxer, 3 Mar 2005; Senate, Akaka, 16 Mar 2006)
    assert normalize_text("elections in Saudi Arabia were held on February 10 â the first such elections") == (
        "elections in Saudi Arabia were held on February 10 – the first such elections")
    assert normalize_text("The bill:\nâ¢ Require the Director of the Federal Emergency Management Agency") == (
        "The bill:\n• Require the Director of the Federal Emergency Management Agency")


def test_words_with_a_circumflex_are_left_alone() -> None:
    # no sign of lost bytes: a real "â" stays
    assert normalize_text("Le château de Vâlcea est à côté.") == "Le château de Vâlcea est à côté."


def test_latin1_mojibake_mixed_with_good_marks() -> None:
    # (News Direct, Finding Ferdinand: C1 controls survived in one section, curly quotes elsewhere)
    text = normalize_text("“Clean,” she said. Formulas that enhance\u00e2\u0080\u0094not hide\u00e2\u0080\u0094what makes you, you.")
    assert text == "“Clean,” she said. Formulas that enhance—not hide—what makes you, you."


def test_repaired_headline_in_quotes_is_still_the_headline() -> None:
    # (Senate, Inhofe, 24 Jan 2005): the headline's quotes lost their bytes, then came back
    r = parse_text("United States Senator James Inhofe : Press Room\n\nFilter by:\n\n"
                   "âProposed Rule Change Would Allow Experienced Pilots to Keep Flyingâ?\n\n"
                   "January 24, 2005\n\nWASHINGTON---U.S. Senator Jim Inhofe (R-Okla.) today reintroduced "
                   "legislation. Itâs time.", "x.txt", extract=False)
    assert (r.title, r.date, r.location) == (
        "Proposed Rule Change Would Allow Experienced Pilots to Keep Flying", "2005-01-24", "WASHINGTON")


def test_lost_marks_stay_linear() -> None:
    start = time.perf_counter()
    normalize_text("Iâs âA " * 5000 + "â?")
    normalize_text("\u00e2\u0080" * 5000)
    assert time.perf_counter() - start < 0.5
