"""Property tests: no input makes the parser or the extractors raise, hang or change types."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.decode import decode_bytes
from pressroom.errors import ReadError
from pressroom.parse import parse_bytes_all, parse_text
from pressroom.structure.dateline import parse_dateline

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like releases: words, capitals, quotes, parentheses, dashes, newlines
ATOMS = st.sampled_from([
    "said", "Col.", "Wayne", "Marotto", "the", "Coalition", "(JCCC)", "(", ")", "“", "”", '"', "‘", "’", "'",
    "«", "»", "``", "''", " - ", " — ", "--", ",", ".", ":", "\n", "\n\n", "WASHINGTON", "Inc.", "U.S.",
    "Department of Justice", "According to", "he", "added that", "###", "About", "Contact:", "2021",
    "February 17, 2021", "(GOV.KRD)", "/24-7PressRelease/", "<p>", "</p>", "# ", "**", "[", "](", "{", "}",
])
RELEASE_TEXT = st.lists(st.one_of(ATOMS, st.text(max_size=12)), max_size=120).map(" ".join)


def _check_types(rel):
    assert isinstance(rel.id, str) and isinstance(rel.paragraphs, list)
    assert rel.title is None or isinstance(rel.title, str)
    assert rel.date is None or (isinstance(rel.date, str) and len(rel.date) == 10)
    assert all(isinstance(p, str) for p in rel.paragraphs)
    for q in rel.quotes:
        assert isinstance(q.text, str) and q.kind in ("direct", "indirect")
        assert q.speaker is None or isinstance(q.speaker, str)
    assert all(isinstance(p.name, str) for p in rel.people)
    assert all(isinstance(o.name, str) for o in rel.organizations)
    assert all(isinstance(a.short, str) for a in rel.acronyms)
    assert isinstance(rel.summary, str)


@FUZZ
@given(RELEASE_TEXT, st.sampled_from(["x.txt", "x.md", "x.html", "x.json"]))
def test_parse_text_never_raises_unexpectedly(text, name):
    try:
        rel = parse_text(text, name=name)
    except ReadError:
        return
    _check_types(rel)


@FUZZ
@given(st.text(max_size=400))
def test_random_unicode(text):
    try:
        _check_types(parse_text(text, name="x.txt"))
    except ReadError:
        pass


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes(data):
    try:
        for rel in parse_bytes_all(data, "x.txt"):
            _check_types(rel)
    except ReadError:
        pass


@FUZZ
@given(st.binary(max_size=300))
def test_decode_only_raises_read_error(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except ReadError:
        pass


@FUZZ
@given(RELEASE_TEXT)
def test_dateline_never_raises(text):
    d = parse_dateline(text)
    assert d is None or 0 <= d.end <= len(text)


def _cost(make, n: int) -> float:
    text = make(n)
    t0 = time.perf_counter()
    parse_text(text, name="x.txt")
    return time.perf_counter() - t0


HOSTILE = {
    "quote marks": lambda n: "Title\n\n" + "“" * n + " said X.",
    "straight quotes": lambda n: "Title\n\n" + '"a," said Bob. ' * n,
    "parentheses": lambda n: "Title\n\n" + "Joint Center (" * n + "JC" + ")" * n,
    "capitalised words": lambda n: "Title\n\n" + "Alpha Beta Gamma Department " * n,
    "no punctuation": lambda n: "Title\n\n" + "the senator said that we will work hard for the people of the state " * n,
    "nested quotes": lambda n: "Title\n\n" + "“‘«" * n + "x" + "»’”" * n,
    "dashes": lambda n: "WASHINGTON " + "- " * n,
}


def test_hostile_inputs_scale_linearly():
    """4x the input must cost well under 16x the time (quadratic), whatever the shape."""
    for label, make in HOSTILE.items():
        small = max(_cost(make, 500), 1e-3)
        big = _cost(make, 2000)
        assert big < 10 * small + 0.05, f"{label}: {small:.3f}s at 500, {big:.3f}s at 2000"
