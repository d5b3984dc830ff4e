"""The sentence splitter (extract/segment.py) on real sentences from several issuers."""

import time

import pytest

from pressroom.extract.segment import sentence_texts, split_sentences


def test_titles_never_end_a_sentence_seed():
    # seeds/000_06ca55f076f6df16.txt (GOV.KRD)
    para = ("“The coordination center remains a great example of the Peshmerga Security Forces and Iraqi "
            "Security Forces working together with a common goal,” said Col. Wayne Marotto, the Coalition’s "
            "military spokesperson.” “The Coalition has supported establishing coordination centers.”")
    assert sentence_texts(para) == [
        "“The coordination center remains a great example of the Peshmerga Security Forces and Iraqi "
        "Security Forces working together with a common goal,” said Col. Wayne Marotto, the Coalition’s "
        "military spokesperson.”",
        "“The Coalition has supported establishing coordination centers.”",
    ]


def test_brig_gen_and_doctor():
    # seed, and newmediawire/2025/0624/abvc-biopharma-converts-strategic-note...
    assert len(sentence_texts("During the meeting, Brig. Gen. Osman Mohammed Mustafa, Director of Media of the "
                              "Ministry of Peshmerga, reaffirmed the relationship.")) == 1
    para = ("“As both the licensing partner and anchor investor, ABVC is committed to AiBtl’s success,” said "
            "Dr. Uttam Patil, ABVC Chief Executive Officer. “This investment strengthens AiBtl’s ability to "
            "advance its pipeline.”")
    texts = sentence_texts(para)
    assert len(texts) == 2 and texts[0].endswith("Chief Executive Officer.")


def test_initialism_ends_a_sentence_only_before_an_opener():
    # newmediawire/2025/0724/researchers-awarded-10-5-million-to-study-use-of-ai-...
    para = ("The researchers will explore ways to improve screening for cardiovascular disease, the leading "
            "cause of death in the U.S. The projects are funded through a special research grant from the "
            "American Heart Association.")
    texts = sentence_texts(para)
    assert texts[0].endswith("in the U.S.") and texts[1].startswith("The projects are funded")
    # doj/release_00115.html: `U.S.` inside a sentence
    assert len(sentence_texts("The chief of staff for a former member of the U.S. House of Representatives "
                              "has been convicted.")) == 1


def test_company_suffix_ends_a_sentence_before_an_opener():
    # ibn/2025/0714/investornewsbreaks-nanoviricides-...
    para = ("The technology is based on proprietary know-how of TheraCour Pharma, Inc. The company has a "
            "Memorandum of Understanding with TheraCour for the development of drugs.")
    assert len(sentence_texts(para)) == 2
    assert len(sentence_texts("Shares of Acme Inc. Class A stock rose.")) == 1


def test_months_and_initials_doj():
    # doj/release_03207.html and doj/release_00115.html
    assert len(sentence_texts("The initial appearance for both defendants is scheduled for Jan. 19, 2016, at "
                              "the federal courthouse in Alexandria, Virginia.")) == 1
    assert len(sentence_texts("On Sept. 3, 2015, ODonnell pleaded guilty in the Middle District of Georgia "
                              "to one count of making false statements.")) == 1
    assert len(sentence_texts("Trial Attorneys Todd Gee and Sean F. Mulryne of the Criminal Divisions "
                              "Public Integrity Section are prosecuting the case.")) == 1


def test_glued_sentences_from_scrapes_doj():
    # doj/release_00115.html lost the space after a period
    para = ("David Bowser abused his position, said Acting Assistant Attorney General Cronan.The Criminal "
            "Division is committed to preserving the publics confidence in our government.")
    texts = sentence_texts(para)
    assert texts == ["David Bowser abused his position, said Acting Assistant Attorney General Cronan.",
                     "The Criminal Division is committed to preserving the publics confidence in our government."]


def test_glued_paragraphs_senate():
    # senate/Carper/03Aug2007Carper3.txt: subtitle glued to the lede with no mark at all
    para = ("Includes Carper-Voinovich Proposal to Improve America's InfrastructureAt midnight last night, "
            "the Senate unanimously passed the National Infrastructure Improvement Act of 2007.")
    assert sentence_texts(para) == [
        "Includes Carper-Voinovich Proposal to Improve America's Infrastructure",
        "At midnight last night, the Senate unanimously passed the National Infrastructure Improvement Act of 2007.",
    ]
    # a capitalised word inside a name is not glue
    assert len(sentence_texts("The McDonald family and the PowerPoint team met at DuPont headquarters.")) == 1


def test_unpunctuated_senate_text_is_cut_before_openers():
    # the shape of the Senate files that lost their punctuation (one long line, no periods or commas)
    run = ("Senator Baucus said today the bill will help farmers and ranchers across Montana get the credit "
           "they need to keep their operations going through the drought "
           "The measure passed the Senate Finance Committee by a wide margin and now heads to the full Senate "
           "for a vote later this month where it is expected to pass with support from both parties "
           "He said the bill also protects rural hospitals that serve veterans and seniors in small towns "
           "across the state and the region")
    texts = sentence_texts(run)
    assert len(texts) == 3
    assert texts[1].startswith("The measure passed") and texts[2].startswith("He said the bill")
    assert " ".join(texts) == " ".join(run.split())


def test_long_punctuated_sentence_is_not_cut():
    # doj/release_10272.html: one 70-word sentence with commas and semicolons
    sent = ("Karen L. Blyth and David H.M. Phelps pleaded guilty today in federal court in Mobile, Ala., to 13 "
            "felony offenses for their roles in purchasing and selling farm raised Asian catfish and Lake "
            "Victoria perch falsely labeled as grouper; selling foreign farm-raised shrimp falsely labeled as "
            "U.S. wild caught shrimp, selling shrimp that falsely claimed to be larger, more expensive shrimp "
            "than they actually were; and for buying fish they knew had been illegally imported into the "
            "United States.")
    assert sentence_texts(sent) == [sent]


def test_offsets_point_into_the_paragraph():
    para = "  First one here.   Second one follows!  "
    for s in split_sentences(para):
        assert " ".join(para[s.start:s.end].split()) == s.text
    assert [s.text for s in split_sentences(para)] == ["First one here.", "Second one follows!"]


def test_nothing_to_split():
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []
    assert sentence_texts("no punctuation at all") == ["no punctuation at all"]


@pytest.mark.parametrize("bad", [
    "." * 100_000,
    "“" * 10_000 + " said",
    "”." * 10_000 + " The",
    "(" * 10_000 + ")" * 10_000,
    "Word " * 5_000,
    "U.S. " * 10_000,
    "a" * 100_000,
    "ALL CAPS NO PUNCTUATION " * 2_000,
    "Пресс-релиз министерства. Второе предложение. 新闻稿。第二句。" * 500,
])
def test_bad_input_is_fast_and_safe(bad):
    t = time.perf_counter()
    texts = sentence_texts(bad)
    assert time.perf_counter() - t < 1.0
    assert isinstance(texts, list)
