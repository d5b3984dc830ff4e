"""Each dateline shape on a real first paragraph (issuer noted)."""

import pytest

from pressroom.structure.dateline import parse_dateline

CASES = [
    # seed, GOV.KRD
    ("Erbil, Kurdistan Region, Iraq (GOV.KRD) – A military delegation from the Combined Joint Task Force",
     "Erbil, Kurdistan Region, Iraq", "GOV.KRD", None, "A military delegation"),
    # Senate
    ("Washington, D.C. -- Today U.S. Senator Daniel K. Akaka (D-HI) began his work",
     "Washington, D.C.", None, None, "Today U.S. Senator"),
    ("WASHINGTON - U.S. Senator Sam Brownback (R-KS) today introduced", "WASHINGTON", None, None, "U.S. Senator Sam"),
    # 24-7PressRelease
    ("CALGARY, AB, May 14, 2025 /24-7PressRelease/ -- ARC Clean Technology Inc.", "CALGARY, AB", "24-7PressRelease", "2025-05-14", "ARC Clean"),
    # DOJ-style date in parentheses
    ("WASHINGTON (Aug. 1, 2006) – The Justice Department announced", "WASHINGTON", None, "2006-08-01", "The Justice"),
    # European day-month-year
    ("Brussels, 29 March 2021 – The Commission has adopted", "Brussels", None, "2021-03-29", "The Commission"),
    # Newsworthy.ai with weekday and time
    ("Vancouver, WA (Newsworthy.ai) Tuesday Nov 21, 2023 @ 5:00 PM Eastern — TMS therapy involves",
     "Vancouver, WA", "Newsworthy.ai", "2023-11-21", "TMS therapy"),
    # Noticias Newswire: date then tag between em dashes
    ("LOS ANGELES, CA — January 30, 2026 — (NOTICIAS NEWSWIRE) — Samuel Goldwyn Films’ romantic comedy",
     "LOS ANGELES, CA", "NOTICIAS NEWSWIRE", "2026-01-30", "Samuel Goldwyn"),
    # NewMediaWire
    ("LENZING, AUSTRIA - June 18, 2026 (NEWMEDIAWIRE) - From CIDPEX in China", "LENZING, AUSTRIA", "NEWMEDIAWIRE", "2026-06-18", "From CIDPEX"),
    # PR Karma, slashes
    ("NORTH BATTLEFORD, SK / PR Karma / January 9, 2026 16:15", "NORTH BATTLEFORD, SK", "PR Karma", "2026-01-09", ""),
    # Media OutReach (link text left after markdown stripping)
    ("TAIPEI, TAIWAN - Media OutReach Newswire - 6 August 2024 - From July 31 to August 2, the Council",
     "TAIPEI, TAIWAN", "Media OutReach Newswire", "2024-08-06", "From July 31"),
    # PRISM MediaWire with a parenthesised gloss
    ("HAUPPAUGE, N.Y., February 25, 2026 – PRISM MediaWire (Press Release Service – Press Release Distribution) – AmpliTech Group, Inc.",
     "HAUPPAUGE, N.Y.", "PRISM MediaWire", "2026-02-25", "AmpliTech Group"),
    # Business Wire with double hyphens glued to the place (no other wire in the corpus writes it so;
    # the place must not keep the hyphens)
    ("PERTH, Australia--(BUSINESS WIRE)--Jan. 20, 2025-- Northern Star Mining Ltd (ASX: NSM) today reported",
     "PERTH, Australia", "BUSINESS WIRE", "2025-01-20", "Northern Star"),
    ("NEW YORK--(BUSINESS WIRE)--Today, the oldest continuously published magazine", "NEW YORK", "BUSINESS WIRE", None, "Today, the oldest"),
    # two cities of a joint release; a colon after the date; a day with no year before a wire tag
    ("BERLIN/PARIS, 14 May 2025 – Airbus and Siemens today announced", "BERLIN/PARIS", None, "2025-05-14", "Airbus and"),
    ("NEW DELHI, May 14, 2025: The Ministry of Health today", "NEW DELHI", None, "2025-05-14", "The Ministry"),
    ("LONDON, May 14 (Reuters) - Acme said on Wednesday", "LONDON", "Reuters", None, "Acme said"),
    # a date range that opens the body after a full dateline stays in the body (24-7PressRelease)
    ("ATLANTA, GA, June 18, 2026 /24-7PressRelease/ -- June 20–21, 2026 | Historic Fourth Ward Park",
     "ATLANTA, GA", "24-7PressRelease", "2026-06-18", "June 20–21"),
    # a hyphenated place keeps its hyphen
    ("WINSTON-SALEM, N.C. -- Today the company announced", "WINSTON-SALEM, N.C.", None, None, "Today the company"),
    # NewsUSA: tag with no place
    ("(NewsUSA) - Agentic artificial intelligence (AI) refers to AI systems", None, "NewsUSA", None, "Agentic artificial"),
    # a parenthesised place opening the release (Senate: Baucus, Lautenberg) is a place, not a tag
    ("(Washington D.C.) -- After attending President Bush's State of the Union", "Washington D.C.", None, None, "After attending"),
    ("(WASHINGTON, D.C.)- The Senate today passed", "WASHINGTON, D.C.", None, None, "The Senate"),
    ("(Helena, MT) - Montana's senior senator said", "Helena, MT", None, None, "Montana's senior"),
]


@pytest.mark.parametrize("block,place,source,date,rest", CASES)
def test_dateline_shapes(block, place, source, date, rest):
    d = parse_dateline(block)
    assert d is not None
    assert (d.place, d.source, d.date) == (place, source, date)
    assert block[d.end:].lstrip(" -–—").startswith(rest)


@pytest.mark.parametrize(
    "block",
    [
        "Sen. Tom Carper (D-Del.) today issued the following statement in response",
        "Envestnet today announced the appointment of Sean Meighan as Head of RIA Distribution",
        "Tonix Pharmaceuticals (NASDAQ:TNXP) CEO Dr Seth Lederman joined Steve Darling",
        "Redfund Capital (CSE: LOAN) (OTC: PNNRF) (Frankfurt: O3X4) this morning announced",
        "Boldin, the financial confidence company, today announced the launch",
        "The JCCC was established in 2015 to coordinate operations",
        "",
        "(" * 5000,
    ],
)
def test_prose_is_not_a_dateline(block):
    assert parse_dateline(block) is None


def test_scrape_without_dash_only_in_html():
    from pressroom import parse_text

    html = '<h1>T</h1><div class="field--name-field-pr-body"><p>WASHINGTON Former Woonsocket, R.I., Police Officer pleaded</p></div>'
    assert parse_text(html, name="a.html").location == "WASHINGTON"
    # in plain text an all-caps opening word is not taken for a place
    assert parse_text("Title\n\nNASDAQ Listed Acme opened a plant.", name="a.txt").location is None


def test_wire_dateline_line_then_issuer_dateline():
    from pressroom import parse_text

    rel = parse_text("T\n\nSAN DIEGO, CA / PR Karma / October 24, 2024 10:00\n\nSan Diego, CA – Skyy Vodka will be the star", name="a.md")
    assert (rel.location, rel.source, rel.date) == ("SAN DIEGO, CA", "PR Karma", "2024-10-24")
    assert rel.paragraphs[0].startswith("Skyy Vodka")


def test_tz_database_zone_after_time():
    d = parse_dateline("Scottsdale, AZ (Newsworthy.ai) Thursday Dec 21, 2023 @ 2:32 PM America/Dawson_Creek — In an era")
    assert d.date == "2023-12-21" and "In an era".startswith(
        "Scottsdale, AZ (Newsworthy.ai) Thursday Dec 21, 2023 @ 2:32 PM America/Dawson_Creek — In an era"[d.end:].lstrip(" —")[:9])


def test_company_opening_with_a_dash_is_not_a_place():
    # corpus/newsworthy/blockchainwire/2024/0726/dappradar-dao-revenue-drives-radar-buyback.md
    assert parse_dateline("DappRadar DAO - the governing body of the DappRadar ecosystem, has approved") is None


def test_scrape_without_dash_before_article():
    from pressroom import parse_text

    html = '<h1>T</h1><div class="field--name-field-pr-body"><p>WASHINGTON A former Woonsocket police officer pleaded</p></div>'
    rel = parse_text(html, name="a.html")
    assert rel.location == "WASHINGTON" and rel.paragraphs[0].startswith("A former")


def test_month_names_with_unicode_case_folds():
    """A long s or a Kelvin sign matches the month pattern case-insensitively (re.I), so the
    month lookup must fold the same way: 'ſept 12, 2019' once raised KeyError: 'ſep'."""
    from pressroom.structure.dates import parse_date

    assert parse_date("ſept 12, 2019") == "2019-09-12"
    assert parse_dateline("WASHINGTON, ſept. 12, 2019 – The body.").date == "2019-09-12"
