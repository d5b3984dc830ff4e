"""Held-out people checks, round 11 (minigold3's missed `his daughter, Hali`, counted over the corpus).

A relative named by a given name alone after `his wife`, `my wife`, `his son`, `her husband`,
`his daughter` was never listed: the scan reads runs of two capitalised words or more.
"""
from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def _people(paragraphs: list[str]) -> list[str]:
    _, people = extract_quotes(paragraphs, "Title")
    return [p.name for p in people]


def test_wife_set_off_by_commas() -> None:
    # Senate Allen, 8Oct2004Allen381
    got = _people(["Senator George Allen spoke at the event. Senator Allen and his wife, Susan, have been very "
                   "active in promoting research into childhood cancers."])
    assert "Susan" in got, got


def test_my_wife_inside_a_quote() -> None:
    # Senate Jeffords, 12May2005Jeffords163
    got = _people(["Sen. Jim Jeffords said, \"The Pierce Store was the hub of our small community when my wife "
                   "Liz and I settled in Shrewsbury in 1963.\""])
    assert "Liz" in got, got


def test_son_with_his_age() -> None:
    # Senate Allen, 8Oct2004Allen381
    got = _people(["Mark Green spoke about his own cancer struggle as well as that of his 5-year-old son Jackson, "
                   "who is battling leukemia."])
    assert "Jackson" in got, got


def test_relative_named_in_full_or_titled_is_left_to_the_scan() -> None:
    # Senate Hutchison 7Dec2007 (`his son, President George W. Bush`), `her husband, Dr. ...`
    got = _people(["Former President George H.W. Bush and his son, President George W. Bush, attended.",
                   "She thanked her husband, Dr. Peter Smith, for his support."])
    assert "President" not in got and "Dr" not in got and "Dr." not in got, got


def test_relative_named_before_is_the_same_person() -> None:
    # Senate Talent, 11Oct2004Talent6: `Isaac Singleton` first, then `My 10-year-old son Isaac`
    got = _people(["Everline Smith is the mother of 10-year old Isaac Singleton, who suffers from sickle cell disease.",
                   "\"My 10-year-old son Isaac has Sickle Cell Disease,\" she said."])
    assert "Isaac" not in got, got


def test_kin_hostile_input_stays_linear() -> None:
    par = "his wife, Susan his son Dr. " * 5000
    t = time.process_time()
    extract_quotes([par], "Title")
    assert time.process_time() - t < 1.0


def test_titled_surname_after_of() -> None:
    # Senate Lugar, 29Jul2005Lugar176; Senate Jeffords, 17Feb2005Jeffords205
    got = _people(["\"I appreciate the leadership of Congressman Chocola and Congressman Burton in shepherding "
                   "this bill,\" said Lugar.",
                   "The agreement was reached without the commitment of Senator Gregg, who as chairman of the HELP "
                   "Committee led the talks."])
    assert "Chocola" in got and "Gregg" in got, got


def test_rank_after_of_names_no_one() -> None:
    # DOJ 08878 (`Bureau of Justice Assistance`), Senate Grassley 13Mar2008 (`Sergeant Bluff`, a town)
    got = _people(["The Justice Departments Bureau of Justice Assistance (BJA) has established the program.",
                   "Benjamin Sowers of Sergeant Bluff, son of Angela and David Sowers, was nominated."])
    assert "Assistance" not in got and "Bluff" not in got, got


def test_a_grandson_alone_passes_the_kin_pre_test() -> None:
    # the pre-test looked for " son", which 'grandson' does not hold: a release naming only a
    # grandson by his given name listed no one for him (review finding)
    from pressroom.extract.quotes import extract_quotes

    paras = ["Retired farmer Walter Grant was honored on Tuesday at the county fair.",
             "The award was accepted by his grandson, Tyler, at the ceremony."]
    _, people = extract_quotes(paras, "Farmer Honored", [])
    assert [p.name for p in people] == ["Walter Grant", "Tyler"]
