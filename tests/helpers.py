"""Paths shared by tests: fixtures in the repo, the shared corpus beside the clone."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
RELEASES = FIXTURES / "releases"
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")


def five_releases(tmp_path: Path) -> Path:
    """A small corpus of four issuers (DOJ, two Senate offices, a wire) and the GOV.KRD seed."""
    import shutil

    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("doj_release_10740.html", "senate_carper.txt", "sen_Brownback_6Jun2006Brownback69.txt",
                 "citybiz_envestnet.md"):
        shutil.copy(RELEASES / name, root)
    shutil.copy(next(SEEDS.glob("*.txt")), root / "krd.txt")
    return root
