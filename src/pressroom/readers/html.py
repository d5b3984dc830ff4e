"""HTML releases: a real parser (selectolax), so navigation, menus and scripts never
leak into the body. Known CMS layouts (justice.gov's Drupal fields) are tried first,
then generic article containers, then the densest cluster of paragraphs.
"""

from __future__ import annotations

import html as htmllib
import re

from . import Document

# ISO date at the start of a metadata value: "2018-04-13T00:00:00-04:00"
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

_NOISE = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
_BODY_SELECTORS = [
    "div.field--name-field-pr-body",  # justice.gov
    "div.field-name-body",
    "[itemprop=articleBody]",
    "article .entry-content",
    "div.entry-content",
    "div.article-body",
    "div.press-release",
    "article",
    "main",
    "div#content",
]
_TITLE_SELECTORS = ["h1#node-title", "h1.page-title", "article h1", "h1.title", "main h1"]
_DATE_SELECTORS = [
    ("span.date-display-single[content]", "content"),
    ("meta[property='article:published_time']", "content"),
    ("meta[property='og:published_time']", "content"),
    ("meta[name=date]", "content"),
    ("meta[name='dc.date']", "content"),
    ("meta[name='DC.date']", "content"),
    ("meta[name='dcterms.issued']", "content"),
    ("meta[name='DC.date.issued']", "content"),
    ("meta[name='dcterms.date']", "content"),
    ("meta[name=pubdate]", "content"),
    ("meta[name='publish-date']", "content"),
    ("meta[name='publication_date']", "content"),
    ("meta[itemprop=datePublished]", "content"),
    ("[itemprop=datePublished][datetime]", "datetime"),
    ("time[datetime]", "datetime"),
]
# schema.org JSON-LD, where CMSs put the publication date and headline: {"@type": "NewsArticle",
# "headline": "...", "datePublished": "2024-03-12T08:00:00Z"}; objects may sit in a list or "@graph"
_JSONLD_SELECTOR = "script[type='application/ld+json']"
# A site name after the headline in <title>: "Minister announces funding | Ministry of Health",
# "Acme signs agreement with Globex - Acme Newsroom" (the last " | " or " - " part, when short)
_TITLE_SITE = re.compile(r"\s+(?:\||-|–|—|::)\s+[^|–—]{2,60}$")
# A publication date given as a label and a value, when no metadata names it: GOV.UK's
# "<dt>Published</dt><dd>12 January 2023</dd>", "Posted on: March 3, 2024", "Release Date: 06/01/2022".
# Not "Updated" or "Last modified": those are not when the release came out.
_LABELLED_DATE = re.compile(r"\b(?:Published|Posted|Released|Release [Dd]ate|Issued|Date)\b(?:\s+on)?\s*:?\s*")
_LABEL_WINDOW = 6000  # characters of page text to look through: the label sits near the top
_BLOCK_TAGS = "p, li, h2, h3, h4, blockquote, pre, td"
# Block elements holding another block element (an <li> wrapping a <p>): one query finds them
# all, where asking each block for its own nested blocks cost a selector parse per paragraph
_OUTER_BLOCKS = f":is({_BLOCK_TAGS}):has({_BLOCK_TAGS})"
_NOISE_TAGS = ", ".join(_NOISE)
# Block elements inside a table cell
_IN_CELL = f"td :is({_BLOCK_TAGS})"
# A link to an attached document (the block's first link): "<a href="/opa/file/894711/download" type="application/pdf;
# length=835056">Wheaton Settlement Agreement</a>" (justice.gov wraps it in a <span class="file">
# with a file icon); a paragraph holding nothing else is the attachment's label, not text
# Characters a paragraph of text ends with; a document's label ends with none of them
# ("YNS Superseding Indictment", "SPL Police Accomplishments 8.10.16" ends with a digit)
_SENTENCE_END = tuple('.!?:;"”’)')
# The size written after the link: "BD and Bradley Davis Information (596.08 KB)"
_FILE_SIZE = re.compile(r" \(\d[\d.,]* ?[KMG]B\)$")
# Line-breaking tags of bare layouts, before their text is taken: "<br/>", "</div>", "</p>"
_BREAK_TAG = re.compile(r"(?i)<br\s*/?>|</div>|</p>")


def _clean(text: str | None) -> str:
    """Entities decoded, whitespace runs to one space (str.split() splits where \\s+ does)."""
    return " ".join(htmllib.unescape(text or "").split())


# Where two text nodes of one block meet, an inline tag between them (the NUL separator marks it):
# no space before closing punctuation ("... the divisions <a>website</a>." gave "website ." with a
# space separator) nor after an opening bracket; a space anywhere else ("Attorney<br>John")
_NO_SPACE_BEFORE = frozenset(".,;:!?)]”’%")
_NO_SPACE_AFTER = frozenset("([“$")


def _join_inline(text: str) -> str:
    """A block's text nodes joined as the page shows them ("Jacqueline <a>Crawford</a>, 33" ->
    "Crawford, 33"; "Viviane Reding  <span> </span> , EU Commissioner" -> "Reding, EU"). A block
    without a tag has no NUL and is returned as it is."""
    if "\x00" not in text:
        return text
    out: list[str] = []
    for piece in text.split("\x00"):
        piece = piece.strip()
        if not piece:
            continue  # (a node of blanks between two tags is part of the same gap)
        if out and piece[0] not in _NO_SPACE_BEFORE and out[-1][-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(piece)
    return "".join(out)


def _has_text(text: str | None) -> bool:
    """Whether `_clean(text)` is non-empty, without building it (a whole article body)."""
    if not text:
        return False
    text = htmllib.unescape(text)
    return bool(text) and not text.isspace()


def _drop_noise(node) -> None:
    """Remove scripts, menus, footers... under `node`, innermost first (reverse document
    order), so that no element is removed after an ancestor already took it away."""
    for n in reversed(node.css(_NOISE_TAGS)):
        n.decompose()


def _is_attachment(p, text: str) -> bool:
    """Is this short block only the link to an attached document, maybe with its size after it?
    (The pre-tests spare the walk on every block that is prose.)"""
    if len(text) > 150:
        return False
    if text.endswith(_SENTENCE_END):
        size = _FILE_SIZE.search(text) if text.endswith("B)") else None
        if size is None:
            return False
        text = text[: size.start()]
    # (a walk of the block's few nodes: a css_first call compiles its selector, ~20 us)
    for node in p.traverse():
        if node.tag == "a":
            kind = node.attributes.get("type") or ""
            return kind.startswith("application/") and _clean(node.text(separator=" ")) == text
    return False


def _blocks_of(node, attachments: list[str] | None = None) -> list[str]:
    """Paragraph texts in order; text outside <p> (bare <br> layouts) is kept too.
    Attached documents' labels go to `attachments` instead, when it is given."""
    blocks: list[str] = []
    parts = node.css(_BLOCK_TAGS)
    if parts:
        # (a <br> anywhere under the node: one query, so that pages without one pay nothing more)
        breaks = node.css_first("br") is not None
        outer = {p.mem_id for p in node.css(_OUTER_BLOCKS)}
        # a table cell is kept whole, so the blocks inside one are not taken again (a justice.gov
        # table of cases: "<td><p>Improper filing status claims;</p><p>...</p></td>" gave each twice)
        in_cells = {p.mem_id for p in node.css(_IN_CELL)} if any(p.tag == "td" and p.mem_id in outer for p in parts) else ()
        for p in parts:
            # nested blocks (li > p) would repeat text: keep the innermost only
            if p.tag != "td" and p.mem_id in outer or p.mem_id in in_cells:
                continue
            t = _clean(_join_inline(p.text(separator="\x00")))
            if t:
                if attachments is not None and _is_attachment(p, t):
                    attachments.append(t)
                elif breaks and len(t) > 80 and p.css_first("br") is not None and (pieces := _paragraphs_in(p)):
                    blocks.extend(pieces)
                else:
                    blocks.append(t)
    if not blocks:
        raw = node.html or ""
        raw = _BREAK_TAG.sub("\n", raw)
        from selectolax.lexbor import LexborHTMLParser as HTMLParser

        text = HTMLParser(raw).text(separator="") if raw else ""
        blocks = [line for line in map(_clean, text.split("\n")) if line]
    return blocks


def _paragraphs_in(node) -> list[str] | None:
    """The paragraphs of one block that parts them with blank lines, "<br /><br />", as older
    justice.gov pages do ("... in the departments history.<br /><br />The restraint of funds ..."),
    or None when it has none. Read from the node's text nodes and breaks at any depth (no second
    parse; "... the property. <span><br><br></span>Cox was also charged ..."): text after two or
    more <br> with only blanks between them starts a new paragraph.

    A run of three or more lines parted by single <br>, each starting with a capital or a digit,
    is a list, one paragraph a line: "Americas Health Insurance Plans<br />Amerigroup
    Corporation<br />Blue Cross and Blue Shield Association<br />..." (release_08069, the
    partners of a health care fraud initiative) read as one run-on name. Two lines stay one
    paragraph ("U.S. Attorney<br>John Smith said ..." is a sentence the layout broke)."""
    pieces: list[list[list[str]]] = [[[]]]
    breaks = 0
    for child in node.traverse(include_text=True):
        tag = child.tag
        if tag == "br":
            breaks += 1
            continue
        if tag != "-text":
            continue  # (an element's text comes as its own text nodes)
        text = child.text(deep=False)
        if not text or text.isspace():
            continue  # (blanks and &nbsp; between two breaks)
        lines = pieces[-1]
        if breaks >= 2 and lines[-1]:
            pieces.append([[]])
        elif breaks == 1 and lines[-1]:
            lines.append([])
        breaks = 0
        pieces[-1][-1].append(text)
    out: list[str] = []
    for lines in pieces:
        texts = [_clean(_join_inline("\x00".join(line))) for line in lines]
        texts = [t for t in texts if t]
        if len(texts) >= 3 and all(t[0].isupper() or t[0].isdigit() for t in texts):
            out.extend(texts)
        elif texts:
            out.append(_clean(_join_inline("\x00".join(t for line in lines for t in line))))
    return out if len(out) > 1 else None


def _densest(tree) -> object | None:
    """The element whose direct <p> children carry the most text: the article body."""
    best, best_len = None, 0
    seen: set[int] = set()
    for p in tree.css("p"):
        parent = p.parent
        if parent is None:
            continue
        # a parent is summed once: its total is the same for each of its <p> (and could not beat
        # itself); summing it again per child was quadratic (5,000 <p> in one <div>: 6 s)
        if parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        total = sum(len(c.text() or "") for c in parent.iter() if c.tag == "p")
        if total > best_len:
            best, best_len = parent, total
    return best


def _labelled_date(tree: "LexborHTMLParser") -> str | None:
    """The date after a "Published"-like label near the top of the page, or in a <time>."""
    from ..structure.dates import parse_date

    node = tree.css_first("time")
    if node is not None:
        iso = parse_date(node.text())
        if iso:
            return iso
    root = tree.body
    if root is None:
        return None
    text = root.text(separator="\n")[:_LABEL_WINDOW]
    if "ublished" not in text and "osted" not in text and "eleased" not in text and "ssued" not in text and "Date" not in text:
        return None
    for m in _LABELLED_DATE.finditer(text):
        iso = parse_date(text[m.end():m.end() + 40].split("\n\n")[0])
        if iso:
            return iso
    return None


def _jsonld(tree: "LexborHTMLParser") -> tuple[str | None, str | None]:
    """(ISO datePublished, headline) from the page's JSON-LD, the first object that has them."""
    import json

    date = headline = None
    for node in tree.css(_JSONLD_SELECTOR):
        try:
            data = json.loads(node.text() or "")
        except (ValueError, RecursionError):
            continue
        todo = [data]
        while todo and len(todo) < 1000:
            obj = todo.pop(0)
            if isinstance(obj, list):
                todo.extend(obj)
            elif isinstance(obj, dict):
                todo.extend(v for k, v in obj.items() if k == "@graph" or isinstance(v, (dict, list)) and k == "mainEntity")
                if date is None and isinstance(obj.get("datePublished"), str):
                    m = _ISO.match(obj["datePublished"].strip())
                    date = "-".join(m.groups()) if m else None
                if headline is None and isinstance(obj.get("headline"), str) and obj["headline"].strip():
                    headline = _clean(obj["headline"])
        if date and headline:
            break
    return date, headline


# The subtitle's two selectors (read_html tries them in this order) as one selector list
_SUBTITLE_ANY = "#node-subtitle, .field--name-field-pr-subtitle"


def _has_jsonld(text: str) -> bool:
    """`"ld+json" in text`, found from each "+" (one-character searches run at memory speed;
    CPython's search for a short needle took ~25 us on a 40,000-character justice.gov page,
    which holds ~4 "+" signs)."""
    i = text.find("+")
    while i >= 0:
        if text.startswith("ld+json", max(0, i - 2)):
            return True
        i = text.find("+", i + 1)
    return False


def read_html(text: str) -> Document:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(text)
    date = None
    for sel, attr in _DATE_SELECTORS:
        node = tree.css_first(sel)
        if node is not None:
            m = _ISO.match((node.attributes.get(attr) or "").strip())
            if m:
                date = "-".join(m.groups())
                break
    ld_date, ld_headline = _jsonld(tree) if _has_jsonld(text) else (None, None)
    date = date or ld_date
    if date is None:
        date = _labelled_date(tree)
    title = None
    for sel in _TITLE_SELECTORS:
        node = tree.css_first(sel)
        if node is not None:
            title = _clean(node.text()) or None
            if title:
                break
    if title is None:
        og = tree.css_first("meta[property='og:title']")
        if og is not None and _clean(og.attributes.get("content")):
            title = _clean(og.attributes.get("content"))
    title = title or ld_headline
    subtitle = None
    sub = None
    # (both selectors in one walk of the tree first: five pages in six have neither, and each
    # css_first that finds nothing walks the whole page, ~27 us on a justice.gov page)
    if tree.css_first(_SUBTITLE_ANY) is not None:
        sub = tree.css_first("#node-subtitle") or tree.css_first(".field--name-field-pr-subtitle")
    if sub is not None:
        subtitle = _clean(sub.text()) or None

    body = None
    for sel in _BODY_SELECTORS:
        body = tree.css_first(sel)
        if body is not None and _has_text(body.text()):
            break
        body = None
    if body is not None:
        _drop_noise(body)
    else:
        _drop_noise(tree)
        body = _densest(tree) or tree.body
    attachments: list[str] = []
    blocks = _blocks_of(body, attachments) if body is not None else []
    if title is None:
        h1s = [_clean(h.text()) for h in tree.css("h1")]
        h1s = [h for h in h1s if h]
        if h1s:
            title = h1s[-1] if len(h1s) > 1 else h1s[0]
        else:
            t = tree.css_first("title")
            title = _TITLE_SITE.sub("", _clean(t.text())) if t is not None else None
    return Document(
        format="html",
        blocks=blocks,
        title=title or None,
        subtitle=subtitle,
        date=date,
        spaces_normalized=True,  # every block went through _clean
        attachments=attachments,
    )
