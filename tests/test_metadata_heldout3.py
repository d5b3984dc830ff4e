"""Third round of held-out style checks for metadata, decoding and body/boilerplate structure.

Each rule is pinned on a real sentence from a release it was not written for (issuer in the comment).
"""

from __future__ import annotations

import time

from pressroom import parse_text
from pressroom.decode import normalize_text

# --- marks that lost bytes ------------------------------------------------------------------


def test_lost_quote_marks_and_apostrophes_come_back() -> None:
    # (Senate, Bill Nelson, 12 Oct 2006): UTF-8 read as Latin-1, the C1 bytes then dropped
    text = normalize_text("A major environmental organizationâs legal effort.\nâPregnant women, infants and children "
                          "have been, and likely still will be, used as human guinea pigs in pesticide testing,â? "
                          "Nelson said today.  âIt must be stopped.â?")
    assert text == ("A major environmental organization’s legal effort.\n“Pregnant women, infants and children "
                    "have been, and likely still will be, used as human guinea pigs in pesticide testing,” "
                    "Nelson said today.  “It must be stopped.”")


def test_lost_dash_and_bullet_come_back() -> None:
    # (Senate, Boxer, 3 Mar 2005; Senate, Akaka, 16 Mar 2006)
    assert normalize_text("elections in Saudi Arabia were held on February 10 â the first such elections") == (
        "elections in Saudi Arabia were held on February 10 – the first such elections")
    assert normalize_text("The bill:\nâ¢ Require the Director of the Federal Emergency Management Agency") == (
        "The bill:\n• Require the Director of the Federal Emergency Management Agency")


def test_words_with_a_circumflex_are_left_alone() -> None:
    # no sign of lost bytes: a real "â" stays
    assert normalize_text("Le château de Vâlcea est à côté.") == "Le château de Vâlcea est à côté."
    # (a Vietnamese name whose "âm" reads like a contraction's "m": the other accents vouch for it)
    assert normalize_text("Ông Nguyễn Văn Tâm said the project’s first phase is done.") == (
        "Ông Nguyễn Văn Tâm said the project’s first phase is done.")
    assert normalize_text("CEO Lam Tâm opened the plant.") == "CEO Lam Tâm opened the plant."


def test_latin1_mojibake_mixed_with_good_marks() -> None:
    # (News Direct, Finding Ferdinand: C1 controls survived in one section, curly quotes elsewhere)
    text = normalize_text("“Clean,” she said. Formulas that enhance\u00e2\u0080\u0094not hide\u00e2\u0080\u0094what makes you, you.")
    assert text == "“Clean,” she said. Formulas that enhance—not hide—what makes you, you."


def test_repaired_headline_in_quotes_is_still_the_headline() -> None:
    # (Senate, Inhofe, 24 Jan 2005): the headline's quotes lost their bytes, then came back
    r = parse_text("United States Senator James Inhofe : Press Room\n\nFilter by:\n\n"
                   "âProposed Rule Change Would Allow Experienced Pilots to Keep Flyingâ?\n\n"
                   "January 24, 2005\n\nWASHINGTON---U.S. Senator Jim Inhofe (R-Okla.) today reintroduced "
                   "legislation. Itâs time.", "x.txt", extract=False)
    assert (r.title, r.date, r.location) == (
        "Proposed Rule Change Would Allow Experienced Pilots to Keep Flying", "2005-01-24", "WASHINGTON")


def test_lost_marks_stay_linear() -> None:
    start = time.perf_counter()
    normalize_text("Iâs âA " * 5000 + "â?")
    normalize_text("\u00e2\u0080" * 5000)
    assert time.perf_counter() - start < 0.5


# --- page chrome and wire lines out of the body ---------------------------------------------


def test_picture_credits_and_paid_placement_labels_are_boilerplate() -> None:
    # (News Direct via Benzinga, The Trading Pit; NewMediaWire, Trilogy Metals)
    r = parse_text("Trilogy Metals Reports Progress\n\nLOS ANGELES, CA - January 28, 2026 (NEWMEDIAWIRE) - "
                   "Disseminated on behalf of Trilogy Metals Inc. and may include paid advertising.\n\n"
                   "Trilogy Metals Inc. today reported progress at its Upper Kobuk Mineral Projects in Alaska.\n\n"
                   "The company expects permits in the second half of the year.\n\n"
                   "Featured photo courtesy of The Trading Pit.\n\nThis post contains sponsored content.",
                   "x.txt", extract=False)
    assert r.paragraphs == ["Trilogy Metals Inc. today reported progress at its Upper Kobuk Mineral Projects in Alaska.",
                            "The company expects permits in the second half of the year."]
    assert (r.date, r.location, r.source) == ("2026-01-28", "LOS ANGELES, CA", "NEWMEDIAWIRE")


def test_wire_signature_and_photo_courtesy_lines_are_boilerplate() -> None:
    # (Reportable, UGI; NOTICIAS NEWSWIRE, Oportun)
    r = parse_text("UGI Continues to Provide Cold Safety Tips\n\nAs the extreme cold continues, UGI urges everyone "
                   "to stay safe.\n\nCustomers can call UGI for help with bills.\n\nDistributed by: Reportable, Inc."
                   "\n\nPhotos courtesy of Shutterstock Feature Impact Source: Oportun", "x.txt", extract=False)
    assert r.paragraphs == ["As the extreme cold continues, UGI urges everyone to stay safe.",
                            "Customers can call UGI for help with bills."]


def test_closing_lists_of_links_are_boilerplate() -> None:
    # (justice.gov, release_06058: after a one-paragraph story; the AHA via NewMediaWire)
    r = parse_text("U.S. Freezes Stolen Millions\n\nThe Justice Department has frozen more than $458 million.\n\n"
                   "Related Materials:\n\nAbacha Complaint", "x.txt", extract=False)
    assert r.paragraphs == ["The Justice Department has frozen more than $458 million."]
    r = parse_text("Stalking and Heart Risk\n\nWomen who have been stalked may have higher risk.\n\nThe study followed "
                   "66,000 women.\n\nIt was funded by the NIH.\n\nAdditional Resources:\n\nMultimedia is available "
                   "on the right column of release link.\n\nAHA news release: Lifetime exposure to sexual assault may "
                   "harm stroke recovery (Feb. 2024)\n\nFollow AHA/ASA news on X @HeartNews", "x.txt", extract=False)
    assert r.paragraphs[-1] == "It was funded by the NIH."


def test_office_page_navigation_is_boilerplate() -> None:
    # (Senate, Inhofe, 12 Jun 2007: the page's navigation and election notice after the release)
    r = parse_text("June 12, 2007\n\nWASHINGTON, DC - U.S. Senator James Inhofe (R-Okla.) today offered the Gas "
                   "Price Act.\n\nThe act would improve the permitting process for refineries.\n\nBrowse by:\n\n"
                   "Current record\n\nPursuant to , newsletters, petitions, opinion polls and issue alerts and other "
                   "electronic communications cannot be initiated by this office for the 60 days before an election."
                   "\n\n| | | | | |\n\n|", "x.txt", extract=False)
    assert r.paragraphs == ["U.S. Senator James Inhofe (R-Okla.) today offered the Gas Price Act.",
                            "The act would improve the permitting process for refineries."]


def test_a_wires_own_about_section_closes_a_one_paragraph_story() -> None:
    # (IBN, Nightfood Holdings via AINewsWire)
    r = parse_text("Robotics Companies Move to Revenue\n\nNightfood Holdings Inc. (OTCQB: NGTF), doing business as "
                   "TechForce Robotics, offers an example of this commercialization transition.\n\nAbout AINewsWire\n\n"
                   "AINewsWire (“AINW”) is a specialized communications platform with a focus on the latest "
                   "advancements in artificial intelligence (“AI”).\n\nAINW is where breaking news converges.",
                   "x.txt", extract=False)
    assert len(r.paragraphs) == 1 and r.boilerplate[0] == "About AINewsWire"


# --- datelines ---------------------------------------------------------------------------------


def test_dash_glued_to_the_place_ends_it() -> None:
    # (Blockchainwire, Creta and Republic): the hyphen of "UAE-" is no hyphen inside a place word
    from pressroom.structure.dateline import parse_dateline
    dl = parse_dateline("Dubai, UAE- Republic, a global technology company pioneering the digital transformation "
                        "of finance and investing, and Creta, a Web3-based multiverse gaming platform")
    assert dl is not None and dl.place == "Dubai, UAE"
    dl = parse_dateline("WINSTON-SALEM, N.C. - Acme Inc. today announced")  # (a hyphen between letters stays)
    assert dl is not None and dl.place == "WINSTON-SALEM, N.C."


def test_places_of_a_joint_release_parted_by_a_slash() -> None:
    # (NOTICIAS NEWSWIRE, Newsmax visit; the wires' "/ PR Karma /" and "/ NewsDirect /" tags stay tags)
    from pressroom.structure.dateline import parse_dateline
    dl = parse_dateline("PALM BEACH, FL / BUENOS AIRES, ARGENTINA — February 5, 2026 — (NOTICIAS NEWSWIRE) — "
                        "The recent visit of Newsmax")
    assert dl is not None and (dl.place, dl.source, dl.date) == (
        "PALM BEACH, FL / BUENOS AIRES, ARGENTINA", "NOTICIAS NEWSWIRE", "2026-02-05")
    dl = parse_dateline("MONTREAL, QC / PR Karma / September 4, 2024 13:45")
    assert dl is not None and (dl.place, dl.source) == ("MONTREAL, QC", "PR Karma")
    dl = parse_dateline("NEW YORK, NY / NewsDirect / April 22nd, 2024 / BestGrowthStocks.com")
    assert dl is not None and (dl.place, dl.source) == ("NEW YORK, NY", "NewsDirect")


# --- headings glued to their paragraph -------------------------------------------------------


def test_heading_glued_to_a_paragraph_that_opens_with_its_subject() -> None:
    # (PR Volt, Cronometer; Blockchainwire, Furrever Token: the subject is the headline's)
    r = parse_text("# Nutrition Tracking: A Powerful Tool\n\nAs the new year begins, many people set resolutions.\n\n"
                   "Why Nutrition Tracking MattersNutrition tracking is an incredibly powerful tool for anyone "
                   "looking to improve their diet.", "x.md", extract=False)
    assert r.paragraphs[1:] == ["Why Nutrition Tracking Matters",
                                "Nutrition tracking is an incredibly powerful tool for anyone looking to improve their diet."]
    r = parse_text("# Crypto Presale Furrever Token Nears Its Target\n\nThe presale opened in May.\n\n"
                   "Strong Financial PotentialFurrever Token offers substantial financial potential, promising "
                   "returns.", "x.md", extract=False)
    assert r.paragraphs[1] == "Strong Financial Potential"


def test_names_and_prose_are_no_glued_headings() -> None:
    # (citybiz, Lead Edge: "LinkedIn"; 247PressRelease: "McAdams"; a name that is no heading word)
    r = parse_text("# Cove Raises Funding\n\nThe firm raised money.\n\nIn a LinkedIn post, Segal — an alumnus of "
                   "the firm — said more.\n\nBackgrounder McAdams Group is a premier marketing agency.",
                   "x.md", extract=False)
    assert r.paragraphs[1].startswith("In a LinkedIn post") and r.paragraphs[2].startswith("Backgrounder McAdams")


# --- the lede's date ------------------------------------------------------------------------


def test_a_coming_events_date_in_the_lede_is_not_the_releases() -> None:
    # (Senate, Lugar, 18 May 2007: "to host"; citybiz, USGBC: "Register to attend"; Blockchainwire,
    # RatDog: "is set to"; Blockchainwire, XT.COM: "started from")
    for lede in (
        "Sen. Dick Lugar (R-IN) and Rep. Pete Visclosky (D-IN) have joined together for the second year in a row "
        "to host a job fair on Saturday, June 16, 2007, from 10:00 a.m. to 2:00 p.m.",
        "Register to attend the annual NZA Community Meet & Greet September 12, 2025, featuring rapid-fire pitches.",
        "RatDog is set to make his grand entrance into the Solana blockchain on July 8th, 2024.",
        "XT.COM will list AAST, and the AAST/USDT trading pair started from 2024-03-16 10:00 (UTC).",
    ):
        r = parse_text("A Headline Here\n\n" + lede + "\n\nMore text follows here.", "x.txt", extract=False)
        assert r.date is None, lede
    r = parse_text("A Headline Here\n\nSen. Debbie Stabenow (D-MI) on Monday, April 2, 2007, announced that the "
                   "business tax credit passed.\n\nMore.", "x.txt", extract=False)
    assert r.date == "2007-04-02"


# --- HTML tables ---------------------------------------------------------------------------------


def test_table_cell_paragraphs_are_read_once() -> None:
    # (justice.gov, release_11543: a table of cases whose cells hold paragraphs)
    page = ("<html><body><div class='field--name-field-pr-body'><p>The United States filed five lawsuits.</p>"
            "<table><tr><td><p>United States v. Harold K. Solomon</p><p>Eastern District of Michigan</p></td>"
            "<td>Over 1,900 returns prepared.</td></tr></table><p>Taxpayers face penalties.</p></div></body></html>")
    r = parse_text(page, "x.html", extract=False)
    assert r.paragraphs == ["The United States filed five lawsuits.",
                            "United States v. Harold K. Solomon Eastern District of Michigan",
                            "Over 1,900 returns prepared.", "Taxpayers face penalties."]


def test_blank_line_breaks_inside_a_paragraph_element_part_paragraphs() -> None:
    # (justice.gov, release_06330: older pages part paragraphs with "<br /><br />" inside one <p>)
    page = ("<html><body><div class='field--name-field-pr-body'><p> <br />John Charles McCluskey, 48, will receive a "
            "life prison sentence for a host of crimes.<br /><br />A long, painful ordeal for the Haas family has "
            "finally come to an end, said FBI Special Agent in Charge Carol K.O. Lee.<br />&nbsp;<br />The case was "
            "investigated by the FBI.</p></div></body></html>")
    r = parse_text(page, "x.html", extract=False)
    assert r.paragraphs == ["John Charles McCluskey, 48, will receive a life prison sentence for a host of crimes.",
                            "A long, painful ordeal for the Haas family has finally come to an end, said FBI Special "
                            "Agent in Charge Carol K.O. Lee.", "The case was investigated by the FBI."]
