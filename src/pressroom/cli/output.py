"""One way to print for every command: Rich on a terminal, plain text in a pipe, data formats.

Commands build records (plain dicts, the documented JSON schema) and hand them here with a
column spec; they never decide about colour, width or escaping themselves. `OutputEnv` is
the one object that knows the environment, so tests can fake a terminal or a pipe.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

FORMATS = ("table", "json", "jsonl", "csv", "tsv")


@dataclass(slots=True)
class OutputEnv:
    is_tty: bool
    color: bool
    width: int | None = None

    @classmethod
    def detect(cls, stream: TextIO | None = None) -> "OutputEnv":
        stream = stream or sys.stdout
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if os.environ.get("PRESSROOM_FORCE_TTY"):  # tests and demos
            tty = True
        color = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        return cls(is_tty=tty, color=color)


@dataclass(slots=True)
class Column:
    key: str
    header: str
    style: str | None = None
    max_width: int | None = None
    justify: str = "left"
    no_wrap: bool = False
    ratio: int | None = None
    render: Callable[[Any], str] | None = None


def resolve_format(json_flag: bool, fmt: str | None) -> str:
    from ..errors import PressroomError

    if json_flag:
        return "json"
    fmt = (fmt or "table").lower()
    if fmt not in FORMATS:
        raise PressroomError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def console(env: OutputEnv | None = None, *, stderr: bool = False):
    """A Rich console that never wraps piped output and honours NO_COLOR."""
    from rich.console import Console

    env = env or OutputEnv.detect(sys.stderr if stderr else sys.stdout)
    return Console(
        file=sys.stderr if stderr else sys.stdout,
        force_terminal=env.is_tty,
        no_color=not env.color,
        color_system="auto" if env.color else None,
        highlight=False,
        emoji=False,
        width=env.width if env.width else (None if env.is_tty else 10_000),
        soft_wrap=not env.is_tty,
    )


def _dumps(obj: Any, indent: bool) -> str:
    """JSON text through orjson: the stdlib encodes indented JSON in pure Python (its C encoder
    only writes unindented JSON), which was 1.2 s of `export --format json` over 10,000
    releases against orjson's 0.2 s for the same bytes. Falls back to the stdlib for a value
    orjson refuses (an integer past 64 bits), so that output never fails on it."""
    import orjson

    try:
        opts = orjson.OPT_NON_STR_KEYS | (orjson.OPT_INDENT_2 if indent else 0)
        return orjson.dumps(obj, default=str, option=opts).decode()
    except (TypeError, orjson.JSONEncodeError):
        if indent:
            return json.dumps(obj, ensure_ascii=False, indent=2, default=str)
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


def write_json(obj: Any, stream: TextIO | None = None) -> None:
    """JSON straight to stdout, indented: escapes control characters, never goes through Rich."""
    out = stream or sys.stdout
    out.write(_dumps(obj, indent=True))
    out.write("\n")


def write_jsonl(records: Iterable[dict[str, Any]], stream: TextIO | None = None) -> None:
    """One compact JSON object a line (no blanks after ',' and ':', as `jq -c` and ripgrep's
    --json write them)."""
    out = stream or sys.stdout
    for rec in records:
        out.write(_dumps(rec, indent=False))
        out.write("\n")


def flat(value: Any) -> str:
    """A cell for plain/CSV output: lists joined with '; ', nested data as JSON, one line."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, (str, int, float)) for v in value):
            value = "; ".join(str(v) for v in value)
        else:
            value = json.dumps(value, ensure_ascii=False, default=str)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, default=str)
    text = str(value)
    if "\n" in text or "\t" in text or "\r" in text:
        text = " ".join(text.split())
    return text


def write_csv(records: Sequence[dict[str, Any]], keys: Sequence[str] | None = None, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    if keys is None:
        keys = list(records[0].keys()) if records else []
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(keys)
    for rec in records:
        w.writerow([flat(rec.get(k)) for k in keys])
    out.write(buf.getvalue())


def write_plain(records: Sequence[dict[str, Any]], columns: Sequence[Column], stream: TextIO | None = None) -> None:
    """Tab-separated, one record a line, no header: made for cut/awk/grep."""
    out = stream or sys.stdout
    for rec in records:
        cells = [c.render(rec.get(c.key)) if c.render else flat(rec.get(c.key)) for c in columns]
        out.write("\t".join(cells))
        out.write("\n")


def table(records: Sequence[dict[str, Any]], columns: Sequence[Column], *, title: str | None = None, caption: str | None = None):
    """A Rich table; cell text goes in as Text so release text with [brackets] prints literally."""
    from rich.table import Table
    from rich.text import Text

    t = Table(title=title, caption=caption, header_style="bold", expand=False, show_lines=False)
    for c in columns:
        t.add_column(
            c.header, style=c.style, max_width=c.max_width, justify=c.justify, no_wrap=c.no_wrap, ratio=c.ratio,
            overflow="ellipsis" if c.no_wrap else "fold",
        )
    for rec in records:
        t.add_row(*[Text(c.render(rec.get(c.key)) if c.render else flat(rec.get(c.key))) for c in columns])
    return t


def emit_records(
    records: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[Column],
    *,
    title: str | None = None,
    caption: str | None = None,
    env: OutputEnv | None = None,
    csv_keys: Sequence[str] | None = None,
) -> None:
    """Print a list in the chosen format; `table` means Rich on a terminal, TSV in a pipe."""
    env = env or OutputEnv.detect()
    if fmt == "json":
        write_json(list(records))
    elif fmt == "jsonl":
        write_jsonl(records)
    elif fmt == "csv":
        write_csv(records, csv_keys or [c.key for c in columns])
    elif fmt == "tsv" or not env.is_tty:
        write_plain(records, columns)
    else:
        console(env).print(table(records, columns, title=title, caption=caption))


def info(message: str) -> None:
    """A note for the human (what was matched, what was skipped): stderr, never stdout."""
    sys.stderr.write(message.rstrip("\n") + "\n")
