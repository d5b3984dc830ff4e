"""The FTS5 index: ranking, operators on real release text, fields, dates, snippets, typos.

Releases are built from sentences copied from corpus files of several issuers (GOV.KRD seed,
DOJ, Senate offices, Newsworthy wires); quotes and organizations are set by hand so that the
speaker:/org: fields are tested independently of the extractors.
"""

import dataclasses
import sqlite3

import pytest

from pressroom.errors import PressroomError
from pressroom.index import (
    MARK_END, MARK_START, count, create_schema, decode_extra, delete_files, encode_extra, highlight_spans, insert_file,
    release_row, search,
    unpack_release, vocabulary_lookups,
)
from pressroom.model import Organization, Person, Quote, Release
from pressroom.query import correct, parse_query

from helpers import SEEDS

KRD = Release(
    path="krd.txt", id="krd0000001", date="2021-02-17", source="GOV.KRD", location="Erbil, Kurdistan Region, Iraq",
    title="Coalition Forces meet with Joint Coalition Coordination Center forces in Erbil",
    paragraphs=[
        "A military delegation from the Combined Joint Task Force - Operation Inherent Resolve, the 83-member "
        "International Coalition to defeat ISIS, on February 17, 2021, visited the Joint Coalition Coordination "
        "Center (JCCC) in Erbil to meet with the Kurdistan Region and Iraq\u2019s military and security forces.",
        "The JCCC was established in 2015 to coordinate operations between the Peshmerga Security Forces and the "
        "Iraqi Security Forces (ISF) in the fight against ISIS.",
        "\u201cThe coordination center remains a great example of the Peshmerga Security Forces and Iraqi Security "
        "Forces working together with a common goal,\u201d said Col. Wayne Marotto, the Coalition\u2019s military spokesperson.",
    ],
    quotes=[Quote(text="The coordination center remains a great example", speaker="Wayne Marotto", paragraph=2)],
    people=[Person(name="Wayne Marotto", title="Col.", role="the Coalition's military spokesperson")],
    organizations=[Organization(name="Joint Coalition Coordination Center", acronym="JCCC"),
                   Organization(name="Iraqi Security Forces", acronym="ISF")],
)
DOJ = Release(
    path="doj.html", id="doj0000001", date="2010-09-07", location="WASHINGTON",
    title="Cisco Systems and Westcon Group North America Pay $48 Million to Settle False Claims Act Allegations",
    paragraphs=[
        "Cisco Systems and Westcon Group North America (formerly d.b.a. Comstor) have agreed to pay the United States "
        "$48 million to settle claims that they made misrepresentations to the General Services Administration (GSA) "
        "and other federal agencies in violation of the False Claims Act, the Justice Department announced today.",
        "\"Contractors that do business with the United States must deal fairly with federal agencies,\" said Tony West, "
        "Assistant Attorney General for the Civil Division of the Department of Justice.",
    ],
    quotes=[Quote(text="Contractors that do business with the United States", speaker="Tony West", paragraph=1)],
    organizations=[Organization(name="General Services Administration", acronym="GSA"),
                   Organization(name="Department of Justice", aliases=["Justice Department"])],
)
SENATE_TITLE = Release(
    path="carper.txt", id="sen0000001", date="2007-08-03",
    title="Senate Passes Vital Infrastructure Improvements Bill",
    paragraphs=[
        "At midnight last night, the Senate unanimously passed the National Commission legislation to address the "
        "deteriorating condition of Americas roads, bridges, drinking water systems, dams and other public works.",
    ],
)
SENATE_BODY = Release(
    path="brownback.txt", id="sen0000002", date="2006-06-06", location="WASHINGTON",
    title="Brownback Introduces Independent Health Record Bank Act",
    paragraphs=[
        "U.S. Senator Sam Brownback (R-KS) today introduced the Independent Health Record Bank Act, which would "
        "improve medical care and reduce costs by establishing a nationwide health information network.",
        "Brownback said the bill complements his work on transportation and infrastructure spending, and that "
        "records should be as simple as checking your bank records using your ATM card.",
    ],
)
# Stevens (Senate): "Prime Minister" together; a wire release: the two words far apart
STEVENS = Release(
    path="stevens.txt", id="sen0000003", title="Sen. Stevens Speaks With Japanese PM About Whaling Issues",
    paragraphs=["Senator Ted Stevens (R-Alaska) today released the following statement after meeting with Japanese "
                "Prime Minister Shinzo Abe and Japanese Ambassador Ryozo Kato."],
)
WIRE = Release(
    path="wire.md", id="nw00000001", date="2026-03-03", source="NOTICIAS NEWSWIRE", location="LOS ANGELES, CA",
    title="Affordability Summit Convenes Top Leaders to Drive Concrete Action",
    paragraphs=["The Summit was the prime gathering of the year for the City\u2019s Community Investment for Families "
                "Department, which convened more than 200 leaders from across sectors on March 2.",
                "A former minister of housing from Japanese partner cities spoke about the affordability crisis in Los Angeles."],
)
ALL = [KRD, DOJ, SENATE_TITLE, SENATE_BODY, STEVENS, WIRE]


def build(releases=ALL):
    db = sqlite3.connect(":memory:", isolation_level=None)
    create_schema(db)
    for fid, rel in enumerate(releases, 1):
        db.execute("INSERT INTO files(fid, root, rel, size, mtime_ns) VALUES (?, 0, ?, 1, 1)", (fid, rel.path))
        insert_file(db, fid, [release_row(rel, 0)])
    return db


def ids(db, text, **kw):
    return [h.id for h in search(db, parse_query(text), **kw)]


@pytest.fixture(scope="module")
def db():
    return build()


def test_title_hit_beats_body_hit(db):
    # "infrastructure" is in Carper's headline, and once in Brownback's body
    assert ids(db, "infrastructure") == ["sen0000001", "sen0000002"]


def test_phrase_beats_scattered_words(db):
    assert ids(db, '"prime minister"') == ["sen0000003"]
    # without quotes both match, the release with the words side by side first
    assert ids(db, "prime minister") == ["sen0000003", "nw00000001"]
    assert ids(db, "japanese minister")[0] == "sen0000003"


def test_operators_on_release_text(db):
    assert ids(db, "peshmerga isis") == ["krd0000001"]
    assert ids(db, "peshmerga westcon") == []
    assert set(ids(db, "westcon OR peshmerga")) == {"krd0000001", "doj0000001"}
    assert ids(db, "senate -brownback") == ["sen0000001"]
    assert set(ids(db, "afford*")) == {"nw00000001"}
    assert set(ids(db, "misrep*")) == {"doj0000001"}


def test_field_filters(db):
    assert ids(db, "speaker:marotto") == ["krd0000001"]
    assert ids(db, 'speaker:"tony west"') == ["doj0000001"]
    assert ids(db, "speaker:brownback") == []  # named in the text, but quoted by nobody here
    assert ids(db, "org:jccc") == ["krd0000001"]
    assert ids(db, 'org:"justice department"') == ["doj0000001"]
    assert ids(db, "source:newswire") == ["nw00000001"]
    assert ids(db, "source:gov.krd") == ["krd0000001"]
    assert set(ids(db, "location:washington")) == {"doj0000001", "sen0000002"}
    assert ids(db, "title:summit") == ["nw00000001"]
    assert ids(db, "title:peshmerga") == []


def test_names_fields_combine_with_the_text(db):
    # speaker:/org: live in the `names` table, the rest in `fts`: every mix of the two
    assert ids(db, "speaker:marotto peshmerga") == ["krd0000001"]
    assert ids(db, "speaker:marotto westcon") == []
    assert set(ids(db, "speaker:marotto OR westcon")) == {"krd0000001", "doj0000001"}
    assert set(ids(db, "speaker:marotto OR org:gsa")) == {"krd0000001", "doj0000001"}
    assert ids(db, "speaker:marotto -isis") == []
    assert ids(db, "isis -speaker:marotto") == []
    assert set(ids(db, "speaker:marotto OR westcon -cisco")) == {"krd0000001"}
    assert set(ids(db, "speaker:marotto OR westcon", since="2021-01-01")) == {"krd0000001"}
    assert ids(db, "org:jccc", sort="date") == ["krd0000001"]
    assert count(db, parse_query("speaker:marotto OR westcon")) == 2


def test_a_names_only_hit_has_a_snippet(db):
    (hit,) = search(db, parse_query("speaker:marotto"))
    assert "\x02Marotto\x03" in hit.snippet and hit.score >= 0  # BM25 of a 2-row table: ~0
    (hit,) = search(db, parse_query('org:"justice department"'))
    assert hit.snippet  # the body's opening words when the name is not in it as written


def test_date_ranges(db):
    assert ids(db, "senator OR senate OR coalition OR cisco OR summit", since="2010-01-01", until="2021-12-31", sort="date") == [
        "krd0000001", "doj0000001"]
    assert ids(db, "senate OR senator", until="2006-12-31") == ["sen0000002"]
    assert ids(db, "senate OR senator", since="2007-08-03", until="2007-08-03") == ["sen0000001"]
    # an undated release (Stevens) is outside any range, but found without one
    assert "sen0000003" not in ids(db, "japanese", since="1900-01-01")
    assert "sen0000003" in ids(db, "japanese")


def test_sort_by_date_newest_first_undated_last(db):
    assert ids(db, "japanese OR senate OR coalition", sort="date") == ["nw00000001", "krd0000001", "sen0000001", "sen0000003"]


def test_limit_and_count(db):
    assert len(ids(db, "the", limit=2)) == 2
    assert count(db, parse_query("the")) == len(ids(db, "the", limit=None))


def test_snippet_marks_the_matched_words(db):
    (hit,) = search(db, parse_query("misinformation OR misrepresentations"))
    assert MARK_START + "misrepresentations" + MARK_END in hit.snippet
    text, spans = highlight_spans(hit.snippet)
    assert [text[a:b] for a, b in spans] == ["misrepresentations"]
    assert hit.score > 0 and hit.rel == "doj.html" and hit.title.startswith("Cisco")


def test_typo_correction_against_the_index_vocabulary():
    db = build([KRD, DOJ])
    known, candidates = vocabulary_lookups(db)
    assert known("peshmerga") and not known("peshmerg")
    q, notes = correct(parse_query("peshmerg"), known, candidates)
    assert notes == ["searched for peshmerga instead of peshmerg"]
    assert [h.id for h in search(db, q)] == ["krd0000001"]
    q, notes = correct(parse_query("marroto"), known, candidates)
    assert notes == ["searched for marotto instead of marroto"]
    q, notes = correct(parse_query("contractorz"), known, candidates)
    assert notes == ["searched for contractors instead of contractorz"]


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", ":", "^", "title:", "a OR", '"unbalanced', "NEAR(erbil isis, 2)",
                                  "{title}:erbil", "erbil^", "^erbil", "-", "OR", "col:x"])
def test_hostile_queries_on_the_index(db, text):
    try:
        search(db, parse_query(text))
    except PressroomError as exc:
        assert "nothing to search for" in str(exc)


def test_stored_release_comes_back_whole():
    db = build([KRD])
    row = db.execute("SELECT r.id, r.title, r.date, r.source, r.location, r.extra, f.body FROM releases r "
                     "JOIN fts f ON f.rowid = r.rid").fetchone()
    rel = unpack_release("krd.txt", *row)
    assert rel.to_record() == KRD.to_record() | {"path": "krd.txt"}


def test_duplicate_is_hidden_until_the_first_copy_goes():
    dup = dataclasses.replace(KRD, path="copy.txt")  # same bytes in another file: same id
    db = sqlite3.connect(":memory:", isolation_level=None)
    create_schema(db)
    for fid, rel in ((1, KRD), (2, dup)):
        db.execute("INSERT INTO files(fid, root, rel, size, mtime_ns) VALUES (?, 0, ?, 1, 1)", (fid, rel.path))
    assert insert_file(db, 1, [release_row(KRD, 0)]) == []
    assert insert_file(db, 2, [release_row(dup, 0)]) == [KRD.id]
    assert [h.rel for h in search(db, parse_query("peshmerga"))] == ["krd.txt"]
    delete_files(db, [1])
    assert [h.rel for h in search(db, parse_query("peshmerga"))] == ["copy.txt"]
    assert [h.rel for h in search(db, parse_query("speaker:marotto"))] == ["copy.txt"]


def test_seed_release_through_the_parser():
    """The bundled seed, parsed for real: its title and body are searchable."""
    from pressroom.parse import parse_file

    rel = parse_file(next(SEEDS.glob("*.txt")))
    db = build([rel])
    assert len(ids(db, "title:erbil")) == 1
    assert len(ids(db, '"kurdish coordination line"')) == 1


@pytest.mark.parametrize("rel", ALL, ids=lambda r: r.id)
def test_every_field_survives_the_cache_encoding(rel):
    db = build([rel])
    row = db.execute("SELECT r.id, r.title, r.date, r.source, r.location, r.extra, f.body FROM releases r "
                     "JOIN fts f ON f.rowid = r.rid").fetchone()
    back = unpack_release(rel.path, *row)
    assert back.to_record(boilerplate=True) == rel.to_record(boilerplate=True)
    assert all(isinstance(o.aliases, list) for o in back.organizations + back.people)


class Name(str):
    """A str subclass: marshal refuses it, pickle does not."""


def test_values_marshal_cannot_hold_fall_back_to_pickle():
    odd = dataclasses.replace(DOJ, quotes=[Quote(text=Name("Contractors must deal fairly"), speaker="Tony West")])
    blob = encode_extra(odd)
    assert blob[:1] == b"P"
    assert decode_extra(blob)[3] == odd.quotes
    assert encode_extra(DOJ)[:1] == b"M"


def test_paragraphs_with_blank_lines_inside_are_kept_apart():
    rel = dataclasses.replace(STEVENS, paragraphs=["one\n\ntwo", "three"])
    db = build([rel])
    row = db.execute("SELECT r.id, r.title, r.date, r.source, r.location, r.extra, f.body FROM releases r "
                     "JOIN fts f ON f.rowid = r.rid").fetchone()
    assert unpack_release(rel.path, *row).paragraphs == ["one\n\ntwo", "three"]
