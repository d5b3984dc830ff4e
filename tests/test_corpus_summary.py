"""The corpus summary (corpus_summary.py): counting light rows, filters, rows from the cache."""

import json
import time

from pressroom import parse_file
import pytest

from pressroom.corpus_summary import (
    light_row, month_range, rows_from_index, summarize_corpus, summarize_index, summarize_rows,
)
from pressroom.model import Acronym, Organization, Quote, Release

from helpers import FIXTURES, SEEDS

SUMMARY = FIXTURES / "summary"


def row(id_, date, source, speakers=(), orgs=(), acronyms=()):
    """The light row of a release with these speakers (name, type, quotes), organizations
    (name, acronym) and acronyms (short, long, uses)."""
    rel = Release(path=id_, id=id_, date=date, source=source,
                  quotes=[Quote("q", name, speaker_type=kind) for name, kind, n in speakers for _ in range(n)],
                  organizations=[Organization(name, acronym=acr) for name, acr in orgs],
                  acronyms=[Acronym(short, long, count=uses) for short, long, uses in acronyms])
    return light_row(rel)


ROWS = [
    row("a", "2021-02-17", "GOV.KRD", [("Wayne Marotto", "person", 3)],
        [("Joint Coalition Coordination Center", "JCCC"), ("Iraqi Security Forces", "ISF")],
        [("JCCC", "Joint Coalition Coordination Center", 2), ("ISF", "Iraqi Security Forces", 1)]),
    row("b", "2021-04-02", "gov.krd", [("Wayne Marotto", "person", 1), ("Ministry of Peshmerga", "organization", 2)],
        [("JCCC", None), ("Ministry of Peshmerga", None)], [("JCCC", None, 3)]),
    row("c", "2007-08-03", None, [("Tom Carper", "person", 2)], [("Senate", None)], []),
    row("d", None, "PRNewswire", [], [("Federal Bureau of Investigation", "FBI")],
        [("FBI", "Federal Bureau of Investigation", 4)]),
]


def test_counts_dates_and_months():
    s = summarize_rows(ROWS)
    assert s["releases"] == 4 and s["dated"] == 3 and s["undated"] == 1
    assert (s["first_date"], s["last_date"]) == ("2007-08-03", "2021-04-02")
    assert s["per_month"] == [{"month": "2007-08", "releases": 1}, {"month": "2021-02", "releases": 1},
                              {"month": "2021-04", "releases": 1}]


def test_issuers_group_case_insensitively_and_count_releases():
    s = summarize_rows(ROWS)
    assert s["issuers"] == 2 and s["unattributed"] == 1
    assert s["top_issuers"][0] == {"source": "GOV.KRD", "releases": 2}


def test_speakers_count_quotes_and_releases():
    s = summarize_rows(ROWS)
    top = s["top_speakers"][0]
    assert top == {"name": "Wayne Marotto", "type": "person", "quotes": 4, "releases": 2}
    assert s["quotes"] == 8 and s["speakers"] == 3
    assert {"name": "Ministry of Peshmerga", "type": "organization", "quotes": 2, "releases": 1} in s["top_speakers"]


def test_an_organization_named_only_by_its_acronym_joins_its_full_name():
    s = summarize_rows(ROWS)
    jccc = [o for o in s["top_organizations"] if o["name"] == "Joint Coalition Coordination Center"]
    assert jccc == [{"name": "Joint Coalition Coordination Center", "acronym": "JCCC", "releases": 2}]
    assert not any(o["name"] == "JCCC" for o in s["top_organizations"])


def test_organization_spellings_group_across_releases():
    rows = [
        row("1", None, None, orgs=[("Food and Drug Administration", "FDA")]),
        row("2", None, None, orgs=[("FDA", "FDA")]),  # named by its acronym only
        row("3", None, None, orgs=[("the U.S. Department of Justice", None)]),
        row("4", None, None, orgs=[("Justice Department", "DOJ")]),
        row("5", None, None, orgs=[("Department of Justice", None)]),
    ]
    top = {o["name"]: o for o in summarize_rows(rows)["top_organizations"]}
    assert top["Food and Drug Administration"]["releases"] == 2 and top["Food and Drug Administration"]["acronym"] == "FDA"
    assert "FDA" not in top
    doj = [o for o in top.values() if o["releases"] == 3]
    assert len(doj) == 1 and doj[0]["acronym"] == "DOJ"
    assert summarize_rows(rows)["organizations"] == 2


def test_acronyms_count_releases_and_uses_with_the_usual_long_form():
    s = summarize_rows(ROWS)
    first = s["top_acronyms"][0]
    assert first == {"acronym": "JCCC", "long": "Joint Coalition Coordination Center", "releases": 2, "uses": 5}


def test_filters_narrow_by_date_and_issuer():
    s = summarize_rows(ROWS, since="2021-03-01", until="2021-12-31")
    assert s["releases"] == 1 and s["first_date"] == "2021-04-02"
    s = summarize_rows(ROWS, source="krd")
    assert s["releases"] == 2 and s["unattributed"] == 0
    s = summarize_rows(ROWS, since="2030-01-01")
    assert s["releases"] == 0 and s["first_date"] is None and s["per_month"] == [] and s["top_speakers"] == []


def test_top_limits_the_lists():
    assert len(summarize_rows(ROWS, top=1)["top_organizations"]) == 1


def test_empty_and_odd_rows():
    s = summarize_rows([])
    assert s["releases"] == 0 and s["top_issuers"] == [] and s["first_date"] is None
    odd = [("not a date", None, ""), ("2021-13-01", "", None), (None, None, "\n\nX\x1fjunk")]
    s = summarize_rows(odd)
    assert s["releases"] == 3 and s["dated"] == 0


def test_month_range_is_contiguous():
    assert month_range("2020-11", "2021-02") == ["2020-11", "2020-12", "2021-01", "2021-02"]


def test_light_row_of_a_release():
    rel = Release(path="p", id="i", date="2021-02-17", source="GOV.KRD",
                  quotes=[Quote("a", "Wayne Marotto"), Quote("b", "Wayne Marotto"), Quote("c", None)],
                  organizations=[Organization("Joint Coalition Coordination Center", acronym="JCCC"),
                                 Organization("Joint Coalition Coordination Center")],
                  acronyms=[Acronym("JCCC", "Joint Coalition Coordination Center", count=2), Acronym("KCL", None)])
    date, source, records = light_row(rel)
    assert (date, source) == ("2021-02-17", "GOV.KRD")
    assert records.split("\n") == [
        "S\x1fWayne Marotto\x1fperson\x1f2",
        "O\x1fJoint Coalition Coordination Center\x1fJCCC",
        "A\x1fJCCC\x1fJoint Coalition Coordination Center\x1f2",
        "A\x1fKCL\x1f\x1f1",
    ]


def test_names_with_newlines_or_separators_cannot_break_a_row():
    rel = Release(path="p", id="i", quotes=[Quote("a", "Bad\nName\x1fX")], organizations=[Organization("A\nB")])
    assert summarize_rows([light_row(rel)])["top_speakers"][0]["name"] == "Bad Name X"


def test_seed_corpus_summary():
    s = summarize_corpus([parse_file(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert s["releases"] == 1 and s["first_date"] == "2021-02-17"
    assert s["top_issuers"] == [{"source": "GOV.KRD", "releases": 1}]
    assert any("Marotto" in sp["name"] for sp in s["top_speakers"])


def _index_of(rows):
    import sqlite3

    from pressroom.index import create_schema

    db = sqlite3.connect(":memory:")
    create_schema(db)
    db.executemany("INSERT INTO light(dup, date, source, lines) VALUES (0, ?, ?, ?)", rows)
    db.execute("INSERT INTO light(dup, date, source, lines) VALUES (1, ?, ?, ?)", rows[0])  # a duplicate
    return db


def test_rows_from_the_index_match_rows_from_releases():
    from pressroom.cache import open_index

    db, _ = open_index([str(SUMMARY)], lambda m: None, no_cache=True)
    try:
        from_index = sorted(rows_from_index(db), key=repr)
        assert summarize_index(db) == summarize_rows(from_index)
        assert summarize_index(db, source="krd", since="2021-01-01") == summarize_rows(from_index, source="krd", since="2021-01-01")
    finally:
        db.close()
    direct = sorted((light_row(parse_file(p)) for p in sorted(SUMMARY.iterdir()) if p.is_file()), key=repr)
    assert from_index == direct


@pytest.mark.parametrize("kw", [
    {}, {"since": "2021-03-01"}, {"until": "2021-02-28"}, {"since": "2007-01-01", "until": "2021-02-17"},
    {"source": "KRD"}, {"source": "prn"}, {"source": "nobody"}, {"top": 1},
])
def test_sql_and_python_paths_agree(kw):
    db = _index_of(ROWS + [("2021-02-01", "Ünïcode Wire", ""), ("2021-13-01", None, "")])
    assert summarize_index(db, **kw) == summarize_rows(ROWS + [("2021-02-01", "Ünïcode Wire", ""), ("2021-13-01", None, "")], **kw)
    assert summarize_index(_index_of(ROWS), source="ÜNÏ")["releases"] == 0


def test_100k_cached_rows_are_summarized_quickly():
    """The issue's target (100,000 cached releases under 2 s) for the counting part, on rows
    shaped like the 100k benchmark corpus's: about one speaker, four organizations and five
    acronyms a release. The whole command is timed by benchmarks/bench_summary.py."""
    def records(i):
        return "\n".join([f"S\x1fSpeaker {i % 3000}\x1fperson\x1f2"]
                         + [f"O\x1fOrg {(i * 7 + k) % 9000}\x1f{'O' if k == 0 else ''}" for k in range(4)]
                         + [f"A\x1fA{(i + k) % 900}\x1fLong {(i + k) % 900}\x1f2" for k in range(5)])
    rows = [(f"20{10 + i % 15}-{1 + i % 12:02d}-01", f"Wire{i % 40}", records(i)) for i in range(100_000)]
    db = _index_of(rows)
    t = time.perf_counter()
    s = summarize_index(db)
    took = time.perf_counter() - t
    assert s["releases"] == 100_000 and s["issuers"] == 40 and s["quotes"] == 200_000
    assert took < 2.0, took  # about 0.4 s on one idle core
