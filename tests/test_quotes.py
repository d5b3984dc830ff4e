"""Quotes and their speakers, on real paragraphs from several issuers.

Sources: the seed (GOV.KRD), newsworthy wires (247PressRelease, newsdirect, citybiz,
newsworthy, noticias), DOJ pages and Senate releases from ../shared/corpus and the dev gold.
Each attribution shape is tested on a release it was not written for.
"""

from __future__ import annotations

from pressroom.extract.quotemarks import find_spans
from pressroom.extract.quotes import extract_quotes


def quotes(*paragraphs: str, title: str | None = None):
    return extract_quotes(list(paragraphs), title)[0]


def pairs(*paragraphs: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in quotes(*paragraphs)]


# -- quoted spans -----------------------------------------------------------------------------

def test_curly_quote_with_stray_closing_mark_is_one_span():
    # seed 000_06ca55f076f6df16.txt
    par = ("“The coordination center remains a great example of the Peshmerga Security Forces and Iraqi Security "
           "Forces working together with a common goal,” said Col. Wayne Marotto, the Coalition’s military spokesperson.”")
    spans = find_spans([par])
    assert len(spans) == 1
    assert spans[0].text.startswith("The coordination center") and spans[0].text.endswith("common goal,")


def test_nested_straight_scare_quote_stays_inside_the_quote():
    # senate/Akaka 16Feb2006akaka128.txt: "... not "affluent," as they have been described. ..."
    par = ('Senator Akaka also told the VA Secretary, "Let me set the record straight about the types of veterans who '
           'would be shouldering these costs. These veterans are not "affluent," as they have been described. They are '
           'veterans living in states like Hawaii -- where the cost of living is one of America\'s highest."')
    spans = find_spans([par])
    assert len(spans) == 1
    assert '"affluent,"' in spans[0].text and spans[0].text.endswith("highest.")


def test_quote_running_over_paragraph_breaks_is_one_quote():
    # senate/Cornyn/26Oct2007Cornyn183.txt: two paragraphs end without a closing mark
    paras = [
        'Following the second failed attempt yesterday by Democrats in Congress, U.S. Sen. John Cornyn, R-Texas, '
        'renewed his call for Democrats to end their political gamesmanship.',
        '"Despite all the political attack ads and partisan posturing, Congress finds itself in the exact same place '
        'as two weeks ago. The American people deserve better.',
        '"Enough is enough. It\'s time to stop looking ahead to the next election and do what\'s right for families '
        'and kids in Texas and across the country," Cornyn said.',
    ]
    spans = find_spans(paras)
    assert len(spans) == 1 and spans[0].para == 1 and spans[0].end_para == 2
    qs = quotes(*paras)
    assert len(qs) == 1
    assert qs[0].speaker == "John Cornyn" and qs[0].paragraph == 1
    assert "Despite all" in qs[0].text and "Enough is enough" in qs[0].text


def test_tex_style_quotes_pair():
    spans = find_spans(["He said ``we will win'' and left."])
    assert [s.text for s in spans] == ["we will win"]


# -- direct quotes: attribution shapes ---------------------------------------------------------

def test_said_after_the_quote_with_title_and_appositive_role():
    # newsworthy/247PressRelease/2025/0429/the-yellow-bottle-probiotic-...
    par = ('"We wanted to create something that cuts through the noise," said William Anderson, spokesperson and '
           'medical researcher for The Yellow Bottle. "No fads, no gimmicks. Just a product you can feel good about '
           'choosing."')
    qs = quotes(par)
    assert [q.speaker for q in qs] == ["William Anderson", "William Anderson"]  # "...," said X. "..." is two quotes
    assert qs[0].speaker_role == "spokesperson and medical researcher for The Yellow Bottle"
    assert qs[1].text.startswith("No fads")


def test_said_title_name_of_organization_doj():
    # doj/release_02063.html (dev gold): "said Chairwoman Edith Ramirez of the Federal Trade Commission"
    par = ('"Competition is essential to well-functioning markets, and job markets are no exception," said '
           'Chairwoman Edith Ramirez of the Federal Trade Commission. "These guidelines will help ensure that employers '
           'understand how to comply with the antitrust laws."')
    qs = quotes(par)
    assert {q.speaker for q in qs} == {"Edith Ramirez"}
    assert len(qs) == 2


def test_surname_after_quote_resolves_to_full_name_given_earlier():
    # senate/Stabenow/9May2007Stabenow150.txt
    paras = [
        "Sen. Debbie Stabenow (D-MI) today announced passage of her bipartisan amendment that would put an end to "
        "frivolous petitions used by brand drug companies.",
        '"This legislation is a victory for consumers and employers," said Stabenow.',
    ]
    qs = quotes(*paras)
    assert [(q.speaker, q.kind) for q in qs][-1] == ("Debbie Stabenow", "direct")


def test_he_said_resolves_to_the_person_named_before_not_inside_the_quote():
    # senate/Dorgan/4Oct2007Dorgan132.txt (dev gold): "Senator Dorgan" inside the quote is not the speaker
    paras = [
        "Senator Byron Dorgan (D-ND) won approval Thursday for an amendment that increases funding for drug courts.",
        "North Dakota's Supreme Court Chief Justice Gerald W. VandeWalle was among those who welcomed news of the "
        'Senate\'s action. "I am pleased to learn that Senator Dorgan was successful in his efforts to increase the '
        'appropriation for Drug Courts to $40 million in the Senate," he said.',
    ]
    qs = [q for q in quotes(*paras) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Gerald W. VandeWalle"]


def test_she_prefers_a_woman_named_before():
    # newsworthy/247PressRelease: a man is named last, the quote is hers
    paras = [
        "Maria Lopez founded the clinic in 2019 with her partner, James Jackson, a retired nurse.",
        "“I was determined to walk out of my deathbed and refused to die,” she said.",
    ]
    assert [q.speaker for q in quotes(*paras)] == ["Maria Lopez"]


def test_the_senator_stated_resolves_to_the_senator():
    # senate/Byrd/7Feb2006Byrd118.txt
    paras = [
        "In a Senate hearing Tuesday, Sen. Robert C. Byrd, D-W.Va., asked the Pentagon's top brass why a soldier "
        "from Charleston was forced to pay for body armor that was damaged when he was wounded in Iraq.",
        '"This is a mind-boggling sum of money for defense, and the American taxpayers deserve to know whether this '
        'is, in fact, money well spent. Amid all the buzzwords like the "long war," military transformation, and '
        '"capabilities-based planning," this budget falls short of the mark," the Senator stated.',
    ]
    qs = quotes(*paras)
    assert len(qs) == 1 and qs[0].speaker == "Robert C. Byrd" and qs[0].kind == "direct"
    assert qs[0].text.startswith("This is a mind-boggling")


def test_said_in_a_statement_subject_first():
    # senate/Burr/27Mar2007Burr87.txt
    paras = [
        "U.S. Senator Richard Burr (R-NC) congratulated the Barton College Bulldogs on their national title.",
        '"I am proud of the Barton College Bulldogs for their come from behind victory. I have seen a lot of college '
        'basketball games in my life, but the last 45 seconds of this game was one of the most exciting I have '
        'watched," Burr said in a statement for the Senate record. "In North Carolina, basketball is not just a game, '
        'it\'s a way of life."',
    ]
    qs = quotes(*paras)
    assert [q.speaker for q in qs] == ["Richard Burr", "Richard Burr"]


def test_speaker_before_the_quote_with_colon_and_told():
    # senate/Akaka/16Feb2006akaka128.txt (dev gold) and newsdirect/2024/0417/bitget-...
    akaka = ('Today U.S. Senator Daniel K. Akaka (D-HI) began his work. At a Committee on Veterans\' Affairs hearing, '
             'Senator Akaka told VA Secretary Nicholson, "This budget is much more robust than last year\'s. But let '
             'there be no mistake: The budget is merely a starting point."')
    assert [q.speaker for q in quotes(akaka)] == ["Daniel K. Akaka"]
    bitget = ('Sam A Spiers, Regional Director for Bitget MENA, states: "Bitget will strengthen its operations in the '
              'MENA region, leveraging the region\'s growing appetite for digital assets."')
    qs = quotes(bitget)
    assert [q.speaker for q in qs] == ["Sam A Spiers"]
    assert qs[0].speaker_role == "Regional Director for Bitget MENA"


def test_role_before_name_and_title_from_a_later_mention():
    # nw_newsworthy IMUA (dev gold): "IMUA President and CEO Kevin O'Brien said," then "Mr. O'Brien said."
    paras = [
        'In announcing its Annual Meeting, IMUA President and CEO Kevin O\'Brien said, "The annual meeting theme, '
        'Unlocking Opportunities, reflects the many opportunities association members have."',
        '"These sessions are among the most well-received programs because they focus on those new or less '
        'experienced in commercial inland marine insurance," Mr. O\'Brien said.',
    ]
    qs, people = extract_quotes(paras)
    assert [q.speaker for q in qs] == ["Kevin O'Brien", "Kevin O'Brien"]
    assert people[0].name == "Kevin O'Brien" and people[0].title == "Mr." and "Mr. O'Brien" in people[0].aliases


def test_quote_paragraph_without_verb_continues_the_previous_speaker():
    # seed 000_06ca55f076f6df16.txt
    paras = [
        "“The coordination center remains a great example of the Peshmerga Security Forces and Iraqi Security Forces "
        "working together with a common goal,” said Col. Wayne Marotto, the Coalition’s military spokesperson.”",
        "“The Coalition has supported establishing coordination centers along the Kurdish Coordination Line (KCL) and "
        "commends the improving relationship.”",
    ]
    qs = quotes(*paras)
    assert [(q.speaker, q.paragraph) for q in qs] == [("Wayne Marotto", 0), ("Wayne Marotto", 1)]
    assert qs[0].speaker_title == "Col." and qs[0].speaker_role == "the Coalition’s military spokesperson"


def test_quote_after_reported_speech_takes_its_speaker():
    # senate/Dorgan/4Oct2007Dorgan132.txt (dev gold)
    par = ('Drug courts are also a smart investment, Dorgan said. "They not only help drug users get off drugs, they '
           'save taxpayers\' money."')
    qs = quotes("Senator Byron Dorgan (D-ND) won approval Thursday for an amendment.", par)
    assert [(q.speaker, q.kind) for q in qs] == [("Byron Dorgan", "indirect"), ("Byron Dorgan", "direct")]


def test_dash_attribution_after_a_quote():
    # newsworthy/247PressRelease/2025/0307/vow-...: testimonial set off by a dash
    par = ('"Innovation is key in the wedding industry, and this software is set to revolutionize how we plan." - '
           'Kimberley Richmond, Director of Sales at Alhi Weddings')
    qs = quotes(par)
    assert [q.speaker for q in qs] == ["Kimberley Richmond"]


def test_statement_announced_in_the_paragraph_before():
    # senate/Bingaman/1Sep2005Bingaman199.txt shape
    paras = [
        "Sen. Jeff Bingaman released the following statement today:",
        '"The devastation along the Gulf Coast is heartbreaking, and New Mexicans stand ready to help in any way '
        'we can."',
    ]
    assert [q.speaker for q in quotes(*paras)] == ["Jeff Bingaman"]


def test_organization_speaks():
    # doj/release_02672.html: ", the Justice Department announced today."
    par = ("The United States has filed a complaint in the U.S. District Court for the District of Columbia against "
           "Guild Mortgage Company (Guild) under the False Claims Act for improperly originating and underwriting "
           "mortgages insured by the Federal Housing Administration (FHA), the Justice Department announced today. "
           "Guild is a mortgage lender headquartered in San Diego, California.")
    qs = quotes(par)
    assert len(qs) == 1
    assert (qs[0].speaker, qs[0].kind, qs[0].speaker_type) == ("Justice Department", "indirect", "organization")
    assert qs[0].text.startswith("The United States has filed a complaint")


# -- indirect quotes ----------------------------------------------------------------------------

def test_added_that_with_short_name():
    # seed 000_06ca55f076f6df16.txt
    paras = [
        "“The coordination center remains a great example of cooperation,” said Col. Wayne Marotto, the Coalition’s "
        "military spokesperson.",
        "The Coalition discussed ongoing efforts. Col. Marotto added that these coordination centers prevent Daesh "
        "fighters to find sanctuary.",
    ]
    qs = quotes(*paras)
    assert (qs[-1].speaker, qs[-1].kind) == ("Wayne Marotto", "indirect")
    assert qs[-1].text == "these coordination centers prevent Daesh fighters to find sanctuary"


def test_reaffirmed_that_after_an_opening_phrase_and_appositive():
    # seed 000_06ca55f076f6df16.txt
    par = ("During the meeting, Brig. Gen. Osman Mohammed Mustafa, Director of Media of the Ministry of Peshmerga, "
           "reaffirmed that the Peshmerga Forces value the privileged relationship it has with the Iraqi Security "
           "Forces.")
    qs, people = extract_quotes([par])
    assert [(q.speaker, q.kind) for q in qs] == [("Osman Mohammed Mustafa", "indirect")]
    assert people[0].title == "Brig. Gen." and people[0].role == "Director of Media of the Ministry of Peshmerga"


def test_noted_that_on_a_wire():
    # newsworthy/247PressRelease/2025/0620/in-the-ai-era-wild-fox-ridge-...
    par = ("Jeffrey Keen, President and CEO of the Book Festival, noted that this year's competition received "
           "thousands of submissions from authors and publishers worldwide, across nearly 100 categories.")
    qs = quotes(par)
    assert [(q.speaker, q.kind) for q in qs] == [("Jeffrey Keen", "indirect")]
    assert qs[0].text.startswith("this year's competition received")


def test_pronoun_said_with_a_day_before_that():
    # senate/Dorgan/28Sep2005Dorgan192.txt (dev gold): "He said Wednesday that ..."
    paras = ["Sen. Byron Dorgan (D-ND) reminded Baseball Commissioner Bud Selig of the record.",
             "Dorgan chaired the first Commerce Subcommittee hearing on the use of steroids in baseball in 2002. He said "
             "Wednesday that it seems that time has run out."]
    qs = quotes(*paras)
    assert (qs[-1].speaker, qs[-1].text) == ("Byron Dorgan", "it seems that time has run out")


def test_said_with_a_bare_clause_after_a_name():
    # senate/Dorgan/19May2006 and senate/Domenici/2Aug2004: `said` + clause without `that`
    qs = quotes("Sen. Byron Dorgan (D-ND) said Friday his office has been informed of a new Air Force plan for the "
                "transition from an air refueling tanker mission.")
    assert [(q.speaker, q.kind) for q in qs] == [("Byron Dorgan", "indirect")]
    assert qs[0].text.startswith("his office has been informed")
    qs = quotes("Sen. Pete Domenici announced the grant today.",
                "Domenici, who serves on the Senate Appropriations Committee, said the Community Facility Grant "
                "funding has been approved by the U.S. Department of Agriculture.")
    assert [(q.speaker, q.text[:28]) for q in qs] == [("Pete Domenici", "the Community Facility Grant")]


def test_the_prime_minister_resolves_to_the_person_holding_that_role():
    # GOV.KRD style (the seed's issuer): a position named before, then `the Prime Minister`
    qs = quotes("Kurdistan Region Prime Minister Masrour Barzani on Tuesday received a delegation from the European "
                "Union, led by Ambassador Thomas Seiler.",
                "The Prime Minister stressed that the Kurdistan Regional Government remains committed to reforms.")
    assert [(q.speaker, q.kind) for q in qs] == [("Masrour Barzani", "indirect")]


def test_which_he_said_is_reported_speech():
    # senate/Dorgan/4Oct2007Dorgan132.txt (dev gold)
    par = ("Senator Byron Dorgan (D-ND) won approval Thursday for an amendment that substantially increases funding "
           "for the nation's drug courts, which he said get better results and cost less money than the traditional "
           "court system.")
    qs = quotes(par)
    assert [(q.speaker, q.kind) for q in qs] == [("Byron Dorgan", "indirect")]
    assert qs[0].text.startswith("get better results")


def test_according_to_a_person_but_not_to_documents():
    # newsdirect/2024/1203/the-awareness-group-...; doj release_05095 ("According to information presented in court")
    tag = ("According to Pablo Diaz, CEO and founder of TAG, the company is providing members with exclusive access to "
           "cutting-edge lending and financing tools.")
    assert [(q.speaker, q.kind) for q in quotes(tag)] == [("Pablo Diaz", "indirect")]
    doj = ("According to information presented in court, the seven defendants were admitted members of ABT, a "
           "powerful race-based, statewide organization.")
    assert quotes(doj) == []
    assert quotes("According to court documents, Smith wired the money to an account in Nevada.") == []


def test_joint_announcement_is_one_quote_by_the_first_named():
    # senate/Johnson/5May2005Johnson148.txt (dev gold)
    par = ("Prior to the fire, Office of Management and Budget (OMB) and BIA had indicated that there had been some "
           "movement on the funding that was to be used for the construction of a new gymnasium.")
    qs = quotes(par)
    assert [(q.speaker, q.kind) for q in qs] == [("Office of Management and Budget", "indirect")]


def test_stripped_quote_marks_with_verb_first_attribution():
    # doj/release_02673.html lost its quote marks in the scrape
    par = ("By strengthening the services provided by Georgias mental health system, this agreement will make a "
           "difference in the lives of Georgians with developmental disabilities, said Principal Deputy Assistant "
           "Attorney General Vanita Gupta, head of the Justice Departments Civil Rights Division.")
    qs = quotes(par)
    assert [(q.speaker, q.kind) for q in qs] == [("Vanita Gupta", "indirect")]
    assert qs[0].text.startswith("By strengthening the services")


# -- what is not a quote --------------------------------------------------------------------------

def test_scare_quotes_titles_and_slogans_are_not_quotes():
    # doj/release_02063.html, nw IMUA, 247PressRelease FitVille, newsdirect surety
    assert quotes('They are harmed if companies enter into so-called "no-poaching" agreements by agreeing not to '
                  "recruit each others employees.") == []
    assert quotes('Known for its slogan "Liberate Your Toes with Comfortable Shoes," FitVille continues to innovate '
                  "within the outdoor sports footwear sector.") == []
    assert quotes('Using data from the Ernst & Young (EY) study, "The Economic Benefits of Surety Bonds," industry '
                  "leaders reinforced that surety bonds safeguard taxpayer dollars.") == []


def test_scare_quote_inside_reported_speech_is_part_of_it():
    # nw IMUA (dev gold): the indirect quote, not "Parallel Track"
    paras = ["IMUA President and CEO Kevin O'Brien opened the meeting.",
             'Mr. O\'Brien pointed out that IMUA offers "Parallel Track" programming for newer, less experienced inland '
             "marine underwriting and claims personnel."]
    qs = quotes(*paras)
    assert [(q.speaker, q.kind) for q in qs] == [("Kevin O'Brien", "indirect")]
    assert qs[0].text.startswith('IMUA offers "Parallel Track" programming')


def test_unnamed_speakers_and_documents_are_left_out():
    # 247PressRelease Shincheonji ("said a representative"), senate Johnson ("the fire chief in Highmore said")
    assert quotes('"Knowing the reality of Revelation is the first step to leading believers in truth," said a '
                  "representative of the Shincheonji Uganda Church.") == []
    assert quotes("There is a fence up that surrounds the facility, and the fire chief in Highmore said the building "
                  "should be destroyed.") == []
    assert quotes("Dorgan noted a recent Government Accountability Office (GAO) study which found that offenders who "
                  "go through the drug court system have lower re-arrest and conviction rates.") == []


def test_noun_phrase_object_is_not_reported_speech():
    # seed 000: "emphasised the importance"; 247pr ARC: "announce the signing of"
    assert quotes("The spokesperson for the Iraqi Security Forces and the Peshmerga expressed support for these shared "
                  "goals and emphasised the importance of combined and coordinated efforts.") == []
    assert quotes('ARC Clean Technology Inc. ("ARC") and Nucleon Energy Inc. ("Nucleon") are pleased to announce the '
                  "signing of a Memorandum of Understanding (MOU).") == []
