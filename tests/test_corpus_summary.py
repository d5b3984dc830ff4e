"""The corpus summary (corpus_summary.py): counting light rows, filters, rows from the cache."""

import json
import time

from pressroom import parse_file
from pressroom.corpus_summary import (
    decode_row, encode_row, light_row, month_range, rows_from_index, summarize_corpus, summarize_rows,
)
from pressroom.model import Acronym, Organization, Quote, Release

from helpers import FIXTURES, SEEDS

SUMMARY = FIXTURES / "summary"


def row(id_, date, source, speakers=(), orgs=(), acronyms=()):
    """A light row (corpus_summary's flat layout) from readable tuples; `id_` only names it here."""
    return [date, source, [x for s in speakers for x in s], [x for o in orgs for x in o],
            [x for a in acronyms for x in a]]


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
    odd = [["not a date", None, [], [], []], ["2021-13-01", "", None, None, None], [None, None, [], [], []]]
    s = summarize_rows(odd)
    assert s["releases"] == 3 and s["dated"] == 0


def test_month_range_is_contiguous():
    assert month_range("2020-11", "2021-02") == ["2020-11", "2020-12", "2021-01", "2021-02"]


def test_light_row_of_a_release_and_round_trip():
    rel = Release(path="p", id="i", date="2021-02-17", source="GOV.KRD",
                  quotes=[Quote("a", "Wayne Marotto"), Quote("b", "Wayne Marotto"), Quote("c", None)],
                  organizations=[Organization("Joint Coalition Coordination Center", acronym="JCCC")],
                  acronyms=[Acronym("JCCC", "Joint Coalition Coordination Center", count=2)])
    r = light_row(rel)
    assert r == ["2021-02-17", "GOV.KRD", ["Wayne Marotto", "person", 2],
                 ["Joint Coalition Coordination Center", "JCCC"], ["JCCC", "Joint Coalition Coordination Center", 2]]
    assert decode_row(encode_row(r)) == r
    assert len(encode_row(r)) < 300


def test_seed_corpus_summary():
    s = summarize_corpus([parse_file(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert s["releases"] == 1 and s["first_date"] == "2021-02-17"
    assert s["top_issuers"] == [{"source": "GOV.KRD", "releases": 1}]
    assert any("Marotto" in sp["name"] for sp in s["top_speakers"])


def test_rows_from_the_index_match_rows_from_releases():
    from pressroom.cache import open_index

    db, _ = open_index([str(SUMMARY)], lambda m: None, no_cache=True)
    try:
        from_index = sorted(rows_from_index(db), key=json.dumps)
    finally:
        db.close()
    direct = sorted((light_row(parse_file(p)) for p in sorted(SUMMARY.iterdir()) if p.is_file()), key=json.dumps)
    assert json.loads(json.dumps(from_index)) == json.loads(json.dumps(direct))


def test_a_stored_light_column_is_read_as_is():
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE releases(rid INTEGER PRIMARY KEY, dup INTEGER, light TEXT)")
    db.executemany("INSERT INTO releases(dup, light) VALUES (?, ?)",
                   [(0, encode_row(r)) for r in ROWS] + [(1, encode_row(ROWS[0]))])
    assert summarize_rows(rows_from_index(db)) == summarize_rows(ROWS)


def test_many_rows_are_quick():
    rows = [row(str(i), f"20{10 + i % 15}-{1 + i % 12:02d}-01", f"Wire{i % 40}",
                [(f"Speaker {i % 3000}", "person", 2)], [(f"Org {i % 5000}", None), (f"Org {i % 70}", "O")],
                [(f"A{i % 900}", f"Long {i % 900}", 2)]) for i in range(20_000)]
    t = time.perf_counter()
    s = summarize_rows(rows)
    assert time.perf_counter() - t < 1.5  # 100,000 rows take about 0.4 s on one core
    assert s["releases"] == 20_000 and s["issuers"] == 40
