"""`pressroom search` and `pressroom cache`: piped and JSON output, exit codes, notes, and the
fast entry point (fast.py) giving the same answers as the Typer command."""

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pressroom.cli.app import app
from pressroom.cli.fast import plan, split_args

from helpers import RELEASES, SEEDS

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(RELEASES, root)
    shutil.copy(next(SEEDS.glob("*.txt")), root / "krd.txt")
    return root


def run(corpus, *args):
    return runner.invoke(app, ["-c", str(corpus), "search", *args])


def real(corpus, *args, env=None):
    """The installed entry point, as a user runs it (fast path included)."""
    e = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), **(env or {})}
    return subprocess.run([sys.executable, "-m", "pressroom", "-c", str(corpus), *args],
                          capture_output=True, text=True, env=e, timeout=120)


def test_piped_output_is_one_plain_line_per_hit(corpus):
    r = run(corpus, "westcon")
    assert r.exit_code == 0, r.stderr
    (line,) = r.stdout.splitlines()
    rid, date, source, title, snippet = line.split("\t")
    assert len(rid) == 10 and date == "2010-09-07" and source == ""
    assert title.startswith("Cisco Systems and Westcon Group")
    assert "Westcon" in snippet and "\x1b[" not in r.stdout and "\x02" not in r.stdout


def test_json_output(corpus):
    r = run(corpus, "peshmerga", "--json")
    assert r.exit_code == 0
    (hit,) = json.loads(r.stdout)
    assert {"id", "path", "score", "title", "date", "snippet"} <= set(hit)
    assert hit["path"] == str(corpus / "krd.txt") and hit["date"] == "2021-02-17"
    assert hit["score"] > 0 and "Peshmerga" in hit["snippet"]


def test_jsonl_and_csv(corpus):
    r = run(corpus, "senator OR senate", "--format", "jsonl", "--limit", "2")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["score"] >= rows[1]["score"]
    r = run(corpus, "senator OR senate", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert table and list(table[0]) == ["id", "path", "score", "title", "date", "source", "location", "snippet"]


def test_nothing_found_exits_1_quietly(corpus):
    r = run(corpus, "xylophonequartet")
    assert r.exit_code == 1 and r.stdout == ""


def test_typo_note_goes_to_stderr(corpus):
    r = run(corpus, "marroto")
    assert r.exit_code == 0
    assert "searched for marotto instead of marroto" in r.stderr
    assert "Marotto" in r.stdout


def test_dash_word_excludes_instead_of_failing_as_an_option(corpus):
    r = run(corpus, "support", "-peshmerga")
    assert r.exit_code == 0, r.stderr
    assert "Peshmerga" not in r.stdout
    assert "Peshmerga" in run(corpus, "support").stdout


def test_hostile_query_is_not_an_error(corpus):
    for q in ('"', "NEAR(", "*", "title:", '"unbalanced', "^"):
        r = run(corpus, q)
        assert r.exit_code in (1, 2), (q, r.stderr)
        assert "Traceback" not in r.stderr and "fts5" not in r.stderr


def test_bad_options(corpus):
    assert run(corpus, "x", "--sort", "size").exit_code == 2
    assert run(corpus, "x", "--since", "last week").exit_code == 2
    r = run(corpus, "--", "-covid")
    assert r.exit_code == 2 and "nothing to search for" in r.stderr


def test_dates_and_sort(corpus):
    r = run(corpus, "the", "--since", "2010", "--until", "2021-02", "--sort", "date", "--json", "--limit", "0")
    dates = [h["date"] for h in json.loads(r.stdout)]
    assert dates and dates == sorted(dates, reverse=True) and all("2010" <= d <= "2021-02-31" for d in dates)


def test_terminal_view_highlights_matches(corpus, monkeypatch):
    monkeypatch.setenv("PRESSROOM_FORCE_TTY", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    r = run(corpus, "peshmerga")
    assert r.exit_code == 0
    assert "\x1b[1;33mPeshmerga" in r.stdout  # bold yellow
    assert "1 matching release" in r.stdout


# ---------------------------------------------------------------- the fast entry point


def test_fast_path_answers_like_the_typer_command(corpus):
    for args in (["westcon"], ["senator", "-brownback", "--json"], ["marroto", "--format", "csv"],
                 ["title:coalition", "--limit", "1"], ["the", "--sort", "date", "-n", "3"],
                 ["speaker:marotto", "--json"], ["org:gsa", "OR", "peshmerga", "--format", "csv"]):
        slow = run(corpus, *args)
        fast = real(corpus, "search", *args)
        assert (fast.returncode, fast.stdout) == (slow.exit_code, slow.stdout), args
    assert "searched for marotto instead of marroto" in real(corpus, "search", "marroto").stderr


def test_fast_path_sees_a_changed_file(corpus):
    assert real(corpus, "search", "westcon").returncode == 0
    carper = corpus / "senate_carper.txt"
    with open(carper, "a", encoding="utf-8") as fh:
        fh.write("\n\nThe Westcon contract was also discussed.\n")
    r = real(corpus, "search", "westcon", "--json")
    assert r.returncode == 0, r.stderr
    assert {os.path.basename(h["path"]) for h in json.loads(r.stdout)} == {"doj_release_10740.html", "senate_carper.txt"}


def test_fast_path_hands_odd_arguments_to_typer(corpus):
    r = real(corpus, "search", "-h")
    assert r.returncode == 0 and "Usage" in r.stdout
    r = real(corpus, "search", "x", "--limit", "many")
    assert r.returncode == 2 and "many" in r.stderr
    r = real(corpus, "search")
    assert r.returncode == 2
    r = real(corpus, "search", "x", "--sort", "size")
    assert r.returncode == 2 and r.stderr.startswith("pressroom: error:")


def test_no_cache_writes_no_cache(corpus):
    r = real(corpus, "--no-cache", "search", "westcon")
    assert r.returncode == 0
    assert not os.path.exists(os.environ["PRESSROOM_CACHE_DIR"]) or not os.listdir(os.environ["PRESSROOM_CACHE_DIR"])


def test_split_and_plan():
    assert split_args(["covid", "-vaccine", "--limit", "5", "-n3", "--json", "--", "--x"]) == (
        ["--limit", "5", "-n", "3", "--json"], ["covid", "-vaccine", "--x"])
    p = plan(["-c", "dir", "--no-cache", "search", "a", "--sort=date", "-nuclear"])
    assert p.corpus == ["dir"] and p.no_cache and p.sort == "date" and p.words == ["a", "-nuclear"]
    assert plan(["list"]) is None and plan(["search"]) is None and plan(["search", "--help"]) is None
    assert plan(["--version"]) is None and plan(["search", "x", "--bogus"]) is None


# ---------------------------------------------------------------- cache info / clear


def test_cache_info_and_clear(corpus):
    assert run(corpus, "westcon").exit_code == 0
    r = runner.invoke(app, ["cache", "info", "--json"])
    info = json.loads(r.stdout)
    (entry,) = info["corpora"]
    assert entry["roots"] == [os.path.realpath(corpus)] and entry["releases"] >= 6 and entry["ok"]
    r = runner.invoke(app, ["cache", "info"])
    assert r.exit_code == 0 and str(os.path.realpath(corpus)) in r.stdout
    r = runner.invoke(app, ["cache", "clear"])
    assert r.exit_code == 0 and "removed" in r.stderr
    assert json.loads(runner.invoke(app, ["cache", "info", "--json"]).stdout)["corpora"] == []


def test_a_corpus_without_releases_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    r = run(tmp_path, "anything")
    assert r.exit_code == 2 and "no usable releases" in r.stderr
    p = real(tmp_path, "search", "anything")  # cached now: the fast path says the same
    assert p.returncode == 2 and "no usable releases" in p.stderr


def test_cache_info_with_odd_characters_in_the_cache_path(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(tmp_path / "cache #1?x=y %20"))
    assert run(corpus, "westcon").exit_code == 0
    (entry,) = json.loads(runner.invoke(app, ["cache", "info", "--json"]).stdout)["corpora"]
    assert entry["ok"] and entry["releases"] >= 6
