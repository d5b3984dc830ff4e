"""The query language: parsing, compiling to FTS5 without ever passing user syntax through,
and typo correction against a vocabulary (callbacks here; the real index in test_index.py)."""

import sqlite3
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.errors import PressroomError
from pressroom.query import correct, fts_tokens, nearest, parse_query


def shape(q):
    """Groups as lists of (text, phrase, prefix, column), plus excluded texts: easy to compare."""
    return ([[(a.text, a.phrase, a.prefix, a.column) for a in g] for g in q.groups],
            [(a.text, a.column) for a in q.excluded])


def fts_db():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, speaker, org, source, location)")
    # a sentence from the GOV.KRD seed release and one from a DOJ release
    db.execute("INSERT INTO fts VALUES (?, ?, ?, ?, ?, ?)", (
        "Coalition Forces meet with Joint Coalition Coordination Center forces in Erbil",
        "The JCCC was established in 2015 to coordinate operations between the Peshmerga Security "
        "Forces and the Iraqi Security Forces (ISF) in the fight against ISIS.",
        "Wayne Marotto", "Joint Coalition Coordination Center\nJCCC", "GOV.KRD", "Erbil, Kurdistan Region, Iraq"))
    db.execute("INSERT INTO fts VALUES (?, ?, ?, ?, ?, ?)", (
        "Cisco Systems and Westcon Group North America Pay $48 Million to Settle False Claims Act Allegations",
        '"Contractors that do business with the United States must deal fairly with federal agencies," '
        "said Tony West, Assistant Attorney General for the Civil Division of the Department of Justice.",
        "Tony West", "Department of Justice\nGeneral Services Administration\nGSA", "", "WASHINGTON"))
    return db


def matches(db, text):
    return [r[0] for r in db.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid", (parse_query(text).to_fts(),))]


def test_words_are_anded_and_phrases_kept_together():
    assert shape(parse_query("peshmerga erbil")) == ([[("peshmerga", False, False, None)], [("erbil", False, False, None)]], [])
    assert shape(parse_query('"security forces" ISIS')) == (
        [[("security forces", True, False, None)], [("ISIS", False, False, None)]], [])
    db = fts_db()
    assert matches(db, "peshmerga erbil") == [1]
    assert matches(db, "peshmerga justice") == []
    assert matches(db, '"security forces"') == [1]
    assert matches(db, '"forces security"') == []


def test_or_binds_tighter_than_and():
    q = parse_query("isis OR daesh coalition")
    assert shape(q)[0] == [[("isis", False, False, None), ("daesh", False, False, None)], [("coalition", False, False, None)]]
    db = fts_db()
    assert matches(db, "westcon OR peshmerga") == [1, 2]
    assert matches(db, "westcon OR peshmerga erbil") == [1]
    assert matches(db, "daesh OR westcon cisco") == [2]


def test_exclusion_with_dash_or_not():
    db = fts_db()
    assert matches(db, "forces -peshmerga") == []
    assert matches(db, "states -peshmerga") == [2]
    assert matches(db, "security NOT westcon") == [1]
    assert shape(parse_query("security NOT westcon"))[1] == [("westcon", None)]
    with pytest.raises(PressroomError, match="nothing to search for"):
        parse_query("-covid").to_fts()


def test_prefix():
    db = fts_db()
    assert shape(parse_query("coordinat*"))[0] == [[("coordinat", False, True, None)]]
    assert matches(db, "coordinat*") == [1]
    assert matches(db, "contract*") == [2]
    assert matches(db, "contract") == []


def test_field_filters():
    db = fts_db()
    assert matches(db, "title:erbil") == [1]
    assert matches(db, "title:justice") == []  # only in the body
    assert matches(db, "justice") == [2]
    assert matches(db, "speaker:west") == [2]
    assert matches(db, 'speaker:"wayne marotto"') == [1]
    assert matches(db, "org:gsa") == [2]
    assert matches(db, "source:gov.krd") == [1]
    assert matches(db, "location:washington") == [2]
    assert matches(db, "-location:washington forces") == [1]
    assert shape(parse_query("Title:Erbil"))[0] == [[("Erbil", False, False, "title")]]


def test_unknown_field_is_text():
    # `covid:19` and a URL are not field filters
    assert shape(parse_query("covid:19"))[0] == [[("covid:19", False, False, None)]]
    db = fts_db()
    assert matches(db, "https://www.justice.gov") == []  # searched as words, no error
    assert matches(db, "gov:krd") == [1]


HOSTILE = [
    '"', '""', '"""', "*", "**", "NEAR(", "NEAR(a b)", ":", "^", "^erbil", "title:", "title:*", "-", "--", "- -",
    "OR", "OR OR", "a OR", "OR erbil", "AND", "NOT", "erbil NOT", "(", ")", "((erbil", "erbil)", "{title}: erbil",
    '"unclosed phrase', 'erbil "', "col:\"x\"", "+", "-+", "\\", "'", "'erbil'", "e*r*b*i*l", "title:(erbil)",
    "\x00", "erbil\x00isis", "\u202e", "COVID-19", "U.S.", "AT&T", "$48", "#1", "@peshmerga", "漢字", "Ελλάδα",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_reach_fts5_as_syntax(text):
    db = fts_db()
    q = parse_query(text)
    try:
        expr = q.to_fts()
    except PressroomError:
        return  # "nothing to search for" is the only acceptable refusal
    db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,)).fetchall()


def test_lone_or_is_dropped_and_bare_or_is_a_word():
    assert shape(parse_query("OR erbil"))[0] == [[("erbil", False, False, None)]]
    assert shape(parse_query("erbil OR"))[0] == [[("erbil", False, False, None)]]
    assert shape(parse_query("OR"))[0] == [[("or", False, False, None)]]


def test_unbalanced_quote_runs_to_the_end():
    assert shape(parse_query('erbil "security forces'))[0] == [
        [("erbil", False, False, None)], [("security forces", True, False, None)]]


def test_curly_quotes_make_phrases():
    # pasted from a release: “Security Forces”
    assert shape(parse_query("\u201cSecurity Forces\u201d"))[0] == [[("Security Forces", True, False, None)]]


def test_two_plain_words_rank_adjacent_text_higher_but_match_the_same():
    expr = parse_query("prime minister").to_fts()
    assert '"prime minister"' in expr
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, source, location)")
    # Senate (Stevens): the words together; a DOJ-style sentence: apart
    db.execute("INSERT INTO fts(body) VALUES ('after meeting with Japanese Prime Minister Shinzo Abe and Japanese Ambassador Ryozo Kato')")
    db.execute("INSERT INTO fts(body) VALUES ('the prime contractor told the minister of defence about the Japanese offer')")
    db.execute("INSERT INTO fts(body) VALUES ('the minister spoke')")
    rows = db.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts)", (expr,)).fetchall()
    assert [r[0] for r in rows] == [1, 2]


def test_plan_splits_names_fields_from_the_text():
    p = parse_query("peshmerga title:erbil -covid").plan()
    assert p.text == parse_query("peshmerga title:erbil -covid").to_fts() and not p.must and not p.must_not
    p = parse_query("speaker:marotto peshmerga -org:gsa").plan()
    assert p.text == '"peshmerga"'
    assert p.must == [('speaker : "marotto"', "")] and p.must_not == [("names", 'org : "gsa"')]
    p = parse_query("who:marotto OR westcon -fraud").plan()
    assert p.text == "" and p.must == [('speaker : "marotto"', '"westcon"')]
    assert p.must_not == [("fts", '"fraud"')]
    assert p.highlight == '("marotto" OR "westcon")'
    with pytest.raises(PressroomError):
        parse_query("-speaker:marotto").plan()


def test_only_speaker_and_org_fields_need_the_extractors():
    assert not parse_query("peshmerga title:erbil source:gov.krd location:erbil").needs_names
    assert parse_query("speaker:marotto").needs_names
    assert parse_query("isis -org:jccc").needs_names
    assert parse_query("isis OR who:west").needs_names


def test_bad_input_is_fast_and_never_raises():
    t0 = time.perf_counter()
    for text in ['"' * 10_000, "(" * 10_000, "-" * 10_000, "a:" * 5_000, "OR " * 5_000,
                 " ".join(["Peshmerga"] * 5_000), "x" * 100_000, "ERBIL KURDISTAN " * 2_000]:
        q = parse_query(text)
        try:
            q.to_fts()
        except PressroomError:
            pass
    assert time.perf_counter() - t0 < 2.0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_compiles_to_valid_fts5(text):
    db = fts_db()
    try:
        expr = parse_query(text).to_fts()
    except PressroomError:
        return
    db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,)).fetchall()


# ---------------------------------------------------------------- typo correction

# words of the GOV.KRD seed release (Erbil) with document counts, as the index vocabulary gives them
SEED_VOCAB = {"marotto": 1, "peshmerga": 3, "coalition": 5, "coordination": 4, "kurdistan": 2, "security": 6,
              "misinformation": 1, "marine": 1, "marriott": 2, "erbil": 3, "peshawar": 1}


def known(term):
    return term in SEED_VOCAB


def candidates(term):
    return [(t, n) for t, n in SEED_VOCAB.items() if t[0] == term[0]]


def test_unknown_word_is_replaced_by_its_nearest_vocabulary_words():
    q, notes = correct(parse_query("marroto"), known, candidates)
    assert shape(q)[0] == [[("marotto", False, False, None)]]
    assert notes == ["searched for marotto instead of marroto"]
    q, notes = correct(parse_query("peshmerg forces"), known, candidates)
    assert shape(q)[0][0] == [("peshmerga", False, False, None)]
    assert notes == ["searched for peshmerga instead of peshmerg"]


def test_known_words_phrases_prefixes_and_exclusions_are_left_alone():
    for text in ("erbil", '"marroto said"', "marrot*", "erbil -marroto", "title:erbil"):
        q, notes = correct(parse_query(text), known, candidates)
        assert notes == [], text


def test_no_close_word_no_change():
    q, notes = correct(parse_query("zebrafish"), known, candidates)
    assert notes == [] and shape(q)[0] == [[("zebrafish", False, False, None)]]


def test_field_is_kept_on_the_corrected_word():
    q, notes = correct(parse_query("speaker:marroto"), known, candidates)
    assert shape(q)[0] == [[("marotto", False, False, "speaker")]]


def test_nearest_prefers_closer_then_commoner():
    assert nearest("securty", [("security", 6), ("securely", 9)]) == ["security"]
    assert nearest("xyz", []) == []


def test_fts_tokens_fold_like_unicode61():
    assert fts_tokens("Kurdistan Region’s Peshmerga, café COVID-19") == ["kurdistan", "region", "s", "peshmerga", "cafe", "covid", "19"]


# The scanner in query._tokens, written as the regex it replaces (kept out of the search
# path only because importing `re` costs start-up time): the two must agree on any input.
import re  # noqa: E402

REFERENCE = re.compile(
    r"""
    (?P<neg>-(?=[^\s-]))?                 # -excluded (a lone or doubled dash is not a negation)
    (?:(?P<field>[A-Za-z]+):(?=[^\s]))?   # title: speaker: ... glued to what follows
    (?:"(?P<phrase>[^"]*)"?               # "a phrase" (an unclosed quote runs to the end)
      | (?P<word>[^\s"]+))                # anything else up to a space or a quote
    """,
    re.X,
)


def reference_tokens(text):
    return [(m.group("neg") is not None, m.group("field"), m.group("phrase"), m.group("word"))
            for m in REFERENCE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab:-" \t*Tt\u00e9\u201cOR()^')), max_size=40))
def test_scanner_agrees_with_the_reference_regex(text):
    from pressroom.query import _tokens

    assert list(_tokens(text)) == reference_tokens(text)


@pytest.mark.parametrize("text", ['-title:"Prime Minister" isis* OR daesh', 'a -b --c - -"d e', 'x:"', 'title:', '"'])
def test_scanner_examples(text):
    from pressroom.query import _tokens

    assert list(_tokens(text)) == reference_tokens(text)
