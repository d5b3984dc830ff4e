"""Fast paths of the structure parse: every pre-test, joined pattern or character table that
stands in for a slower form must give exactly what that form gives, on real release text
(wires, Senate, DOJ, the seed) and on the characters where they could disagree."""

from __future__ import annotations

import re
import sys
import time

import pytest

from pressroom import decode
from pressroom.readers import html as htmlreader
from pressroom.readers import markdown, text
from pressroom.structure import boilerplate as bp
from pressroom.structure.dates import find_date, parse_date

from helpers import RELEASES, SEEDS

# Real blocks: furniture and prose from several issuers
BLOCKS = [
    "FOR IMMEDIATE RELEASE",
    "For Immediate Release: June 28, 2007",
    "Contact: Bette Phelan (202) 224-2441",
    "Media Contacts",
    "Media Contact:Jessica Starmanmedia@geovax.com",
    "About Envestnet",
    "About EnvestnetEnvestnet is helping to lead the growth of wealth management",
    "ABOUT NUCLEON ENERGY INC.",
    "About the Coalition:",
    "###",
    "# # #",
    "-30-",
    "Forward-Looking Statements",
    "The post Envestnet Appoints Sean Meighan as Head of RIA Distribution appeared first on citybiz.",
    "For more information, visit www.envestnet.com.",
    "#Lenzing #Nonwovens",
    "10-1023",
    "A military delegation from the Coalition Forces visited the Joint Coalition Coordination Center in Erbil.",
    "U.S. Senator Sam Brownback today introduced legislation to ban human cloning.",
    "LENZING, AUSTRIA - June 18, 2026 (NEWMEDIAWIRE) - From CIDPEX in China to Techtextil in Frankfurt.",
    "Cisco Systems and Westcon Group North America Pay $48 Million to Settle False Claims Act Allegations",
    "  About  the Company – a leading provider",
    "",
]


def _blocks_of_fixtures() -> list[str]:
    from pressroom import parse_file

    out: list[str] = []
    for path in [*RELEASES.iterdir(), *SEEDS.glob("*.txt")]:
        rel = parse_file(path, extract=False)
        out += rel.paragraphs + rel.boilerplate
    return out


def test_joined_anchored_pattern_answers_like_each_test():
    singles = (*bp._ANCHORED, bp.ABOUT_GLUED)
    for block in BLOCKS + _blocks_of_fixtures():
        assert (bp.ANY_ANCHORED.match(block) is not None) == any(p.match(block) for p in singles), block


def test_every_anchored_boilerplate_test_is_in_the_joined_pattern():
    # A new ^-anchored test must join _ANCHORED, or split_boilerplate would skip it for prose.
    anchored = {p for p in vars(bp).values() if isinstance(p, re.Pattern) and p.pattern.startswith("^")}
    assert anchored - {bp.ANY_ANCHORED} == {*bp._ANCHORED, bp.ABOUT_GLUED}


def test_about_glued_is_covered_by_about_loose():
    for block in BLOCKS:
        if bp.ABOUT_GLUED.match(block):
            assert bp.ABOUT_LOOSE.match(block)


def test_contact_lines_found_behind_the_pretests():
    assert bp._contactish("Bette Phelan (202) 224-2441")
    assert bp._contactish("+1 555 123 4567")
    assert bp._contactish("Jessica Starman media@geovax.com")
    assert not bp._contactish("In 2006, 1,234 jobs were created in 12 counties.")
    body, boiler = bp.split_boilerplate([
        "Bette Phelan (202) 224-2441",
        "WASHINGTON - Today the Senate passed the Water Resources Development Act.",
        "The bill authorizes projects in every state.",
    ])
    assert boiler == ["Bette Phelan (202) 224-2441"]
    assert body[0].startswith("WASHINGTON")


def test_phone_tail_is_part_of_every_phone_match():
    for s in ["(202) 224-2441", "202-224-2441", "+1 555 123 4567", "202.224.2441", "tel 2022242441 x"]:
        m = bp.PHONE.search(s)
        if m:
            assert bp.PHONE_TAIL.search(m.group())


# --- decode --------------------------------------------------------------------------------


def test_odd_space_tables_match_the_regex_classes():
    for i in range(0x10000):  # both classes lie in the BMP
        c = chr(i)
        assert (decode._INVISIBLE.match(c) is not None) == (c in decode._INVISIBLE_CHARS), hex(i)
        assert (decode._ODD_SPACE.match(c) is not None) == (c in decode._ODD_SPACE_CHARS), hex(i)


def test_control_test_by_bytes_matches_the_regex():
    for i in [*range(0x100), 0x2028, 0xFEFF, 0x1F600]:
        c = chr(i)
        assert decode._has_controls(f"Senator{c}Akaka") == (decode._CONTROL.search(c) is not None), hex(i)
    assert not decode._has_controls("lone surrogate \ud800 from JSON")


def test_normalize_text_on_real_text_with_odd_characters():
    raw = "WASHINGTON\u00a0– Senator\u200b Akaka\x0c said\r\nthe bill\u2009passed.\x00"
    assert decode.normalize_text(raw) == "WASHINGTON – Senator Akaka said\nthe bill passed."
    assert decode.normalize_text("the Coalitionâ€™s forces") == "the Coalition’s forces"


def test_blank_file_checks():
    with pytest.raises(Exception):
        decode.decode_bytes(b" \n\t\r\x0b\x0c")
    assert decode.decode_bytes(b"\n WASHINGTON - Today \n") == "\n WASHINGTON - Today \n"


# --- readers -------------------------------------------------------------------------------


def test_other_whitespace_table_is_every_space_but_space_and_newline():
    every = {chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()}
    assert set(text._OTHER_WHITESPACE) == every - {" ", "\n"}


def test_split_blocks_collapses_every_kind_of_whitespace():
    got = text.split_blocks(
        "For Immediate Release:  June 28, 2007\n\n"
        "WASHINGTON -\tToday the Senate passed  the bill.\u2028 It now goes\nto the House."
    )
    assert got == [
        "For Immediate Release: June 28, 2007",
        "WASHINGTON - Today the Senate passed the bill. It now goes to the House.",
    ]
    plain = text.split_blocks("Erbil, Kurdistan Region, Iraq (GOV.KRD) – A military delegation\n\n  visited Erbil. ")
    assert plain == ["Erbil, Kurdistan Region, Iraq (GOV.KRD) – A military delegation", "visited Erbil."]


LENZING = (
    "# Lenzing Group Highlights Scalable, Bio-based Nonwovens Solutions\n\n"
    "* Lenzing Group at CIDPEX China, TECHTEXTIL Frankfurt and INDEX Geneva\n\n\n\n"
    "* INDEX™ 26 Award for LENZING™ DualWipe\n\n"
    "####### Not a heading\n\n"
    "## About Lenzing\n\n"
    "The Lenzing Group stands for ecologically responsible production of specialty fibers. Price # 2 stays.\n"
)


def test_markdown_headings_bullets_and_blank_runs():
    doc = markdown.read_markdown(LENZING)
    assert doc.title == "Lenzing Group Highlights Scalable, Bio-based Nonwovens Solutions"
    assert doc.blocks == [
        "Lenzing Group at CIDPEX China, TECHTEXTIL Frankfurt and INDEX Geneva",
        "INDEX™ 26 Award for LENZING™ DualWipe",
        "####### Not a heading",  # seven marks: not an ATX heading
        "About Lenzing",
        "The Lenzing Group stands for ecologically responsible production of specialty fibers. Price # 2 stays.",
    ]
    assert doc.spaces_normalized


def test_markdown_heading_pattern_opens_lines_only():
    assert markdown._HEADING.search("Price # 2 stays") is None
    assert markdown._HEADING.search("Intro\n## About Lenzing").group(2) == "About Lenzing"
    assert markdown._HEADING.match("#### Sub").group(1) == "####"


def test_markdown_rules_found_on_every_line():
    src = "---\nbody\n  ***  \ntext --- not a rule\n___"
    assert markdown._rule_spans(src) == [m.span() for m in markdown._RULE.finditer(src)]


def test_markdown_code_lines_dropped_line_by_line():
    src = "Lead paragraph.\nif (!window.AdButler){(function(){var s = 1;})()}\nThe function (of this) is clear."
    assert markdown._drop_code_lines(src) == markdown._CODE_LINE.sub("", src)


def test_markdown_thousands_of_blank_lines_stay_fast():
    src = "Lead\n" + "\n" * 40_000 + "x\n" + " \n" * 40_000 + "* Item\n" + "\n \n" * 40_000 + "[Reddit Post](x)\n"
    t0 = time.process_time()
    doc = markdown.read_markdown(src)
    assert time.process_time() - t0 < 2.0  # was 20 s: _BULLET retried each blank run per line
    assert doc.blocks[:3] == ["Lead", "x", "Item"]


def test_html_nested_blocks_and_nested_noise():
    doc = htmlreader.read_html(
        '<html><body><div class="field--name-field-pr-body"><ul><li><p>Cisco agreed to pay $48 million.</p></li>'
        "<li>Westcon agreed to pay $700,000.</li></ul><nav><script>var x;</script>Menu</nav>"
        "<p>The settlement resolves allegations.</p></div></body></html>"
    )
    assert doc.blocks == [
        "Cisco agreed to pay $48 million.",
        "Westcon agreed to pay $700,000.",
        "The settlement resolves allegations.",
    ]


def test_html_body_of_entities_only_is_empty():
    assert not htmlreader._has_text("&nbsp; \n")
    assert htmlreader._has_text("&amp;")


# --- dates ---------------------------------------------------------------------------------


def test_date_pretest_keeps_every_date_form():
    assert find_date("visited Erbil on February 17, 2021, to") == ("2021-02-17", 17, 34)
    assert parse_date("Brussels, 29 March 2021") == "2021-03-29"
    assert parse_date("Posted: 2021/02/17") == "2021-02-17"
    assert parse_date("WASHINGTON (2/17/21)") == "2021-02-17"
    assert find_date("U.S. Senator Sam Brownback today introduced legislation") is None
