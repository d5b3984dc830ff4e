"""Organizations in the styles of issuers outside the dev set (third round of held-out work).
Each test quotes a real sentence from a corpus release the rule was not written from."""

from __future__ import annotations

import time

from pressroom.extract.organizations import extract_organizations


def names(paragraphs: list[str], title: str | None = None) -> set[str]:
    return {o.name for o in extract_organizations(paragraphs, title)[0]}


# --- an About heading or a sentence glued to the next one by a lost space ---------------------

def test_a_one_word_heading_glued_to_its_sentence_is_the_word_once():
    # newmediawire (Mobilicom, 2025); the rule was written from blockchainwire's "DogoshiDogoshi"
    got = names(["About MobilicomMobilicom is a leading provider of cybersecure robust solutions for the "
                 "rapidly growing defense and commercial drones and robotics market."])
    assert "Mobilicom" in got
    assert "MobilicomMobilicom" not in got


def test_a_heading_glued_after_a_full_stop_is_the_name_once():
    # blockchainwire (Pudgy Penguins x PLAYSIDE.gg, 2024)
    got = names(["About Pudgy Penguins.Pudgy Penguins is a groundbreaking digital collectibles company "
                 "bridging the gap between the Web3 community and general consumers."])
    assert "Pudgy Penguins" in got
    assert not any("." in n for n in got)


def test_a_dotted_brand_stays_whole():
    # newsworthy (Trump Media): "Truth.Fi" is a brand, not two sentences
    got = names(["Trump Media & Technology Group Corp. operates Truth Social and Truth.Fi, a financial "
                 "services and FinTech brand."])
    assert not any(n == "Fi" for n in got)


def test_a_sentence_glued_after_a_department_ends_its_name():
    # DOJ release_09455 (Coast Guard contracts); written from release_00517 ("Justice.The case")
    got = names(["... said Tony West, Assistant Attorney General for the Civil Division of the Department "
                 "of Justice.We will take action against those who undermine the integrity of the public "
                 "contracting process."])
    assert "Department of Justice" in got
    assert not any(n.endswith(".We") for n in got)


def test_the_after_a_glued_stop_is_no_part_of_the_name():
    # DOJ release_00115 (David Bowser)
    got = names(["David Bowser abused his position as a chief of staff on Capitol Hill, said Acting "
                 "Assistant Attorney General Cronan.The Criminal Division is committed to preserving the "
                 "publics confidence in our government."])
    assert "Criminal Division" in got
    assert not any("Cronan" in n for n in got)


# --- a DOI is no Department of the Interior ---------------------------------------------------

def test_a_doi_label_names_no_body():
    # 24-7PressRelease (Hepatobiliary & Pancreatic Diseases International review, 2025)
    got = names(["A new review published (DOI: 10.1016/j.hbpd.2024.12.005) online December 19, 2024, in "
                 "Hepatobiliary & Pancreatic Diseases International explores the outcomes."])
    assert "DOI" not in got
    # the label without a colon, in a references block (24-7PressRelease, Jilin University study)
    assert "DOI" not in names(["References DOI 10.1007/s10118-024-3199-0 Original Source URL"])


def test_the_department_of_the_interior_by_its_short_name_stays():
    # Senate style: the curated short name acting
    assert "DOI" in {a for o in extract_organizations(["The DOI announced new grants for tribal schools."])[0]
                     for a in [o.name, o.acronym, *o.aliases] if a}


# --- "itself as a ..." --------------------------------------------------------------------------

def test_a_name_that_established_itself_as_a_company_is_a_body():
    # citybiz (Q&A with Akari Therapeutics' CEO, 2025); written from pressservices' Sunfinity Power
    got = names(["Akari has redefined itself as an oncology company after the Peak Bio merger in late 2024 "
                 "and is now focused on advancing the development of Antibody Drug Conjugates."])
    assert "Akari" in got
    # pressservices (Ascendant Case Management, 2025)
    got = names(["Ascendant Case Management has positioned itself as a leader in the realm of personal "
                 "injury support, demonstrating a clear commitment to improving patient recovery."])
    assert "Ascendant Case Management" in got


def test_itself_as_a_thing_that_is_no_body_names_nothing():
    # newsworthy (market commentary): an ETF ticker presents itself as a "choice", no kind of body
    got = names(["XLY presents itself as a diversified and pragmatic choice for investors aiming to ride "
                 "consumer trends."])
    assert "XLY" not in got


def test_hostile_glue_stays_linear():
    t0 = time.process_time()
    extract_organizations(["About AcmeAcme is a company. " * 5000])
    extract_organizations(["Acme Group.The Acme Group.The " * 5000])
    extract_organizations(["Acme has established itself as a leading " * 5000])
    assert time.process_time() - t0 < 1.5


# --- a one-word short name of the longer name the release gives --------------------------------

def orgs(paragraphs: list[str]) -> list:
    return extract_organizations(paragraphs)[0]


def test_a_first_word_short_name_joins_the_longer_name():
    # ibn (Fathom Nickel, 2025); the rule was written from ibn's "Mullen"/"Mullen Automotive Inc."
    # the About paragraph names the company by its first word
    got = orgs(["Fathom Nickel Inc. (CSE: FNI) announced drill results from its Gochager Lake property.",
                "Fathom is a junior exploration company focused on exploring for and developing world "
                "class nickel deposits."])
    assert [o.name for o in got if "Fathom" in o.name] == ["Fathom Nickel Inc."]


def test_a_unit_of_the_short_name_stays_apart():
    # newswire (Mattel / Jon M. Chu, 2025): the parent written with its legal form is no short name
    # of its studio
    got = orgs(["Mattel, Inc. (NASDAQ: MAT) today announced a feature film with Warner Bros. Pictures.",
                "Robbie Brenner, President of Mattel Studios and Chief Content Officer, said the film "
                "honors the brand."])
    assert any(o.name.startswith("Mattel,") or o.name == "Mattel" for o in got)
    assert "Mattel Studios" in {o.name for o in got}
    # DOJ style: an acronym and its field division are two bodies
    got = orgs(["The case was investigated by the FBI Houston Division and the DEA.",
                "The FBI thanked its partners."])
    assert {"FBI", "FBI Houston Division"} <= {o.name for o in got}


# --- a wire's own About section -----------------------------------------------------------------

def test_a_wire_brands_about_section_names_no_organization():
    # ibn (CNW420 footer under a cannabis release, 2025); written from ibn's GreenCarStocks footer
    bp = ["About CNW420",
          "CNW420 spotlights the latest developments in the rapidly evolving cannabis industry through the "
          "release of an article each business day at 4:20 p.m. Eastern.",
          "To receive SMS alerts from CNW, text CANNABIS to 888-902-4192 (U.S. Mobile Phones Only)",
          "Please see full terms of use and disclaimers on the CannabisNewsWire website applicable to all "
          "content provided by CNW, wherever published or re-published.",
          "CannabisNewsWire is powered by IBN"]
    got = {o.name for o in extract_organizations(["Medical cannabis could help lupus sufferers, a study finds."],
                                                 None, None, bp)[0]}
    assert "CNW420" not in got


def test_an_issuers_about_section_before_the_wires_disclaimer_stays():
    # ibn (D-Wave, 2025): the issuer's section runs on into the wire's disclaimer
    bp = ["About D-Wave Quantum Inc.",
          "D-Wave is a leader in the development and delivery of quantum computing systems, software, and "
          "services.",
          "Please see full terms of use and disclaimers on the InvestorBrandNetwork website applicable to all "
          "content provided by IBN."]
    got = {o.name for o in extract_organizations(["D-Wave Quantum Inc. (NYSE: QBTS) will report results."],
                                                 None, None, bp)[0]}
    assert "D-Wave Quantum Inc." in got


# --- brands that open with small letters --------------------------------------------------------

def test_a_brand_opening_with_small_letters_opens_the_name():
    # noticiasnewswire (bioLytical HIV self-test, 2025); written from newsworthy's "ioTech International"
    got = names(["The U.S. Food and Drug Administration (FDA) has approved the INSTI HIV Self Test from "
                 "bioLytical Laboratories Inc. (bioLytical), making it the first one-minute HIV self-test."])
    assert "bioLytical Laboratories Inc." in got
    assert "Laboratories Inc." not in got
    # newmediawire (iCoreConnect, 2024)
    got = names(["iCoreConnect Inc. (NASDAQ: ICCT), a leading provider of cloud-based software and technology "
                 "solutions, has announced an expanded partnership with the Mississippi Dental Association (MDA)."])
    assert "iCoreConnect Inc." in got


def test_small_words_glued_to_a_name_open_no_name():
    # DOJ pages lose spaces: "withJerome County", "theCriminal Divisions"; units are no brands
    got = names(["The Justice Department Reaches Settlement withJerome County Idaho Sheriffs Office today."])
    assert not any(n.startswith("with") for n in got)
    got = names(["The plant stores 5,000 kWh Energy Storage Systems and mRNA Technology Center research."])
    assert not any(n.startswith(("kWh", "mRNA")) for n in got)


# --- a name that is a phrase with a small word ------------------------------------------------

def test_a_phrase_name_before_its_appositive_is_whole():
    # citybiz (Friend Commercial Real Estate, 2025); written from 24-7PressRelease's "Off the Streets"
    got = names(["Bannan represented the landlord and procured the tenant \u2013 Smash My Trash, a waste "
                 "management company \u2013 at 8266 Lokus Road, a flex / warehouse building."])
    assert "Smash My Trash" in got
    assert "Trash" not in got
    # newsdirect (The Starties awards, 2025)
    got = names(["Defy the Odds, an organization that supports underrepresented founders in the gaming "
                 "industry by providing mentorship, joined the show."])
    assert "Defy the Odds" in got


def test_a_role_before_the_small_word_stays_out():
    # newswire (RobobAI, 2025): "CEO of RobobAI" is a role and its company
    got = names(["said Julian Harris, founder and CEO of RobobAI, a global fintech company leveraging AI."])
    assert "RobobAI" in got
    assert not any(n.startswith("CEO") for n in got)


# --- professional firms' legal forms ---------------------------------------------------------------

def test_professional_firm_suffixes_end_a_company_name():
    # ibn (Polyrizon private placement, 2025); written from newsdirect's "Kuehn Law, PLLC"
    got = names(["Greenberg Traurig, P.A. acted as counsel to the company, and Kaufman & Canoles, P.C. acted "
                 "as counsel to Aegis."])
    assert {"Greenberg Traurig, P.A.", "Kaufman & Canoles, P.C."} <= got
    # pressservices (Burns Family Law, 2025)
    got = names(["At Burns Family Law P.A., Nicole Burns prioritizes delivering tailored legal solutions."])
    assert "Burns Family Law P.A." in got


# --- a headline's title-case phrase with a common-noun company head ----------------------------------

def test_a_headline_phrase_never_named_again_is_no_company():
    # newsdirect (Kevel, 2025); written from newmediawire's "... ADIO in Live Entertainment"
    title = ("Kevel Announces Acquisition of Nexta to Strengthen Its Retail Media Solution and Drive Revenue "
             "Growth for Retail Brands")
    got = names(["Kevel, the leading retail media infrastructure company, announced it has acquired Nexta, "
                 "helping retailers grow revenue."], title)
    assert "Retail Brands" not in got


def test_a_headline_company_named_again_stays():
    # ibn (Golden Triangle Ventures, 2025)
    title = ("InvestorNewsBreaks \u2013 Golden Triangle Ventures Inc. (OTC: GTVH) Signs LOI to Acquire Texas "
             "Electrical Contracting Firm")
    got = names(["Golden Triangle Ventures (OTC: GTVH) has signed a letter of intent to acquire an electrical "
                 "contractor in Texas."], title)
    assert any(n.startswith("Golden Triangle Ventures") for n in got)


def test_about_the_one_common_noun_names_nothing():
    # newmediawire (Lexaria GLP-1 study, 2025); written from 24-7PressRelease's "About the Author:"
    got = names(["Lexaria Bioscience Corp. announced results of its study in the brain.",
                 "About the Study",
                 "The Study was designed to measure semaglutide levels in brain tissue."])
    assert "Study" not in got
    # an issuer's own heading stays
    got = names(["Dairy farmers met in Atlanta.", "About The Dairy Alliance",
                 "The Dairy Alliance is a nonprofit funded by dairy farm families."])
    assert "Dairy Alliance" in got


# --- the organization after a role ---------------------------------------------------------------

def test_a_role_of_the_year_is_an_award():
    # 24-7PressRelease (Jonathan Herman, Northeastern University campaign, 2025)
    got = names(['Herman himself has been named "Technologist of the Year" and "CEO of the Year" by industry '
                 'publications.'])
    assert "Year" not in got


def test_a_domain_after_a_role_is_not_cut_at_its_dot():
    # noticiasnewswire (FinTalk Awards, 2025): "President of Debt.com" (a run-on line)
    got = names(["Don Silvestri President of Debt.com With categories spanning YouTube, TikTok, Reels, "
                 "Podcasts, and Hispanic creators, the awards grew."])
    assert "Debt" not in got
    # a sentence glued by a lost space still ends the name (newmediawire, MEDICLIN, 2025)
    got = names(["the current financial year, comments Tino Fritz, CFO of MEDICLIN.The interim report as of "
                 "30 September 2025 is available."])
    assert "MEDICLIN" in got


# --- a renaming appositive with "the" and a word that singles the body out ------------------------

def test_a_the_appositive_with_a_superlative_names_a_body():
    # citybiz (Klein's ShopRite interview, 2025); written from newsworthy's "Survale, the leading provider"
    got = names(["Klein's is a family company and member company of Wakefern, the nation\u2019s largest "
                 "retailer-owned cooperative in the United States."])
    assert "Wakefern" in got
    # blockchainwire (BHE, 2024)
    got = names(["Binance, the world\u2019s largest crypto-asset trading platform, has exceeded 150 million "
                 "registered users."])
    assert "Binance" in got


def test_a_the_appositive_without_such_a_word_names_nothing():
    # ibn style: a sentence adverb before "the company"
    got = names(["Additionally, the company is advancing its lithium-brine prospects in east Texas.",
                 "Notably, the company has expanded its footprint."])
    assert not got


def test_a_name_that_prides_itself_is_a_body():
    # pressservices (Spring Hope Family Dentistry, 2025); written from pressservices' IR Auto Solutions
    got = names(["Spring Hope Family Dentistry prides itself on creating a friendly and inviting atmosphere "
                 "for all patients."])
    assert "Spring Hope Family Dentistry" in got
    # pressservices (Providence Orthodontics, 2025)
    got = names(["Providence Orthodontics has established itself as the leading orthodontist in Providence, "
                 "Rhode Island, offering exceptional services in braces and Invisalign."])
    assert "Providence Orthodontics" in got


def test_a_bodys_people_after_its_name_end_it():
    # DOJ release_08902 (Des Moines); the rule was written for the lead's open point on heads
    # followed by a capitalised word
    got = names(["A federal grand jury returned an indictment today charging two former Des Moines Police "
                 "Department Officers with violations of federal criminal civil rights laws."])
    assert "Des Moines Police Department" in got
    # a job title stays no body (newmediawire, Peapack Private Bank)
    got = names(["Lori Moylan, Senior Vice President, Chief Credit Administration Officer, is responsible "
                 "for managing the Bank's commercial underwriting."])
    assert "Credit Administration" not in got


def test_a_headline_description_before_its_people_is_no_body():
    # DOJ release_00035: "a healthcare management services company" in the text
    title = "Michigan Healthcare Management Company Employees Indicted in Employment Tax Scheme"
    got = names(["A federal grand jury has returned an indictment charging two managers of a healthcare "
                 "management services company with failing to pay over payroll taxes."], title)
    assert "Michigan Healthcare Management Company" not in got


# --- a person's surname is no organization --------------------------------------------------------

def test_a_surname_after_a_nickname_is_a_person():
    # Senate, Snowe (3 Feb 2005); written from Senate, Rockefeller (19 Jan 2005)
    from pressroom.model import Quote
    paragraphs = ["Sens. Olympia J. Snowe (R-Maine) and John D. (Jay) Rockefeller IV (D-WV) introduced "
                  "legislation today.",
                  "Rockefeller said that the fund must be protected."]
    quotes = [Quote(text="the fund must be protected", speaker="Rockefeller", kind="indirect", paragraph=1,
                    speaker_type="organization")]
    got = {o.name for o in extract_organizations(paragraphs, None, quotes)[0]}
    assert "Rockefeller" not in got


def test_a_fiscal_year_after_a_department_ends_its_name():
    # Senate, Talent (21 Sep 2006); DOJ release_10201 has "Department of Justice FY ..."
    got = names(["Sen. Talent cosponsored an amendment to increase funding by $12 million more than requested "
                 "by the Administration in the Department of Defense FY 07 Appropriations bill."])
    assert "Department of Defense" in got
    assert not any(n.endswith("FY") for n in got)


def test_a_role_organization_keeps_its_heads_complement():
    # newsdirect (Comcast RISE grants, 2024); written from DOJ release_07968 ("Past President of the
    # International Association of Forensic Nurses")
    got = names(["we were honored to hear from Jonathan Liebert, CEO/Executive Director, Better Business Bureau "
                 "of Southern Colorado, who discussed how AI can be used."])
    assert "Better Business Bureau" not in got
    # Senate, Reid (14 Mar 2007)
    got = names(["Those who attended the meeting included: David Fraser, Executive Director, Nevada League of "
                 "Cities; Mayor Ken Tedford, City of Fallon."])
    assert "Nevada League of Cities" in got
    assert "Nevada League" not in got


def test_a_roles_function_and_term_are_no_part_of_the_body():
    # 24-7PressRelease (Church of Scientology, 2026); written from citybiz's Bank of America line
    got = names(['"We support anti-crime efforts," said Rev. Ann Pearce, Director of Public Affairs for '
                 "Seattle's Church of Scientology."])
    assert "Seattle's Church of Scientology" in got
    # 24-7PressRelease (GSCPA, 2024): a term of office
    got = names(["Kathryn Fletcher was elected Chair of GSCPA Board of Directors for 2024-25 Year."])
    assert not any("Year" in n for n in got)
    # a name with "for" stays whole (dev: noticiasnewswire)
    got = names(["said Jane Roe, Director of Cities for Financial Empowerment Fund."])
    assert "Financial Empowerment Fund" not in got


def test_a_second_role_after_a_role_is_no_body():
    # citybiz (Octaura Q&A, 2025)
    got = names(["And David Trepanier, Managing Director, Head of Global Credit Structured Products of Bank of "
                 "America, said the launch was a milestone."])
    assert not any(n.startswith("Head of") for n in got)


# --- a verb or a description before a name ----------------------------------------------------------

def test_a_gerund_before_a_name_the_text_gives_is_cut():
    # Senate, Johnson (19 Dec 2007); written from pressservices' "Choosing Supreme Cleaning Inc."
    got = names(["$1,960,000 - Kenel Road Rehabilitation and Resurfacing Standing Rock Sioux Tribe",
                 "The Standing Rock Sioux Tribe will receive the funds."])
    assert "Standing Rock Sioux Tribe" in got
    assert not any(n.startswith("Resurfacing") for n in got)
    # a name that opens with a noun in -ing stays
    got = names(["The Senate Banking Committee met.", "The Banking Committee and the Committee agreed."])
    assert "Committee" not in got


def test_an_adverb_and_participle_open_a_description():
    # newsdirect (HNO International, 2025)
    got = names(["HNO International is converting wasted flared gas into energy for Bitcoin Mining Through "
                 "Newly Launched EcoFlare Power Division"])
    assert "EcoFlare Power Division" in got
    # ibn (CNW, 2026): nothing is left of "Federally Funded Research Reports ..."
    got = names(["A newly published study points to a breathalyzer."],
                "420 with CNW \u2014 Federally Funded Research Reports Breakthrough in Marijuana Breathalyzer Development")
    assert "Federally Funded Research" not in got


def test_a_management_board_is_the_companys_organ():
    # newmediawire (Vecoplan, 2026); written from newmediawire's MEDICLIN and Northern Data releases
    got = names(["He will remain within the MAX Automation Group as Chairman of the Management Board of "
                 "Vecoplan AG, a subsidiary of MAX Automation SE."])
    assert "Vecoplan AG" in got
    assert not any(n.startswith("Management Board") for n in got)


def test_a_headline_name_the_text_writes_in_lower_case_is_title_case():
    # evertiseaipr (VinFast, 2024); written from DOJ's "Federal Court" headlines
    title = "VinFast\u2019s Focus on After-Sales Service: A Key to EV Adoption"
    got = names(["VinFast's growth is driven in part by its emphasis on after-sales service, designed to "
                 "reassure customers."], title)
    assert "After-Sales Service" not in got
    # prism (2026): the headline's verb before a company the text names
    title = "Bank Holding Company Signs Agreement to Acquire Commercial Bancorp"
    got = names(["The company entered into a Share Purchase Agreement to acquire Commercial Bancorp, parent of "
                 "Commercial Bank."], title)
    assert "Commercial Bancorp" in got
    assert "Acquire Commercial Bancorp" not in got
