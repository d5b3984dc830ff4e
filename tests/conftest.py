"""Shared fixtures. Every test gets its own empty cache dir: no test reads or writes the
user's real cache, and no test sees another test's cache."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("PRESSROOM_CORPUS", raising=False)
