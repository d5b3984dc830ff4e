"""Cache levels (cache.py): a search or a listing indexes a new corpus without the extractors
(`text`); the first command that reads extracted facts runs them over the stored releases
(`full`, no file parsed again); a release looked at alone is extracted on the spot. Whatever
the level, every command answers as a fresh parse would."""

import json
import os
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

import pressroom.cache as cache
from pressroom.cache import FULL, TEXT, db_path, list_caches, load_cached, open_index
from pressroom.cli.app import app
from pressroom.corpus import load_corpus
from pressroom.files import resolve_roots
from pressroom.index import search
from pressroom.query import parse_query

from helpers import five_releases

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    return five_releases(tmp_path)


@pytest.fixture
def workers(monkeypatch):
    """Which worker parsed each file: 'full' (with the extractors) or 'text'."""
    seen: list[tuple[str, str]] = []
    full, text = cache.parse_for_index, cache.parse_for_text_index
    monkeypatch.setattr(cache, "parse_for_index", lambda p: seen.append((FULL, os.path.basename(p))) or full(p))
    monkeypatch.setattr(cache, "parse_for_text_index", lambda p: seen.append((TEXT, os.path.basename(p))) or text(p))
    return seen


def level_of(corpus) -> str | None:
    db = sqlite3.connect(db_path(resolve_roots([corpus])[1]))
    try:
        return db.execute("SELECT value FROM meta WHERE key = 'level'").fetchone()[0]
    finally:
        db.close()


def cli(corpus, *args):
    r = runner.invoke(app, ["-c", str(corpus), *args])
    return r


def test_a_search_indexes_without_the_extractors(corpus, workers):
    r = cli(corpus, "search", "westcon")
    assert r.exit_code == 0, r.output
    assert {lvl for lvl, _ in workers} == {TEXT} and len(workers) == 5
    assert level_of(corpus) == TEXT
    workers.clear()
    assert cli(corpus, "search", "peshmerga").exit_code == 0
    assert cli(corpus, "list").exit_code == 0
    assert workers == []  # the text cache serves searches and the listing as it is


def test_the_first_names_command_extracts_the_stored_releases(corpus, workers):
    assert cli(corpus, "search", "westcon").exit_code == 0
    workers.clear()
    r = cli(corpus, "quotes", "--speaker", "marotto", "--json")
    assert r.exit_code == 0, r.output
    assert workers == []  # no file read or parsed again: the extractors ran over the cache
    assert level_of(corpus) == FULL
    workers.clear()
    assert cli(corpus, "search", "westcon").exit_code == 0
    assert cli(corpus, "people").exit_code == 0
    assert workers == []  # a full cache serves every command
    fresh = load_corpus([corpus])
    cached = load_cached([corpus])
    assert [r.to_record() for r in cached] == [r.to_record() for r in fresh]


def test_a_speaker_or_org_search_needs_the_extractors(corpus, workers):
    assert cli(corpus, "search", "senator").exit_code == 0
    assert level_of(corpus) == TEXT
    r = cli(corpus, "search", "speaker:marotto", "--json")
    assert r.exit_code == 0, r.output
    assert [os.path.basename(h["path"]) for h in json.loads(r.output)] == ["krd.txt"]
    assert level_of(corpus) == FULL
    assert cli(corpus, "search", "org:gsa", "--json").exit_code == 0


def test_plain_search_answers_the_same_at_both_levels(corpus):
    queries = ["senator", "westcon OR peshmerga", '"security forces"', "coalit*", "the -senator",
               "title:coalition", "marroto"]
    at_text = [cli(corpus, "search", q, "--json", "--limit", "50").output for q in queries]
    assert level_of(corpus) == TEXT
    assert cli(corpus, "people").exit_code == 0
    assert level_of(corpus) == FULL
    at_full = [cli(corpus, "search", q, "--json", "--limit", "50").output for q in queries]
    assert at_text == at_full


def test_show_on_a_text_cache_extracts_the_one_release(corpus, workers):
    assert cli(corpus, "search", "peshmerga").exit_code == 0
    shown = cli(corpus, "show", "krd.txt", "--json")
    assert shown.exit_code == 0, shown.output
    assert level_of(corpus) == TEXT and {lvl for lvl, _ in workers} == {TEXT}
    assert cli(corpus, "people").exit_code == 0  # now full
    again = cli(corpus, "show", "krd.txt", "--json")
    assert json.loads(shown.output) == json.loads(again.output)
    rel = json.loads(shown.output)
    assert any(q["speaker"] == "Wayne Marotto" for q in rel["quotes"])


def test_an_update_keeps_the_level(corpus, workers):
    assert cli(corpus, "search", "westcon").exit_code == 0
    (corpus / "new.txt").write_text((corpus / "senate_carper.txt").read_text(encoding="utf-8") + "\nAdded.\n",
                                    encoding="utf-8")
    workers.clear()
    assert cli(corpus, "search", "westcon").exit_code == 0
    assert workers == [(TEXT, "new.txt")] and level_of(corpus) == TEXT
    assert cli(corpus, "orgs").exit_code == 0
    assert level_of(corpus) == FULL
    (corpus / "new2.txt").write_text("Senator Carper said the bill passed.\n\nMore text here today.\n", encoding="utf-8")
    workers.clear()
    assert cli(corpus, "search", "westcon").exit_code == 0
    assert workers == [(FULL, "new2.txt")] and level_of(corpus) == FULL


def test_cache_info_and_summary_counts(corpus):
    assert cli(corpus, "search", "westcon").exit_code == 0
    (rec,) = list_caches()
    assert rec["level"] == TEXT
    r = cli(corpus, "stats", "--json")
    assert r.exit_code == 0, r.output
    fresh = cli(corpus, "--no-cache", "stats", "--json")
    assert json.loads(r.output) == json.loads(fresh.output)  # speakers counted: the rebuild ran
    (rec,) = list_caches()
    assert rec["level"] == FULL


def test_in_memory_text_index_searches(corpus):
    db, _ = open_index([corpus], lambda m: None, no_cache=True, level=TEXT)
    try:
        assert [os.path.basename(h.rel) for h in search(db, parse_query("westcon"))] == ["doj_release_10740.html"]
        assert db.execute("SELECT count(*) FROM names").fetchone()[0] == 0
    finally:
        db.close()
    db, _ = open_index([corpus], lambda m: None, no_cache=True)
    try:
        assert db.execute("SELECT count(*) FROM names").fetchone()[0] == 5
    finally:
        db.close()


def test_orgs_of_one_release_need_no_rebuild(corpus, workers):
    assert cli(corpus, "search", "westcon").exit_code == 0
    workers.clear()
    one = cli(corpus, "orgs", "--release", "doj_release", "--json")
    assert one.exit_code == 0, one.output
    assert workers == [] and level_of(corpus) == TEXT
    names = {o["name"] for o in json.loads(one.output)}
    assert "General Services Administration" in names
    fresh = cli(corpus, "--no-cache", "orgs", "--release", "doj_release", "--json")
    assert json.loads(fresh.output) == json.loads(one.output)


def test_an_upgrade_equals_a_full_build_duplicates_and_all(corpus, tmp_path):
    shutil.copy(corpus / "krd.txt", corpus / "krd_copy.txt")  # a duplicate release
    assert cli(corpus, "search", "coalition").exit_code == 0
    assert level_of(corpus) == TEXT
    upgraded = load_cached([corpus])
    assert level_of(corpus) == FULL
    db = sqlite3.connect(db_path(resolve_roots([corpus])[1]))
    try:
        stored = db.execute("SELECT r.id, r.dup, r.extra, l.lines FROM releases r JOIN light l ON l.rid = r.rid"
                            " ORDER BY r.rid").fetchall()
        names = db.execute("SELECT n.speaker, n.org FROM names n JOIN releases r ON r.rid = n.rowid ORDER BY r.id").fetchall()
    finally:
        db.close()
    cache.clear()
    built = load_cached([corpus])  # a cold full build
    db = sqlite3.connect(db_path(resolve_roots([corpus])[1]))
    try:
        assert db.execute("SELECT r.id, r.dup, r.extra, l.lines FROM releases r JOIN light l ON l.rid = r.rid"
                          " ORDER BY r.rid").fetchall() == stored
        assert db.execute("SELECT n.speaker, n.org FROM names n JOIN releases r ON r.rid = n.rowid"
                          " ORDER BY r.id").fetchall() == names
    finally:
        db.close()
    assert [r.to_record() for r in upgraded] == [r.to_record() for r in built]
    assert any(dup for _, dup, _, _ in stored)


def test_an_extractor_failing_in_the_upgrade_falls_back_to_a_build(corpus, workers, monkeypatch):
    assert cli(corpus, "search", "coalition").exit_code == 0
    monkeypatch.setattr(cache, "extract_stored", lambda item: (False, "internal error: boom"))
    workers.clear()
    assert cli(corpus, "people").exit_code == 0
    assert {lvl for lvl, _ in workers} == {FULL} and len(workers) == 5  # built afresh, every file parsed
    assert level_of(corpus) == FULL


def test_an_interrupted_upgrade_leaves_the_text_cache_as_it_was(corpus, monkeypatch):
    assert cli(corpus, "search", "coalition").exit_code == 0
    real = cache.extract_stored
    calls = []

    def interrupt(item):
        calls.append(item)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(item)

    monkeypatch.setattr(cache, "extract_stored", interrupt)
    with pytest.raises(KeyboardInterrupt):
        load_cached([corpus])
    assert level_of(corpus) == TEXT
    db = sqlite3.connect(db_path(resolve_roots([corpus])[1]))
    try:
        assert db.execute("SELECT count(*) FROM names").fetchone()[0] == 0  # rolled back
    finally:
        db.close()
    monkeypatch.setattr(cache, "extract_stored", real)
    assert [r.to_record() for r in load_cached([corpus])] == [r.to_record() for r in load_corpus([corpus])]
    assert level_of(corpus) == FULL
