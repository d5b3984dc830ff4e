"""Organizations and acronyms in the styles of issuers outside the dev set: DOJ pages whose
apostrophes were stripped ("the FBIs Salt Lake City Division"), Senate offices and newswires.
Each test quotes a real sentence from a corpus release the rule was not written from."""

from __future__ import annotations

from pressroom.extract.organizations import extract_organizations


def orgs(paragraphs: list[str], title: str | None = None) -> list:
    return extract_organizations(paragraphs, title)[0]


def names(paragraphs: list[str], title: str | None = None) -> set[str]:
    return {o.name for o in orgs(paragraphs, title)}


# --- DOJ: possessives whose apostrophe was lost ----------------------------------------------

def test_an_acronym_with_a_lost_apostrophe_owns_the_unit():
    # DOJ release_03249 (National Security Division)
    got = names(["Assistant Attorney General for National Security John P. Carlin, U.S. Attorney Wendy J. "
                 "Olson of the District of Idaho and Special Agent in Charge Eric Barnhart of the FBIs Salt "
                 "Lake City Division made the announcement."])
    assert "Salt Lake City Division" in got
    assert not any(n.startswith("FBIs") for n in got)


def test_an_owner_before_a_unit_is_no_list_item_and_no_renaming():
    # DOJ release_07542 (Consumer Protection Branch)
    got = orgs(["The matter was handled by the Justice Departments Consumer Protection Branch, the FDAs Office "
                "of the General Counsel, and the U.S. Attorneys Office for the Northern District of Ohio."])
    by = {o.name: o for o in got}
    assert "Office of the General Counsel" in by and "Consumer Protection Branch" in by
    # the owner is named, as "the FDA's Office ..." names it (orgs6: gold lists the FBI of
    # "the FBIs Washington Field Office"); never as "FDAs"
    assert "FDAs" not in by and "FDA" in by


def test_units_of_two_owners_stay_apart():
    # DOJ release_00329 (Criminal Division, FBI, CFTC)
    got = names(["The enforcement actions were announced by Acting Assistant Attorney General John P. Cronan of "
                 "the Justice Departments Criminal Division, Deputy Assistant Director Chris Hacker of the FBIs "
                 "Criminal Investigative Division and Director James McDonald of the U.S. Commodity Futures "
                 "Trading Commissions (CFTC) Division of Enforcement."])
    assert {"Criminal Division", "Criminal Investigative Division"} <= got


# --- newswires: headline words, plural possessives, About headings ---------------------------

def test_a_headline_verb_or_subsidiary_is_not_part_of_the_name():
    # IBN (BioMedNewsBreaks) headline
    got = names([], "BioMedNewsBreaks \u2013 NRx Pharmaceuticals, Inc. (NASDAQ: NRXP) Subsidiary HOPE Therapeutics "
                    "to Acquire Kadima Neuropsychiatry Institute")
    assert "HOPE Therapeutics" in got
    assert not any(n.startswith("Subsidiary") for n in got)
    # Senate (Stevens): "Establishes" is a headline verb
    got = names(["Senator Stevens said the bill Establishes the Office of Ocean Exploration."])
    assert not any(n.startswith("Establishes") for n in got)


def test_a_plural_name_keeps_its_s_before_the_apostrophe():
    # citybiz
    got = names(["Lockheed Martin Ventures\u2019 general manager Chris Moran pointed out that the U.S. military "
                 "needs trustworthy technology on the ready."])
    assert "Lockheed Martin Ventures" in got
    # Senate (Salazar)
    assert "United Nations" in names(["I welcome the United Nations' actions leading to the ceasefire that took "
                                      "effect this morning in Israel and Lebanon."])


def test_a_plural_common_noun_in_a_heading_is_no_name():
    # blockchainwire style: the heading's words stand in lower case in the text
    got = names(["Many pension funds are turning their gaze towards tokenized bonds.", "Pension Funds' Strategic Positioning"])
    assert not any(n.startswith("Pension Fund") for n in got)


def test_an_about_heading_drops_its_parenthesis():
    # reportable
    got = names(["American Crypto Academy founder Jahon Jamali stresses in his keynote that education is essential.",
                 "About American Crypto Academy (ACA)",
                 "American Crypto Academy delivers professional-grade crypto and blockchain education."])
    assert "American Crypto Academy" in got
    assert not any("(" in n for n in got)


def test_a_place_corporation_after_a_is_where_it_is_incorporated():
    # newmediawire (iMD Companies)
    got = names(["iMD Companies. Inc. (OTC: ICBU) is a Florida Corporation. The company has been re-positioned to "
                 "be a holding company for acquisitions."])
    assert "Florida Corporation" not in got


def test_a_mathematical_bold_heading_run_into_the_name_is_cut():
    # reportable (Stonegate, 2Q 2025)
    got = names(["\U0001d400\U0001d41b\U0001d428\U0001d42e\U0001d42d \U0001d412\U0001d42d\U0001d428\U0001d427"
                 "\U0001d41e\U0001d420\U0001d41a\U0001d42d\U0001d41eStonegate Capital Partners is a leading capital "
                 "markets advisory firm providing investor relations."])
    assert "Stonegate Capital Partners" in got


# --- a person's title after a name, sections of a division ----------------------------------

def test_a_title_after_the_complement_ends_the_name():
    # Senate (Kyl)
    got = names(["Last week, Department of Homeland Security Secretary Michael Chertoff accompanied Senator John "
                 "McCain and me on a tour of federal border facilities in Yuma and Douglas."])
    assert "Department of Homeland Security" in got
    # DOJ release_12596 (Civil Rights Division): "and Trial Attorney" is a person's title
    got = names(["Assistant U.S. Attorney Steve Parker from the U.S. Attorneys Office for the Western District of "
                 "Tennessee and Trial Attorney Jonathan Skrmetti from the Civil Rights Divisions Criminal Section "
                 "prosecuted the case."])
    assert "U.S. Attorneys Office for the Western District of Tennessee" in got
    assert "Criminal Section" in got
    # the title right after "the" is the name's own word
    assert "Office of the Administrator" in names(["The Office of the Administrator said the rule is final."])


def test_a_department_word_with_a_lost_apostrophe_ends_the_complement():
    # DOJ release_04695 (Tax Division)
    got = names(["Principal Deputy Assistant Attorney General Caroline D. Ciraolo of the Department of Justices "
                 "Tax Division announced today."])
    assert "Tax Division" in got
    assert not any("Justices" in n for n in got)


def test_a_unit_of_a_named_parent_is_two_bodies():
    # DOJ release_03124 (Consumer Protection Branch)
    got = names(["I want to thank the U.S. Postal Inspection Service and the Consumer Protection Branch of the "
                 "Justice Department for their assistance in this prosecution."])
    assert "Consumer Protection Branch" in got
    assert not any(n.startswith("Consumer Protection Branch of") for n in got)


def test_a_section_of_a_law_is_no_body():
    # Senate (Hutchison)
    got = names(["* Eliminates Section 907 tax credits for foreign oil production, exposing them to double taxation."])
    assert not any(n.endswith("Section") for n in got)


# --- trademark marks, a legal suffix alone -------------------------------------------------

def test_a_trademark_mark_is_no_part_of_a_name_or_long_form():
    # citybiz (Floor Coverings International)
    orgs_, acr = extract_organizations(["Floor Coverings International\u00ae (FCI), the No. 1 flooring franchise in "
                                        "North America, continues to build on its record-breaking trajectory."])
    assert {(a.short, a.long) for a in acr} == {("FCI", "Floor Coverings International")}
    assert not any("\u00ae" in o.name for o in orgs_)
    # newmediawire (Datavault AI): "(R)" written out
    _, acr = extract_organizations(["The Information Data Exchange(R) (IDE) enables Digital Twins."])
    assert {(a.short, a.long) for a in acr} == {("IDE", "Information Data Exchange")}


def test_a_legal_suffix_with_nothing_before_it_names_nobody():
    # newmediawire (American Stroke Association): "ASA" is also a Norwegian legal form
    assert names(["For more news at ASA International Stroke Conference 2025, follow us on X @HeartNews #ISC25"]) == set()


# --- a local body named with its city and state ----------------------------------------------

def test_a_local_body_keeps_its_city_and_state():
    # DOJ release_08235 (National Security Division)
    got = names(["This case was investigated by the FBI, with local assistance from the Indiana State Police, the "
                 "Kokomo, Ind., Police Department and the Brownsburg, Ind., Police Department."])
    assert {"Kokomo, Ind., Police Department", "Brownsburg, Ind., Police Department"} <= got
    assert "Police Department" not in got
    # DOJ release_09266: a list of them
    got = names(["the Texas Department of Public Safety, the Arlington, Texas, Police Department; the Austin, Texas, "
                 "Police Department; and the Fort Worth, Texas, Police Department."])
    assert "Fort Worth, Texas, Police Department" in got


def test_a_federal_body_or_a_field_office_keeps_its_own_name():
    # DOJ style: the city is the seat of a federal court or an office
    got = names(["The case was filed in the Sacramento, Calif., U.S. District Court last year."])
    assert "U.S. District Court" in got
    got = names(["It was investigated by the FBIs Washington, D.C., Field Office."])
    assert not any("Washington" in n for n in got)


def test_the_organization_after_a_role_and_its_field():
    # NewsUSA (Generac)
    got = names(["\u201cBackup power is something people think about in the middle of an outage, but by then, it\u2019s "
                 "too late,\u201d said Kyle Raabe, President of Home Power Generation at Generac.",
                 "If you have a Generac, even when you\u2019re not at home you can monitor the generator."])
    assert "Generac" in got
    assert "Home Power Generation" not in got


# --- headline shapes: an adverb or a verb between names -------------------------------------

def test_a_headline_adverb_and_verb_are_no_part_of_the_name():
    # newsdirect / newmediawire / citybiz headlines
    assert "Insurance Canopy Partners" not in names([], "Insurance Canopy Partners With Marketspread to Simplify "
                                                        "Small Business Event Insurance")
    got = names([], "Metavesco and Local Choice Spirits Announce Joint Venture to Launch Limited Edition Bourbon Series")
    assert not any("Venture" in n for n in got)
    got = names([], "AI Specialist Rezolve Ai Forges Strategic Alliance And Co-Sell Support With Microsoft")
    assert not any("Alliance" in n for n in got)
    # a real body that opens with such a word stays
    assert "Joint Commission" in names(["South Shores Recovery is accredited by the Joint Commission."])


# --- Senate committees whose names list fields ------------------------------------------------

def test_a_committee_name_that_lists_fields_with_commas():
    # Senate (Isakson)
    got = names(["Tomorrow, the Senate Health, Education, Labor and Pensions Committee, which has jurisdiction "
                 "over the bill, will meet."])
    assert "Senate Health, Education, Labor and Pensions Committee" in got
    # Senate (Feinstein), with the serial comma
    got = names(["Feinstein is a member of the Senate Commerce, Science, and Transportation Committee."])
    assert "Senate Commerce, Science, and Transportation Committee" in got
    # a list of committees (plural) or of people stays apart
    got = names(["He will remain on the Senate Foreign Relations, Banking, Intelligence and Rules Committees."])
    assert not any("Banking, Intelligence" in n for n in got)
    got = names(["Senators John Warner, Carl Levin, and Foreign Relations Committee Chairman Richard Lugar wrote."])
    assert not any("Levin" in n for n in got)


def test_a_repeated_headline_cue_stays_linear():
    import time
    t = time.perf_counter()
    extract_organizations(["Acme Launches " * 5000])
    assert time.perf_counter() - t < 2.0


def test_repeated_definitions_and_tickers_stay_linear():
    import time
    for text in ("Alpha Beta Gamma (ABG) " * 5000, "Acme (NASDAQ: ACM) " * 5000, "Office of Aa of Bb of Cc " * 5000,
                 "(A) " * 5000, '("Acme") ' * 5000):
        t = time.perf_counter()
        extract_organizations([text])
        assert time.perf_counter() - t < 2.0, text[:30]


def test_a_run_of_names_with_the_commas_lost_is_no_name():
    # Senate (Casey): a coalition list whose punctuation was stripped
    got = names(["Farm Bureau American Mushroom Institute American Nursery Landscape Association California "
                 "Agricultural Issues Forum California Association of Nurseries and Garden Centers California "
                 "Association of Winegrape Growers California Citrus Mutual California Grape and Tree Fruit League "
                 "California Table Grape Commission"])
    assert all(len(n.split()) < 16 for n in got)


def test_a_speaker_named_by_surname_is_no_organization():
    # newsdirect (Investments & Wealth Institute): the quote extractor may type a surname as a body
    from pressroom.model import Quote
    paras = ["The Institute names Sandi Garcia as Managing Director of Finance.",
             "\u201cI look forward to working with the team,\u201d said Garcia."]
    q = Quote(text="I look forward to working with the team", speaker="Garcia", kind="direct", paragraph=1,
              speaker_type="organization")
    got = {o.name for o in extract_organizations(paras, quotes=[q])[0]}
    assert "Garcia" not in got


# --- firms named "... Ventures", "... Capital", "... Labs" -----------------------------------

def test_investment_firms_by_their_heads():
    # newsworthy (Noma Security's About block)
    got = names(["Backed by Evolution Equity Partners, Ballistic Ventures, Glilot Capital, Cyber Club London, "
                 "Databricks Ventures and SVCI, Noma Security is trusted by Fortune 500 companies."])
    assert {"Ballistic Ventures", "Glilot Capital", "Databricks Ventures"} <= got
    # kinds of capital and of business are no firms
    got = names(["The startup raised Venture Capital and Growth Capital from Mortgage and Title Joint Ventures."])
    assert not any(n.endswith(("Capital", "Ventures")) for n in got)


def test_a_list_with_place_descriptors_gives_no_list_items():
    # citybiz (Firestorm Labs)
    got = names(["Bethesda, Md.-based Lockheed Martin Ventures, New York\u2019s Decisive Point, Arlington, Va.-based "
                 "Washington Harbour Partners, and McLean, Va.-based Booz Allen Ventures backed the round."])
    assert not any("based" in n for n in got)
    assert "Arlington" not in got and "McLean" not in got


def test_studios_brands_entertainment_are_company_heads_but_not_in_a_laws_name():
    # citybiz (Expedia Cruises)
    got = names(["The franchise is part of Expedia Brands, and the couple previously worked for Caesars Entertainment."])
    assert {"Expedia Brands", "Caesars Entertainment"} <= got
    # Senate (Cornyn): the head word inside an Act's name
    got = names(["The Family Entertainment and Copyright Act (FECA) passed the Senate."])
    assert not any("Entertainment" in n for n in got)


def test_a_heading_glued_to_the_first_sentence_is_cut():
    # reportable (Sanofi Ventures' About block)
    got = names(["Sanofi VenturesSanofi Ventures is the corporate venture capital arm of Sanofi, a global company."])
    assert "Sanofi Ventures" in got
    assert not any("VenturesSanofi" in n for n in got)


def test_a_speaker_of_an_organization_gives_the_organization():
    # pressservices (Grizzly Media Co): the quote extractor took "Raj Patel of Grizzly Media Co" for a body
    from pressroom.model import Quote
    paras = ["\"The way people find local contractors is changing,\" said Raj Patel of Grizzly Media Co."]
    q = Quote(text="The way people find local contractors is changing", speaker="Raj Patel of Grizzly Media Co",
              kind="direct", paragraph=0, speaker_type="organization")
    got = {o.name for o in extract_organizations(paras, quotes=[q])[0]}
    assert any(n.startswith("Grizzly Media Co") for n in got) and not any("Patel" in n for n in got)
    q2 = Quote(text="x", speaker="Vietnam Veterans of America", kind="direct", paragraph=0, speaker_type="organization")
    assert "Vietnam Veterans of America" in {o.name for o in extract_organizations(["x"], quotes=[q2])[0]}


# --- acronyms whose letters skip words -------------------------------------------------------

def acronyms(paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(a.short, a.long) for a in extract_organizations(paragraphs)[1]}


def test_a_long_form_whose_first_word_is_followed_by_words_without_letters():
    # DOJ release_10185 (Medicare Fraud Strike Force)
    got = acronyms(["The Medicare Fraud Strike Force is part of the Health Care Fraud Prevention & Enforcement "
                    "Action Team (HEAT), a joint initiative announced in May 2009."])
    assert ("HEAT", "Health Care Fraud Prevention & Enforcement Action Team") in got
    # a heading glued to its sentence is no long form
    got = acronyms(["Alpha Transform HoldingsAlpha Transform Holdings (ATH) is a digital asset firm."])
    assert not any("HoldingsAlpha" in (long_ or "") for _, long_ in got)


def test_a_known_bodys_name_before_its_short_form():
    # Senate (Biden): the letters stop at "Control"
    got = acronyms(["The Centers for Disease Control and Prevention (CDC) reported the outbreak."])
    assert ("CDC", "Centers for Disease Control and Prevention") in got


def test_a_programme_word_may_stand_after_the_letters():
    # Senate (Reid)
    got = acronyms(["The Systematic Alien Verification for Entitlements Program (SAVE) checks immigration status."])
    assert ("SAVE", "Systematic Alien Verification for Entitlements") in got
    # a long form that spells the word keeps it
    assert ("NFA", "National Firearms Act") in acronyms(["It violated the National Firearms Act (NFA) twice."])


def test_a_mixed_case_short_form_reads_its_small_letters_inside_words():
    # blockchainwire
    assert ("DeFi", "decentralized finance") in acronyms(
        ["Skyren DAO has been the foundation of decentralized finance (DeFi) since its launch."])
    # Senate (Carper)
    assert ("DelDOT", "Delaware Department of Transportation") in acronyms(
        ["The Delaware Department of Transportation (DelDOT) will receive the grant."])


def test_a_parent_s_short_name_and_a_second_body_after_and_stay_apart():
    # DOJ release_10185 (Medicare Fraud Strike Force)
    got = orgs(["More than 700 law enforcement agents from the FBI, HHS-Office of Inspector General (HHS-OIG), "
                "multiple Medicaid Fraud Control Units, and other agencies participated.",
                "It is a joint initiative announced in May 2009 between the Department of Justice and HHS to focus "
                "their efforts.",
                "Protection of coral reefs continues to play an important role in the Department of Justices "
                "environmental enforcement efforts."])
    by = {o.name: o for o in got}
    assert "HHS-Office of Inspector General" in by and "HHS" not in by["HHS-Office of Inspector General"].aliases
    assert "Department of Justice" in by
    assert not any(n.endswith((" and HHS", "Justices")) for n in by)


def test_a_complement_listing_fields_with_commas_and_a_policy_field():
    # Senate (Carper)
    got = names(["Carper warned as he opened the hearing of the Committee on Banking, Housing and Urban Affairs, "
                 "entitled Shopping Smart.",
                 "And with 90 percent of Americans shopping, said Sen. Carper, chairman of the Subcommittee on "
                 "Economic Policy."])
    assert {"Committee on Banking, Housing and Urban Affairs", "Subcommittee on Economic Policy"} <= got
    # a list of bodies stays a list (DOJ style)
    got = names(["It was investigated by the Department of Homeland Security, Immigration and Customs Enforcement "
                 "Homeland Security Investigations."])
    assert not any(n.startswith("Department of Homeland Security,") for n in got)
    # a report is no body
    got = names(["The Institute of Medicine Cord Blood Stem Cell Report was released."])
    assert not any(n.endswith("Report") for n in got)
