"""One file or text to `Release`: decode, read, structure, extract."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Callable

from .decode import decode_bytes
from .errors import ReadError
from .model import Release

PARSER_VERSION = "1"  # bump when parsing output changes, so caches re-parse
MAX_BYTES = 50 * 1024 * 1024  # a release is never this big; a 20 MB one-liner still parses


def release_id(data: bytes, index: int = 0) -> str:
    """Same bytes, same id, on any machine; the index tells apart releases of one JSON file."""
    h = hashlib.sha1(data)
    if index:
        h.update(f"#{index}".encode())
    return h.hexdigest()[:10]


_STEPS: tuple[Callable[[str, str], list[Any]], Callable[[Any], Any]] | None = None


def _steps() -> tuple[Callable[[str, str], list[Any]], Callable[[Any], Any]]:
    """(read_document, structure), imported on first use (`import pressroom.parse` stays light
    for the CLI) and then kept: an import statement per release cost ~1.3 us."""
    global _STEPS
    if _STEPS is None:
        from .readers import read_document
        from .structure.build import structure

        _STEPS = (read_document, structure)
    return _STEPS


def _releases(text: str, path: str, ident: str, *, extract: bool, summary: bool = True) -> list[Release]:
    read_document, structure = _STEPS or _steps()
    suffix = os.path.splitext(path)[1]
    docs = read_document(text, suffix)
    out: list[Release] = []
    for n, doc in enumerate(docs):
        s = structure(doc)
        rel = Release(
            path=path,
            id=ident if n == 0 else f"{ident}-{n}",
            title=s.title,
            subtitle=s.subtitle,
            date=s.date,
            location=s.location,
            source=s.source,
            paragraphs=s.paragraphs,
            boilerplate=s.boilerplate,
            format=doc.format,
            raw=text if len(docs) == 1 else "",
        )
        if extract:
            from .extract import enrich

            enrich(rel, summary=summary)
        out.append(rel)
    return out


def parse_bytes_all(data: bytes, path: str, *, extract: bool = True, summary: bool = True) -> list[Release]:
    """Every release in a file's bytes (JSON files may hold many); `summary=False` leaves
    `Release.summary` None, to be computed on demand (`model.summary_text`)."""
    text = decode_bytes(data)
    return _releases(text, path, release_id(data), extract=extract, summary=summary)


def parse_bytes(data: bytes, path: str = "<bytes>", *, extract: bool = True) -> Release:
    return parse_bytes_all(data, path, extract=extract)[0]


def read_file_bytes(path: str | os.PathLike[str]) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"too large ({size // (1024 * 1024)} MB)")
        return p.read_bytes()
    except IsADirectoryError as exc:
        raise ReadError("is a directory") from exc
    except FileNotFoundError as exc:
        raise ReadError("no such file") from exc
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc


def parse_file_all(path: str | os.PathLike[str], *, extract: bool = True, summary: bool = True) -> list[Release]:
    return parse_bytes_all(read_file_bytes(path), str(path), extract=extract, summary=summary)


def parse_file(path: str | os.PathLike[str], *, extract: bool = True) -> Release:
    """Parse one release file; raise ReadError (a PressroomError) when it is not usable."""
    return parse_file_all(path, extract=extract)[0]


def parse_text(text: str, name: str = "<text>", *, extract: bool = True) -> Release:
    """Parse release text already in memory; `name`'s extension picks the reader."""
    from .decode import normalize_text

    text = normalize_text(text)
    if not text.strip():
        raise ReadError("empty text")
    return _releases(text, name, release_id(text.encode("utf-8")), extract=extract)[0]
