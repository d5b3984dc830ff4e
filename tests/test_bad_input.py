"""A corpus of bad files: every good file loads, each bad one is skipped with one warning."""

import json
import os
import sys

import pytest
from typer.testing import CliRunner

from pressroom import load_corpus
from pressroom.cli.app import app
from pressroom.errors import PressroomError

from helpers import SEEDS


@pytest.fixture
def bad_corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "good.txt").write_bytes(next(SEEDS.glob("*.txt")).read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text("   \n\n  ")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (d / "invalid_utf8.txt").write_bytes(b"Title\n\nWASHINGTON - Caf\xe9 \xff\xfe opened \x81 today.")
    (d / "cp1252.txt").write_bytes("Acme News\n\nBOSTON - Acme’s plant — “great”, said Jane Roe.".encode("cp1252"))
    (d / "utf16.txt").write_bytes("Acme News\n\nBOSTON - Acme opened a plant.".encode("utf-16"))
    (d / "broken.html").write_text("<html><body><h1>Broken</h1><p>WASHINGTON - Text <div><p>more")
    (d / "numbers.json").write_text("[1, 2, 3]")
    (d / "malformed.json").write_text('{"title": "x", "body": ')
    (d / "huge_line.txt").write_text("word " * (4 * 1024 * 1024))  # 20 MB on one line
    os.symlink(d, d / "loop")  # a symlink loop
    unreadable = d / "unreadable.txt"
    unreadable.write_text("Title\n\nBody.")
    unreadable.chmod(0)
    return d


def test_bad_corpus_loads_good_files_and_warns_once_per_bad(bad_corpus):
    warnings: list[str] = []
    c = load_corpus([bad_corpus], warn=warnings.append)
    titles = {r.title for r in c}
    assert "Coalition Forces meet with Joint Coalition Coordination Center forces in Erbil" in titles
    assert {"Acme News", "Broken"} <= titles
    for name in ("empty.txt", "blank.md", "binary.txt", "numbers.json", "malformed.json"):
        assert sum(name in w for w in warnings) == 1, (name, warnings)
    if os.geteuid() != 0:  # root reads anything
        assert sum("unreadable.txt" in w for w in warnings) == 1
    cp = next(r for r in c if r.path.endswith("cp1252.txt"))
    assert "Acme’s plant — “great”" in cp.paragraphs[0]


def test_cli_warns_on_stderr_and_still_lists(bad_corpus):
    r = CliRunner().invoke(app, ["-c", str(bad_corpus), "list", "--json"])
    assert r.exit_code == 0
    json.loads(r.stdout)
    assert "pressroom: warning: skipped" in r.stderr
    assert "Traceback" not in r.stderr


def test_nothing_usable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(PressroomError):
        load_corpus([tmp_path], warn=lambda m: None)
    r = CliRunner().invoke(app, ["-c", str(tmp_path), "list"])
    assert r.exit_code == 2 and "no usable releases" in r.stderr


def test_release_text_with_markup_and_controls(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("[bold]Not bold[/bold] News\n\nWASHINGTON - Text with \x1b[31m escape and [red]markup[/red].")
    r = CliRunner().invoke(app, ["-c", str(f), "show", "x.txt", "--json"])
    rec = json.loads(r.stdout)
    assert rec["title"] == "[bold]Not bold[/bold] News"
    assert "\x1b" not in rec["paragraphs"][0]
