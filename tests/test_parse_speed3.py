"""Speed rewrites of the parse (hs3): the one-character pre-tests and the keyword-line search
must keep what the readers return."""

from __future__ import annotations

from pressroom.decode import repair_mojibake
from pressroom.readers import sniff_format
from pressroom.readers.markdown import _HEADING, _drop_code_lines, _strip_inline, read_markdown
from pressroom.readers.text import read_text
from pressroom.structure.dates import may_hold_date


def test_code_lines_emptied_prose_kept() -> None:
    text = "The function of the board.\nif (!window.AdButler){(function(){var s = 1;})}\nNext line; fine"
    assert _drop_code_lines(text) == "The function of the board.\n\nNext line; fine"
    assert _drop_code_lines("No code here.") == "No code here."
    assert _drop_code_lines("function(){x;}") == ""


def test_heading_only_at_line_start() -> None:
    assert [m.group(2) for m in _HEADING.finditer("# One\ntext #two\n## Three ##\n")] == ["One", "Three"]
    doc = read_markdown("# Title\n\nBody with #hashtag.\n\n## About Acme\n\nAcme makes things.")
    assert doc.title == "Title"
    assert doc.blocks == ["Body with #hashtag.", "About Acme", "Acme makes things."]


def test_inline_markup() -> None:
    assert _strip_inline("See ![img](x.png)[the site](https://a.b) <https://c.d> <b>now</b> &amp; **go**") == (
        "See the site https://c.d  now  & go"
    )
    assert _strip_inline("plain text, no markup") == "plain text, no markup"


def test_one_character_pretests() -> None:
    assert sniff_format("Plain text release.\n\nWASHINGTON - Today ...", ".txt") == "text"
    assert sniff_format("<p>One</p><p>Two</p>", ".txt") == "html"
    assert read_text("p> (Washington, D.C.) -- A U.S. Senator ...").blocks == ["(Washington, D.C.) -- A U.S. Senator ..."]
    assert repair_mojibake("companyâ€™s") == "company’s"
    assert may_hold_date("in 2024") and may_hold_date("on 3/5") and not may_hold_date("no year 21")


def test_html_jsonld_and_subtitle() -> None:
    from pressroom.readers.html import _has_jsonld, read_html

    for text, want in (("", False), ("+", False), ("ld+jso", False), ("ld+json", True), ('type="application/ld+json"', True),
                       ("+ld+json", True), ("l+d+json", False)):
        assert _has_jsonld(text) is want
    page = ('<html><body><h1 id="node-title">T</h1><div class="field--name-field-pr-subtitle">Sub B</div>'
            '<div id="node-subtitle">Sub A</div><div class="field--name-field-pr-body"><p>Body one.</p></div></body></html>')
    assert read_html(page).subtitle == "Sub A"
    assert read_html(page.replace('<div id="node-subtitle">Sub A</div>', "")).subtitle == "Sub B"
    assert read_html("<html><body><p>One.</p><p>Two.</p></body></html>").subtitle is None


def test_decode_control_bytes() -> None:
    import pytest

    from pressroom.decode import decode_bytes
    from pressroom.errors import ReadError

    assert decode_bytes(b"Plain text.\r\nNext line.") == "Plain text.\nNext line."
    prose = b"A long enough paragraph of ordinary words. " * 3
    assert decode_bytes(prose + b"Bell\x07 and escape\x1b gone, tab\tkept.") == prose.decode() + "Bell and escape gone, tab\tkept."
    assert decode_bytes("Caf\u00e9 \u2019s \x7f".encode()) == "Caf\u00e9 \u2019s "
    with pytest.raises(ReadError):
        decode_bytes(bytes(range(1, 9)) * 100)


def test_headline_letter_counts() -> None:
    from pressroom.structure.headline import _letter_counts, looks_like_headline

    assert _letter_counts("SEN. DORGAN Cites 2 Records") == (21, 11)
    assert _letter_counts("Ärger ÜBER ǅ Ⓐ ß") == (11, 5)
    assert looks_like_headline("SEN. DORGAN CITES ROGER MARIS HOMERUN RECORD")
    assert not looks_like_headline("The court said the defendant lied to investigators in 2019.")


def test_many_rules_and_paragraphs_stay_linear() -> None:
    import time

    from pressroom.readers.markdown import _cut_footer

    t0 = time.process_time()
    read_markdown("# T\n\nText.\n---\n" * 5000)
    assert _cut_footer("Body.\n---\nmore\n---\n\n[Reddit Post](u)\n") == "Body.\n---\nmore\n"
    assert _cut_footer("Body.\n---\n[Reddit Post](u)\n---\nnot links\n") == "Body.\n"
    from pressroom.readers.html import read_html

    assert len(read_html("<html><body><div>" + "<p>words here</p>" * 5000 + "</div></body></html>").blocks) == 5000
    assert time.process_time() - t0 < 2.0
