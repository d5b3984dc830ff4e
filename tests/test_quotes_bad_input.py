"""Bad input never raises and never slows the quote extractor down.

Each case must finish well under a second on a slow machine: the regexes are linear and no
rule looks at more than one paragraph piece of at most 20,000 characters at a time.
"""

from __future__ import annotations

import time

import pytest

from pressroom.extract.quotes import extract_quotes

LIMIT = 2.0  # seconds, generous for a loaded CI machine; the cases take a few ms to ~0.2 s here


def run(paragraphs: list[str], boilerplate: tuple[str, ...] = ()):
    t0 = time.perf_counter()
    quotes, people = extract_quotes(paragraphs, None, boilerplate)
    assert time.perf_counter() - t0 < LIMIT
    return quotes, people


CASES = {
    "10k straight marks": ['"' * 10_000],
    "10k spaced straight marks": [' "a" said Smith ' * 2_500],
    "10k curly openers": ["“" * 10_000],
    "10k alternating curly": ["“x” " * 5_000],
    "10k guillemets and tex": ["« ``a'' » " * 2_500],
    "10k parentheses": ["(" * 10_000 + "John Smith said" + ")" * 10_000],
    "5k capitalised words": [" ".join(["Smith"] * 5_000)],
    "5k given names": [" ".join(["John Smith"] * 2_500) + " said that it works."],
    "5k titles": ["Sen. " * 5_000 + "Smith said."],
    "10k said": ["Smith said " * 10_000],
    "10k that": ["He said that " * 10_000],
    "all caps": ['SEN. JOHN SMITH SAID THAT "THE BILL IS GOOD," SMITH SAID. ' * 500],
    "no punctuation": ["senator john smith said today that the bill is good and he said it again " * 800],
    "one long line": ["Word " * 200_000],
    "unbalanced open": ['"We will never stop, said Smith and then nothing closes at all ' * 100],
    "quote to the end of the file": ['Smith said: "This goes on', "and on", "and on without a closing mark"],
    "non-latin": ["«Мы продолжим работу», — сказал Иван Петров. 我们将继续努力，张伟说。 قال أحمد علي: «سنواصل»"],
    "kurdish and arabic names": ["“ئێمە بەردەوام دەبین،” وتی سەرۆک نێچیرڤان بارزانی"],
    "control characters": ["\x00\x01\x02 \"Hello,\x07\" said \x1b[31mJohn Smith\x1b[0m."],
    "empty": [],
    "blank paragraphs": ["", " ", "\n\n"],
    "only marks and commas": [',"' * 5_000],
    "many appositives": ["John Smith, " + "the CEO, " * 3_000 + "said that it works."],
    "many according to": ["According to " * 5_000 + "Smith, the bill works."],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_never_raises_and_stays_fast(name):
    quotes, people = run(CASES[name])
    assert isinstance(quotes, list) and isinstance(people, list)
    for q in quotes:
        assert isinstance(q.text, str) and q.kind in ("direct", "indirect")
        assert 0 <= q.paragraph < max(1, len(CASES[name]))


def test_sensible_output_on_unbalanced_marks():
    quotes, _ = run(['Smith said: "This goes on', "and on", "and on without a closing mark"])
    # the open quote ends with its paragraph (the next one does not open with a mark)
    assert [(q.speaker, q.text) for q in quotes] == [("Smith", "This goes on")]


def test_huge_paragraph_keeps_paragraph_indexes():
    par = ("Filler words here. " * 2_000) + '"We will keep going," said John Smith.'
    quotes, _ = run(["Intro.", par])
    assert [(q.speaker, q.paragraph) for q in quotes] == [("John Smith", 1)]


def test_boilerplate_garbage():
    _, people = run([], ("Contact: " + "Name " * 10_000, "x@y.z " * 5_000, "(" * 3_000))
    assert isinstance(people, list)
