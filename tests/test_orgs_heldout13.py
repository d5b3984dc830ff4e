"""Organization rules from the eleventh round: the minigold3 misses (held-out issuers: Senate
Cornyn/Dayton, DOJ, prkarma, prvolt) counted over the corpus, and a held-out sample (seed 60917).
Each test reads a real sentence from a release the rule was not written for; the issuer is named
in a comment."""

from __future__ import annotations

import time

from pressroom.extract.organizations import extract_organizations

from helpers import org_names as names


# --- "Unit" is a head word: DOJ prosecution units and police units are bodies
# (written from DOJ release_12541 'to entirely revamp its Narcotics Unit')


def test_prosecution_unit_of_a_division() -> None:
    # DOJ release_10934: the unit and its division are two bodies
    text = ("The case is being prosecuted by trial attorney Susan French of the Human Trafficking Prosecution "
            "Unit of the Civil Rights Division, Criminal Section, and Assistant U.S. Attorney Frank Williams of "
            "the Northern District of Florida.")
    got = names([text])
    assert "Human Trafficking Prosecution Unit" in got and "Civil Rights Division" in got


def test_unit_of_a_section_named_with_and() -> None:
    # DOJ release_06295: the complement stopped at 'Housing'; the section keeps its whole name
    text = ("The departments enforcement of fair lending laws is conducted by the Fair Lending Unit of the "
            "Housing and Civil Enforcement Section in the Civil Rights Division.")
    got = names([text])
    assert "Fair Lending Unit" in got and "Housing and Civil Enforcement Section" in got
    assert not any(n.startswith("Fair Lending Unit of") for n in got)


def test_unit_of_a_lost_possessive_owner() -> None:
    # DOJ release_11929
    text = ("Trial Attorneys Cody L. Skipper and Joseph A. Cooley of the Criminal Divisions Gang Unit and "
            "Assistant U.S. Attorney Jeffrey R. Haag of the Lubbock U.S. Attorneys Office are prosecuting the case.")
    assert "Gang Unit" in names([text])


def test_ward_chip_vehicle_and_measure_units_are_no_bodies() -> None:
    # Senate Dewine 22Nov2004 (a hospital ward), Senate Talent 20Jul2006 (a dental van),
    # blockchainwire Rexla (an investment round's measure, with an acronym)
    ward = ("Mercy Health Partners in Toledo - $450,000 to expand and equip the Neonatal Intensive Care Unit. "
            "This funding will be used to add eight additional patient spaces.")
    van = ("* Swope Health Services Mobile Dental Unit, Kansas City - $250,000 - for equipment to develop a "
           "mobile dental unit.")
    ppu = ("With the pre-sale scheduled for the same month, alongside the Profit Participation Per Unit (PPU) "
           "investment round, Rexla is positioning itself at the forefront of blockchain adoption.")
    assert not any(n.endswith("Unit") for n in names([ward]))
    assert not any(n.endswith("Unit") for n in names([van]))
    assert not any("Unit" in n or n == "PPU" for n in names([ppu]))


def test_unit_rules_stay_linear() -> None:
    text = "the Fair Lending Unit of the Housing and Civil Enforcement Section, " * 5000
    t = time.perf_counter()
    names([text])
    assert time.perf_counter() - t < 2.0


# --- the White House and the Joint Chiefs of Staff are found bare (org_aliases triggers)
# (written from Senate Dayton 16May2006 'to send a message to the White House that farmers ...'
# and DOJ release_02279 'a former member of the U.S. Joint Chiefs of Staff')


def test_white_house_as_actor() -> None:
    # Senate Byrd 1Feb2006
    text = ("Sen. Robert C. Byrd, D-W.Va., phoned the White House this evening to ask for quick federal "
            "assistance for the families of the miners.")
    assert "White House" in names([text])


def test_white_house_in_a_letters_address_block_is_a_place() -> None:
    # Senate Grassley 24Apr2007, Senate Reid 11Jan2008 (letters to the President)
    assert "White House" not in names(["The President", "The White House 1600 Pennsylvania Avenue, N.W.",
                                       "Washington, D.C. 20500", "Dear Mr. President:"])
    assert "White House" not in names(["The Honorable George W. Bush", "The White House", "Washington, DC 20500"])
    # Senate Johnson 25Jan2006: a preposition of place
    assert "White House" not in names(["Senator Tim Johnson (D-SD) is discussing Iraq policy at the White House "
                                       "with President George W. Bush today."])
    # Senate Dole 6Dec2007: the grounds
    assert "White House" not in names(["They sent a car with an air bag to place on the White House lawn for "
                                       "the President and Cabinet to see."])


def test_white_house_office_is_a_longer_name() -> None:
    # Senate Snowe 20Dec2004: a capitalised word after the trigger opens a longer name
    got = names(["President Bush is creating a White House Committee on Ocean Policy."])
    assert "White House" not in got


def test_joint_chiefs_of_staff() -> None:
    # Senate Byrd 7Feb2006, Senate Stevens 19Mar2007
    text = ("Defense Secretary Donald Rumsfeld, Chairman of the Joint Chiefs of Staff General Peter Pace, and "
            "General Schoomaker testified before the committee.")
    assert "Joint Chiefs of Staff" in names([text])
    assert "Joint Chiefs" in names(["Recently, Secretary Gates and General Pace, Chairman of the Joint Chiefs, "
                                    "allowed me to participate in a tele-conference."])


# --- a shouting headline names the chambers and curated acronyms
# (written from Senate Cornyn 2Dec2004 'SEN. CORNYN APPLAUDS CHOICE OF NOMINEE TO LEAD USDA' and
# Senate Dayton 16May2006 '... CALL ON PRESIDENT, HOUSE MEMBERS TO KEEP SENATE-APPROVED ...')


def test_shouting_headline_acronym() -> None:
    # Senate Burns
    got = names(["Montana will receive $700,000 in emergency heating assistance, Senator Conrad Burns said today."],
                "SEN. BURNS PRAISES HHS ON NEW $700,000 FOR LOW INCOME MONTANA HEATING BILLS")
    assert "HHS" in got


def test_shouting_headline_chamber() -> None:
    # Senate (IDEA reauthorization), Senate Hatch
    assert "Senate" in names(["The bill reauthorizes the Individuals with Disabilities Education Act."],
                             "IDEA REAUTHORIZATION PASSES SENATE")
    assert "Senate" in names(["Hatch called on his colleagues to pass the amendment."],
                             "SEN. HATCH URGES SENATE TO PASS ANTI-FLAG DESECRATION AMENDMENT")


def test_shouting_headline_words_that_are_no_bodies() -> None:
    # Senate Corzine ('WHO' is the pronoun the body writes), Senate Grassley-style committee
    # ('SENATE FINANCE' opens a longer name), Senate McConnell (the body's 'U.N. Security Council')
    assert names(["The next justice must be someone who will protect the right to privacy."],
                 "SENS. CORZINE, LAUTENBERG CALL ON PRESIDENT TO CHOOSE SUPREME COURT NOMINEE WHO WILL PROTECT "
                 "PRIVACY") == []
    assert "Senate" not in names(["The Senate Finance Committee chairman said he would move the bill."],
                                 "SENATE FINANCE COMMITTEE CHAIRMAN COMMITS TO MOVING DEATH TAX RELIEF")
    assert "UN" not in names(["The U.N. Security Council today issued a statement on Burma."],
                             "SEN. MCCONNELL: UN SECURITY COUNCIL SENDS STRONG MESSAGE TO BURMA'S TYRANNICAL REGIME")
    assert "VA" not in names(["The center opens next month."], "SEN. ALLEN ANNOUNCES $1 MILLION FOR ROANOKE, VA")


def test_shouting_headline_stays_linear() -> None:
    t = time.perf_counter()
    names(["The Senate passed the U.N. bill and who knows what else. " * 2000], "SENATE PASSES USDA WHO BILL " * 5000)
    assert time.perf_counter() - t < 2.0


# --- a list that its kind announces holds bodies: "<brands/companies/clients ...> such as/like/including
# A, B and C" (written from the minigold3 prvolt release's brands, then counted over the corpus)


def test_brands_listed_after_their_kind() -> None:
    # 247PressRelease (StageStrike), newsdirect (HTX Ventures)
    got = names(["StageStrike has recently received direct support from industry-leading manufacturers, including "
                 "Audio-Technica, Wisycom, and Shure, who have provided their wireless packs."])
    assert {"Audio-Technica", "Wisycom", "Shure"} <= set(got)
    got = names(["RedStone has expanded to over 60 chains, and served more than 100 clients such as EtherFi, Pendle, "
                 "Morpho and Ethena."])
    assert {"EtherFi", "Pendle", "Morpho", "Ethena"} <= set(got)


def test_cue_list_stops_at_the_sentence_end() -> None:
    # 247PressRelease (Roxy Manning)
    got = names(["She has worked with brands like Virgin Atlantic, L'Oréal, and Procter & Gamble. With The Iconic "
                 "Midlife with Roxy Manning, she's bringing her media savvy to the conversation."])
    assert "Virgin Atlantic" in got and not any("With" in n for n in got)


def test_cue_lists_that_are_no_bodies() -> None:
    # Senate Grassley 24Apr2007 (countries), 247PressRelease European auto repair (modifiers of a
    # common noun), 247PressRelease Wild Fox (an 'and' inside a publisher's name: the list is left whole)
    assert names(["Grassley, an Iowa Republican, has long urged U.S. trading partners such as Japan and South Korea "
                  "to abandon scientifically unjustified barriers."]) == []
    got = names(["The business serves luxury brands including BMW, Land Rover, Mercedes Benz, Audi, Porsche, "
                 "Volkswagen, Jaguar, and MINI cars."])
    assert "Jaguar" not in got and "Audi" not in got
    got = names(["The event drew representatives from prominent publishers such as HarperCollins, Penguin Random "
                 "House, Wiley, Hachette, Rowman & Littlefield, Wipf and Stock, Routledge, Hay House."])
    assert "Stock" not in got and "Wipf" not in got


def test_cue_lists_stay_linear() -> None:
    t = time.perf_counter()
    names(["Acme serves clients such as Alpha, Beta and Gamma, " * 5000])
    names(["brands like " * 5000])
    assert time.perf_counter() - t < 2.0


# --- a long form in small letters names a thing, never the body of the same words
# (written from evertiseaipr 0617 'its focus on platinum group metals (PGMs)')


def test_lower_case_long_form_is_no_alias_of_a_company() -> None:
    # ibn 0516 (Platinum Group Metals Ltd., another wire's release)
    orgs, _ = extract_organizations([
        "Platinum Group Metals Ltd. (NYSE American: PLG) (TSX: PTM) is advancing the Waterberg project.",
        "“Palladium is a rare member of the platinum-group metals (‘PGMs’), known for its remarkable properties "
        "and industrial utility,” stated a report."], None, [], None)
    company = next(o for o in orgs if o.name == "Platinum Group Metals Ltd.")
    assert company.acronym is None and not any(a.islower() for a in company.aliases)


# --- a capitalised bill after its kind ends the department's complement before the kind
# (written from Senate Vitter 3Aug2007 'the U.S. Senate Department of Homeland Security Appropriations Bill')


def test_department_before_a_capitalised_appropriations_bill() -> None:
    # Senate Coleman 14Nov2006: was 'Department of Homeland'
    text = ("In light of the extension of the deadline for the implementation of the Western Hemisphere Travel "
            "Initiative (WHTI) passed in the Department of Homeland Security Appropriations Bill, Sens. Norm Coleman "
            "and Amy Klobuchar urged the State Department to act.")
    got = names([text])
    assert "Department of Homeland Security" in got and "Department of Homeland" not in got


# --- "<Capitalised words> International" before no capital is a body (not a head word: it opens
# and modifies names, "International Rescue Committee", "Office of International Affairs")
# (written from the corpus count of missed runs: 39 in 33 releases)


def test_international_bodies() -> None:
    # Senate Feinstein 15Feb2007, Senate Lugar 18May2004, DOJ release_06092
    assert "Handicap International" in names(["Handicap International studied the effects of cluster bombs in 24 "
                                              "countries and reported that 98 percent of victims were civilians."])
    assert "Rotary International" in names(["A commemorative stamp should be issued in honor of Rotary "
                                            "International's work to eradicate polio."])
    assert "TDI International" in names(["The defendant companies in the case are Toys Distribution Inc. dba TDI "
                                         "International, S&J Merchandise Inc., BLJ Apparel Inc. and All Season Sales."])


def test_international_names_that_are_no_bodies() -> None:
    # newsdirect TSA (an airport), 247PressRelease colorimeter (a journal), citybiz Maryland (a sentence
    # opener), DOJ (a modifier before a capital), newsdirect Basile (a heading glued to the next sentence)
    assert "Denver International" not in names(["TSA deployed the units to several airports, including Denver "
                                                "International, Toronto Pearson, and one unit to the border."])
    assert names(["The study on converting industrial waste into eco-friendly pigments appeared in the journal "
                  "Ceramics International."]) == []
    assert names(["That could be disastrous for Maryland. International students and recent graduates stay."]) == []
    got = names(["Customized SolutionsBasile International takes pride in offering personalized advice.",
                 "Basile International is a legal firm."])
    assert "Customized SolutionsBasile International" not in got and "Basile International" in got


def test_international_stays_linear() -> None:
    t = time.perf_counter()
    names(["Acme International, " * 5000, "AbcDef International " * 5000, "xx AbcDef International. " * 5000])
    assert time.perf_counter() - t < 2.0


# --- a heading glued to the next sentence by a lost blank: the name is the part after the glue
# (written from newsdirect Skyren DAO 'Final ThoughtsSkyren DAO ...')


def test_name_after_a_glued_heading() -> None:
    # newsdirect Gaucho Holdings, newsdirect Basile International
    got = names(["Gaucho Holding: Record Growth In The Argentine Wine MarketGaucho Holdings continues to see "
                 "success in its current business operations.", "Shares of Gaucho Holdings rose."])
    assert "Gaucho Holdings" in got and not any("Market" in n for n in got)
    got = names(["Top-Notch ExpertiseBasile International Legal Firm prides itself on its team of attorneys.",
                 "Contact Basile International Legal Firm today."])
    assert not any("Expertise" in n for n in got)


def test_camel_case_brand_is_no_glued_heading() -> None:
    # newsdirect summer camps: 'SeriousFun Children's Network' is one name
    got = names(["Campers attend camps of the SeriousFun Children’s Network every summer.",
                 "The Serious Fun Children’s Network was founded by Paul Newman."])
    assert not any(n.startswith("Fun ") for n in got)


# --- a DAO (decentralised autonomous organization) is a body: 'DAO' ends its name
# (written from newmediawire 'Skyren DAO Offers Free Airdrop ...')


def test_dao_is_a_head_word() -> None:
    # blockchainwire Marine Moguls
    assert "MetFi DAO" in names(["Marine Moguls by MetFi represents a pioneering venture in the digital asset space, "
                                 "owned and powered by the visionary MetFi DAO."])
    # blockchainwire TON Capital
    assert "Dokdo DAO" in names(["The project has already formed strategic alliances with Zeeve, Cryptorsy, Memefi, "
                                 "Dokdo DAO, Wonton, as well as more than 20 other partners to expand its reach."])
    # newsdirect Skyren DAO: an imperative heading opens no name
    assert "Explore Skyren DAO" not in names(["Explore Skyren DAO and its airdrop platform today.",
                                              "Skyren DAO is a community-driven platform."])
    # the kind itself stays out: 'a Decentralized Autonomous Organization (DAO)' (organizations.py)
    assert names(["Governance follows a Decentralized Autonomous Organization (DAO) model."]) == []


# --- IRS Criminal Investigation is a body of its own (org_aliases), not the IRS
# (written from the held-out sample's DOJ release_00139 / release_12123 misses)


def test_irs_criminal_investigation() -> None:
    # DOJ release_08455, DOJ release_06801
    got = names(["This case was investigated by IRS-Criminal Investigation and is being prosecuted by Trial "
                 "Attorneys Jessica Moran and Ann Reid of the Tax Division."])
    assert "IRS-Criminal Investigation" in got and "IRS" not in got
    got = names(["The case is being investigated by the FBI, Internal Revenue Service-Criminal Investigation, "
                 "Pennsylvania State Police, New Jersey State Police and the Philadelphia Police Department."])
    assert "Internal Revenue Service-Criminal Investigation" in got and "Internal Revenue Service" not in got


def test_irs_criminal_investigation_defined_with_its_acronym() -> None:
    # DOJ release_04987: the unit's acronym is its own, not the IRS's
    orgs, _ = extract_organizations([
        "Special Agent in Charge Jos M. Martinez of the Internal Revenue Service-Criminal Investigations (IRS-CI) "
        "San Francisco Office made the announcement.", "He failed to report the income to the IRS."], None, [], None)
    by_name = {o.name: o for o in orgs}
    assert by_name["Internal Revenue Service-Criminal Investigations"].acronym == "IRS-CI"
    assert "IRS" in by_name and by_name["IRS"].acronym == "IRS"


# --- more headline verbs name the headline's subject (same two conditions: it opens the headline,
# the body repeats it as written); written from the no-organization wire releases' headlines


def test_more_headline_subject_verbs() -> None:
    # newsdirect PainReform, reportable UGI
    assert "PainReform" in names(
        ["PainReform CEO Ilan Hadar joined Steve Darling from Proactive to discuss the company."],
        "PainReform Advances Pain Relief Solution, PRF-110, in Phase 3 Trial to Combat Opioid Crisis")
    assert "UGI" in names(
        ["As the extreme cold continues, UGI urges everyone to stay safe and be prepared."],
        "UGI Continues to Provide Cold Safety Tips and Scam Awareness")


def test_headline_verbs_left_out() -> None:
    # 247PressRelease XVesuvius (a product named an award), 247PressRelease Fort Worth (a district)
    assert names(["XVesuvius is a skincare product for acne."], "XVesuvius Named Men's Health \"Best Acne Product\"") == []
    assert names(["The Fort Worth Design District is home to galleries and showrooms."],
                 "Fort Worth Design District Showcases Designs by Local Artist") == []


def test_headline_subject_after_the() -> None:
    # 247PressRelease (written from 'The Original Pancake House DFW Celebrates Re-Grand Opening ...'); here
    # 'The National Trial Lawyers Names Personal Injury Attorney Spencer Aronfeld a Top 100 ...'
    got = names(["Spencer Aronfeld of Aronfeld Trial Lawyers was honored this month by The National Trial Lawyers."],
                "The National Trial Lawyers Names Personal Injury Attorney Spencer Aronfeld a Top 100 Civil Plaintiff "
                "Trial Lawyer")
    assert "National Trial Lawyers" in got


def test_name_with_and_and_a_plural_head_is_no_list_of_people() -> None:
    # citybiz FYZICAL (written from 247PressRelease 'Kingz Protection and Security Services (KPSS
    # Security), a BSIS-licensed private security firm ..., today announced')
    got = names(["FYZICAL Therapy and Balance Centers today announced the opening of its 700th location."])
    assert "FYZICAL Therapy and Balance Centers" in got
    # a list of people stays one
    assert names(["Senators Thad Cochran and Trent Lott announced the grant today."]) == []


def test_legal_suffix_with_a_possessive() -> None:
    # Senate Chambliss 18Aug2006, newmediawire Centenario (written from Senate Stabenow 23Jan2006
    # 'regarding Ford Motor Co.'s announcement that it will be cutting nearly 30,000 jobs')
    assert "Boeing Corp." in names(["Chambliss today released the following statement after the Boeing Corp.'s "
                                    "announcement to close the C-17 production line in Macon."])
    got = names(["The region includes ongoing projects such as FireFly Metals Ltd.’s (“FireFly”) Ming Copper-Gold "
                 "Mine."])
    assert "FireFly Metals Ltd." in got


# --- the organization before an executive's title and a person's name: "X CEO <Given> <Surname>"
# (written from newsdirect 'Cloud DX CEO Robert Kaul joined Steve Darling from Proactive')


def test_organization_before_an_executives_title() -> None:
    # noticiasnewswire Newsmax, Senate Isakson 14Sep2005
    assert "Newsmax" in names(["Newsmax CEO Christopher Ruddy said the network would expand its coverage. Viewers "
                               "of Newsmax grew in 2025, and Newsmax added two shows."])
    assert "Delta" in names(["Isakson met with Delta CEO Gerald Grinstein on Monday. Pensions at Delta are "
                             "underfunded, and Delta employees worry."])


def test_executive_title_left_alone() -> None:
    # a sentence's end or a stop word before the title; a short name of a body named in full
    assert names(["The firm expanded into the Middle East. Founder Khalid AlKhudairi's vision drove it."]) == []
    assert names(["Under CEO Matteus Ribeiro the company grew."]) == []
    got = names(["DPL Financial Partners today announced record growth.",
                 '"DPL is driving the shift," said DPL CEO David Lau.'])
    assert "DPL" not in got
