"""`pressroom quotes` and `pressroom people` through CliRunner, on real releases in
tests/fixtures/quotes (the seed, two Senate releases by the same senator, a DOJ page)."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from pressroom.cli.app import app

from helpers import FIXTURES

QUOTES = str(FIXTURES / "quotes")
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["--corpus", QUOTES, *args])


def test_quotes_json_records_and_grouping():
    r = run("quotes", "--json")
    assert r.exit_code == 0, r.output
    recs = json.loads(r.stdout)
    assert {"speaker", "speaker_title", "speaker_role", "kind", "text", "release", "date"} <= set(recs[0])
    speakers = [x["speaker"] for x in recs]
    # grouped: each speaker's quotes together, the most quoted first
    assert speakers[0] == "Byron Dorgan"
    seen: list[str] = []
    for s in speakers:
        if not seen or seen[-1] != s:
            assert s not in seen, f"{s} appears in two groups"
            seen.append(s)
    assert {"Wayne Marotto", "Tony West", "Justice Department", "Gerald W. VandeWalle"} <= set(speakers)


def test_fuzzy_speaker_says_which_name_it_matched():
    r = run("quotes", "--speaker", "Wayne Marroto", "--format", "jsonl")
    assert r.exit_code == 0
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert recs and {x["speaker"] for x in recs} == {"Wayne Marotto"}
    assert "matched speaker: Wayne Marotto" in r.stderr
    r = run("quotes", "--speaker", "marotto", "--json")
    assert {x["speaker"] for x in json.loads(r.stdout)} == {"Wayne Marotto"}
    assert recs[0]["speaker_title"] == "Col."


def test_kind_org_dates_release_filters():
    r = run("quotes", "--kind", "indirect", "--json")
    assert r.exit_code == 0 and {x["kind"] for x in json.loads(r.stdout)} == {"indirect"}
    r = run("quotes", "--org", "justice department", "--json")
    assert {x["speaker"] for x in json.loads(r.stdout)} == {"Justice Department"}
    r = run("quotes", "--since", "2021", "--json")
    assert {x["release"] for x in json.loads(r.stdout)} == {"958a93ab26"}
    r = run("quotes", "--release", "sen_Dorgan_4Oct2007Dorgan132.txt", "--json")
    recs = json.loads(r.stdout)
    assert {x["speaker"] for x in recs} == {"Byron Dorgan", "Gerald W. VandeWalle"}


def test_quotes_plain_text_in_a_pipe_and_csv():
    r = run("quotes", "--speaker", "tony west")
    assert r.exit_code == 0 and "\x1b[" not in r.stdout
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows and all(row[0] == "Tony West" and row[2] == "4f255e5d09" for row in rows)
    r = run("quotes", "--format", "csv", "--kind", "direct")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {x["kind"] for x in rows} == {"direct"} and "speaker_role" in rows[0]


def test_quotes_grouped_under_speaker_headers_on_a_terminal(monkeypatch):
    monkeypatch.setenv("PRESSROOM_FORCE_TTY", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    r = run("quotes", "--speaker", "marotto")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Wayne Marotto"))
    assert "Col." in header and "military spokesperson" in header
    assert any("2021-02-17" in line and "958a93ab26" in line for line in lines)
    assert "\x1b[" not in r.stdout


def test_quotes_exit_codes():
    assert run("quotes", "--speaker", "zzyzx").exit_code == 1  # nothing found
    assert run("quotes", "--since", "2030").exit_code == 1
    bad = run("quotes", "--kind", "sarcastic")
    assert bad.exit_code == 2 and "direct or indirect" in bad.stderr
    assert run("quotes", "--since", "yesterday").exit_code == 2
    assert run("quotes", "--release", "no-such-release").exit_code == 2


def test_people_sorts_merges_and_counts():
    r = run("people", "--json")
    assert r.exit_code == 0
    recs = json.loads(r.stdout)
    by_name = {x["name"]: x for x in recs}
    # the same senator in two releases is one entry
    assert by_name["Byron Dorgan"]["releases"] == 2 and by_name["Byron Dorgan"]["quotes"] >= 10
    assert by_name["Barry E. Piatt"]["releases"] == 2  # a contact line in both
    assert recs[0]["name"] == "Byron Dorgan"  # --sort quotes is the default
    assert by_name["Wayne Marotto"]["title"] == "Col."
    names = [x["name"] for x in json.loads(run("people", "--sort", "name", "--json").stdout)]
    assert names == sorted(names, key=lambda n: (n.split()[-1].lower(), n.lower()))
    counts = [x["releases"] for x in json.loads(run("people", "--sort", "releases", "--json").stdout)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2


def test_people_formats_and_errors():
    r = run("people", "--format", "csv")
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == "name,title,role,releases,quotes,mentions,aliases"
    r = run("people", "--release", "000_06ca55f076f6df16.txt", "--format", "jsonl")
    assert [json.loads(x)["name"] for x in r.stdout.splitlines()] == ["Wayne Marotto", "Osman Mohammed Mustafa"]
    assert run("people", "--sort", "age").exit_code == 2


def test_export_fills_quotes_and_people():
    r = runner.invoke(app, ["--corpus", QUOTES, "export", "--format", "jsonl"])
    recs = {json.loads(x)["path"].split("/")[-1]: json.loads(x) for x in r.stdout.splitlines()}
    seed = recs["000_06ca55f076f6df16.txt"]
    assert [q["speaker"] for q in seed["quotes"]] == ["Wayne Marotto", "Wayne Marotto", "Wayne Marotto",
                                                      "Osman Mohammed Mustafa"]
    assert seed["people"][0]["name"] == "Wayne Marotto" and "Col. Marotto" in seed["people"][0]["aliases"]
