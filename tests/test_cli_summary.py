"""`pressroom summary [ID]` and `pressroom stats`: JSON snapshots, terminal and piped output, exit codes.

Snapshots live in tests/fixtures/summary_snapshots/. What this module owns (the headline
fields, the summary text, the record layout, the corpus counts) must match them exactly;
what the quote and organization extractors produce is checked against the release's own
record instead, so their progress does not break these tests. After a deliberate change:

    PRESSROOM_UPDATE_SNAPSHOTS=1 pytest tests/test_cli_summary.py    # then review the diff
"""

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressroom.cli.app import app

from helpers import FIXTURES, SEEDS

runner = CliRunner()
SUMMARY = FIXTURES / "summary"
SNAPSHOTS = FIXTURES / "summary_snapshots"
FILES = sorted(p for p in SUMMARY.iterdir() if p.is_file())
UPDATE = bool(os.environ.get("PRESSROOM_UPDATE_SNAPSHOTS"))
ANSI = re.compile(r"\x1b\[")

RELEASE_EXACT = ("id", "title", "date", "location", "source", "summary")
CORPUS_EXACT = ("releases", "dated", "undated", "first_date", "last_date", "per_month", "issuers",
                "unattributed", "top_issuers", "filters")


def run(*args, env=None):
    return runner.invoke(app, ["-c", str(SUMMARY), *args], env=env)


def snapshot(name: str, data: dict, exact: tuple[str, ...]) -> None:
    path = SNAPSHOTS / f"{name}.json"
    if UPDATE or not path.exists():
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"wrote a new snapshot {path.name}; review it and run again")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(data) == sorted(want), "the record's keys changed"
    for key in exact:
        assert data[key] == want[key], f"{key} differs from {path.name} (PRESSROOM_UPDATE_SNAPSHOTS=1 to accept)"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_release_json_snapshot(path):
    r = run("summary", path.name, "--json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    data["path"] = Path(data["path"]).name
    snapshot(path.stem, data, RELEASE_EXACT)

    # the extractor-made parts agree with the release's own record
    rec = json.loads(run("show", path.name, "--json").stdout)
    assert data["summary"] == rec["summary"]
    assert [p["name"] for p in data["people"]] == [p["name"] for p in rec["people"]]
    counts = Counter(q["speaker"] for q in rec["quotes"] if q["speaker"])
    for p in data["people"]:
        assert p["quotes"] == counts.get(p["name"], 0)
    for k in data["key_quotes"]:
        assert k["text"] in [q["text"] for q in rec["quotes"] if q["speaker"] == k["speaker"]]
    assert {k["speaker"] for k in data["key_quotes"]} == {q["speaker"] for q in rec["quotes"] if q["speaker"]}
    assert [o["name"] for o in data["organizations"]] == [o["name"] for o in rec["organizations"]]
    assert all(a["long"] for a in data["acronyms"])


def test_corpus_json_snapshot():
    r = run("summary", "--json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    snapshot("corpus", data, CORPUS_EXACT)
    assert data["releases"] == len(FILES)
    records = [json.loads(line) for line in run("export").stdout.splitlines()]
    assert data["quotes"] == sum(1 for rec in records for q in rec["quotes"] if q["speaker"])
    assert data["dated"] == sum(1 for rec in records if rec["date"])


def test_seed_summary_names_the_meeting_and_the_colonel():
    r = runner.invoke(app, ["-c", str(SEEDS), "summary", "000_06ca55f076f6df16", "--json"])
    data = json.loads(r.stdout)
    assert "JCCC" in data["summary"] and "Erbil" in data["summary"] and "Col. Wayne Marotto" in data["summary"]


def test_export_carries_the_summary():
    records = [json.loads(line) for line in run("export").stdout.splitlines()]
    assert all(rec["summary"] for rec in records)


def test_piped_release_is_plain_lines():
    r = run("summary", "govkrd_000_06ca55f076f6df16.txt", env={"NO_COLOR": "1"})
    assert r.exit_code == 0
    assert not ANSI.search(r.stdout)
    lines = r.stdout.splitlines()
    assert lines[0] == "Coalition Forces meet with Joint Coalition Coordination Center forces in Erbil"
    assert "date: 2021-02-17" in lines and "source: GOV.KRD" in lines
    summary = [line for line in lines if line.startswith("summary: ")]
    assert len(summary) == 1 and "Marotto" in summary[0]
    assert "people:" in lines


def test_piped_corpus_is_plain_lines():
    r = run("summary")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == f"releases: {len(FILES)}"
    assert "releases per month:" in lines and "top speakers:" in lines
    assert all("\t" in line for line in lines if line.startswith("  "))


@pytest.mark.parametrize("width", [60, 120])
def test_terminal_release_layout_fits_the_width(width):
    env = {"PRESSROOM_FORCE_TTY": "1", "NO_COLOR": "1", "COLUMNS": str(width)}
    r = run("summary", "sen_Carper_03Aug2007Carper3.txt", env=env)
    assert r.exit_code == 0, r.stderr
    assert "Senate Passes Vital Infrastructure Improvements Bill" in r.stdout.replace("\n", " ") or width < 70
    assert "Summary" in r.stdout and "People" in r.stdout
    assert max(len(line) for line in r.stdout.splitlines()) <= width


@pytest.mark.parametrize("width", [60, 120])
def test_terminal_corpus_layout_fits_the_width(width):
    env = {"PRESSROOM_FORCE_TTY": "1", "NO_COLOR": "1", "COLUMNS": str(width)}
    r = run("summary", env=env)
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    assert f"Corpus: {len(FILES)} releases" in out
    assert "Releases per" in out and "Top speakers" in out and "█" in out
    assert max(len(line) for line in out.splitlines()) <= width
    assert len(out.splitlines()) < 80  # a screenful or two, not a wall


def test_terminal_colour_when_allowed():
    env = {"PRESSROOM_FORCE_TTY": "1", "COLUMNS": "100", "NO_COLOR": "", "TERM": "xterm-256color"}
    r = run("summary", "doj_release_00115.html", env=env)
    assert r.exit_code == 0
    assert ANSI.search(r.stdout)


def test_filters_narrow_and_nothing_left_exits_1():
    r = run("summary", "--json", "--since", "2021", "--until", "2021")
    data = json.loads(r.stdout)
    assert r.exit_code == 0 and data["releases"] >= 1
    assert all(m["month"].startswith("2021") for m in data["per_month"])
    assert data["filters"] == {"since": "2021", "until": "2021", "source": None}
    r = run("summary", "--since", "2090")
    assert r.exit_code == 1 and r.stdout == "" and "nothing to summarize" in r.stderr
    r = run("summary", "--source", "gov.krd", "--json")
    assert json.loads(r.stdout)["releases"] == 1


def test_bad_id_exits_2():
    r = run("summary", "no-such-release")
    assert r.exit_code == 2 and "no release matches" in r.stderr
    r = run("summary", "govkrd_000_06ca55f076f6df16.txt", "--since", "2020")
    assert r.exit_code == 2


def test_empty_corpus_is_a_sensible_summary(tmp_path):
    r = runner.invoke(app, ["-c", str(tmp_path), "summary", "--json"])
    assert r.exit_code == 1 and json.loads(r.stdout)["releases"] == 0
    r = runner.invoke(app, ["-c", str(tmp_path), "summary"])
    assert r.exit_code == 1 and "Traceback" not in r.stderr and "no releases" in r.stderr
    r = runner.invoke(app, ["-c", str(tmp_path), "stats", "--json"])
    assert r.exit_code == 1 and json.loads(r.stdout)["releases"] == 0


def test_single_release_corpus(tmp_path):
    (tmp_path / "one.txt").write_text((SEEDS / "000_06ca55f076f6df16.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = runner.invoke(app, ["-c", str(tmp_path), "summary", "--json"])
    data = json.loads(r.stdout)
    assert r.exit_code == 0 and data["releases"] == 1
    assert data["first_date"] == data["last_date"] == "2021-02-17"
    assert data["per_month"] == [{"month": "2021-02", "releases": 1}]
    env = {"PRESSROOM_FORCE_TTY": "1", "NO_COLOR": "1", "COLUMNS": "80"}
    r = runner.invoke(app, ["-c", str(tmp_path), "summary"], env=env)
    assert r.exit_code == 0 and "Corpus: 1 release" in r.stdout and "2021-02" in r.stdout


def test_stats_is_terse_numbers():
    r = run("stats", "--json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["releases"] == len(FILES)
    assert all(not isinstance(v, (list, dict)) for v in data.values())
    piped = run("stats").stdout.splitlines()
    assert piped[0] == f"releases\t{len(FILES)}"
    assert all(len(line.split("\t")) == 2 for line in piped)
    csv_out = run("stats", "-f", "csv").stdout.splitlines()
    assert csv_out[0] == "metric,value"


@pytest.mark.parametrize("ref", ["govkrd_000_06ca55f076f6df16.txt", "govkrd_000_06ca55f076f6df16",
                                 "summary/doj_release_00115.html", "sen_Hatch", "nw_"])
def test_one_release_from_the_cache_matches_the_loaded_corpus(ref):
    from pressroom.cli.common import STATE, load
    from pressroom.cli.summary import load_release
    from pressroom.errors import PressroomError

    STATE.no_cache = False
    try:
        want = load([SUMMARY]).get(ref)
    except PressroomError as exc:
        with pytest.raises(PressroomError) as got:
            load_release([SUMMARY], ref)
        assert str(got.value) == str(exc)
        return
    got = load_release([SUMMARY], ref)
    assert got.to_record(boilerplate=True) == want.to_record(boilerplate=True)
    assert load_release([SUMMARY], want.id[:5]).id == want.id
