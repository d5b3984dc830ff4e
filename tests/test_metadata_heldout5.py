"""Held-out metadata checks (helper hm5): rules tested on releases they were not written for."""
from __future__ import annotations

import time

from pressroom import parse_text
from pressroom.structure.dateline import parse_dateline


def test_newsletter_heading_with_issue_month_is_no_dateline() -> None:
    # Senate, Roberts (21 Jun 2007): a newsletter's headline, not "THE ROBERTS REPORT" as a place
    assert parse_dateline("THE ROBERTS REPORT - JUNE") is None
    assert parse_dateline("Monthly Update -- September") is None
    text = (
        "THE ROBERTS REPORT - JUNE\n\n"
        "A CHAMPION OF RURAL HEALTH CARE\n\n"
        "Senator Roberts was recently named Co-Chairman of the Senate Rural Health Care Caucus, which is "
        "a bipartisan group of Senators that work together to improve access to quality health care in rural areas.\n"
    )
    r = parse_text(text, extract=False)
    assert r.location is None
    assert r.title == "THE ROBERTS REPORT - JUNE"


def test_real_datelines_keep_their_place() -> None:
    # Senate, Bond: a place and its dash before the lede; a dated dateline naming a month
    dl = parse_dateline("WASHINTON, DC – U.S. Senator Kit Bond today announced that he secured $500,000")
    assert dl is not None and dl.place == "WASHINTON, DC"
    dl = parse_dateline("WASHINGTON - June 5, 2007 - The Senate passed")
    assert dl is not None and dl.place == "WASHINGTON" and dl.date == "2007-06-05"
    dl = parse_dateline("AUGUSTA, GA - Local officials today")
    assert dl is not None and dl.place == "AUGUSTA, GA"


def test_bare_month_rule_is_linear() -> None:
    hostile = "WASHINGTON - " + "June " * 5000
    t = time.perf_counter()
    parse_dateline(hostile)
    parse_dateline("THE REPORT - " + "-" * 5000 + "JUNE")
    assert time.perf_counter() - t < 0.5


def test_places_joined_by_colons_before_a_wire_date() -> None:
    # 24-7PressRelease (Matlin Injury Law, May 2024) dateline with a second place joined by a colon,
    # as the Flint/Detroit release writes its places; the tag stays the source
    dl = parse_dateline(
        "PARKER, CO: DENVER, CO, May 01, 2024 /24-7PressRelease/ -- Matlin Injury Law will reward one college"
    )
    assert dl is not None
    assert (dl.place, dl.source, dl.date) == ("PARKER, CO: DENVER, CO", "24-7PressRelease", "2024-05-01")
    # the single-place form is unchanged, and a colon before prose is no joint place
    dl = parse_dateline("ROGERSVILLE, MO, May 05, 2024 /24-7PressRelease/ -- Worsham Law Firm, an estate planning")
    assert dl is not None and dl.place == "ROGERSVILLE, MO" and dl.source == "24-7PressRelease"
    assert parse_dateline("WASHINGTON: Senators Bond and Talent, on May 5, 2005, said") is None
    t = time.perf_counter()
    parse_dateline("FLINT, MI" + ": DETROIT, MI STATE of MICHIGAN" * 5000 + ", October 16, 2025")
    assert time.perf_counter() - t < 0.5
