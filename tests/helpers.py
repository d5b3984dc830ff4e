"""Paths shared by tests: fixtures in the repo, the shared corpus beside the clone; and the
organization readers the held-out organization tests share."""

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


def org_names(paragraphs: list[str], title: str | None = None) -> list[str]:
    """The organizations' names the rules find in these paragraphs, in order."""
    from pressroom.extract.organizations import extract_organizations

    return [o.name for o in extract_organizations(paragraphs, title, [], None)[0]]


def known_org_names(paragraphs: list[str]) -> list[str]:
    """The same after the curated well-known names are added (`add_known_orgs`)."""
    from pressroom.extract.knownorgs import add_known_orgs
    from pressroom.extract.organizations import extract_organizations

    orgs, acronyms = extract_organizations(paragraphs, None, [], None)
    return [o.name for o in add_known_orgs(orgs, paragraphs, None, [], acronyms, None)]
