"""Organization rules from a held-out review of the cues that name a body (corpus-wide scans of
'<role> of X' and 'About X' headings whose X was missed, then a sample with seed 880321). Each test
reads a real sentence from a release the rule was not written for; the issuer is named in a comment."""

from __future__ import annotations

import time

from pressroom.extract.knownorgs import add_known_orgs
from pressroom.extract.organizations import extract_organizations
from pressroom.model import Quote


def names(paragraphs: list[str], boilerplate: list[str] | None = None) -> list[str]:
    return [o.name for o in extract_organizations(paragraphs, None, [], boilerplate)[0]]


# --- an executive heads a body: "CEO of X," names X even with a comma after it


def test_president_and_ceo_of_before_a_comma() -> None:
    # ibn MiningNewsBreaks Fathom Nickel 2025-07-08 (the rule was written from the 247PressRelease
    # 'Eric Voorhees, CEO of ShapeShift, also ...'): Noront Resources was missed
    text = ("Coutts, a veteran geologist with over 35 years of global mining experience, previously served as "
            "President and CEO of Noront Resources, where he led the C$650 million sale of the Eagle’s Nest "
            "nickel project to Wyloo Metals.")
    assert "Noront Resources" in names([text])


def test_an_event_after_an_executive_is_no_body() -> None:
    # 247PressRelease Wild Fox Ridge 2025-06-20: a festival is an event, not its organizer
    text = ("Jeffrey Keen, President and CEO of the Book Festival, noted that this year's competition received "
            "thousands of submissions from authors and publishers worldwide.")
    assert names([text]) == []


def test_a_function_after_a_president_stays_out() -> None:
    # citybiz (the function guard the rule keeps): "Vice President of Advisory Sales, Consulting ..."
    text = "Jane Roe, Vice President of Advisory Sales, Consulting and Delivery, joined the firm in 2019."
    assert names([text]) == []


# --- a person-shaped name that heads an About section and follows a body's cue is the issuer


def test_about_heading_and_appositive_vouch_for_a_first_name_company() -> None:
    # citybiz Noma Security 2025-08-06 (written from newsworthy's Newton Insights and citybiz's
    # Simon Quick Advisors): 'Noma' (a given name) made the whole name a person's, and only the
    # short form 'Noma' was found
    paragraphs = [
        "Noma Security, the leading AI security company, today announced the launch of its AI Agent "
        "Security solution.",
        "Noma’s AI Agent Security platform addresses this critical gap with purpose-built protection.",
    ]
    boilerplate = ["About Noma Security",
                   "Noma Security is the unified AI agent security platform giving enterprise organizations the "
                   "confidence to innovate."]
    assert "Noma Security" in names(paragraphs, boilerplate)


def test_about_heading_and_owner_role_vouch_for_a_company() -> None:
    # boostify Bob Mills Furniture 2026-04-21: the owner's name opens the company's
    paragraphs = [
        "With excitement growing around Oklahoma City basketball, Bob Mills Furniture is offering customers "
        "in Oklahoma City and Tulsa the chance to get their mattress free.",
        "\"This is a fun moment for Oklahoma,\" said Bob Mills, owner of Bob Mills Furniture. \"You can feel "
        "it in OKC.\"",
    ]
    boilerplate = ["About Bob Mills Furniture:",
                   "Bob Mills Furniture has been family-owned since 1971, built on a simple idea."]
    assert "Bob Mills Furniture" in names(paragraphs, boilerplate)


def test_about_a_person_stays_a_person() -> None:
    # reportable Wilder World 2024-01-06: an author's About section; his role names another body
    paragraphs = ["Dave Waslen, co-founder of Wilder World, said the studio will open in the spring."]
    boilerplate = ["About Dave Waslen",
                   "Dave Waslen is the co-founder of Wilder World and CEO of Rabbit Foot Technologies."]
    assert "Dave Waslen" not in names(paragraphs, boilerplate)


def test_role_cue_alone_keeps_a_person_shaped_name_out() -> None:
    # citybiz Simon Quick Advisors (no About section): a partner's firm shaped as a person's name
    # needs a second cue (an executive's or founder's body needs none: see the founder test below)
    text = "\"This is about turning complexity into clarity,\" said Christopher Moore, Managing Partner at Simon Quick Advisors."
    assert "Simon Quick Advisors" not in names([text])


def test_hostile_executive_commas_stay_linear() -> None:
    text = "CEO of Acme Widgets, " * 5000
    t = time.process_time()
    names([text])
    assert time.process_time() - t < 1.0


# --- the United Nations, the Border Patrol and the AFL-CIO are named bare


def test_united_nations_named_bare() -> None:
    # Senate Reid 28Sep2006 (written from Senate Coleman/BillNelson): nothing was found
    text = ("Iraqi civilians are being killed in record numbers and the United Nations recently concluded that all "
            "the conditions for a civil war now exist.")
    assert names([text]) == ["United Nations"]


def test_united_nations_opening_a_longer_name_is_not_the_body() -> None:
    # Senate Warner 24Oct2007 (a treaty's name) and Senate Dewine 18Mar2006 (an award's name)
    text = ("If our full committee completes its markup before the United Nations Framework Convention on Climate "
            "Change Conference of Parties in Bali in December, the U.S. will lead.")
    assert "United Nations" not in names([text])
    text = ("Pape has received numerous prestigious awards, including the United Nations Civilian Medical Award "
            "presented by Secretary General Kofi Annan.")
    assert "United Nations" not in names([text])


def test_party_conference_before_a_title_is_still_the_body() -> None:
    # Senate Reid 17Jan2006: a title after a many-word trigger leaves it the body
    text = ("Senate Democratic Campaign Committee Chairman Charles Schumer and Senate Democratic Conference "
            "Secretary Debbie Stabenow, wrote President Bush today.")
    assert "Senate Democratic Conference" in names([text])


def test_border_patrol_named_bare() -> None:
    # Senate Hatch 21Apr2005 (the sample's DOJ 02240 named 'U.S. Border Patrol'): nothing was found
    text = ("The bill, H.R. 1268, also contains significant new funding for Border Patrol operations, including "
            "new personnel and money for more holding cells.")
    assert names([text]) == ["Border Patrol"]


def test_afl_cio_named_bare() -> None:
    # Senate Grassley 3Apr2008 (the sample's Stabenow 28Jun2007 listed it among unions)
    text = ("Our legislation, S. 1035, has the support of the AFL-CIO and the Institute of Electrical and "
            "Electronics Engineers, the world's leading professional association.")
    assert "AFL-CIO" in names([text])


# --- a founder named in mid-sentence: "... specialist and founder of X"


def test_founder_after_another_role() -> None:
    # keycrew CostSegRx 2026-04-23 (written from newmediawire's "model and founder of ..."): missed
    text = ("Brian Kiczula, a cost segregation specialist and founder of CostSegRx, explains that the deduction "
            "works on both sides of the renovation.")
    assert names([text]) == ["CostSegRx"]


def test_founder_after_a_capitalised_role() -> None:
    # prvolt creator economy 2024-12-19: "CEO and founder of" (the keyword CEO reads no "and founder")
    text = ("As Patricia Santos, CEO and founder of Volition Beauty, explains, “This is a first-of-its-kind "
            "beauty ecosystem.”")
    assert names([text]) == ["Volition Beauty"]


# --- bodies with no head word: the U.S. Geological Survey, market research firms cited bare


def test_geological_survey_named_bare() -> None:
    # Senate Talent 18Mar2005 (the count was made over Senate Cantwell/Feingold/Bingaman too)
    text = ("The U.S. Geological Survey estimates that ANWR contains a mean expected value of 10.4 billion "
            "barrels of technically recoverable oil.")
    assert "U.S. Geological Survey" in names([text])


def test_market_research_firm_cited_bare() -> None:
    # newsdirect Therma Bright 2025-02-03 (the list was made from a corpus count of cited firms)
    text = ("According to a report from Straits Research, the global compression therapy market was worth "
            "about $4.18 billion in 2024.")
    orgs, acrs = extract_organizations([text], None, [], None)
    assert "Straits Research" in [o.name for o in add_known_orgs(orgs, [text], None, [], acrs)]


def test_federal_reserve_named_bare() -> None:
    # Senate Dodd 19Sep2007 (found in the corpus count of missed runs ending in a body word)
    text = ("He led the fight against abuses in the sub prime mortgage market, successfully persuading the "
            "Federal Reserve to meet its obligations under the Homeownership and Equity Protection Act.")
    assert "Federal Reserve" in names([text])
    # Senate Corzine 15Feb2005: a title after it leaves it the body
    text = "Tomorrow, Federal Reserve Chairman Alan Greenspan will be providing his semiannual report."
    assert "Federal Reserve" in names([text])


def test_partners_before_a_head_is_a_name_word() -> None:
    # ibn TechMediaBreaks Quantum Computing 2025-10-09 (found in ibn BioMedNewsBreaks Alpha
    # Cognition): "Partners" is also a headline verb ("X Partners with Y"), which cut the walk
    text = ("Titan Partners Group, a division of American Capital Partners, acted as sole placement agent for "
            "the transaction.")
    assert "Titan Partners Group" in names([text])


def test_benzinga_and_okx_named_bare() -> None:
    # newmediawire Nouveau Monde Graphite 2025-10-17; blockchainwire Enzo Villani 2024-02-07
    for text, body in (
            ("Most of the graphite used in electric batteries is currently produced in China, Desaulniers told "
             "Benzinga during the interview.", "Benzinga"),
            ("With his unparalleled experience as Chief Strategist at OKX and Nasdaq Corporate Solutions, Enzo "
             "brings a unique perspective.", "OKX")):
        orgs, acrs = extract_organizations([text], None, [], None)
        assert body in [o.name for o in add_known_orgs(orgs, [text], None, [], acrs)]


# --- DOJ's investigating agencies: ICE written out and its Homeland Security Investigations


def test_ice_and_hsi_written_out() -> None:
    # DOJ release_06667 (found from the sample's DOJ release_02240)
    text = ("The case is being investigated by U.S. Immigration and Customs Enforcement, which oversees Homeland "
            "Security Investigations; IRS-Criminal Investigation; the U.S. Secret Service.")
    got = names([text])
    assert "U.S. Immigration and Customs Enforcement" in got and "Homeland Security Investigations" in got


def test_ice_with_a_lost_apostrophe_before_its_unit() -> None:
    # DOJ release_03389: the page lost its apostrophes ("Enforcements Homeland ...")
    text = ("U.S. Immigration and Customs Enforcements Homeland Security Investigations and the Delaware Child "
            "Predator Task Force conducted the search.")
    got = names([text])
    assert "U.S. Immigration and Customs Enforcement" in got and "Homeland Security Investigations" in got


def test_about_heading_with_a_two_letter_first_word() -> None:
    # citybiz Trump Media / GB News 2025-08-08 (found with citybiz's "About LM Restaurants"): the
    # heading's first word had to be 3+ characters long to count as a name that recurs
    paragraphs = ["Offered with the free basic package on Truth+, GB News will be available in most countries "
                  "worldwide via the Truth+ apps."]
    boilerplate = ["About GB News",
                   "GB News overtook the BBC News Channel and Sky News to become Britain’s Number One News Channel."]
    assert "GB News" in names(paragraphs, boilerplate)


# --- "Brotherhood" heads a body's name; a headline's title case does not stretch a body's name


def test_brotherhood_is_a_head() -> None:
    # Senate Biden 06Mar2006 (found counting DOJ's missed "Aryan Brotherhood of Texas")
    text = ("We see what happens in the Middle East when you have elections with weak institutions--including "
            "in Egypt, Muslim Brotherhood, Lebanon, Hezbollah, Iraq, SCIRI, and now the Palestinian Authority.")
    assert "Muslim Brotherhood" in names([text])


def test_headline_name_run_on_past_a_body_name() -> None:
    # DOJ release_08324 (written from DOJ release_07944's "... Gang Leader Sentenced"): the headline
    # gave "Two Aryan Brotherhood of Texas Gang"
    title = "Two Aryan Brotherhood of Texas Gang Members Sentenced for Racketeering Assault"
    body = ("Two members of the Aryan Brotherhood of Texas (ABT) have been sentenced to federal prison for their "
            "role in an aggravated assault that took place in Tomball, Texas, in September 2008.")
    got = [o.name for o in extract_organizations([body], title, [], None)[0]]
    assert "Aryan Brotherhood of Texas" in got and not any("Gang" in n for n in got)


def test_what_a_founder_founded_is_a_body_even_with_a_given_name() -> None:
    # 247PressRelease Dusty Cars 2024-10-30 (written from newmediawire's "co-founder of Corrie
    # Health"): 'Dusty' is a given name, so the name was taken for a person's
    text = ("\"People love a classic Beemer,\" explained Douglas Berry, founder of Dusty Cars. \"We are always "
            "available for an appraisal.\"")
    assert "Dusty Cars" in names([text])
    # a person quoted in the release stays a person: "founder of" + a speaker's name is no body
    quote = Quote(text="We grow.", speaker="Dusty Cars", kind="direct", speaker_type="person")
    got = [o.name for o in extract_organizations([text], None, [quote], None)[0]]
    assert "Dusty Cars" not in got


def test_semicolon_list_between_bodies() -> None:
    # DOJ release_11763 (written from DOJ 05095's "the U.S. Marshals Service; the Texas Rangers; ...")
    text = ("The investigation was conducted by U.S. Immigration and Customs Enforcement; the Drug Enforcement "
            "Administration; the Ohio Highway Patrol; the Toledo Police Department; and the FBI.")
    assert "Ohio Highway Patrol" in names([text])
    # an item with a comma inside is no plain list: nothing is taken from it
    text = ("Assisting were the Drug Enforcement Administration; Criminal Investigation, Chicago; the Toledo "
            "Police Department.")
    assert "Chicago" not in names([text]) and "Criminal Investigation" not in names([text])
