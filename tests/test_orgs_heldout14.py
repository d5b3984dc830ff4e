"""Organization rules from the twelfth round (precision on held-out issuers; sample seed 660719:
Senate Bingaman/Craig/Chafee/Grassley/Roberts/Reid/Tester, DOJ 00161/02016/06392/07871, evertiseaipr,
prism). Each test reads a real sentence from a release the rule was not written for; the issuer is
named in a comment."""

from __future__ import annotations

import time

from helpers import org_names as names


# --- a fund that is an account or a programme's money is no body
# (written from DOJ release_06392's 'returned to the Deposit Insurance Fund')


def test_trust_fund_is_an_account() -> None:
    # Senate Lugar 29Jul2005
    text = ("The formula is based on contributions to the Highway Trust Fund and generated largely by the "
            "federal fuel tax, Lugar said.")
    assert names([text]) == []


def test_relief_fund_is_an_account_its_owner_stays() -> None:
    # Senate Feingold 24Aug2006
    text = ("Feingold's bill would transfer funding for remaining temporary rental assistance programs from "
            "FEMA's Disaster Relief Fund to the Department of Housing and Urban Development's (HUD) Disaster "
            "Voucher Program.")
    got = names([text])
    assert "Disaster Relief Fund" not in got and "Department of Housing and Urban Development" in got


def test_service_fund_with_its_acronym_is_an_account() -> None:
    # Senate Snowe 3Feb2005
    text = ("The senators joined Chairman Ted Stevens to permanently exempt the Universal Service Fund (USF) "
            "from the Anti-Deficiency Act.")
    assert "Universal Service Fund" not in names([text])


def test_a_fund_that_is_a_body_stays() -> None:
    # Senate Tester 29Mar2007: the programme's fund goes, the land trust named 'The Conservation Fund' stays
    text = ("The Bureau of Land Management supported a final allocation from the Land and Water Conservation "
            "Fund, said Gates Watson, Montana State Director for The Conservation Fund.")
    got = names([text])
    assert "Land and Water Conservation Fund" not in got
    assert any(n.endswith("Conservation Fund") and not n.startswith("Land") for n in got)
    assert "World Wildlife Fund" in names(["The World Wildlife Fund said the plan falls short."])


def test_fund_rule_hostile_is_linear() -> None:
    text = "the Big Relief Fund and the Trust Fund " * 5000
    t0 = time.process_time()
    names([text])
    assert time.process_time() - t0 < 3.0


# --- an event's, a product's, a law's or a programme's name is no body (its last word says so)


def test_trade_show_is_an_event() -> None:
    # 247PressRelease 2025-01-24 (ATS Group)
    got = names(["ATS Group proudly represented its brand at SHOT Show 2025 in Las Vegas."],
                "ATS Group Showcases Innovations at SHOT Show 2025")
    assert "SHOT Show" not in got


def test_polar_year_and_its_acronym_are_no_body() -> None:
    # Senate Stevens 19Mar2007
    text = ("With Alaskans facing global climate change issues today, the International Polar Year (IPY) is an "
            "important opportunity for our state. IPY will bring scientists to Alaska.")
    got = names([text])
    assert "International Polar Year" not in got and "IPY" not in got


def test_a_law_is_no_body() -> None:
    # Senate Carper 13Sep2005
    text = ("Employing the seldom-used Congressional Review Act, a bipartisan group of senators introduced a "
            "resolution against the EPA rule.")
    assert "Congressional Review Act" not in names([text])


def test_an_office_named_by_its_programs_stays() -> None:
    # DOJ release_00161: an office is named by what it runs
    text = "The Office of Justice Programs (OJP) awarded the grants."
    assert "Office of Justice Programs" in names([text])


# --- "Senior" before a court is a judge's rank


def test_senior_judge_rank_is_not_the_courts_name() -> None:
    # DOJ release_01406 (the rule was written from DOJ release_01055)
    text = ("The defendant was sentenced by Senior U.S. District Court Judge Joseph E. Irenas to 41 months "
            "in prison.")
    got = names([text])
    assert "U.S. District Court" in got and not any(n.startswith("Senior") for n in got)


# --- "Lines" heads a carrier's name after its kind of carriage (round-11 leftover: Isakson's "Delta")


def test_air_lines_is_a_carriers_head() -> None:
    # Senate Stevens 24Jan2007 (the leftover was Senate Isakson 14Sep2005's bare "Delta")
    text = ("Stevens pressed witnesses about whether the potential merger between Delta Air Lines and U.S. "
            "Airways would affect air service to and from Alaska.")
    got = names([text])
    assert "Delta Air Lines" in got and not any(" and " in n for n in got)


def test_lines_without_a_carriage_word_is_no_head() -> None:
    text = "Senators voted along party lines, and the Front Lines Coalition Lines up behind the bill."
    assert not any(n.endswith("Lines") for n in names([text]))


def test_air_lines_hostile_is_linear() -> None:
    text = "Big Air Lines and Small Air Lines " * 5000
    t0 = time.process_time()
    names([text])
    assert time.process_time() - t0 < 3.0


# --- an owner whose possessive lost its apostrophe does not lead the body's name


def test_lost_apostrophe_state_owner() -> None:
    # DOJ release_00463 (round 11 leftover 'Massachusettss National Security Unit')
    text = ("The case is being prosecuted by Assistant U.S. Attorneys of the District of Massachusettss National "
            "Security Unit, with assistance from the FBI in Massachusetts.")
    got = names([text])
    assert not any(n.startswith("Massachusettss") for n in got)


def test_plural_opening_a_name_stays() -> None:
    # Senate (veterans' health): a plural is no lost owner
    text = "The Veterans Health Administration said veterans would be served."
    assert "Veterans Health Administration" in names([text])


def test_lost_owner_hostile_is_linear() -> None:
    text = "Zorxs Big Unit said. " * 5000  # the owner is never written alone: one search, not 5,000
    t0 = time.process_time()
    names([text])
    assert time.process_time() - t0 < 3.0
