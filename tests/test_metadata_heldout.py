"""Release metadata (title, date, location, source, lede) in shapes of issuers the dev gold
lacks: each rule tested on a real sentence from a release it was not written for (issuer
noted), and on hand-written releases in the styles of EU/UK government, Markdown front
matter and HTML page metadata."""

from __future__ import annotations

import time

import pytest

from pressroom import parse_text
from pressroom.structure.dateline import parse_dateline

DATELINES = [
    # a place named like a month or weekday is still a place (The Graham Firm, pressservices)
    ("Marietta, United States - June 19, 2025 / The Graham Firm /",
     "Marietta, United States", "The Graham Firm", "2025-06-19", ""),
    ("AUGUSTA, Ga. - The city announced", "AUGUSTA, Ga.", None, None, "The city"),
    # the places of a joint release joined by "and" (45Drives, NewMediaWire)
    ("SYDNEY, NOVA SCOTIA and WILMINGTON, NC - June 10, 2025 (NEWMEDIAWIRE) - 45Professional, a division of 45Drives",
     "SYDNEY, NOVA SCOTIA and WILMINGTON, NC", "NEWMEDIAWIRE", "2025-06-10", "45Professional"),
    # a day without a year before the dash dates nothing but ends the dateline (Evertise, Indonesia)
    ("Indonesia, 12th December – The construction of charging stations is a crucial factor",
     "Indonesia", None, None, "The construction"),
    # "Sens." opens a sentence about senators, not a place (Senate, Stabenow)
    ("Sens. Carl Levin, D- Mich., and Debbie Stabenow, D- Mich., announced today", None, None, None, None),
]


@pytest.mark.parametrize("block,place,source,date,rest", DATELINES)
def test_dateline_shapes(block: str, place: str | None, source: str | None, date: str | None, rest: str | None) -> None:
    dl = parse_dateline(block)
    if place is None and source is None:
        assert dl is None
        return
    assert dl is not None
    assert (dl.place, dl.source, dl.date) == (place, source, date)
    assert block[dl.end:].lstrip(" -–—").startswith(rest)


def test_place_after_tag_and_date() -> None:
    # the wire's tag and date first, then the place (Martial Arts History Museum, NewMediaWire)
    r = parse_text(
        "# A Legacy in Motion\n\n(NewMediaWire) - February 13, 2025 - Glendale, CA – From the demonstrations "
        "of Jiu-Jitsu in the late 1800s to Teddy Roosevelt's pursuit of Judo, the martial arts have woven a thread.",
        "x.md", extract=False)
    assert (r.location, r.source, r.date) == ("Glendale, CA", "NewMediaWire", "2025-02-13")
    assert r.paragraphs[0].startswith("From the demonstrations")


def test_code_fence_lines_are_no_text() -> None:
    r = parse_text(
        "# Nufi Raises Funding\n\n```html\nMonterrey, NL (Newsworthy.ai) Wednesday Apr 2, 2025 @ 5:15 AM "
        "America/Mexico_City — The Mexican startup Nufi announced a round.\n```\n", "x.md", extract=False)
    assert (r.location, r.source, r.date, r.subtitle) == ("Monterrey, NL", "Newsworthy.ai", "2025-04-02", None)
    assert r.paragraphs == ["The Mexican startup Nufi announced a round."]


def test_hostile_place_runs_stay_linear() -> None:
    start = time.perf_counter()
    parse_dateline("Montgomery and " * 5000 + "- x")
    parse_dateline("A, 12th December " * 5000)
    assert time.perf_counter() - start < 1.0


# --- Senate office pages -------------------------------------------------------------------


def test_lone_mojibake_dash_after_the_place() -> None:
    # a dash whose other UTF-8 bytes were lost (Senate, Bill Nelson, 5May2006)
    dl = parse_dateline("WASHINGTON, D.C. â Legislation to strengthen federal laws governing the registration")
    assert dl is not None and dl.place == "WASHINGTON, D.C."


@pytest.mark.parametrize("block", [
    # an all-caps headline cut by a dash is no "PLACE - body" (Senate, Craig)
    "SURPASSED EXPECTATIONS - RX PLAN SAVING SENIORS AND TAXPAYERS",
])
def test_caps_headline_with_a_dash_is_no_dateline(block: str) -> None:
    assert parse_dateline(block) is None
    r = parse_text(block + "\n\nEvery so often we have those moments when we are pleasantly surprised.", "x.txt", extract=False)
    assert (r.title, r.location) == (block, None)


def test_caps_headline_opening_with_a_quoted_name() -> None:
    # (Senate, Salazar)
    title = "'X' MARKS SPOT: SEN. SALAZAR APPLAUDS USGS ANNOUNCEMENT PLACING NATIONAL OPERATIONS CENTER IN DENVER"
    r = parse_text(title + "\n\nColorado is now the premier national mapping center of the United States.", "x.txt", extract=False)
    assert r.title == title


def test_headline_date_and_dateline_run_into_one_line() -> None:
    # (Senate, Casey, 4 Dec 2007: the dash is lost too)
    r = parse_text(
        "On Eve of U.S.-China Trade Summit, Senators Rev Up Pressure on China to End Trade Barriers that have "
        "Put the Brakes on U.S.-Made Motorcycle Sales  December 4, 2007  WASHINGTON, DCToday, U.S. Senators Bob "
        "Casey (D-PA), Charles E. Schumer (D-NY), Herb Kohl (D-WI) and Claire McCaskill (D-MO) announced they "
        "have urged trade and commerce officials to press the Chinese government.\n\nPress Contact\n\nLarry Smar (202) 228-6367",
        "x.txt", extract=False)
    assert r.title.endswith("U.S.-Made Motorcycle Sales")
    assert (r.date, r.location) == ("2007-12-04", "WASHINGTON, DC")
    assert r.paragraphs[0].startswith("Today, U.S. Senators Bob Casey")


def test_place_without_its_dash_after_a_date_line() -> None:
    # (Senate, Biden)
    r = parse_text(
        "Sen. Biden Issues Statement on UN Climate Report\n\nFebruary 2, 2007\n\nWASHINGTON, DC Today, the United "
        "Nations Intergovernmental Panel on Climate Change (IPCC) issued a report.", "x.txt", extract=False)
    assert (r.title, r.date, r.location) == ("Sen. Biden Issues Statement on UN Climate Report", "2007-02-02", "WASHINGTON, DC")
    assert r.paragraphs[0].startswith("Today, the United")


def test_scraped_office_page_chrome_is_no_headline() -> None:
    # (Senate, Bill Nelson, 8 Jan 2005): site name, "Media Release: <headline>", the scrape's own
    # "Today:" date, the headline again, the release date, then the dateline
    r = parse_text(
        "Bill Nelson, U.S. Senator from Florida:\n\nMedia Release: Signal from Congress might help Mideast peace "
        "process\n\nToday: July 24, 2008\n\nSignal from Congress might help Mideast peace process\n\nJanuary 8, 2005\n\n"
        "TEL AVIV, Israel - Now more than ever, it's important for Congress to act on legislation aimed at reviving "
        "the stalled peace process in the Middle East, U.S. Sen. Bill Nelson said today.", "x.txt", extract=False)
    assert (r.title, r.date, r.location) == ("Signal from Congress might help Mideast peace process", "2005-01-08", "TEL AVIV, Israel")
    assert r.paragraphs[0].startswith("Now more than ever")


def test_press_room_chrome_and_mojibake_quoted_headline() -> None:
    # (Senate, Inhofe, 24 Jan 2005)
    r = parse_text(
        "United States Senator James Inhofe : Press Room\n\nPress Room - Press Releases\n\nFilter by:\n\n"
        "âProposed Rule Change Would Allow Experienced Pilots to Keep Flyingâ?\n\nContacts: 202-224-9797 202-224-8260\n\n"
        "January 24, 2005\n\nWASHINGTON---U.S. Senator Jim Inhofe (R-Okla.) and Rep. Jim Gibbons (R-Nev.) today "
        "reintroduced legislation.", "x.txt", extract=False)
    assert (r.title, r.date, r.location) == (
        "Proposed Rule Change Would Allow Experienced Pilots to Keep Flying", "2005-01-24", "WASHINGTON")
    assert r.paragraphs[0].startswith("U.S. Senator Jim Inhofe")


# --- the lede's date -----------------------------------------------------------------------

@pytest.mark.parametrize("lede,date", [
    # the release's own day (Senate, Stabenow; Senate, Domenici)
    ("Sen. Debbie Stabenow (D-MI) on Monday, April 2, 2007, announced that the business plans for a VA "
     "Community Based Outpatient Clinic in Alpena have been approved.", "2007-04-02"),
    ("Sen. Pete Domenici recorded his \"ACCESS\" radio news conference Monday, May 1, 2006.", "2006-05-01"),
    # an event's day, a period's end, a deadline, history (Senate, Stevens; IBN, Strawberry Fields;
    # News Direct, Copper Property; Senate, Hutchison)
    ("The Internet Tax Freedom Act bars states and localities from taxing Internet access and is currently "
     "set to expire on November 1, 2007.", None),
    ("Strawberry Fields REIT declared a cash dividend of $0.16 per share on its common stock, payable "
     "Dec. 30, 2025, to shareholders of record.", None),
    ("Copper Property CTL Pass Through Trust filed a Form 8-K containing its monthly report for the period "
     "ended October 31, 2024.", None),
    ("For Americans of different generations, December 7, 1941 and September 11, 2001 represent days of "
     "tragedy.", None),
])
def test_lede_date_is_the_releases_own(lede: str, date: str | None) -> None:
    r = parse_text("SEN. X ANNOUNCES Y\n\n" + lede + "\n\nMore text follows here.", "x.txt", extract=False)
    assert r.date == date


def test_dateline_under_a_highlights_box() -> None:
    # a summary paragraph and bullets above the dateline (Regence, NewMediaWire)
    r = parse_text(
        "# Regence names new sales leadership\n\nRegence is announcing new Sales leadership roles in Washington and "
        "Oregon that will lead to increased collaboration across markets.\n\n * Stacy Crim will take an expanded "
        "role as vice president, Washington market.\n* Stephanie Walker will be vice president for the Washington "
        "State Health Care Authority (HCA) and public sector.\n* Tracy Olsen will take an expanded role as director "
        "of new sales in both Oregon and Washington.\n\n (NewMediaWire) - February 19, 2025 - Portland, OR - The new "
        "sales leadership team comes a few weeks after Michael Cole added Washington to his portfolio.\n",
        "x.md", extract=False)
    assert (r.date, r.location, r.source) == ("2025-02-19", "Portland, OR", "NewMediaWire")
    assert r.paragraphs[0].startswith("Regence is announcing")
    assert r.paragraphs[4].startswith("The new sales leadership team")


def test_a_place_with_a_parenthesis_deep_in_the_body_is_no_dateline() -> None:
    # (Senate, Bennett): a fourth paragraph opening "Program, University (ABBR) –" is prose
    r = parse_text(
        "Education and Health Care in Utah Get $6.5 Million Boost\n\nThe first paragraph of the release.\n\n"
        "The second paragraph.\n\nThe third paragraph.\n\nMore Nurses Now Program, Weber State University (WSU) – "
        "$200,000 to expand the nursing program.\n", "x.txt", extract=False)
    assert (r.location, r.source) == (None, None)


# --- wire footers ----------------------------------------------------------------------------

@pytest.mark.parametrize("footer", [
    # (IBN, Aditxt; IBN, ESGold; Media OutReach, Council of Indigenous Peoples; News Direct, Magnetite
    # Mines; NewMediaWire, BTCS; Evertise, VinFast; Reportable, Wendt Partners; KeyCrew, TAY Investments)
    "To view the full press release, visit https://ibn.fm/KgRGL",
    "NOTE TO INVESTORS: The latest news and updates relating to ESAUF are available in the company’s newsroom at https://nnw.fm/ESAUF",
    "Hashtag: #CouncilofIndigenousPeoplesThe issuer is solely responsible for the content of this announcement.",
    "View source version on newsdirect.com: https://newsdirect.com/news/magnetite-mines-624486861",
    "This content was originally published on Benzinga. Read further disclosures here.",
    "This article has been amplified by NewsRamp in collaboration with Evertise Studios.",
    "Click image above to view full announcement.",
    "Read More>>",
])
def test_wire_footer_lines_leave_the_body(footer: str) -> None:
    from pressroom.structure.boilerplate import split_boilerplate

    body, boiler = split_boilerplate(["The company announced results today.", "Revenue rose 10 percent.", footer])
    assert body == ["The company announced results today.", "Revenue rose 10 percent."]
    assert boiler == [footer]


def test_disclosure_closes_the_body() -> None:
    # (KeyCrew, OneWall Communities)
    from pressroom.structure.boilerplate import split_boilerplate

    body, boiler = split_boilerplate([
        "The multifamily management industry is in a consolidation moment.", "Operators are absorbing portfolios.",
        "Disclosure: Individuals or companies mentioned may have a commercial relationship with KeyCrew."])
    assert len(body) == 2 and boiler[0].startswith("Disclosure:")


# --- shapes the corpus lacks: EU/UK government text, front matter, page metadata ---------------

def test_eu_press_release_label_then_headline_then_dateline() -> None:
    r = parse_text(
        "European Commission - Press release\n\nCommission proposes new rules to strengthen the resilience of "
        "critical medicines supply\n\nBrussels, 12 March 2024\n\nThe European Commission has today proposed a "
        "Critical Medicines Act to improve the availability of critical medicines within the EU.\n\n"
        "Commissioner Stella Kyriakides said: \"Today we are delivering on our commitment.\"\n", "x.txt", extract=False)
    assert r.title == "Commission proposes new rules to strengthen the resilience of critical medicines supply"
    assert (r.date, r.location, r.source) == ("2024-03-12", "Brussels", None)
    assert r.paragraphs[0].startswith("The European Commission has today")
    assert "European Commission - Press release" in r.boilerplate


def test_dateline_line_above_the_headline() -> None:
    r = parse_text(
        "Brussels, 12 March 2024\n\nCommission welcomes political agreement on the Artificial Intelligence Act\n\n"
        "The Commission welcomes the political agreement reached between the European Parliament and the Council.\n\n"
        "Press contacts:\n\nJohannes BAHRKE (+32 2 295 86 15)\n", "x.txt", extract=False)
    assert (r.title, r.date, r.location) == (
        "Commission welcomes political agreement on the Artificial Intelligence Act", "2024-03-12", "Brussels")
    assert r.paragraphs == ["The Commission welcomes the political agreement reached between the European Parliament and the Council."]


def test_gov_uk_published_line_under_the_summary() -> None:
    r = parse_text(
        "Press release\n\nNew funding to help schools cut energy bills\n\nSchools across England will receive "
        "£450 million to install solar panels.\n\nFrom: Department for Education\n\nPublished 12 March 2024\n\n"
        "Schools across England will receive new funding, the Education Secretary announced today.\n\n"
        "Notes to editors\n\nThe funding is part of the Great British Energy programme.\n", "x.txt", extract=False)
    assert (r.title, r.date) == ("New funding to help schools cut energy bills", "2024-03-12")
    assert "The funding is part of the Great British Energy programme." in r.boilerplate


def test_an_event_date_label_is_no_publication_date() -> None:
    # (Blockchainwire, UPCX: the AMA's own date under the headline)
    r = parse_text("# UPCX to Host AMA with CMO Mr. Sato\n\nUPCX will host an AMA session.\n\nDate: May 13, 2024\n\n"
                   "Time: 12:00 UTC\n", "x.md", extract=False)
    assert r.date is None


@pytest.mark.parametrize("front,date,place,source", [
    ('---\ntitle: "Ministry announces new water programme"\ndate: 2024-03-12T09:30:00+01:00\nlocation: Madrid\n'
     "source: MITECO\n---\n", "2024-03-12", "Madrid", "MITECO"),
    ("---\nheadline: Ministry announces new water programme\npublishDate: March 12, 2024\n"
     'dateline: "MADRID, March 12, 2024 /PRNewswire/"\ntags: [water, spain]\n---\n', "2024-03-12", "MADRID", "PRNewswire"),
    ('+++\ntitle = "Ministry announces new water programme"\ndate = 2024-03-12\n+++\n', "2024-03-12", None, None),
    ("---\ntitle: 'Ministry announces new water programme'\npubDate: 'Tue, 12 Mar 2024 09:00:00 GMT'\n...\n",
     "2024-03-12", None, None),
])
def test_front_matter_variants(front: str, date: str, place: str | None, source: str | None) -> None:
    r = parse_text(front + "\nThe Ministry for the Ecological Transition announced a new programme on Tuesday.\n",
                   "x.md", extract=False)
    assert (r.title, r.date, r.location, r.source) == ("Ministry announces new water programme", date, place, source)
    assert r.paragraphs == ["The Ministry for the Ecological Transition announced a new programme on Tuesday."]


def test_html_json_ld_date_and_headline_and_titled_site_name() -> None:
    page = (
        '<html><head><title>Acme signs agreement with Globex - Acme Newsroom</title>'
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},'
        '{"@type":"NewsArticle","headline":"Acme signs agreement with Globex","datePublished":"2024-03-12T08:00:00Z",'
        '"dateModified":"2024-04-01T08:00:00Z"}]}</script></head><body><div class="wrapper"><div class="content">'
        "<h2>Acme signs agreement with Globex</h2><p>Acme Corp. today signed a supply agreement with Globex Inc.</p>"
        "<p>The agreement runs for five years.</p></div></div></body></html>")
    r = parse_text(page, "x.html", extract=False)
    assert (r.title, r.date) == ("Acme signs agreement with Globex", "2024-03-12")
    assert r.paragraphs[0].startswith("Acme Corp. today signed")


def test_html_og_title_dcterms_date_and_place_line() -> None:
    page = (
        '<html><head><meta property="og:title" content="Statement by the Prime Minister on World Water Day">'
        '<meta property="og:updated_time" content="2024-05-01T00:00:00Z"><meta name="dcterms.issued" content="2024-03-22">'
        "</head><body><article><p>March 22, 2024</p><p>Ottawa, Ontario</p><p>The Prime Minister, Justin Trudeau, "
        "today issued the following statement on World Water Day:</p><p>\"Water is life.\"</p></article></body></html>")
    r = parse_text(page, "x.html", extract=False)
    assert (r.title, r.date, r.location) == ("Statement by the Prime Minister on World Water Day", "2024-03-22", "Ottawa, Ontario")
    assert r.paragraphs[0].startswith("The Prime Minister")


# --- justice.gov pages whose scraper dropped the dash -------------------------------------------

def _doj_page(first: str, second: str = "The case was investigated by the FBI.") -> str:
    return ('<html><body><h1 id="node-title">Title</h1><div class="field--name-field-pr-body">'
            f"<p>{first}</p><p>{second}</p></div></body></html>")


@pytest.mark.parametrize("first,place,lede", [
    # the place glued to the first word (DOJ release_12065); before an initial (release_08216);
    # a dash glued to the next word (release_09050)
    ("WASHINGTONWestern Energy Company, the operator of the Rosebud Mine on federal coal leases, will pay a penalty.",
     "WASHINGTON", "Western Energy Company"),
    ("WASHINGTON R. Allen Stanford, the former board of directors chairman of Stanford International Bank, was convicted.",
     "WASHINGTON", "R. Allen Stanford"),
    ("WASHINGTON -The Justice Department today announced that Roger Harris agreed to pay a penalty.",
     "WASHINGTON", "The Justice Department"),
    # a centred subtitle opening the body is no dateline (release_04557)
    ("COPS Office Releases 40 Recommendations to Implement Best Practices at San Diego Police Department", None, "COPS Office"),
])
def test_doj_dateline_without_its_dash(first: str, place: str | None, lede: str) -> None:
    r = parse_text(_doj_page(first), "x.html", extract=False)
    assert r.location == place
    assert r.paragraphs[0].startswith(lede)


@pytest.mark.parametrize("block,place,source,date,rest", [
    # joint places with "&" (Amrize, Business Wire via citybiz)
    ("NEW YORK & ZURICH--(BUSINESS WIRE)--Amrize Ltd (NYSE: AMRZ), the partner of choice for professional builders",
     "NEW YORK & ZURICH", "BUSINESS WIRE", None, "Amrize Ltd"),
    # a month in capitals is no place word (Reportable, New York)
    ("NEW YORK, NY, JUNE 8, 2026", "NEW YORK, NY", None, "2026-06-08", ""),
    # the date after the place with no comma (24-7PressRelease, Huntington Fine Jewelers)
    ("OKLAHOMA CITY, OK January 30, 2025 /24-7PressRelease/ -- Love is in the air",
     "OKLAHOMA CITY, OK", "24-7PressRelease", "2025-01-30", "Love is"),
    # a lone slash before the date (HTX Ventures, News Direct)
    ("Singapore / July 2, 2024 – In support of a more efficient and user-friendly DeFi market",
     "Singapore", None, "2024-07-02", "In support"),
    # the date first (T3 Financial Crime Unit, News Direct; Tevard, Reportable)
    ("January 2, 2024 – The T3 Financial Crime Unit (T3 FCU) has frozen more than $126 million",
     None, None, "2024-01-02", "The T3"),
    ("April 29, 2025 -- Boston, MA -- Tevard Biosciences, Inc., a privately held biotechnology company",
     "Boston, MA", None, "2025-04-29", "Tevard"),
    # a region in parentheses is part of the place (Government of Aragon, 24-7PressRelease)
    ("San Juan de la Peña (Huesca), July 15, 2024 /24-7PressRelease/ -- In a ceremony held on 1 July",
     "San Juan de la Peña (Huesca)", "24-7PressRelease", "2024-07-15", "In a ceremony"),
    # sentences that open with a word and a date are prose (Senate, Lugar; DOJ)
    ("On June 7, 2017, the defendant pleaded guilty to one count of wire fraud.", None, None, None, None),
    ("May 3, 2007 the Senate voted to invoke cloture.", None, None, None, None),
])
def test_more_wire_dateline_shapes(block, place, source, date, rest) -> None:
    dl = parse_dateline(block)
    if rest is None:
        assert dl is None
        return
    assert dl is not None
    assert (dl.place, dl.source, dl.date) == (place, source, date)
    assert block[dl.end:].lstrip(" -–—").startswith(rest)


def test_a_schedule_date_below_the_lede_is_no_dateline() -> None:
    # (Senate, Reid: an events schedule under the lede)
    r = parse_text(
        "DEMOCRATIC SENATORS HIT THE ROAD TO STRENGTHEN SOCIAL SECURITY\n\nResponding to Americans everywhere, "
        "Democratic Senators are hosting a series of events this week.\n\nSenators will participate in forums in "
        "New York City and Philadelphia.\n\nFriday, March 4, 2005 - New York City and Philadelphia\n\nNEW YORK\n",
        "x.txt", extract=False)
    assert (r.date, r.location) == (None, None)


def test_a_line_cut_after_an_honorific_is_one_paragraph() -> None:
    # (Senate, Stabenow: the source's hard wrap fell right after "Sen.")
    r = parse_text(
        "SENATE RENAMES POST OFFICE\n  Acting on legislation introduced earlier this year by Sen.  \n Debbie Stabenow "
        "(D-MI), the Senate today approved legislation that renames the building.\n   \"It is an honor,\" said Stabenow.",
        "x.txt", extract=False)
    assert r.paragraphs[0] == ("Acting on legislation introduced earlier this year by Sen. Debbie Stabenow (D-MI), "
                               "the Senate today approved legislation that renames the building.")
    # a sentence that ends with an abbreviation that can end one stays apart
    r = parse_text("TITLE HERE\n\nThe meeting was held in Washington, D.C.\nThe Senator spoke first.", "x.txt", extract=False)
    assert len(r.paragraphs) == 2


def test_newsworthy_time_zone_with_an_upper_case_region() -> None:
    # (Clean Habits, Newsworthy.ai)
    dl = parse_dateline("Dallas, TX (Newsworthy.ai) Tuesday Feb 18, 2025 @ 7:00 AM US/Central — Clean Habits, a "
                        "leading-edge cleaning products company, is excited to announce")
    assert dl is not None and (dl.place, dl.source, dl.date) == ("Dallas, TX", "Newsworthy.ai", "2025-02-18")


@pytest.mark.parametrize("block,place,source,date,rest", [
    # wire shapes the corpus lacks (Newsfile, IANS, PR Newswire, GlobeNewswire, Accesswire, EIN Presswire)
    ("Vancouver, British Columbia--(Newsfile Corp. - March 12, 2024) - Acme Inc. today announced",
     "Vancouver, British Columbia", "Newsfile Corp.", "2024-03-12", "Acme Inc."),
    ("MUMBAI, March 12 (IANS) Acme Ltd on Tuesday reported", "MUMBAI", "IANS", None, "Acme Ltd"),
    ("NEW YORK, March 12, 2024 /PRNewswire/ -- Acme Inc. today announced", "NEW YORK", "PRNewswire", "2024-03-12", "Acme"),
    ("TORONTO, March 12, 2024 (GLOBE NEWSWIRE) -- Acme Inc. today announced", "TORONTO", "GLOBE NEWSWIRE", "2024-03-12", "Acme"),
    ("AUSTIN, TX / ACCESSWIRE / March 12, 2024 / Acme Inc. today announced", "AUSTIN, TX", "ACCESSWIRE", "2024-03-12", "Acme"),
    ("DENVER, COLORADO, UNITED STATES, March 12, 2024 /EINPresswire.com/ -- Acme Inc. today announced",
     "DENVER, COLORADO, UNITED STATES", "EINPresswire.com", "2024-03-12", "Acme"),
    ("Abu Dhabi, UAE – 12 March 2024: Acme today announced", "Abu Dhabi, UAE", None, "2024-03-12", "Acme"),
])
def test_wire_shapes_the_corpus_lacks(block, place, source, date, rest) -> None:
    dl = parse_dateline(block)
    assert dl is not None
    assert (dl.place, dl.source, dl.date) == (place, source, date)
    assert block[dl.end:].lstrip(" -–—/:").startswith(rest)


def test_release_label_run_into_the_dateline_keeps_the_lede() -> None:
    r = parse_text("Acme Opens Plant in Ohio\n\nFOR IMMEDIATE RELEASE: NEW YORK, March 12, 2024 – Acme Inc. today "
                   "opened a plant in Ohio, creating 300 jobs.\n\nMore text here.", "x.txt", extract=False)
    assert (r.date, r.location) == ("2024-03-12", "NEW YORK")
    assert r.paragraphs[0] == "Acme Inc. today opened a plant in Ohio, creating 300 jobs."
    assert r.boilerplate == ["FOR IMMEDIATE RELEASE:"]


def test_lost_dash_glued_to_the_place() -> None:
    # (Senate, Boxer, 17 Nov 2006); a lost closing quote after a full stop stays (Senate, Bennett)
    r = parse_text("Washington, DCâLast night, the U.S. Senate passed a resolution.\n\nMore.", "x.txt", extract=False)
    assert (r.location, r.paragraphs[0]) == ("Washington, DC", "Last night, the U.S. Senate passed a resolution.")
    r = parse_text("TITLE OF IT\n\nâWe build new nuclear power plants.â \nâWe are behind the rest of the world.â?", "x.txt", extract=False)
    assert r.location is None and "—" not in " ".join(r.paragraphs)


def test_gov_uk_content_type_label_is_no_headline() -> None:
    r = parse_text("News story\n\nPrime Minister announces new support for farmers\n\nThe Prime Minister has today "
                   "announced a package of support for farmers across the UK.\n\nFrom: Prime Minister's Office, 10 "
                   "Downing Street\nPublished 12 March 2024\n\nThe package includes £220 million for new equipment.\n",
                   "x.txt", extract=False)
    assert (r.title, r.date) == ("Prime Minister announces new support for farmers", "2024-03-12")


def test_front_matter_folded_title() -> None:
    r = parse_text('---\nlayout: press-release\ntitle: >-\n  Ministry announces\n  water programme\n'
                   'date: "2024-03-12 09:30:00 +0100"\ncategories: [press]\n---\n\nMADRID, 12 March 2024 – The '
                   "Ministry announced a new programme.\n", "x.md", extract=False)
    assert (r.title, r.date, r.location) == ("Ministry announces water programme", "2024-03-12", "MADRID")


def test_html_wordpress_and_gov_uk_pages() -> None:
    wp = ('<html><head><title>Acme Opens New Plant in Ohio &#8211; Acme Newsroom</title>'
          '<meta property="article:modified_time" content="2024-05-01T12:00:00+00:00"></head><body>'
          '<nav><ul><li>Home</li><li>News</li></ul></nav><article class="post"><header class="entry-header">'
          '<h1 class="entry-title">Acme Opens New Plant in Ohio</h1><time class="entry-date published" '
          'datetime="2024-03-12T09:00:00+00:00">March 12, 2024</time></header><div class="entry-content">'
          "<p>COLUMBUS, Ohio, March 12, 2024 /PRNewswire/ -- Acme Corp. today opened a new plant.</p>"
          '<p><strong>About Acme</strong></p><p>Acme makes anvils.</p></div></article></body></html>')
    r = parse_text(wp, "x.html", extract=False)
    assert (r.title, r.date, r.location, r.source) == ("Acme Opens New Plant in Ohio", "2024-03-12", "COLUMBUS, Ohio", "PRNewswire")
    assert r.paragraphs[0] == "Acme Corp. today opened a new plant."
    govuk = ('<html><head><title>New funding to help schools cut energy bills - GOV.UK</title></head><body>'
             '<main id="main-content"><h1 class="gem-c-title__text">New funding to help schools cut energy bills</h1>'
             '<dl><dt>From:</dt><dd>Department for Education</dd><dt>Published</dt><dd>12 March 2024</dd></dl>'
             '<div class="govspeak"><p>Schools across England will receive new funding, the Education Secretary '
             "announced today.</p><h2>Notes to editors</h2><p>The funding is part of a programme.</p></div></main></body></html>")
    r = parse_text(govuk, "x.html", extract=False)
    assert (r.title, r.date) == ("New funding to help schools cut energy bills", "2024-03-12")
    assert r.paragraphs == ["Schools across England will receive new funding, the Education Secretary announced today."]


def test_about_heading_after_a_one_paragraph_release_stays_readable() -> None:
    # (IBN, Soligenix: the About section names BARDA and DTRA, which the extractors must still see;
    # gold counts an About section's acronyms)
    from pressroom.structure.boilerplate import split_boilerplate

    body, boiler = split_boilerplate([
        "Soligenix (NASDAQ: SNGX) announced a new patent for its thermostabilization platform.",
        "About Soligenix",
        "Soligenix is supported by the Biomedical Advanced Research and Development Authority (BARDA).",
        "Its programs are funded by the Defense Threat Reduction Agency (DTRA)."])
    assert len(body) == 4 and boiler == []
    # a run-in "About ..." sentence after one paragraph stays body too
    body, _ = split_boilerplate(["The firm opened an office.", "About 300 people attended the opening.", "More."])
    assert len(body) == 3


@pytest.mark.parametrize("block,head", [
    # a section heading glued to its paragraph (Carper, Senate; Newsworthy.ai; News Direct, Railtown AI)
    ("Urges Shoppers to be Smart When Shopping Online, Buying Gift Cards and Donating to CharityThis holiday season, "
     "consumers should be aware of scams.", "Urges Shoppers to be Smart When Shopping Online, Buying Gift Cards and Donating to Charity"),
    ("Wrapping It UpThese projects illustrate the dynamic nature of the blockchain industry.", "Wrapping It Up"),
    ("Why It MattersIn a world where software development is increasingly complex, the ability matters.", "Why It Matters"),
    # names and products are not headings (citybiz, Lead Edge; 24-7PressRelease, Avidyne)
    ("In a LinkedIn post, Segal — an alumnus of the firm — said the deal closed.", None),
    ("The Barfield TT1200A is a microprocessor-based, self-contained tester.", None),
])
def test_glued_section_heading_is_split(block: str, head: str | None) -> None:
    r = parse_text("# T\n\nThe lede of the release is here.\n\n" + block + "\n", "x.md", extract=False)
    if head is None:
        assert r.paragraphs[1] == block
    else:
        assert r.paragraphs[1] == head and block.startswith(head) and r.paragraphs[2] == block[len(head):]


def test_wire_tag_line_is_the_source_unless_a_dateline_names_one() -> None:
    # (News Direct, Thor Energy; News Direct, BestGrowthStocks)
    r = parse_text("# Thor Energy says strong support for placement\n\n--News Direct--\n\nThor Energy PLC managing "
                   "director Nicole Galloway Warland joined Proactive's Stephen Gunnion.\n", "x.md", extract=False)
    assert (r.source, r.location) == ("News Direct", None)
    r = parse_text("# BestGrowthStocks.com Unveils Review\n\n--News Direct--\n\nNEW YORK, NY / NewsDirect / April 22nd, "
                   "2024 / Best Growth Stocks issued an evaluation.\n", "x.md", extract=False)
    assert (r.source, r.location, r.date) == ("NewsDirect", "NEW YORK, NY", "2024-04-22")


def test_about_heading_with_a_mark_is_no_dateline_and_long_slashed_issuer() -> None:
    # (IBN, SOBRsafe: "About SOBRsafe(TM)"; Press Services, Sunfinity Power)
    assert parse_dateline("About SOBRsafe(TM)") is None
    dl = parse_dateline("Johnston, United States - June 12, 2025 / Sunfinity Power & Roofing | MA & RI Solar & Roofing Company /")
    assert dl is not None and dl.source == "Sunfinity Power & Roofing | MA & RI Solar & Roofing Company"


def test_a_bill_number_is_no_place() -> None:
    # (Senate, DeWine)
    assert parse_dateline("S.1700 - the Advancing Justice Through DNA Technology Act of 2003 - will extend funding") is None


def test_slash_inside_a_slashed_issuer() -> None:
    # (Press Services, Roto-Rooter Yuma)
    dl = parse_dateline("Yuma, United States - March 3, 2025 / Roto-Rooter Plumbing Yuma - 24/7 /")
    assert dl is not None and dl.source == "Roto-Rooter Plumbing Yuma - 24/7"


@pytest.mark.parametrize("lede", [
    # the future verb far before the date, past initials (IBN, NRx Pharmaceuticals; Blockchainwire, Exodus)
    "HOPE Therapeutics announced that Chairman and CEO Jonathan Javitt, M.D., M.P.H., will participate in a fireside "
    "chat at H.C. Wainwright’s 27th Annual Global Investment Conference on Monday, Sept. 8, 2025, from 4:30 to 5 p.m.",
    "Exodus Movement, Inc. today announced that James Gernetzke, CFO, will present live at the Blockchain & Digital "
    "Asset Virtual Investor Conference hosted by Alpha Transform Holdings and VirtualInvestorConferences.com, on April 25th, 2024",
    # a campaign's start and a salary period (IBN, Ucore; News Direct, VivoPower)
    "The Company engaged InvestorBrandNetwork for a yearlong communications campaign starting May 8, 2025, at $23,200 per quarter.",
    "This is through a voluntary election to receive his CEO salary from 1 July 2023 until 30 June 2024, in the form of shares.",
])
def test_more_event_dates_in_the_lede(lede: str) -> None:
    r = parse_text("# Title\n\n" + lede + "\n\nMore text.\n", "x.md", extract=False)
    assert r.date is None


@pytest.mark.parametrize("block,place,rest", [
    # a parenthesised place with no dash after it (Senate, Baucus 24 Sep 2007; Senate, Bond)
    ("(Washington D.C.) The U.S. Senate today sent President Bush a bill", "Washington D.C.", "The U.S. Senate"),
    ("(SPRINGFIELD) U.S. Senators Jim Talent (R-Mo.) and Kit Bond (R-Mo.) today announced", "SPRINGFIELD", "U.S. Senators"),
    ("(Indianapolis) – U.S. Senator Richard Lugar announced today", "Indianapolis", "U.S. Senator"),
])
def test_parenthesised_place_without_a_dash(block: str, place: str, rest: str) -> None:
    dl = parse_dateline(block)
    assert dl is not None and (dl.place, dl.source) == (place, None)
    assert block[dl.end:].lstrip(" -–—").startswith(rest)
    assert parse_dateline("(NewsUSA) - Agentic artificial intelligence (AI) refers to AI systems").source == "NewsUSA"


def test_paragraph_tag_remnant_opening_a_line() -> None:
    # (Senate, Baucus 26 May 2005)
    r = parse_text("BAUCUS' 'LIBBY FIX' CLEARS SENATE PANEL\n\nMay 26, 2005\np> (Washington, D.C.) -- A U.S. Senate "
                   "panel has passed asbestos reform legislation.\n", "x.txt", extract=False)
    assert (r.date, r.location, r.paragraphs[0]) == ("2005-05-26", "Washington, D.C.", "A U.S. Senate panel has passed asbestos reform legislation.")


def test_capitals_place_without_dash_opening_a_headerless_release() -> None:
    # (Senate, Bond 7 Feb 2005)
    r = parse_text("ST. LOUIS, MO Senator Kit Bond today testified on behalf of former Mallinckrodt employees.\n\nMore.",
                   "x.txt", extract=False)
    assert (r.location, r.paragraphs[0][:20]) == ("ST. LOUIS, MO", "Senator Kit Bond tod")
    # mixed case is a sentence's subject, not a place
    r = parse_text("Springfield, IL Mayor Jane Doe opened the park today.\n\nMore.", "x.txt", extract=False)
    assert r.location is None


def test_json_export_keys_and_whole_dateline_value() -> None:
    import json

    r = parse_text(json.dumps({"headline": "Acme Opens Plant", "datePublished": "2024-03-12T10:00:00Z",
                               "dateline": "COLUMBUS, Ohio, March 12, 2024 /PRNewswire/",
                               "body": "Acme Corp. today opened a plant."}), "x.json", extract=False)
    assert (r.title, r.date, r.location, r.source) == ("Acme Opens Plant", "2024-03-12", "COLUMBUS, Ohio", "PRNewswire")
