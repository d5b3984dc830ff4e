"""`orgs` and `acronyms` through CliRunner (JSON, CSV, filters, exit codes), and the corpus
glossary they print (organizations merged across releases, acronyms resolved with conflicts)."""

import json

import pytest
from typer.testing import CliRunner

from pressroom.cli.app import app
from pressroom.glossary import build_acronyms, build_glossary, build_organizations, fold_long
from pressroom.model import Acronym, Organization, Release

from helpers import RELEASES

runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["--no-cache", "--corpus", str(RELEASES), *args])


# --- orgs --------------------------------------------------------------------------------------

def test_orgs_json_merges_and_counts():
    r = run("orgs", "--json")
    assert r.exit_code == 0, r.output
    recs = json.loads(r.stdout)
    by = {x["name"]: x for x in recs}
    gsa = by["General Services Administration"]
    assert gsa["acronym"] == "GSA" and "GSA" in gsa["aliases"] and gsa["releases"] == 1 and gsa["mentions"] >= 5
    # the Senate is named in two releases (Brownback and Carper): one entry
    assert by["Senate"]["releases"] == 2
    assert set(recs[0]) == {"name", "acronym", "aliases", "mentions", "releases", "release_ids", "ticker"}
    mentions = [x["mentions"] for x in recs]
    assert mentions == sorted(mentions, reverse=True)


def test_orgs_match_is_fuzzy_and_min_mentions_filters():
    r = run("orgs", "--match", "justice dept", "--json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)[0]["name"] == "Department of Justice"
    r = run("orgs", "--match", "gsa", "--format", "jsonl")
    found = [json.loads(x)["name"] for x in r.stdout.splitlines()]
    assert found[0] == "General Services Administration" and "Department of Justice" not in found
    r = run("orgs", "--min-mentions", "5", "--json")
    assert r.exit_code == 0 and all(x["mentions"] >= 5 for x in json.loads(r.stdout))


def test_orgs_release_filter_and_csv():
    r = run("orgs", "--release", "sen_Brownback", "--format", "csv")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("name,acronym,aliases,mentions,releases")
    assert {ln.split(",")[0] for ln in lines[1:]} == {"House", "Senate Cancer Coalition", "Senate"}


def test_orgs_nothing_found_exits_1():
    r = run("orgs", "--match", "zzzz no such body")
    assert r.exit_code == 1 and r.stdout == ""
    r = run("orgs", "--min-mentions", "100000")
    assert r.exit_code == 1


def test_orgs_table_on_a_pipe_is_tab_separated():
    r = run("orgs", "--limit", "3")
    assert r.exit_code == 0
    rows = [ln.split("\t") for ln in r.stdout.splitlines()]
    assert len(rows) == 3 and all(len(x) == 4 for x in rows)


# --- acronyms ----------------------------------------------------------------------------------

def test_acronyms_json_shape_and_one_short_form():
    r = run("acronyms", "GSA", "--json")
    assert r.exit_code == 0
    (rec,) = json.loads(r.stdout)
    assert rec["short"] == "GSA" and rec["long"] == "General Services Administration"
    assert rec["defined"] and not rec["conflict"] and len(rec["defined_in"]) == 1 and rec["count"] >= 5


def test_acronyms_undefined_lists_only_undefined():
    r = run("acronyms", "--undefined", "--json")
    assert r.exit_code == 0
    recs = json.loads(r.stdout)
    assert recs and all(x["undefined_in"] for x in recs)
    # ("EPW" was listed here until its definition, "Senate Environment and Public Works Committee
    # (EPW)", was read: the head word trails the letters)
    assert "ATM" in {x["short"] for x in recs} and "EPW" not in {x["short"] for x in recs}


def test_acronyms_release_filter_and_case_insensitive_fallback():
    r = run("acronyms", "cifd", "--release", "nw_noticias", "--format", "jsonl")
    assert r.exit_code == 0
    (rec,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert rec["short"] == "CIFD" and rec["long"] == "Community Investment for Families Department"


def test_acronyms_table_shows_long_forms():
    r = run("acronyms", "--format", "tsv")
    assert r.exit_code == 0
    rows = {ln.split("\t")[0]: ln.split("\t") for ln in r.stdout.splitlines()}
    assert rows["GSA"][1] == "General Services Administration"
    assert rows["ATM"][1] == "(undefined)"  # (was "EPW", now defined: "... Works Committee (EPW)")


def test_acronyms_nothing_found_exits_1():
    r = run("acronyms", "NOSUCHACRONYM")
    assert r.exit_code == 1 and r.stdout == ""


def test_acronyms_csv_keeps_the_record_columns():
    r = run("acronyms", "--format", "csv")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "short,long,long_forms,curated,conflict,defined,defined_in,undefined_in,releases,count"
    rows = {ln.split(",")[0]: ln for ln in lines[1:]}
    assert rows["GSA"].startswith("GSA,General Services Administration,") and rows["ATM"].startswith("ATM,,")


def test_acronyms_short_with_undefined():
    r = run("acronyms", "ATM", "--undefined", "--json")
    assert r.exit_code == 0
    (rec,) = json.loads(r.stdout)
    assert rec["short"] == "ATM" and rec["long"] is None and not rec["defined"] and len(rec["undefined_in"]) == 1
    # GSA is defined where it is used: not an undefined acronym
    assert run("acronyms", "GSA", "--undefined", "--json").exit_code == 1


def test_orgs_release_filter_json():
    r = run("orgs", "--release", "sen_Brownback", "--json")
    assert r.exit_code == 0
    recs = json.loads(r.stdout)
    assert {x["name"] for x in recs} == {"House", "Senate Cancer Coalition", "Senate"}
    assert all(x["releases"] == 1 for x in recs)


@pytest.mark.parametrize("args", [
    ("orgs", "--release", "zzzzzzzz-not-a-release"),
    ("acronyms", "--release", "zzzzzzzz-not-a-release"),
    ("orgs", "--min-mentions", "0"),
    ("orgs", "--min-mentions", "many"),
    ("orgs", "--limit", "0"),
    ("orgs", "--format", "xml"),
    ("acronyms", "--format", "xml"),
    ("acronyms", "--limit", "-1"),
])
def test_bad_input_is_a_usage_error(args):
    r = run(*args)
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output and not r.stdout.strip()


# --- the glossary --------------------------------------------------------------------------------

def rel(rid, orgs=(), acrs=()):
    return Release(path=f"{rid}.txt", id=rid, organizations=list(orgs), acronyms=list(acrs))


def test_undefined_acronym_resolved_from_another_release_and_conflicts_counted():
    rels = [
        rel("a", acrs=[Acronym("CID", "Community Investment Department", True, 2)]),
        rel("b", acrs=[Acronym("CID", "Criminal Investigation Division", True, 1)]),
        rel("c", acrs=[Acronym("CID", "Criminal Investigation Division", True, 3)]),
        rel("d", acrs=[Acronym("CID", None, False, 4)]),
        rel("e", acrs=[Acronym("HUD", "U.S. Department of Housing and Urban Development", True, 1)]),
        rel("f", acrs=[Acronym("HUD", "Department of Housing and Urban Development", True, 1)]),
        rel("g", acrs=[Acronym("ISIS", None, False, 2)]),
    ]
    g = build_glossary(rels)
    cid = g.acronyms["CID"]
    assert cid.conflict and cid.longs == [("Criminal Investigation Division", 2), ("Community Investment Department", 1)]
    assert g.resolve("CID") == "Criminal Investigation Division"
    assert cid.defined_in == ["a", "b", "c"] and cid.undefined_in == ["d"] and cid.count == 10
    # "U.S. ..." in front is the same meaning
    assert not g.acronyms["HUD"].conflict
    # nobody defines ISIS: the curated alias file names it
    assert g.resolve("ISIS") == "Islamic State of Iraq and Syria" and g.acronyms["ISIS"].record()["curated"]


def test_long_forms_fold():
    assert fold_long("U.S. Department of Veterans Affairs") == fold_long("Department of Veterans Affair")
    assert fold_long("The Office of Management & Budget") == "office of management and budget"
    # DOJ writes the same task force both ways: one long form, not a conflict
    assert fold_long("Health Care Fraud Prevention & Enforcement Action Team") == \
        fold_long("Health Care Fraud Prevention and Enforcement Action Team")


def test_organizations_merge_by_name_alias_file_and_shared_alias():
    rels = [
        rel("a", orgs=[Organization("Department of Justice", "DOJ", ["DOJ"], 3)]),
        rel("b", orgs=[Organization("Justice Department", None, [], 2)]),
        rel("c", orgs=[Organization("U.S. Department of Justice", None, [], 1),
                       Organization("Daesh", "ISIS", ["ISIS"], 2)]),
        rel("d", orgs=[Organization("ISIS", "ISIS", [], 1), Organization("Acme Widgets Inc.", None, ["Acme Widgets"], 1)]),
        rel("e", orgs=[Organization("Acme Widgets", None, [], 4)]),
    ]
    entries = {e.name: e for e in build_organizations(rels)}
    doj = entries["U.S. Department of Justice"]  # the fullest name
    assert {"Department of Justice", "Justice Department", "DOJ"} <= set(doj.aliases)
    assert doj.releases == ["a", "b", "c"] and doj.mentions == 6 and doj.acronym == "DOJ"
    assert entries["Daesh"].releases == ["c", "d"]
    assert entries["Acme Widgets Inc."].releases == ["d", "e"]
    assert len(entries) == 3


def test_glossary_on_nothing():
    g = build_glossary([])
    assert g.acronyms == {} and g.organizations == [] and g.resolve("FBI") is None
    assert build_acronyms([rel("x")]) == {}


def test_spelling_variants_of_a_long_form_are_one_meaning():
    """Senate and DOJ releases spell one long form several ways; different meanings stay apart."""
    from collections import Counter

    from pressroom.glossary import _merge_suffixes

    def merged(*longs: str) -> int:
        return len(_merge_suffixes({fold_long(x): Counter([x]) for x in longs}))

    assert merged("National Institutes of Health", "National Institute of Health", "National Institutes of Heath") == 1
    assert merged("intercontinental ballistic missile", "inter-continental ballistic missile") == 1
    assert merged("Office of Domestic Preparedness", "Office for Domestic Preparedness") == 1
    assert merged("Customs and Border Patrol", "Customs and Border Protection") == 2
    assert merged("Minot State University", "Morgan State University") == 2
    assert merged("Government Accountability Office", "General Accounting Office") == 2


def test_suffix_merge_of_thousands_of_long_forms_is_linear():
    """Hostile input: one short form given 5,000 long forms (a generated page) merged by word
    suffix through a dict, not by comparing every pair (was 1.1 s, quadratic)."""
    import time
    from collections import Counter

    from pressroom.glossary import MAX_FUZZY_FORMS, _merge_suffixes

    longs = {f"agency number{i} of veterans affairs": Counter(["x"]) for i in range(5000)}
    longs["veterans affairs"] = Counter(["y"])
    longs["of veterans affairs"] = Counter(["z"])
    assert len(longs) > MAX_FUZZY_FORMS
    t0 = time.perf_counter()
    out = _merge_suffixes(longs)
    assert time.perf_counter() - t0 < 1.0
    assert len(out) == 5000  # the two short forms joined the first long form they end
    first = next(iter(out))
    assert out[first] == Counter({"x": 1, "y": 1, "z": 1})
