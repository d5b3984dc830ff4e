"""list / show / export through CliRunner: piped text, JSON, exit codes, errors."""

import json

from typer.testing import CliRunner

from pressroom.cli.app import app

from helpers import RELEASES

runner = CliRunner()


def run(*args, **kw):
    return runner.invoke(app, list(args), **kw)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("pressroom ")


def test_list_on_seeds_by_default_is_plain_tsv():
    r = run("list")
    assert r.exit_code == 0
    cols = r.stdout.splitlines()[0].split("\t")
    assert cols[1:3] == ["2021-02-17", "GOV.KRD"]
    assert cols[3].startswith("Coalition Forces meet")
    assert "\x1b[" not in r.stdout


def test_list_json_and_sort_and_filters():
    r = run("--corpus", str(RELEASES), "list", "--json", "--sort", "date", "--reverse")
    assert r.exit_code == 0
    recs = json.loads(r.stdout)
    dates = [x["date"] for x in recs if x["date"]]
    assert dates == sorted(dates, reverse=True)
    assert set(recs[0]) == {"id", "date", "source", "location", "title", "path"}
    r = run("list", "-c", str(RELEASES), "--since", "2026-01", "--format", "jsonl")
    assert r.exit_code == 0
    assert [json.loads(x)["date"] for x in r.stdout.splitlines()] == ["2026-03-03"]
    r = run("list", "-c", str(RELEASES), "--since", "2030")
    assert r.exit_code == 1 and r.stdout == ""


def test_list_csv_has_header():
    r = run("list", "-c", str(RELEASES), "--format", "csv")
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == "id,date,source,location,title,path"


def test_show_by_file_name_and_json():
    r = run("show", "sen_Brownback_6Jun2006Brownback69.txt", "-c", str(RELEASES))
    assert r.exit_code == 0 and "date: 2006-06-06" in r.stdout
    r = run("show", "sen_Brownback", "-c", str(RELEASES), "--json")
    rec = json.loads(r.stdout)
    assert rec["location"] == "WASHINGTON" and isinstance(rec["paragraphs"], list) and "boilerplate" in rec


def test_show_rich_panel_on_terminal(monkeypatch):
    monkeypatch.setenv("PRESSROOM_FORCE_TTY", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    r = run("show", "000_06ca55f076f6df16")
    assert r.exit_code == 0
    assert "╭" in r.stdout and "Coalition Forces meet" in r.stdout
    assert "\x1b[" not in r.stdout


def test_export_schema():
    r = run("-c", str(RELEASES), "export")
    assert r.exit_code == 0
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(recs) == 5
    for rec in recs:
        for key in ("path", "id", "title", "date", "location", "source", "paragraphs", "quotes", "people",
                    "organizations", "acronyms", "summary"):
            assert key in rec
        assert isinstance(rec["quotes"], list) and isinstance(rec["summary"], str)


def test_unknown_release_is_one_line_error_exit_2():
    r = run("show", "no-such-release")
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and r.stderr.startswith("pressroom: error:")


def test_missing_corpus_path_exit_2(tmp_path):
    r = run("-c", str(tmp_path / "nope"), "list")
    assert r.exit_code == 2 and "no such file or directory" in r.stderr


def test_bad_format_and_bad_date_exit_2():
    assert run("list", "--format", "xml").exit_code == 2
    assert run("list", "--since", "yesterday").exit_code == 2


def test_list_from_the_cache_equals_a_fresh_parse():
    """`list` reads listing columns straight from the cache: same records, same order."""
    fresh = runner.invoke(app, ["--no-cache", "-c", str(RELEASES), "list", "--json"])
    cold = runner.invoke(app, ["-c", str(RELEASES), "list", "--json"])
    warm = runner.invoke(app, ["-c", str(RELEASES), "list", "--json"])
    assert fresh.exit_code == cold.exit_code == warm.exit_code == 0
    assert json.loads(fresh.stdout) == json.loads(cold.stdout) == json.loads(warm.stdout)
    assert len(json.loads(warm.stdout)) >= 5
