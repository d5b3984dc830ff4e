"""Organizations in other issuers' styles: a legal suffix before the full stop or after a
comma, a country's armed service named alone, a double legal suffix, and a name that goes on
across "and the" up to its parenthesised short form. Sentences from corpus releases of several
issuers (wires, DOJ, Senate) and from EU, US Navy and PRNewswire-style releases."""

from __future__ import annotations

from pressroom.extract.organizations import extract_organizations


def names(paragraphs: list[str], title: str | None = None) -> set[str]:
    return {o.name for o in extract_organizations(paragraphs, title)[0]}


def by_name(paragraphs: list[str]) -> dict:
    return {o.name: o for o in extract_organizations(paragraphs)[0]}


# --- a legal suffix ends the sentence or follows a comma -----------------------------------

def test_suffix_before_the_full_stop_after_a_plural_head():
    # PRNewswire style (the "Partners" head reads as a headline verb, so only its right side finds it)
    assert "Foundry Capital Partners LLC" in names(
        ["Acme Robotics today announced a $40 million Series B round led by Foundry Capital Partners LLC."])
    # DOJ
    assert "Taylor Contracting/Taylor Ready-Mix LLC" in names(
        ["In 2004, the name changed again to Taylor Contracting/Taylor Ready-Mix LLC."]) or \
        any(n.endswith("Ready-Mix LLC") for n in names(["In 2004, the name changed again to Taylor Contracting/Taylor Ready-Mix LLC."]))


def test_suffix_after_a_comma_joins_the_head_name():
    # newsworthy wire
    got = names(["Backed by Innovatus Capital Partners, LLC, Meet The People is deeply committed to its clients."])
    assert "Innovatus Capital Partners, LLC" in got
    assert "Innovatus Capital Partners" not in got


def test_an_ambiguous_word_after_a_comma_is_not_a_suffix():
    got = names(["Shares of Valor Equity Partners, AG Paxton said."])
    assert "Valor Equity Partners" in got


def test_double_legal_suffix_groups_with_the_bare_name():
    # newsworthy wire: "Co., Ltd." and the bare name later are one company
    got = by_name(["Yamaguchi Heavy Industries Co., Ltd. / American Katerra, LLC",
                   "With over 75 years of experience as a steel fabricator, Yamaguchi Heavy Industries delivers "
                   "sustainable infrastructure solutions."])
    assert "Yamaguchi Heavy Industries" not in got
    assert "Yamaguchi Heavy Industries" in got["Yamaguchi Heavy Industries Co., Ltd."].aliases


# --- an armed service named alone ----------------------------------------------------------

def test_the_navy_alone_is_an_organization():
    # US Navy release
    got = by_name(["The Navy christened the future USNS Harvey Milk (T-AO 206) during a ceremony in San Diego, Nov. 6.",
                   '"The christening of this ship is an important milestone," said Secretary of the Navy Carlos Del Toro.'])
    assert set(got) == {"Navy"}
    assert got["Navy"].mentions == 2


def test_services_in_a_senate_list():
    # Senate (Boxer)
    got = names(["Our high mountain areas in the Sierra Nevada and White Mountains provide diverse training "
                 "for the Army, Navy, Air Force, and Marines."])
    assert "Army" in got


def test_lone_service_joins_its_full_name():
    got = by_name(["The U.S. Navy christened the ship. The Navy said the ship will join the fleet."])
    assert set(got) == {"U.S. Navy"}
    assert "Navy" in got["U.S. Navy"].aliases


def test_service_word_without_the_is_no_organization():
    assert names(["He is a Navy veteran and a former teacher."]) == set()
    assert "Navy" not in names(["DVIRC today announced its relocation to Building M4 at the Philadelphia Navy Yard."])


# --- a name across "and the" up to its short form -------------------------------------------

def test_name_goes_on_to_its_parenthesised_short_form():
    # EU Commission release: the short form abbreviates the Spanish name, not the English one
    got = by_name(["The Spanish Ministry for the Ecological Transition and the Demographic Challenge (MITECO) "
                   "will manage the scheme."])
    name = "Spanish Ministry for the Ecological Transition and the Demographic Challenge"
    assert set(got) == {name}
    assert "MITECO" in got[name].aliases


def test_and_the_before_another_body_still_splits():
    got = names(["Today the Department of Justice and the Federal Trade Commission (FTC) issued a joint statement."])
    assert {"Department of Justice", "Federal Trade Commission"} <= got


def test_and_the_without_a_short_form_ends_the_name():
    assert "Department of Energy" in names(["He thanked the Department of Energy and the Environment Team today."])


def test_bad_input_and_the_runs_stay_fast():
    import time
    text = " ".join(["Ministry for the Transition and the Challenge"] * 2000) + " (MITECO)"
    t = time.perf_counter()
    extract_organizations([text, "LLC. " * 5000, ", Inc." * 5000, "the Navy " * 5000])
    assert time.perf_counter() - t < 5
