"""The known-organizations gazetteer (extract/knownorgs.py, data/known_orgs.txt), on sentences
from corpus releases it was not tuned on."""

from __future__ import annotations

import time
from importlib import resources

from pressroom import parse_text
from pressroom.extract.knownorgs import add_known_orgs, find_known
from pressroom.model import Acronym, Organization, Person


def test_data_file_ships_with_the_package() -> None:
    text = resources.files("pressroom").joinpath("data/known_orgs.txt").read_text(encoding="utf-8")
    names = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert 200 <= len(names) <= 500
    assert "Google" in names and "ResMed" in names and "eBay" in names


def test_a_list_of_companies_with_no_cue() -> None:
    # citybiz, Liquipel on the Inc. 5000 list: "Oracle" is marked ambiguous and counts here
    # only as an item of a list that also holds an unambiguous listed name
    text = ("Past honorees include companies such as Microsoft, Meta, Chobani, Under Armour, "
            "Timberland, Oracle, and Patagonia.")
    assert find_known([text]) == {"Microsoft": 1, "Meta": 1, "Oracle": 1}
    # Oracle alone is not enough
    assert find_known(["The Oracle said nothing."]) == {}


def test_senate_release_defence_contractors() -> None:
    # Senate, Lott 21 Oct 2004
    text = ("I've joined with folks like Congressman Sonny Montgomery to support Mississippi's military "
            "contractors like Northrop Grumman, Lockheed Martin and Raytheon to fund our National Guard")
    assert find_known([text]) == {"Northrop Grumman": 1, "Lockheed Martin": 1, "Raytheon": 1}


def test_doj_bank_names_counted() -> None:
    # DOJ release 06392 (the JPMorgan RMBS settlement)
    text = ("residential mortgage-backed securities (RMBS) by JPMorgan, Bear Stearns and Washington Mutual "
            "prior to Jan. 1, 2009. As part of the settlement, JPMorgan acknowledged it made serious "
            "misrepresentations")
    found = find_known([text])
    assert found["JPMorgan"] == 2 and found["Bear Stearns"] == 1 and found["Washington Mutual"] == 1


def test_lower_case_head_and_web_address() -> None:
    # NewMediaWire, Image Protect Inc.: "eBay" counts, "Walmart.com" is a web address
    text = ("In addition to Amazon and direct ecommerce, the Company is exploring other online marketplaces "
            "such as Walmart.com, eBay, and select health-focused platforms")
    assert find_known([text]) == {"Amazon": 1, "eBay": 1}


def test_a_sentence_end_before_an_honorific() -> None:
    # a biography: "... and Novartis. Dr. Murray holds ..." (not an abbreviation run)
    text = "including senior roles at AgBiome, Aptuit, SCYNEXIS, and Novartis. Dr. Murray holds a B.Sc."
    assert find_known([text]) == {"Novartis": 1}
    # Senate, Cornyn 6 Feb 2006: a court's abbreviated name is no company
    assert find_known(["In re Sealed Case, 310 F.3d 717, 742 (Foreign Intel. Surv. Ct. of Rev. 2002)."]) == {}


def test_products_and_longer_names_are_not_the_company() -> None:
    # citybiz, the Apple Watch Ultra: the product is no mention, the possessive is
    text = ("The Apple Watch Ultra line has quickly built a reputation as Apple\u2019s most durable and "
            "adventure-focused wearable.")
    assert find_known([text]) == {"Apple": 1}
    # 24-7PressRelease, Frances Fuller: "an Amazon review" is a thing; "at Amazon" the store
    assert find_known(["A stranger wrote an Amazon review of my book, In Borrowed Houses."]) == {}
    # 24-7PressRelease, Foreign Affairs Auto: "your BMW" is a car (and BMW is left out anyway)
    assert find_known(["the engineering of your BMW, Land Rover , or other luxury European cars"]) == {}
    # Newsworthy.ai, RAW Rolling Papers: "Meta handles" are accounts
    assert find_known(["celebrated by fans across the globe through its official Meta handles: @raw"]) == {}
    # News Direct, Kartoon Studios: "Disney+" is the streaming service, "Netflix Kids" a product
    assert find_known(["our key competitors, including Netflix Kids, Disney+ MAX, Cartoon Network"]) == {}


def test_a_ticker_and_a_place_are_not_the_company() -> None:
    # NewMediaWire, Femto Technologies: the exchange in a ticker is no mention
    assert find_known(["Femto Technologies Inc. (Nasdaq: (FMTO) (\u201cFemto\u201d or the \u201cCompany\u201d)"]) == {}
    # Senate, Biden 13 Sep 2007: "the Amazon of the Seas" is a sea, and "the Amazon" a river
    assert find_known(['an area in the Pacific Ocean known as the "Amazon of the Seas."']) == {}
    assert find_known(["deforestation in the Amazon has slowed"]) == {}


def test_hook_skips_what_the_release_already_holds() -> None:
    paragraphs = ["Acme moved its data to Google Cloud and hired Google, Microsoft and Dell engineers.",
                  "Partners such as Google, Microsoft and Dell joined."]
    orgs = [Organization(name="Google Cloud"), Organization(name="Microsoft Corporation", acronym="MSFT")]
    people = [Person(name="Michael Dell")]
    out = add_known_orgs(orgs, paragraphs, "Acme news", people, [])
    # Google is a word of "Google Cloud", Microsoft of "Microsoft Corporation", Dell a person's name
    assert [o.name for o in out] == ["Google Cloud", "Microsoft Corporation"]
    # an acronym the release defines as something else is not the company
    out = add_known_orgs([], ["the Nuclear, Biological and Chemical (NBC) unit; NBC training"], None, [],
                         [Acronym(short="NBC", long="Nuclear, Biological and Chemical")])
    assert out == []


def test_enrich_adds_the_bare_names_with_mentions() -> None:
    # a wire-style lede (made up), run through parse_text and enrich
    rel = parse_text("Acme Raises Seed Round\n\nAcme, a data startup, today announced a round backed by "
                     "platforms like Amazon, Shopify and Google. Amazon also joined the board.\n")
    names = {o.name: o.mentions for o in rel.organizations}
    assert names.get("Amazon") == 2 and names.get("Shopify") == 1 and names.get("Google") == 1


def test_linear_on_hostile_input() -> None:
    for text in ("Google " * 5000, "Google Cloud " * 5000, "Oracle, " * 5000, "Oracle, Google, " * 5000,
                 "eBay." * 5000, "A" * 50000):
        t = time.perf_counter()
        find_known([text])
        assert time.perf_counter() - t < 0.5
