"""People across releases (pressroom.people): merging, fuzzy speaker lookup, quote filters."""

from __future__ import annotations

from pressroom.model import Person, Quote, Release
from pressroom.people import PeopleIndex, filter_quotes, match_speaker, name_key, quote_rows


def rel(rid: str, people: list[Person], quotes: list[Quote] = (), date: str | None = None) -> Release:
    return Release(path=f"/x/{rid}.txt", id=rid, date=date, people=list(people), quotes=list(quotes))


def q(speaker: str, text: str = "We will keep going.", kind: str = "direct", stype: str = "person", role=None) -> Quote:
    return Quote(text=text, speaker=speaker, kind=kind, speaker_type=stype, speaker_role=role)  # type: ignore[arg-type]


def test_name_key_folds_titles_accents_suffixes():
    assert name_key("Sen. Olympia J. Snowe") == "olympia j snowe"
    assert name_key("Virgil M. Harry, Jr.") == name_key("Virgil M. Harry")
    assert name_key("José Martínez") == "jose martinez"


def test_middle_initial_variant_merges_when_unambiguous():
    # senate Snowe releases write her name both ways
    idx = PeopleIndex([
        rel("a", [Person("Olympia J. Snowe", title="Sen.")], [q("Olympia J. Snowe"), q("Olympia J. Snowe")]),
        rel("b", [Person("Olympia Snowe", title="Senator")], [q("Olympia Snowe")]),
        rel("c", [Person("Snowe")]),
    ])
    [snowe] = idx.people
    assert snowe.name == "Olympia J. Snowe" and snowe.quotes == 3 and snowe.releases == ["a", "b", "c"]
    assert "Olympia Snowe" in snowe.aliases
    assert idx.canonical("Olympia Snowe") == "Olympia J. Snowe"


def test_different_middle_initials_stay_apart():
    idx = PeopleIndex([rel("a", [Person("John A. Smith")]), rel("b", [Person("John B. Smith")]),
                       rel("c", [Person("John Smith")])])
    assert sorted(p.name for p in idx.people) == ["John A. Smith", "John B. Smith", "John Smith"]


def test_nicknames_and_spelling_slips_merge_within_a_surname():
    idx = PeopleIndex([
        rel("a", [Person("Charles E. Grassley")]), rel("b", [Person("Chuck Grassley")]), rel("c", [Person("Chuck Grassley")]),
        rel("d", [Person("Dianne Feinstein")]), rel("e", [Person("Diane Feinstein")]),
    ])
    assert sorted(p.name for p in idx.people) == ["Chuck Grassley", "Dianne Feinstein"]


def test_lone_surname_joins_only_an_unambiguous_full_name():
    idx = PeopleIndex([rel("a", [Person("George W. Bush")]), rel("b", [Person("Laura Bush")]), rel("c", [Person("Bush")])])
    assert sorted(p.name for p in idx.people) == ["Bush", "George W. Bush", "Laura Bush"]


def test_match_speaker_is_fuzzy_and_says_what_it_matched():
    idx = PeopleIndex([rel("a", [Person("Wayne Marotto", title="Col.", aliases=["Col. Marotto", "Marotto"])]),
                       rel("b", [Person("Byron Dorgan")])])
    for query in ("marotto", "Wayne Marroto", "Col. Marotto", "MAROTTO"):
        [m] = match_speaker(query, idx.people)
        assert m.name == "Wayne Marotto", query
    [m] = match_speaker("Wayne Marroto", idx.people)
    assert m.score < 100 and m.via == "Wayne Marotto"
    assert match_speaker("zzyzx", idx.people) == []
    # organizations that spoke are found too
    assert [m.name for m in match_speaker("justice department", [], ["Justice Department"])] == ["Justice Department"]


def test_filters_kind_dates_org_and_release():
    rels = [
        rel("a", [Person("Tony West", role="Assistant Attorney General for the Civil Division")],
            [q("Tony West", role="Assistant Attorney General for the Civil Division"),
             q("Justice Department", "Cisco agreed to pay $48 million", "indirect", "organization")], date="2010-09-07"),
        rel("b", [Person("Byron Dorgan")], [q("Byron Dorgan", kind="indirect")], date=None),
    ]
    idx = PeopleIndex(rels)
    rows = quote_rows(rels, idx)
    assert len(rows) == 3
    assert [r.speaker for r in filter_quotes(rows, kind="indirect")] == ["Justice Department", "Byron Dorgan"]
    assert [r.speaker for r in filter_quotes(rows, since="2010-01-01")] == ["Tony West", "Justice Department"]
    assert filter_quotes(rows, until="2009-12-31") == []
    assert [r.speaker for r in filter_quotes(rows, org="justice department")] == ["Justice Department"]
    assert [r.speaker for r in filter_quotes(rows, org="Civil Division")] == ["Tony West"]
    assert [r.release for r in filter_quotes(rows, release_ids={"b"})] == ["b"]
