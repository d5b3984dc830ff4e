"""Quote attribution, fifth round of held-out issuers (helper hq5). Each test runs a rule on real
text; the comment names the issuer and the release the rule was written for."""

from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def test_state_and_party_name_the_senator():
    # Senate, Byrd (3Nov2005): `The West Virginia Democrat noted that ...` gave the speaker
    # 'West Virginia Democrat'; the senator of the release is meant, as for `the senator said`
    pars = ("Sen. Robert C. Byrd, D-W.Va., said that Supreme Court nominee Judge Samuel Alito respects the right "
            "of Americans to express their religious beliefs in public places.",
            "The West Virginia Democrat noted that Judge Alito also discussed the importance of judicial "
            "precedent, especially on statutory issues.")
    assert ("indirect", "Robert C. Byrd", "Judge Alito also discussed the") in quotes_of(*pars)
    # the same shape with 'lawmaker' (Byrd, 1Feb2006: `The West Virginia lawmaker also urged ...`)
    pars = (pars[0], "The West Virginia lawmaker said that Judge Alito also discussed the importance of judicial "
            "precedent, especially on statutory issues.")
    assert ("indirect", "Robert C. Byrd", "Judge Alito also discussed the") in quotes_of(*pars)


def test_party_alone_is_no_senator():
    # no state: `the Democrat` is a party's member at large, not the senator
    pars = ("Sen. Robert C. Byrd, D-W.Va., said that Supreme Court nominee Judge Samuel Alito respects the right "
            "of Americans to express their religious beliefs in public places.",
            "The Democrat noted that Judge Alito also discussed the importance of judicial precedent.")
    assert not any(s == "Robert C. Byrd" and t.startswith("Judge Alito also") for _, s, t in quotes_of(*pars))


def test_initials_without_periods_before_a_surname():
    # rule written for noticiasnewswire (TAMACC, 2025-04: `said JR Gonzales, Vice Chairman of
    # TAMACC`); run on newmediawire (American Heart Association, 2025-06-09), a degree between
    # the name and the position
    par = ("“These certifications represent an important step forward in the American Heart Association’s global "
           "efforts to improve cardiovascular care,” said DP Suresh, M.D., incoming volunteer co-chair of the "
           "American Heart Association’s International Committee.")
    quotes, people = extract_quotes([par], None, ())
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("DP Suresh", "These certifications")]
    assert [p.name for p in people] == ["DP Suresh"]
    assert people[0].role.startswith("incoming volunteer co-chair")


def test_two_capitals_without_a_position_are_no_initials():
    # an acronym and a word (`GE Healthcare`, `NC State`) with no position after it stays no person
    par = "“We are proud of this work,” said NC State, the university that hosted the event."
    _, people = extract_quotes([par], None, ())
    assert people == []


def test_bare_initials_stay_linear():
    par = "“Good,” said JR Gonzales, Vice Chairman of TAMACC. " * 5000
    t = time.process_time()
    extract_quotes([par], None, ())
    assert time.process_time() - t < 1.0
