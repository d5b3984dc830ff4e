"""Held-out metadata/structure checks (helper meta4): rules tested on releases they were not written for."""
from __future__ import annotations

import time

from pressroom import parse_text

# justice.gov's page frame around a press release body (the parts the reader looks at)
_DOJ_PAGE = (
    "<html><body><h1 id=\"node-title\">{title}</h1>"
    "<div class=\"field field--name-field-pr-body\"><div class=\"field__items\"><div class=\"field__item even\">"
    "{body}</div></div></div></body></html>"
)


def _file_link(label: str, fid: int) -> str:
    return (
        f'<p><span class="file file-default media-element" data-fid="{fid}" data-media-element="1">'
        '<img alt="" class="file-icon" src="/modules/file/icons/application-pdf.png" title="application/pdf" />'
        f'<a href="/opa/file/{fid}/download" target="_blank" type="application/pdf; length=597652">{label}</a></span></p>'
    )


def test_attached_documents_leave_the_body() -> None:
    # DOJ release_03207 (National Security Division, 2015): two complaints attached after the last
    # paragraph, each a download link alone in its <p>; the rule was written on release_02673/02212
    body = (
        "<p>The case is being investigated by the FBIs Joint Terrorism Task Force. The case is being prosecuted "
        "by Assistant U.S. Attorneys Gordon D. Kromberg and Dennis Fitzpatrick of the Eastern District of Virginia.</p>"
        + _file_link("Farrokh Complaint", 813786)
        + _file_link("Elhassan Complaint", 813791)
    )
    text = _DOJ_PAGE.format(title="Two Men Charged with Conspiring to Provide Material Support to ISIL", body=body)
    r = parse_text(text, "release_03207.html", extract=False)
    assert r.paragraphs == [
        "The case is being investigated by the FBIs Joint Terrorism Task Force. The case is being prosecuted by "
        "Assistant U.S. Attorneys Gordon D. Kromberg and Dennis Fitzpatrick of the Eastern District of Virginia."
    ]
    assert r.boilerplate[-2:] == ["Farrokh Complaint", "Elhassan Complaint"]


def test_attachment_with_its_size_leaves_the_body() -> None:
    # justice.gov writes the file's size after the link on some pages ("... Information</a> (596.08 KB)",
    # DOJ release_03276); here on release_03207's complaint
    body = (
        "<p>The case is being investigated by the FBIs Joint Terrorism Task Force.</p>"
        '<p><img alt="" class="file-icon" src="/modules/file/icons/application-pdf.png" title="application/pdf" />'
        '<a href="/opa/file/813786/download" target="_blank" type="application/pdf; length=597652">Farrokh Complaint</a>'
        " (583.64 KB)</p>"
    )
    r = parse_text(_DOJ_PAGE.format(title="Two Men Charged", body=body), "release_03207.html", extract=False)
    assert r.paragraphs == ["The case is being investigated by the FBIs Joint Terrorism Task Force."]
    assert r.boilerplate[-1] == "Farrokh Complaint (583.64 KB)"


def test_links_in_prose_stay_in_the_body() -> None:
    # a sentence that links a document keeps its paragraph; so does a short link that is no file
    body = (
        "<p>The agreement was secured by the Civil Rights Division. Read the "
        '<a href="/opa/file/894711/download" type="application/pdf; length=835056">settlement agreement</a>.</p>'
        '<p><a href="https://www.justice.gov/crt">Civil Rights Division</a></p>'
    )
    r = parse_text(_DOJ_PAGE.format(title="Justice Department Reaches Settlement", body=body), "x.html", extract=False)
    assert r.paragraphs == [
        "The agreement was secured by the Civil Rights Division. Read the settlement agreement.",
        "Civil Rights Division",
    ]


def test_attachment_test_is_linear() -> None:
    body = "".join(_file_link(f"Exhibit {k}", k) for k in range(3000)) + "<p>" + "word " * 5000 + "</p>"
    t = time.perf_counter()
    r = parse_text(_DOJ_PAGE.format(title="T", body=body), "x.html", extract=False)
    assert time.perf_counter() - t < 1.0
    assert len(r.paragraphs) == 1


# --- a section heading run into its paragraph with only a space between -------------------------

def test_heading_parted_by_a_space_is_its_own_block() -> None:
    # 24-7PressRelease, KC Glass (Dec 2024); the rule was written on KeyCrew and Media OutReach copy
    text = (
        "# KC Glass: A Glass Bottle Manufacturer Dedicated to Sustainability\n\n"
        "KC Glass, a glass bottle manufacturer, serves the cosmetics, food and pharmaceutical industries "
        "with containers that combine practicality and sustainability.\n\n"
        "White Glass Bottles With their elegant transparency, white glass bottles are ideal for showcasing the "
        "visual appeal of cosmetics and premium food products. These bottles provide enhanced visibility.\n"
    )
    r = parse_text(text, "kc-glass.md", extract=False)
    assert r.paragraphs[1:] == [
        "White Glass Bottles",
        "With their elegant transparency, white glass bottles are ideal for showcasing the visual appeal of "
        "cosmetics and premium food products. These bottles provide enhanced visibility.",
    ]


def test_heading_alone_and_prose_stay_whole() -> None:
    # citybiz (Sep 2025): a heading alone whose last words open with "From" is no heading + sentence;
    # Senate, Bingaman (27 Sep 2006): prose that opens with a name in capitals is no heading
    text = (
        "# Detox Guide\n\n"
        "A new guide explains how targeted detox protocols work and what the body does during them.\n\n"
        "How Targeted Detox Protocols Help the Body Reset From the Inside Out\n\n"
        "The National Competitiveness Investment Act (NCIA) builds on the Protecting America's Competitive Edge "
        "(PACE) Acts introduced by the Senators earlier this year. The new bill (S.3936), sponsored by Majority "
        "Leader Bill Frist, combines the proposals.\n"
    )
    r = parse_text(text, "detox.md", extract=False)
    assert "How Targeted Detox Protocols Help the Body Reset From the Inside Out" in r.paragraphs
    assert r.paragraphs[-1].startswith("The National Competitiveness Investment Act (NCIA) builds on")


def test_spaced_heading_rule_is_linear() -> None:
    from pressroom.structure.build import _glued_head

    hostile = "Alpha Beta Gamma Delta " * 5000 + "The end of it all is here. " * 10
    t = time.perf_counter()
    _glued_head(hostile)
    _glued_head("A " * 10000 + "The x")
    assert time.perf_counter() - t < 0.5


def test_about_heading_glued_to_its_repeated_name() -> None:
    # Reportable, Stonegate Capital Partners' coverage notes (2024-2025); written on Media OutReach's
    # "About VinhomesVinhomes is ..."
    from pressroom.structure.build import _glued_head

    block = (
        "About StonegateStonegate Capital Partners is a leading capital markets advisory firm providing investor "
        "relations, equity research, and institutional investor outreach services for public companies."
    )
    assert _glued_head(block) == "About Stonegate"
    # citybiz, Simon Quick Advisors (Sep 2025): the text opens with an About text's first word
    assert _glued_head(
        "About Simon Quick AdvisorsFounded in 2004, Simon Quick Advisors is an independent wealth management firm."
    ) == "About Simon Quick Advisors"
    # not a join inside the name ("About NetCom Learning"), nor a name that does not start again
    assert _glued_head("About NetCom Learning NetCom Learning is a global leader in training.") is None
    assert _glued_head(
        "About io Tech InternationalioTech International is a leading developer of oral care products."
    ) is None


def test_more_section_openers_part_glued_headings() -> None:
    # 24-7PressRelease, GARVEE (Oct 2025): "... Family TraditionsBeyond its craftsmanship, ..." style,
    # here with the space kept; Cutoshi (blockchainwire) glued: "... Financial FreedomOne of the major issues"
    from pressroom.structure.build import _glued_head

    assert _glued_head(
        "Designed for Every Home and Lifestyle Whether for apartments, townhouses, or large family homes, GARVEE's "
        "lineup includes options tailored to every space and aesthetic."
    ) == "Designed for Every Home and Lifestyle"
    assert _glued_head(
        "Cutoshi a DeFi Coin Promoting Decentralization and Financial FreedomOne of the major issues investors face "
        "in traditional banking institutions is privacy and control."
    ) == "Cutoshi a DeFi Coin Promoting Decentralization and Financial Freedom"


def test_inline_tags_leave_no_space_before_punctuation() -> None:
    # DOJ release_08190 (2012, EU-US ministerial): "Viviane Reding  <span lang="EN-GB">  , EU Commissioner";
    # release_08878: "Survivability (</span>  <span style="color:black">  VALOR) program"; the rule was
    # written on the Tax Division's "... on the divisions <a>website</a>."
    body = (
        '<p>European Commission Vice-President Viviane Reding  <span lang="EN-GB">  , EU Commissioner of Home '
        "Affairs Cecilia Malmstrom and the ministers met today.</p>"
        '<p>The Officer Resilience and Survivability (</span>  <span style="color:black">  VALOR) program helps '
        'officers. Read it on <a href="https://www.justice.gov/tax">the divisions website</a>.</p>'
        "<p>U.S. Attorney<br>John Smith said the case is closed.</p>"
    )
    r = parse_text(_DOJ_PAGE.format(title="Ministers Meet", body=body), "x.html", extract=False)
    assert r.paragraphs == [
        "European Commission Vice-President Viviane Reding, EU Commissioner of Home Affairs Cecilia Malmstrom "
        "and the ministers met today.",
        "The Officer Resilience and Survivability (VALOR) program helps officers. Read it on the divisions website.",
        "U.S. Attorney John Smith said the case is closed.",
    ]


def test_inline_join_is_linear() -> None:
    body = "<p>" + "<b>word</b>, " * 5000 + "</p>"
    t = time.perf_counter()
    r = parse_text(_DOJ_PAGE.format(title="T", body=body), "x.html", extract=False)
    assert time.perf_counter() - t < 1.0
    assert r.paragraphs[0].startswith("word, word, word,")
