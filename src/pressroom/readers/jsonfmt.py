"""JSON and JSON Lines: one release per object, keys named as CMS exports name them."""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import ReadError
from . import Document
from .text import split_blocks

_TITLE_KEYS = ("title", "headline", "name", "subject")
_BODY_KEYS = ("body", "text", "content", "article", "full_text", "story", "description", "summary")
_DATE_KEYS = ("date", "published", "published_at", "publishedat", "datepublished", "date_published", "publishdate",
              "publish_date", "release_date", "releasedate", "pubdate", "pub_date", "datetime", "created", "created_at",
              "timestamp")
_PLACE_KEYS = ("location", "dateline", "place", "city")
_SOURCE_KEYS = ("source", "issuer", "publisher", "wire", "agency")
# HTML inside a JSON body: "<p>WASHINGTON - ...</p>"
_HAS_TAGS = re.compile(r"<(?:p|br|div)\b", re.I)


def _pick(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    low = {str(k).lower(): v for k, v in obj.items()}
    for k in keys:
        v = low.get(k)
        if v not in (None, "", []):
            return v
    return None


def _as_text(v: Any) -> str:
    if isinstance(v, list):
        return "\n\n".join(_as_text(x) for x in v)
    if isinstance(v, dict):
        return _as_text(_pick(v, ("text", "value", "content", "rendered")) or "")
    return "" if v is None else str(v)


def _doc(obj: dict[str, Any]) -> Document | None:
    body = _as_text(_pick(obj, _BODY_KEYS))
    title = _as_text(_pick(obj, _TITLE_KEYS)).strip() or None
    if not body.strip() and not title:
        return None
    if _HAS_TAGS.search(body):
        from .html import read_html

        blocks = read_html(body).blocks
    else:
        blocks = split_blocks(body)
    from ..structure.dates import parse_date

    date_raw = _as_text(_pick(obj, _DATE_KEYS)).strip()
    date = parse_date(date_raw) if date_raw else None
    place = _as_text(_pick(obj, _PLACE_KEYS)).strip() or None
    source = _as_text(_pick(obj, _SOURCE_KEYS)).strip() or None
    if place:
        # a "dateline" value may be a whole dateline: "COLUMBUS, Ohio, March 12, 2024 /PRNewswire/"
        from ..structure.dateline import parse_dateline

        dl = parse_dateline(place)
        if dl is not None and dl.place and (dl.date or dl.source):
            place, date, source = dl.place, date or dl.date, source or dl.source
    return Document(
        format="json",
        blocks=blocks,
        spaces_normalized=True,  # (both read_html and split_blocks collapse whitespace)
        title=title,
        date=date,
        location=place,
        source=source,
    )


def _objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        for key in ("releases", "items", "data", "results", "articles", "documents"):
            if isinstance(data.get(key), list):
                return [x for x in data[key] if isinstance(x, dict)]
        return [data]
    if isinstance(data, list):
        return [x for x in data if isinstance(x, dict)]
    return []


def read_json(text: str) -> list[Document]:
    stripped = text.strip()
    try:
        objs = _objects(json.loads(stripped))
    except json.JSONDecodeError as exc:
        # JSON Lines: one object per line
        objs = []
        lines = [ln for ln in stripped.split("\n") if ln.strip()]
        for n, line in enumerate(lines, 1):
            try:
                objs.extend(_objects(json.loads(line)))
            except json.JSONDecodeError:
                if len(lines) == 1 or n == 1:
                    raise ReadError(f"malformed JSON ({exc.msg} at line {exc.lineno})") from None
                continue
    docs = [d for d in (_doc(o) for o in objs) if d is not None]
    if not docs:
        raise ReadError("JSON holds no release (no object with a title or body)")
    return docs
