"""Corpus-wide results kept in the cache (people, quotes, organizations, acronyms): the same
answer as computing them afresh, computed once per state of the releases, dropped when a
release changes or the merging code does."""

import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

import pressroom.corpus_results as corpus_results
from pressroom.cache import cached_result, db_path, open_index
from pressroom.cli.app import app
from pressroom.files import scan

from helpers import five_releases

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    return five_releases(tmp_path)


def run(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.stdout


def kept(corpus):
    s = scan([corpus], lambda m: None)
    with sqlite3.connect(db_path(s.real)) as db:
        return sorted(name.split(":")[0] for name, in db.execute("SELECT name FROM derived"))


COMMANDS = [
    ("people", "--json"),
    ("people", "--sort", "name", "--format", "csv"),
    ("quotes", "--json"),
    ("quotes", "--speaker", "brownback", "--json"),
    ("quotes", "--kind", "indirect", "--format", "jsonl"),
    ("orgs", "--json"),
    ("orgs", "--match", "peshmerga", "--json"),
    ("acronyms", "--json"),
    ("acronyms", "--undefined", "--format", "csv"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_kept_result_equals_a_fresh_computation(corpus, args):
    fresh = run("--no-cache", "-c", str(corpus), *args)
    first = run("-c", str(corpus), *args)  # computes and keeps
    second = run("-c", str(corpus), *args)  # reads what was kept
    assert first == fresh
    assert second == fresh


def test_a_kept_result_is_not_computed_again(corpus, monkeypatch):
    run("-c", str(corpus), "people", "--json")
    assert kept(corpus) == ["people"]
    import pressroom.people as people

    def boom(*a, **k):
        raise AssertionError("people merged again")

    monkeypatch.setattr(people, "PeopleIndex", boom)
    assert json.loads(run("-c", str(corpus), "people", "--json"))


def test_a_changed_release_drops_every_kept_result(corpus):
    run("-c", str(corpus), "people", "--json")
    run("-c", str(corpus), "orgs", "--json")
    assert kept(corpus) == ["orgs", "people"]
    carper = corpus / "senate_carper.txt"
    with open(carper, "a", encoding="utf-8") as fh:
        fh.write('\n\n"We will rebuild the Zanzibar levee," said Dr. Quentin Zyskowski, director of the '
                 "Delaware Levee Authority.\n")
    st = os.stat(carper)
    os.utime(carper, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    names = [p["name"] for p in json.loads(run("-c", str(corpus), "people", "--json"))]
    assert "Quentin Zyskowski" in names
    assert kept(corpus) == ["people"]  # the organizations wait for their next command
    quotes = json.loads(run("-c", str(corpus), "quotes", "--speaker", "Zyskowski", "--json"))
    assert [(q["speaker"], q["text"]) for q in quotes] == [("Quentin Zyskowski", "We will rebuild the Zanzibar levee,")]


def test_new_merging_code_is_not_served_an_old_result(corpus, monkeypatch):
    run("-c", str(corpus), "acronyms", "--json")
    monkeypatch.setattr(corpus_results, "_code_key", lambda: "another")
    calls = []
    real = corpus_results._pack

    def counting(items, cls):
        calls.append(cls.__name__)
        return real(items, cls)

    monkeypatch.setattr(corpus_results, "_pack", counting)
    run("-c", str(corpus), "acronyms", "--json")
    assert calls == ["AcronymEntry"]


def test_paths_follow_how_this_run_names_the_corpus(corpus, monkeypatch, tmp_path):
    run("-c", str(corpus), "quotes", "--json")
    monkeypatch.chdir(tmp_path)
    quotes = json.loads(run("-c", "corpus", "quotes", "--json"))
    assert quotes and all(q["path"].startswith("corpus" + os.sep) for q in quotes)


def test_a_result_computed_while_the_releases_changed_is_not_kept(corpus):
    """The releases changed (another process's update committed) between reading them and
    storing the result: the result is returned but not kept."""
    def compute(c):
        db, _ = open_index([corpus], lambda m: None)
        try:
            db.execute("UPDATE meta SET value = value + 1 WHERE key = 'updated'")
        finally:
            db.close()
        return [r.id for r in c]

    ids, _ = cached_result([corpus], "ids", compute, warn=lambda m: None)
    assert len(ids) == 5
    assert "ids" not in kept(corpus)
    again, _ = cached_result([corpus], "ids", lambda c: [r.id for r in c], warn=lambda m: None)
    assert again == ids and "ids" in kept(corpus)


def test_a_damaged_kept_result_is_computed_again(corpus):
    cached_result([corpus], "ids", lambda c: [r.id for r in c], warn=lambda m: None)
    s = scan([corpus], lambda m: None)
    with sqlite3.connect(db_path(s.real)) as db:
        db.execute("UPDATE derived SET value = x'00ff' WHERE name = 'ids'")
    value, _ = cached_result([corpus], "ids", lambda c: ["recomputed"], warn=lambda m: None)
    assert value == ["recomputed"]


def test_cache_info_lists_the_kept_results(corpus):
    run("-c", str(corpus), "people", "--json")
    run("-c", str(corpus), "acronyms", "--json")
    (entry,) = json.loads(run("cache", "info", "--json"))["corpora"]
    assert entry["kept"] == ["acronyms", "people"] and entry["ok"]
    assert "acronyms, people" in run("cache", "info", "--format", "csv")
