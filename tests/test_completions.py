import shutil
import subprocess

import pytest

from pressroom.completions import main, render

from helpers import REPO


def test_completions_are_current():
    """Fails when a command or option changed: run `python -m pressroom.completions`."""
    assert main(["--check", "--out", str(REPO / "completions")]) == 0


def test_every_command_is_completed():
    from typer.main import get_command

    from pressroom.cli.app import app

    files = render()
    for name in get_command(app).commands:
        for text in files.values():
            assert name in text


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_script_completes_commands_and_options():
    script = REPO / "completions" / "pressroom.bash"
    out = subprocess.run(
        ["bash", "-c", f'source "{script}"; COMP_WORDS=(pressroom list --so); COMP_CWORD=2; _pressroom; echo "${{COMPREPLY[@]}}"'],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    assert "--sort" in out and "--source" in out
