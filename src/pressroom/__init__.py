"""pressroom: query collections of press releases.

The public API works without the CLI:

    >>> from pressroom import load_corpus, parse_file, parse_text
    >>> rel = parse_text("Title\\n\\nWASHINGTON - Body.", name="x.txt")

Imports are deferred so that `import pressroom` (and `pressroom --help`) stay cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # not `from typing import ...`: typing costs `pressroom search` 4 ms
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from .corpus import Corpus, load_corpus
    from .parse import parse_bytes, parse_file, parse_text

__all__ = ["__version__", "Corpus", "load_corpus", "parse_bytes", "parse_file", "parse_text"]


def __getattr__(name: str) -> Any:
    if name in ("load_corpus", "Corpus"):
        from . import corpus

        return getattr(corpus, name)
    if name in ("parse_file", "parse_text", "parse_bytes"):
        from . import parse

        return getattr(parse, name)
    raise AttributeError(name)
