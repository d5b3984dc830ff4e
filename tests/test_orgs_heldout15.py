"""Veterans' service organizations named bare (org_aliases triggers). Written from the held-out
check set's Senate Talent 17Oct2006 ('Veterans of Foreign Wars (VFW)'); tested on other releases."""

from __future__ import annotations

from helpers import CORPUS, needs_corpus
from helpers import known_org_names as known
from helpers import org_names as names


def test_veterans_groups_in_a_coalition_list() -> None:
    # Senate Burns 28Apr2006
    text = ("The Military Coalition members include the Veterans of Foreign Wars, the Marine Corps League and the "
            "Naval Reserve Association. The American Legion has also sent a letter in support of the bill.")
    got = known([text])
    assert "Veterans of Foreign Wars" in got and "American Legion" in got


def test_a_speech_to_the_legion_and_its_press_release_cited() -> None:
    # Senate Reid 24Feb2006
    text = ("Senate Democratic Leader Harry Reid released the following statement on President Bush's speech "
            "today to the American Legion.")
    assert "American Legion" in known([text])


def test_a_legion_post_is_its_own_longer_name() -> None:
    # a post or a state department of the Legion is a longer name, not the bare national body
    text = "Members of American Legion Post 64 and the Georgia chapter met the senator."
    assert "American Legion" not in known([text])


def test_fish_and_wildlife_is_one_name_before_a_second_head() -> None:
    # DOJ release_01370 (2016, eel trafficking; written from it): the 'and' of 'Fish and Wildlife'
    # (a pair from the curated U.S. Fish and Wildlife Service) joins one name, though a head follows
    text = ("The case was investigated in collaboration with the Maine Marine Patrol, New Jersey Division of Fish "
            "and Wildlife Bureau of Law Enforcement, USFWS Refuge Law Enforcement and the FBI.")
    got = names([text])
    assert "New Jersey Division of Fish and Wildlife Bureau of Law Enforcement" in got
    assert "New Jersey Division of Fish" not in got and "USFWS Refuge Law Enforcement" in got
    # the federal service itself, as before
    assert names(["Agents of the U.S. Fish and Wildlife Service and the Department of Justice met."])[0] == \
        "U.S. Fish and Wildlife Service"


def test_the_house_named_by_its_officers_and_members() -> None:
    # written from minigold5's Senate Domenici 18Nov2005 ('instructions issued by House Speaker Dennis
    # Hastert that call for House negotiators'); tested on other senators' releases
    # Senate Cornyn 26Oct2007
    assert "House" in names(["Cornyn sent a letter to Senate Majority Leader Harry Reid and House Speaker Nancy "
                             "Pelosi urging them to act."])
    # Senate Grassley 9Feb2005; Senate Sarbanes 20Jul2006
    assert "House" in names(["House members are introducing a companion bill."])
    assert "House" in names(["The bill must now be reconciled with a previously passed House version."])


def test_a_state_house_and_a_named_house_are_not_the_chamber() -> None:
    # newsdirect 2024-04-05 (Rhode Island energy forum): the state house's Speaker
    assert "House" not in names(["Hosts: K. Joseph Shekarchi, Representative & House Speaker, Rhode Island House "
                                 "of Representatives."])
    assert "House" not in names(["The White House Speaker series and the Opera House members met."])


def test_many_house_officers_stay_linear() -> None:
    import time

    t = time.perf_counter()
    names(["House Speaker and House members. " * 5000])
    assert time.perf_counter() - t < 1.0


@needs_corpus
def test_homeland_security_possessive_without_its_apostrophe() -> None:
    # written from minigold4's DOJ 03329; tested on DOJ release_00468 (2013): 'Department of Homeland
    # Securitys Homeland Security Investigations' led the unit's name with its owner
    from pressroom import parse_file

    orgs = parse_file(CORPUS / "doj" / "release_00468.html").organizations
    hsi = [o for o in orgs if o.acronym == "HSI"]
    assert hsi and hsi[0].name == "Homeland Security Investigations"
    assert "Department of Homeland Securitys Homeland Security Investigations" in hsi[0].aliases
