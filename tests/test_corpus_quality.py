"""The foundation's quality bar over every file of ../shared/corpus (skipped when absent)."""

import re

import pytest

from pressroom.corpus import iter_files
from pressroom.parse import parse_file_all
from pressroom.structure.build import _own_lede_date
from pressroom.structure.dates import DATE_RE, match_to_iso

from helpers import CORPUS, needs_corpus

# "For Immediate Release: June 28, 2007" or a dateline date in the first lines: text that states its date
_HEAD_DATE = re.compile(DATE_RE.pattern, re.I)


@pytest.fixture(scope="module")
def parsed():
    out = []
    warnings: list[str] = []
    for fp in iter_files([CORPUS], warnings.append):
        for rel in parse_file_all(fp, extract=False):  # structure only: extraction has its own tests
            out.append(rel)
    return out, warnings


@needs_corpus
def test_every_file_loads(parsed):
    rels, warnings = parsed
    assert len(rels) >= 3200
    assert not warnings


@needs_corpus
def test_bodies_titles_dates(parsed):
    rels, _ = parsed
    n = len(rels)
    assert sum(bool(r.paragraphs) for r in rels) / n >= 0.98
    assert sum(bool(r.title) for r in rels) / n >= 0.90
    # releases whose opening (headline area + lede) states a full date should get one; a lede date
    # that names an event ("will host a call on May 8, 2025", "the quarter ended March 31") is not
    # the release's own (gold README), so the lede counts only with its own date
    with_date = []
    for r in rels:
        head = "\n".join(r.boilerplate[:4] + ([r.subtitle] if r.subtitle else []))
        if (r.format == "html" or any(match_to_iso(m) for m in _HEAD_DATE.finditer(head))
                or r.paragraphs and _own_lede_date(r.paragraphs[0])):
            with_date.append(r)
    got = sum(bool(r.date) for r in with_date)
    assert got / len(with_date) >= 0.90


@needs_corpus
def test_no_title_is_the_first_body_sentence(parsed):
    rels, _ = parsed
    same = [r.path for r in rels if r.title and r.paragraphs and r.paragraphs[0].startswith(r.title) and len(r.title) > 60]
    assert len(same) <= 0.01 * len(rels), same[:5]
