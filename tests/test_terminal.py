"""Terminal citizenship across every subcommand: JSON, NO_COLOR in pipes, broken pipes, Ctrl-C."""

import json
import os
import subprocess
import sys

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from pressroom.cli.app import app

from helpers import RELEASES, SEEDS

runner = CliRunner()

# Arguments that make each command print something on the fixture corpus.
ARGS: dict[str, list[str]] = {
    "show": ["sen_Brownback"],
    "search": ["senator"],
    "summary": [],
    "cache": ["info"],
}
NO_JSON = {"export"}  # export is JSON/JSONL/CSV by nature: --format json


def commands() -> list[str]:
    return sorted(get_command(app).commands)


@pytest.mark.parametrize("name", commands())
def test_every_command_has_json_output_that_parses(name):
    extra = ["--format", "json"] if name in NO_JSON else ["--json"]
    r = runner.invoke(app, ["-c", str(RELEASES), name, *ARGS.get(name, []), *extra])
    assert r.exit_code in (0, 1), (name, r.stdout, r.stderr)
    if r.exit_code == 0:
        json.loads(r.stdout)


@pytest.mark.parametrize("name", commands())
def test_no_ansi_when_piped_with_no_color(name, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    r = runner.invoke(app, ["-c", str(RELEASES), name, *ARGS.get(name, [])])
    assert r.exit_code in (0, 1), (name, r.stderr)
    assert "\x1b[" not in r.stdout and "\x1b[" not in r.stderr


@pytest.mark.parametrize("name", commands())
def test_no_ansi_on_a_terminal_with_no_color(name, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PRESSROOM_FORCE_TTY", "1")
    r = runner.invoke(app, ["-c", str(RELEASES), name, *ARGS.get(name, [])])
    assert r.exit_code in (0, 1), (name, r.stderr)
    assert "\x1b[" not in r.stdout


def test_help_lists_every_command():
    r = runner.invoke(app, ["--help"])
    assert r.exit_code == 0
    for name in commands():
        assert name in r.stdout


def test_broken_pipe_is_quiet(tmp_path):
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(400):
        (tmp_path / f"r{i:04d}.txt").write_text(seed.replace("Erbil", f"Erbil {i}"), encoding="utf-8")
    cmd = f'"{sys.executable}" -m pressroom --no-cache -c "{tmp_path}" list | head -1'
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert p.stdout.count("\n") == 1
    assert "BrokenPipe" not in p.stderr and "Traceback" not in p.stderr and "Exception" not in p.stderr


def test_interrupt_exits_130(monkeypatch):
    import pressroom.cli.common as common

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(common, "load", boom)
    monkeypatch.setattr(common, "load_listing", boom)
    r = runner.invoke(app, ["list"])
    assert r.exit_code == 130


def test_internal_error_is_one_line_unless_debug(monkeypatch):
    import pressroom.cli.common as common

    def bug(*a, **k):
        raise ValueError("kaboom")

    monkeypatch.setattr(common, "load", bug)
    monkeypatch.setattr(common, "load_listing", bug)
    r = runner.invoke(app, ["list"])
    assert r.exit_code == 2 and r.stderr.strip().count("\n") == 0 and "kaboom" in r.stderr
    r = runner.invoke(app, ["--debug", "list"])
    assert isinstance(r.exception, ValueError)


def _tree(root: str) -> dict[str, tuple[int, int]]:
    """Every file under root with its size and mtime: what 'nothing was written' compares."""
    out = {}
    for d, dirs, files in os.walk(root):
        for name in dirs + files:
            p = os.path.join(d, name)
            st = os.lstat(p)
            out[os.path.relpath(p, root)] = (st.st_size, st.st_mtime_ns)
    return out


def test_commands_write_only_into_the_cache_dir(tmp_path, monkeypatch):
    """The corpus is never written to, nor the working directory: only the cache dir."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(RELEASES, corpus)
    work = tmp_path / "work"
    work.mkdir()
    cache = tmp_path / "cache"
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(cache))
    monkeypatch.chdir(work)
    before = _tree(str(corpus))
    for args in (["list"], ["search", "senator"], ["quotes"], ["orgs"], ["summary"], ["export", "--format", "jsonl"]):
        result = runner.invoke(app, ["-c", str(corpus), *args])
        assert result.exit_code == 0, (args, result.output)
    assert _tree(str(corpus)) == before
    assert os.listdir(work) == []
    assert any(cache.iterdir())


@pytest.mark.parametrize("args", [["nosuch"], ["list", "--lmit", "3"], ["search"], ["list", "--limit", "x"],
                                  ["quotes", "--kind", "foo"], ["show"]])
def test_usage_errors_are_one_line_and_exit_2(args):
    r = runner.invoke(app, args)
    assert r.exit_code == 2
    assert r.stdout == ""
    line = r.stderr.strip()
    assert line.startswith("pressroom: error: ") and "\n" not in line


def test_json_writers_match_the_stdlib_and_fall_back_where_orjson_refuses():
    import io

    from pressroom.cli.output import write_json, write_jsonl

    rec = {"name": "Peshmerga — “Coalition”", "n": 3, "ok": None, "when": object.__new__(type("D", (), {
        "__str__": lambda self: "2021-02-17"})), "tags": ["a\tb", "\x00"], "nested": {"x": [1.5, []]}}
    out = io.StringIO()
    write_json([rec], out)
    # indented output: the same bytes json.dumps(indent=2) writes (and str() for what JSON cannot hold)
    assert out.getvalue() == json.dumps([rec], ensure_ascii=False, indent=2, default=str) + "\n"
    out = io.StringIO()
    write_jsonl([rec, {"big": 2**70}], out)
    lines = out.getvalue().splitlines()
    assert lines[0] == json.dumps(rec, ensure_ascii=False, separators=(",", ":"), default=str)
    assert json.loads(lines[1]) == {"big": 2**70}  # past orjson's 64 bits: the stdlib writes it
    out = io.StringIO()
    write_json({"big": -(2**70)}, out)
    assert json.loads(out.getvalue()) == {"big": -(2**70)}
