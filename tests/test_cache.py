"""The on-disk cache: same corpus as a fresh parse, only changed files re-parsed, atomic
writes, corrupt caches rebuilt, a second process waiting instead of clashing."""

import os
import shutil
import subprocess
import sys
import time

import pytest

import pressroom.cache as cache
from pressroom.cache import list_caches, load_cached, open_index
from pressroom.corpus import iter_files, load_corpus
from pressroom.files import join_digests, quick_digest, scan
from pressroom.index import search
from pressroom.query import parse_query

from helpers import RELEASES, SEEDS


@pytest.fixture
def corpus(tmp_path):
    """Releases of several issuers (DOJ, Senate, wires, GOV.KRD seed) in nested folders."""
    root = tmp_path / "corpus"
    (root / "doj").mkdir(parents=True)
    (root / "senate").mkdir()
    (root / "wires" / "2026").mkdir(parents=True)
    shutil.copy(RELEASES / "doj_release_10740.html", root / "doj")
    shutil.copy(RELEASES / "senate_carper.txt", root / "senate")
    shutil.copy(RELEASES / "sen_Brownback_6Jun2006Brownback69.txt", root / "senate")
    shutil.copy(RELEASES / "nw_noticiasnewswire_2026_0303_None.md", root / "wires" / "2026")
    shutil.copy(RELEASES / "citybiz_envestnet.md", root / "wires")
    shutil.copy(next(SEEDS.glob("*.txt")), root / "krd.txt")
    return root


@pytest.fixture
def parses(monkeypatch):
    """Counts the files the cache parses (small corpora are parsed in this process)."""
    seen: list[str] = []
    real = cache.parse_for_index

    def counting(path):
        seen.append(os.path.basename(path))
        return real(path)

    monkeypatch.setattr(cache, "parse_for_index", counting)
    return seen


def touch(path, text_to_add=""):
    if text_to_add:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text_to_add)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def hits(paths, text):
    db, s = open_index(paths, lambda m: None)
    try:
        return sorted(os.path.basename(h.rel) for h in search(db, parse_query(text), limit=None))
    finally:
        db.close()


def records(c):
    return [r.to_record(raw=True, boilerplate=True) for r in c]


def test_cache_dir_is_the_platform_one_unless_overridden(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(tmp_path / "x"))
    assert cache.cache_dir() == str(tmp_path / "x")
    monkeypatch.delenv("PRESSROOM_CACHE_DIR")
    assert cache.cache_dir() == platformdirs.user_cache_dir("pressroom", appauthor=False)


def test_warm_load_parses_nothing_and_equals_a_fresh_parse(corpus, parses):
    cold = load_cached([corpus])
    assert len(parses) == 6
    warm = load_cached([corpus])
    assert len(parses) == 6  # nothing parsed again
    fresh = load_corpus([corpus])
    assert [r.path for r in warm] == [r.path for r in fresh] == [str(p) for p in iter_files([corpus], print)]
    assert records(warm) == records(fresh) == records(cold)


def test_load_without_text_has_everything_but_the_paragraphs(corpus):
    full = load_cached([corpus])
    light = load_cached([corpus], text=False)
    assert all(r.paragraphs == [] for r in light)
    strip = lambda r: {k: v for k, v in r.to_record().items() if k not in ("paragraphs", "summary")}
    assert [strip(r) for r in light] == [strip(r) for r in full]
    assert any(r.quotes for r in light)


def test_a_changed_file_is_parsed_again_alone(corpus, parses):
    load_cached([corpus])
    parses.clear()
    carper = corpus / "senate" / "senate_carper.txt"
    touch(carper, "\n\nSenator Carper also praised the Zanzibar levee program.\n")
    assert hits([corpus], "zanzibar") == ["senate_carper.txt"]
    assert parses == ["senate_carper.txt"]
    assert any("Zanzibar" in p for r in load_cached([corpus]) if r.path.endswith("carper.txt") for p in r.paragraphs)
    assert parses == ["senate_carper.txt"]


def test_same_size_same_second_edit_is_seen(corpus, parses):
    """mtime in nanoseconds and size are the key: an edit keeping the size is caught by mtime."""
    load_cached([corpus])
    parses.clear()
    krd = corpus / "krd.txt"
    text = krd.read_text(encoding="utf-8")
    krd.write_text(text.replace("Peshmerga", "Pashmerga", 1), encoding="utf-8")
    touch(krd)
    assert "krd.txt" in hits([corpus], "pashmerga")
    assert parses == ["krd.txt"]


def test_added_and_removed_files(corpus, parses):
    load_cached([corpus])
    parses.clear()
    (corpus / "wires" / "citybiz_envestnet.md").unlink()
    shutil.copy(RELEASES / "citybiz_envestnet.md", corpus / "senate" / "moved.md")
    assert hits([corpus], "envestnet") == ["moved.md"]
    assert parses == ["moved.md"]
    paths = [r.path for r in load_cached([corpus])]
    assert paths == [str(p) for p in iter_files([corpus], print)]


def test_corrupt_cache_is_rebuilt_with_a_warning(corpus, parses):
    load_cached([corpus])
    (db_file,) = [c["path"] for c in list_caches()]
    with open(db_file, "r+b") as fh:
        fh.write(b"this is not a database" * 100)
    warnings: list[str] = []
    c = load_cached([corpus], warn=warnings.append)
    assert len(c) == 6
    assert any("unreadable" in w for w in warnings)
    assert len(parses) == 12
    assert load_cached([corpus], warn=warnings.append) and len(parses) == 12  # healthy again


def test_truncated_cache_is_rebuilt(corpus):
    load_cached([corpus])
    (db_file,) = [c["path"] for c in list_caches()]
    size = os.path.getsize(db_file)
    with open(db_file, "r+b") as fh:
        fh.truncate(size // 3)
    warnings: list[str] = []
    assert hits([corpus], "westcon") == ["doj_release_10740.html"]
    assert records(load_cached([corpus], warn=warnings.append)) == records(load_corpus([corpus]))


def test_interrupted_cold_build_leaves_nothing_behind(corpus, monkeypatch):
    real = cache.parse_for_index
    calls = []

    def interrupt(path):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(path)

    monkeypatch.setattr(cache, "parse_for_index", interrupt)
    with pytest.raises(KeyboardInterrupt):
        load_cached([corpus])
    leftovers = [n for n in os.listdir(cache.cache_dir()) if not n.endswith(".lock")]
    assert leftovers == []
    monkeypatch.setattr(cache, "parse_for_index", real)
    assert len(load_cached([corpus])) == 6


def test_interrupted_update_keeps_the_old_cache(corpus, monkeypatch, parses):
    load_cached([corpus])
    touch(corpus / "krd.txt", "\nA sentence about Sulaymaniyah.\n")
    touch(corpus / "doj" / "doj_release_10740.html")

    def interrupt(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache, "parse_for_index", interrupt)
    with pytest.raises(KeyboardInterrupt):
        load_cached([corpus])
    monkeypatch.undo()
    assert hits([corpus], "sulaymaniyah") == ["krd.txt"]  # rolled back, then updated properly


def test_a_parser_bug_is_not_cached(corpus, monkeypatch):
    real = cache.parse_for_index

    def buggy(path):
        if path.endswith("krd.txt"):
            return False, "internal error: ValueError: boom"
        return real(path)

    monkeypatch.setattr(cache, "parse_for_index", buggy)
    warnings: list[str] = []
    assert len(load_cached([corpus], warn=warnings.append)) == 5
    assert warnings == [f"skipped {corpus / 'krd.txt'}: internal error: ValueError: boom"]
    seen = []
    monkeypatch.setattr(cache, "parse_for_index", lambda p: seen.append(p) or real(p))
    assert len(load_cached([corpus])) == 6
    assert [os.path.basename(p) for p in seen] == ["krd.txt"]


def test_unusable_files_are_cached_and_warned_about_every_time(corpus, parses):
    (corpus / "empty.txt").write_text("")
    first: list[str] = []
    load_cached([corpus], warn=first.append)
    again: list[str] = []
    load_cached([corpus], warn=again.append)
    assert first == again == [f"skipped {corpus / 'empty.txt'}: empty file"]
    assert parses.count("empty.txt") == 1


def test_cached_warnings_come_in_the_order_a_parsing_run_gives(corpus):
    # unreadable files and duplicates interleaved by path, not all unreadable ones first
    (corpus / "a_empty.txt").write_text("")
    shutil.copy(corpus / "krd.txt", corpus / "l_copy.txt")
    (corpus / "m_empty.txt").write_text("")
    parsed: list[str] = []
    load_corpus([corpus], warn=parsed.append)
    first: list[str] = []
    load_cached([corpus], warn=first.append)
    again: list[str] = []
    load_cached([corpus], warn=again.append)
    assert [w.split(": ")[0] for w in parsed] == [
        f"skipped {corpus / n}" for n in ("a_empty.txt", "l_copy.txt", "m_empty.txt")]
    assert first == again == parsed


def test_summaries_are_computed_once_then_kept_by_content(corpus, monkeypatch):
    import pressroom.extract as extract

    calls: list[str] = []
    real = extract.summary_of
    monkeypatch.setattr(extract, "summary_of", lambda rel: calls.append(rel.id) or real(rel))
    plain = {r.id: r.summary for r in load_cached([corpus])}
    assert set(plain.values()) == {None} and not calls  # a load that does not ask computes none
    first = {r.id: r.summary for r in load_cached([corpus], summaries=True)}
    assert len(calls) == 6
    again = {r.id: r.summary for r in load_cached([corpus], summaries=True)}
    assert len(calls) == 6  # read from the cache
    parsed = {r.id: r.summary for r in load_corpus([corpus])}
    assert first == again == parsed and all(parsed.values())
    calls.clear()
    touch(corpus / "krd.txt", "\nA sentence added to the release.\n")
    changed = {r.id: r.summary for r in load_cached([corpus], summaries=True)}
    assert len(calls) == 1  # only the changed release is summarised again
    assert changed == {r.id: r.summary for r in load_corpus([corpus])}
    (corpus / "senate" / "senate_carper.txt").unlink()
    load_cached([corpus], summaries=True)
    db, _ = open_index([corpus], lambda m: None)
    try:  # a release no longer in the corpus leaves no summary behind
        assert db.execute("SELECT count(*) FROM summaries").fetchone()[0] == 5
    finally:
        db.close()


def test_new_parser_code_rebuilds(corpus, parses, monkeypatch):
    load_cached([corpus])
    monkeypatch.setattr(cache, "parser_key", lambda: "a-new-extractor")
    load_cached([corpus])
    assert len(parses) == 12


def test_parser_key_follows_the_parsing_code(tmp_path):
    pkg = tmp_path / "pressroom"
    for rel in ("parse.py", "model.py", "decode.py", "readers/html.py", "extract/quotes.py", "cli/app.py",
                "data/first_names.txt", "data/seeds/seed.txt"):
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text("x = 1\n")
    key = cache.parser_key(str(pkg))
    assert key == cache.parser_key(str(pkg))
    (pkg / "cli" / "app.py").write_text("x = 22\n")  # not parsing code
    (pkg / "data" / "seeds" / "seed.txt").write_text("another seed\n")
    assert cache.parser_key(str(pkg)) == key
    (pkg / "extract" / "quotes.py").write_text("x = 2\n")
    assert cache.parser_key(str(pkg)) != key
    key = cache.parser_key(str(pkg))
    (pkg / "data" / "first_names.txt").write_text("Wayne\n")
    assert cache.parser_key(str(pkg)) != key
    assert cache.parser_key().endswith(str(len(cache._parser_files(cache._package_dir()))))


def test_unwritable_cache_dir_falls_back_to_memory(corpus, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(blocker / "cache"))
    warnings: list[str] = []
    c = load_cached([corpus], warn=warnings.append)
    assert len(c) == 6 and any("without a cache" in w for w in warnings)


def test_second_process_waits_for_the_builder(corpus):
    """A writer holds the lock: another pressroom waits, says so, then uses the finished cache."""
    s = scan([corpus])
    os.makedirs(cache.cache_dir(), exist_ok=True)
    lock = cache._Lock(cache.db_path(s.real) + ".lock").__enter__()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    p = subprocess.Popen([sys.executable, "-m", "pressroom", "-c", str(corpus), "search", "westcon"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(1.0)
    assert p.poll() is None  # still waiting
    lock.__exit__(None, None, None)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    assert "waiting for another pressroom process" in err
    assert "doj_release_10740.html" not in out and out.count("\n") == 1


def test_loaded_raw_text_is_read_from_the_file(corpus):
    load_cached([corpus])
    warm = load_cached([corpus])
    doj = next(r for r in warm if r.path.endswith(".html"))
    assert type(doj).__name__ == "CachedRelease" and isinstance(doj, cache.CachedRelease)
    assert doj.raw.startswith("<") and "Westcon" in doj.raw
    assert doj.to_record(raw=True)["raw"] == doj.raw


# ---------------------------------------------------------------- the walk


def test_scan_walks_like_iter_files(tmp_path):
    root = tmp_path / "c"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    for rel in ("z.txt", "b/x.md", "b/deep/y.html", "a/w.json", "a/README.md", "a/.DS_Store", "a/photo.png",
                ".hidden/h.txt", "b/.secret.txt", "NOEXT"):
        (root / rel).write_text("Title\n\nWASHINGTON - Body text of a release.\n")
    os.symlink(root / "b", root / "a" / "link-to-b")  # a second path to b/: counted once
    os.symlink(root, root / "b" / "deep" / "loop")  # a loop
    found: list[str] = []
    expected = [str(p) for p in iter_files([root], found.append)]
    got: list[str] = []
    s = scan([root], got.append)
    assert [s.display(r, rel) for r, rel, _, _ in s.files()] == expected
    assert got == found


def test_scan_of_files_and_overlapping_roots(corpus):
    krd = corpus / "krd.txt"
    expected = [str(p) for p in iter_files([krd, corpus], print)]
    s = scan([krd, corpus])
    assert [s.display(r, rel) for r, rel, _, _ in s.files()] == expected


def test_quick_digest_in_two_halves_equals_the_stored_one(corpus):
    s = scan([corpus])
    whole, _ = quick_digest([corpus])
    (d0, _), (d1, _) = quick_digest([corpus], 0), quick_digest([corpus], 1)
    assert whole == join_digests(d0, d1) == s.quick
    touch(corpus / "krd.txt")
    assert quick_digest([corpus])[0] != whole
    (corpus / "new.txt").write_text("x")
    assert quick_digest([corpus])[0] != whole


def test_missing_path_is_an_error(tmp_path):
    from pressroom.errors import PressroomError

    with pytest.raises(PressroomError, match="no such file"):
        scan([tmp_path / "nope"])


@pytest.mark.parametrize("given", ["a/b", "./a//b/", "/x/./y", "//x/y", "///x", ".", "a/../b", "/", "//"])
def test_display_paths_are_what_pathlib_gives(given):
    from pathlib import PurePosixPath

    from pressroom.files import display_path

    for rel in ("", "f.txt", "d/f.txt"):
        expected = str(PurePosixPath(given) / rel) if rel else str(PurePosixPath(given))
        assert display_path(given, rel) == expected


def test_export_fills_the_summaries_the_cache_left_out(corpus):
    from pressroom.extract import fill_summaries, summary_of

    cached = load_cached([corpus])
    assert all(r.summary is None for r in cached)
    fill_summaries(cached.releases, progress=False)
    fresh = load_corpus([corpus])
    assert [r.summary for r in cached] == [r.summary for r in fresh] == [summary_of(r) for r in fresh]
    assert any(r.summary for r in cached)
