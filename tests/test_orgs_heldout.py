"""Organizations and acronyms in the styles of issuers outside the dev set: DOJ pages whose
apostrophes were stripped ("the FBIs Salt Lake City Division"), Senate offices and newswires.
Each test quotes a real sentence from a corpus release the rule was not written from."""

from __future__ import annotations

from pressroom.extract.organizations import extract_organizations


def orgs(paragraphs: list[str], title: str | None = None) -> list:
    return extract_organizations(paragraphs, title)[0]


def names(paragraphs: list[str], title: str | None = None) -> set[str]:
    return {o.name for o in orgs(paragraphs, title)}


# --- DOJ: possessives whose apostrophe was lost ----------------------------------------------

def test_an_acronym_with_a_lost_apostrophe_owns_the_unit():
    # DOJ release_03249 (National Security Division)
    got = names(["Assistant Attorney General for National Security John P. Carlin, U.S. Attorney Wendy J. "
                 "Olson of the District of Idaho and Special Agent in Charge Eric Barnhart of the FBIs Salt "
                 "Lake City Division made the announcement."])
    assert "Salt Lake City Division" in got
    assert not any(n.startswith("FBIs") for n in got)


def test_an_owner_before_a_unit_is_no_list_item_and_no_renaming():
    # DOJ release_07542 (Consumer Protection Branch)
    got = orgs(["The matter was handled by the Justice Departments Consumer Protection Branch, the FDAs Office "
                "of the General Counsel, and the U.S. Attorneys Office for the Northern District of Ohio."])
    by = {o.name: o for o in got}
    assert "Office of the General Counsel" in by and "Consumer Protection Branch" in by
    assert "FDAs" not in by and "FDA" not in by


def test_units_of_two_owners_stay_apart():
    # DOJ release_00329 (Criminal Division, FBI, CFTC)
    got = names(["The enforcement actions were announced by Acting Assistant Attorney General John P. Cronan of "
                 "the Justice Departments Criminal Division, Deputy Assistant Director Chris Hacker of the FBIs "
                 "Criminal Investigative Division and Director James McDonald of the U.S. Commodity Futures "
                 "Trading Commissions (CFTC) Division of Enforcement."])
    assert {"Criminal Division", "Criminal Investigative Division"} <= got
