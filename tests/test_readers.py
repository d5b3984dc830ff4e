"""Readers and structure on real releases of each format."""

import json

import pytest

from pressroom import parse_file, parse_text
from pressroom.errors import ReadError

from helpers import RELEASES, SEEDS


def test_seed_text_release():
    rel = parse_file(next(SEEDS.glob("*.txt")))
    assert rel.title == "Coalition Forces meet with Joint Coalition Coordination Center forces in Erbil"
    assert (rel.date, rel.location, rel.source) == ("2021-02-17", "Erbil, Kurdistan Region, Iraq", "GOV.KRD")
    assert rel.paragraphs[0].startswith("A military delegation")  # dateline cut from the lede
    assert len(rel.paragraphs) == 8
    assert rel.format == "text"


def test_senate_date_line_and_no_headline():
    rel = parse_file(RELEASES / "sen_Brownback_6Jun2006Brownback69.txt")
    assert rel.title is None  # the first block is a date line, then the dateline: no headline
    assert rel.date == "2006-06-06"
    assert rel.location == "WASHINGTON"
    assert rel.paragraphs[0].startswith("U.S. Senator Sam Brownback")


def test_senate_layout_line_with_release_date_and_contact():
    rel = parse_file(RELEASES / "senate_carper.txt")
    assert rel.title == "Senate Passes Vital Infrastructure Improvements Bill"
    assert rel.date == "2007-08-03"
    assert any(b.startswith("Contact") for b in rel.boilerplate)
    assert not any("Contact:" in p for p in rel.paragraphs)


def test_doj_html_page():
    rel = parse_file(RELEASES / "doj_release_10740.html")
    assert rel.format == "html"
    assert rel.title.startswith("Cisco Systems and Westcon Group North America Pay")
    assert rel.date == "2010-09-07"
    assert rel.location == "WASHINGTON"
    text = " ".join(rel.paragraphs)
    for chrome in ("Justice News", "Stay Connected", "Search form", "function(", "Component(s)"):
        assert chrome not in text


def test_markdown_wire_with_footer_and_about():
    rel = parse_file(RELEASES / "citybiz_envestnet.md")
    assert rel.title == "Envestnet Appoints Sean Meighan as Head of RIA Distribution"
    body = " ".join(rel.paragraphs)
    assert "Reddit Post" not in body and "newsramp" not in body.lower()
    assert "appeared first on citybiz" not in body
    assert "AdButler" not in body
    assert not any(p.startswith("About Envestnet") for p in rel.paragraphs)
    assert any(b.startswith("About Envestnet") for b in rel.boilerplate)


def test_markdown_noticias_dateline():
    rel = parse_file(RELEASES / "nw_noticiasnewswire_2026_0303_None.md")
    assert (rel.location, rel.source, rel.date) == ("LOS ANGELES, CA", "NOTICIAS NEWSWIRE", "2026-03-03")


def test_markdown_front_matter_links_and_emphasis():
    md = (
        "---\ntitle: Acme Opens Plant\ndate: 2024-05-02\n---\n\n"
        "BOSTON, MA - **Acme Corp.** today opened a [new plant](https://acme.example) in *Boston*.\n\n"
        "![logo](https://x/y.png)\n\n“It is a great day,” said Jane Roe, CEO of Acme.\n"
    )
    rel = parse_text(md, name="x.md")
    assert rel.title == "Acme Opens Plant" and rel.date == "2024-05-02" and rel.location == "BOSTON, MA"
    assert rel.paragraphs[0] == "Acme Corp. today opened a new plant in Boston."
    assert all("](" not in p and "**" not in p for p in rel.paragraphs)


def test_json_records_and_jsonl(tmp_path):
    data = [
        {"headline": "Acme Opens Plant", "body": "<p>BOSTON - Acme opened a plant.</p><p>More text.</p>", "published": "2024-05-02T10:00:00Z"},
        {"title": "Second", "text": "WASHINGTON - Another one.\n\nAnd more."},
    ]
    f = tmp_path / "r.json"
    f.write_text(json.dumps(data))
    from pressroom.parse import parse_file_all

    rels = parse_file_all(f)
    assert [r.title for r in rels] == ["Acme Opens Plant", "Second"]
    assert rels[0].date == "2024-05-02" and rels[0].paragraphs == ["Acme opened a plant.", "More text."]
    assert rels[0].id != rels[1].id
    g = tmp_path / "r.jsonl"
    g.write_text("\n".join(json.dumps(d) for d in data))
    assert [r.title for r in parse_file_all(g)] == ["Acme Opens Plant", "Second"]


@pytest.mark.parametrize("payload", ["[1, 2, 3]", '{"a": 1}', "{not json", "[]"])
def test_json_that_is_not_a_release(tmp_path, payload):
    f = tmp_path / "bad.json"
    f.write_text(payload)
    with pytest.raises(ReadError):
        parse_file(f)


def test_ids_are_stable_and_content_based(tmp_path):
    src = next(SEEDS.glob("*.txt"))
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes(src.read_bytes())
    assert parse_file(src).id == parse_file(copy).id
    assert len(parse_file(src).id) == 10


def test_broken_html_still_reads():
    rel = parse_text("<html><body><h1>Big News</h1><p>WASHINGTON - Unclosed <b>tags <p>Second para", name="x.html")
    assert rel.title == "Big News"
    assert rel.paragraphs and rel.location == "WASHINGTON"


def test_hard_wrapped_text_is_joined():
    text = "Acme Opens Plant\n\nBOSTON - Acme Corp. today opened a plant\nin Boston that will employ\n300 people.\n\nSecond paragraph."
    rel = parse_text(text, name="x.txt")
    assert rel.paragraphs[0] == "Acme Corp. today opened a plant in Boston that will employ 300 people."


def test_late_boilerplate_shapes_from_several_wires():
    from pressroom.structure.boilerplate import split_boilerplate

    body = ["Lede paragraph about the news.", "Second paragraph.", "Third paragraph with a quote."]
    # 247PressRelease: heading run into its text (corpus/newsworthy/247PressRelease/2024/0403/fucare-...)
    b, bp = split_boilerplate(body + ["About Fucare Since its debut in 2019, Fucare has emerged as a frontrunner."])
    assert b == body and bp[0].startswith("About Fucare")
    # prkarma: glued contact heading
    b, bp = split_boilerplate(body + ["ContactRyan T Mauka Digital Email Us Here"])
    assert b == body
    # DOJ: closing "For more information" line stays out of the body
    b, bp = split_boilerplate(body + ["For more information, visit: www.justice.gov/enrd/worker-endangerment/"])
    assert b == body
    # newmediawire: forward-looking information heading
    b, bp = split_boilerplate(body + ["FORWARD-LOOKING INFORMATION", "This news release contains statements."])
    assert b == body
    # an "About" section heading early in a release is part of the story
    early = ["Lede.", "About the Discovery Brand Matrix The matrix offers an approach.", "More.", "More.", "End."]
    assert split_boilerplate(early)[0] == early


GOVUK_PAGE = """<html><head><title>New funding to boost rural broadband - GOV.UK</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main id="content">
<h1 class="gem-c-title__text">New funding to boost rural broadband</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/dcms">Department for Culture, Media and Sport</a></dd>
<dt>Published</dt><dd>12 January 2023</dd></dl></div>
<div class="govuk-govspeak"><p>Thousands of rural homes and businesses across England will benefit from gigabit
broadband thanks to new government funding announced today.</p></div></main></body></html>"""


def test_html_date_from_a_published_label_when_no_metadata_gives_one():
    assert parse_text(GOVUK_PAGE, name="x.html").date == "2023-01-12"
    timed = GOVUK_PAGE.replace("<dt>Published</dt><dd>12 January 2023</dd>", "<time>March 3, 2024</time>")
    assert parse_text(timed, name="x.html").date == "2024-03-03"
    updated = GOVUK_PAGE.replace("<dt>Published</dt>", "<dt>Last updated</dt>")
    assert parse_text(updated, name="x.html").date is None


AGENCY_TEXT = """Contact: Jane Doe
Phone: 202-555-0100
FOR IMMEDIATE RELEASE
May 14, 2025

Department of Energy Announces $50 Million for Grid Resilience

WASHINGTON, D.C. — The U.S. Department of Energy (DOE) today announced $50 million to strengthen the grid.
"""

LABELLED_TEXT = """NEWS RELEASE
RELEASE 25-041

NASA Selects Firms to Study Lunar Power Systems

NASA has selected three companies to develop concepts for power systems on the Moon.
"""


def test_label_lines_above_the_headline_are_not_the_headline():
    rel = parse_text(AGENCY_TEXT, name="x.txt")
    assert (rel.title, rel.date, rel.location) == (
        "Department of Energy Announces $50 Million for Grid Resilience", "2025-05-14", "WASHINGTON, D.C.")
    assert "Phone: 202-555-0100" in rel.boilerplate
    rel = parse_text(LABELLED_TEXT, name="x.txt")
    assert rel.title == "NASA Selects Firms to Study Lunar Power Systems"
    assert rel.paragraphs[0].startswith("NASA has selected")


LETTERHEAD_TEXT = """City of Springfield
Office of the Mayor

MEDIA ADVISORY
Date: Monday, March 3, 2025

Mayor Announces New Parks Initiative

SPRINGFIELD, Ill. – Mayor Misty Buscher today unveiled a plan to renovate 12 neighborhood parks.
"""


def test_letterhead_above_labels_is_not_the_headline():
    rel = parse_text(LETTERHEAD_TEXT, name="x.txt")
    assert (rel.title, rel.date, rel.location) == ("Mayor Announces New Parks Initiative", "2025-03-03", "SPRINGFIELD, Ill.")
    assert rel.paragraphs[0].startswith("Mayor Misty Buscher")
    assert "City of Springfield" in rel.boilerplate


BAUCUS_TEXT = """BAUCUS COMMENTS ON BUSH SPEECH

Senator Calls For Collaborative Approach To Health Care, Energy, Iraq

January 23, 2007

(Washington D.C.) -- After attending President Bush's State of the Union Address tonight on Capitol Hill, Montana's senior U.S. Senator Max Baucus said.
"""


def test_a_date_line_after_a_subtitle_keeps_the_first_headline():
    """Senate (Baucus): headline, subtitle, date line, dateline is no letterhead."""
    rel = parse_text(BAUCUS_TEXT, name="x.txt")
    assert rel.title == "BAUCUS COMMENTS ON BUSH SPEECH"
    assert rel.date == "2007-01-23"


def test_single_line_breaks_part_a_list_but_not_a_broken_sentence() -> None:
    # justice.gov release_08069 (2012, health care fraud partnership): its partners, one a line in
    # one <p>, were read as a run-on name ("Human Services Office of Inspector General Humana Inc.")
    page = ("<html><body><div class='field--name-field-pr-body'><p>The following organizations are among the "
            "first to join this partnership:<br />\n<br />\nAmericas Health Insurance Plans<br />\nAmerigroup "
            "Corporation<br />\nHumana Inc.<br />\nTufts Health Plan</p><p>Tougher sentences for people convicted of "
            "health care fraud.<br />\nsuspended payments to providers.<br />\nEnhanced screenings.</p>"
            "<p>U.S. Attorney<br>John Smith<br>said the case is closed, and so it is, for now and for good.</p>"
            "</div></body></html>")
    r = parse_text(page, "x.html", extract=False)
    assert r.paragraphs == [
        "The following organizations are among the first to join this partnership:",
        "Americas Health Insurance Plans", "Amerigroup Corporation", "Humana Inc.", "Tufts Health Plan",
        # a line starting in lower case is a sentence the layout broke: the block stays one paragraph
        "Tougher sentences for people convicted of health care fraud. suspended payments to providers. "
        "Enhanced screenings.",
        "U.S. Attorney John Smith said the case is closed, and so it is, for now and for good.",
    ]
