"""Quotes and people, tenth round of held-out issuers (helper q10, sample seed 511146: wires boostify,
evertiseaipr, newsusa, prism, prvolt, mediaoutreach, keycrew, noticiasnewswire, reportable, prkarma;
Senate BillNelson, Dewine, Sarbanes, Tester, Whitehouse, Chambliss, Corzine, Dayton, Demint, Dole, Lott,
Santorum, Sanders, Vitter, Wyden, Jeffords; 16 DOJ releases). Each test runs a rule on real text from a
release other than the ones it was written from (Senate Sanders 2Jul2007, keycrew 2026/0309 Keasy)."""

from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[tuple[str | None, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), None, ())
    return [(q.speaker, q.kind, q.text) for q in quotes]


def test_aside_attribution_by_surname():
    # Senate Isakson 16May2006: 'The result, Isakson said, was that ...'
    got = quotes_of(
        "Sen. Johnny Isakson (R-Ga.) today voiced his disappointment at the Senate's refusal to adopt his "
        "amendment to commit to secure the U.S. borders as the required first step of any immigration reform.",
        "Isakson cited the 1986 amnesty program created by President Ronald Reagan that granted amnesty to 3 "
        "million illegal immigrants but failed to appropriate the funds necessary to secure the border. The "
        "result, Isakson said, was that millions more immigrants flooded into the United States illegally and "
        "now are straining our schools, our hospitals and our local jails.")
    assert ("Johnny Isakson", "indirect",
            "The result, Isakson said, was that millions more immigrants flooded into the United States illegally "
            "and now are straining our schools, our hospitals and our local jails") in got


def test_aside_attribution_by_pronoun():
    # citybiz 2025/1103 'Yossi Barishev on Redefining Leadership ...': 'This shift, he explains, was key ...'
    got = quotes_of(
        "When Yossi Barishev joined hosts Noa Eshed and Ronen Menipaz on the Real Life Superpowers, the "
        "discussion moved far beyond a standard founder interview.",
        "Barishev argues that the company’s early credibility often depends on the founder’s own reputation.",
        "Over time, Barishev learned to rely more on his internal compass and to evaluate advice based on lived "
        "experience rather than external praise. This shift, he explains, was key to making clear and confident "
        "decisions during the uncertain early stages of building a startup.")
    assert [(s, k) for s, k, t in got if t.startswith("This shift, he explains")] == [("Yossi Barishev", "indirect")]


def test_aside_attribution_of_a_titled_official():
    # Senate Byrd 15Jun2004: 'The IRS, Everson explained, is working to avoid duplication ...'
    got = quotes_of(
        "In response, Commissioner Mark W. Everson has told Byrd that the IRS is moving toward an overall "
        "expansion of the Martinsburg Computing Center. The IRS, Everson explained, is working to avoid "
        "duplication of services at its three computing centers, which will mean an elimination of some jobs.")
    assert [s for s, k, t in got if t.startswith("The IRS, Everson explained")] == ["Mark W. Everson"]


def test_no_aside_for_a_vague_pronoun_or_a_lone_opener():
    # 247PressRelease 2026/0803: 'The approach, they noted, broadens participation ...' (who `they` are
    # cannot be told); `Meanwhile, he said, ...`: one word before the aside is an opener, not a statement
    got = quotes_of(
        "Organizers of the festival met with Jane Roe on Monday.",
        "The approach, they noted, broadens participation while preserving the cultural pride and heritage of the "
        "kingdom.",
        "Meanwhile, she said, the program grows.")
    assert got == []


def test_hostile_asides_stay_linear():
    t = time.process_time()
    extract_quotes(["Sen. John Smith spoke. The plan, Smith said, is a good one. " * 5000], None, ())
    extract_quotes(["x, he said, " * 5000], None, ())
    assert time.process_time() - t < 1.0


def test_a_belief_is_no_reported_speech():
    # written from the gold conventions (reported speech is a saying; the blind mini-gold2 leaves out
    # pressservices Nicole Burns' `She believes that ...`); run on Senate Voinovich 11May2006 (`that`
    # clause) and Senate Isakson 2Apr2008 (a bare clause)
    got = quotes_of(
        "Sen. George V. Voinovich (R-OH) today voted against the tax reconciliation bill.",
        "While he supports tax cuts as an economic stimulus, Senator Voinovich believes that an overdose of tax "
        "cuts will do more harm than good at this time.")
    assert got == []
    got = quotes_of(
        "Sen. Johnny Isakson (R-Ga.) today urged the Senate to pass a tax credit for home buyers.",
        "Isakson believes the results were clear and swift as home values stabilized and housing inventory dropped.")
    assert got == []
    # a saying in the same shape still is: `Isakson said the results were ...`
    got = quotes_of(
        "Sen. Johnny Isakson (R-Ga.) today urged the Senate to pass a tax credit for home buyers.",
        "Isakson said the results were clear and swift as home values stabilized and housing inventory dropped.")
    assert [(s, k) for s, k, _ in got] == [("Johnny Isakson", "indirect")]


def test_subject_of_a_where_clause_is_not_the_sentence_subject():
    # Senate Coleman 5Sep2007 (the only corpus sentence of the shape, no other release to run it on):
    # `where U.S. military officials indicated that ...` is the officials' saying (nobody named), not
    # the senator's who heads the sentence, as after `when`/`after` already
    got = quotes_of(
        "Minnesota Senator Norm Coleman traveled to Iraq this weekend where he met with military and government "
        "officials.",
        "Coleman traveled to the cities of Baghdad, Fallujah, and Ramadi where U.S. military officials indicated "
        "that al-Qaeda is losing its stronghold in Anbar Province as a result of the surge in U.S. troops.")
    assert got == []
