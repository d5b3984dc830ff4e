"""The pure helpers behind the summary views: chart buckets, sparkline, shortening, stats rows."""

from pressroom.cli.summary_view import chart_buckets, quote_text, shorten, sparkline, stats_rows


def months(pairs):
    return [{"month": m, "releases": n} for m, n in pairs]


def test_short_spans_are_months_with_the_gaps_shown():
    assert chart_buckets(months([("2021-02", 1), ("2021-05", 3)])) == (
        "month", [("2021-02", 1), ("2021-03", 0), ("2021-04", 0), ("2021-05", 3)])


def test_a_stray_old_date_does_not_make_a_column_of_empty_years():
    # the shared corpus has one release dated 1941 among 2004-2026 ones
    pm = months([("1941-12", 1)] + [(f"20{y:02d}-03", 5) for y in range(4, 27)])
    unit, bars = chart_buckets(pm)
    assert unit == "year" and bars[0] == ("1941", 1) and len(bars) == 24
    assert all(c > 0 for _, c in bars)


def test_a_century_becomes_decades():
    unit, bars = chart_buckets(months([(f"{y}-01", 1) for y in range(1900, 2000)]))
    assert unit == "decade" and len(bars) == 10 and bars[0] == ("1900s", 10)


def test_no_dates_no_chart():
    assert chart_buckets([]) == ("month", [])


def test_sparkline_fits_the_width_and_scales():
    line = sparkline(list(range(100)), 20)
    assert len(line) == 20 and line[-1] == "█"
    assert sparkline([0, 0, 5], 10) == "  █"
    assert sparkline([], 10) == "" and sparkline([1, 2], 0) == ""


def test_shorten_cuts_at_a_word_and_says_so():
    text = "word " * 100
    out = shorten(text, 50)
    assert len(out) <= 52 and out.endswith(" …")
    assert shorten("short quote", 50) == "short quote"


def test_quote_text_drops_the_comma_before_said():
    # seed: “... working together with a common goal,” said Col. Wayne Marotto
    assert quote_text("working together with\na common goal,") == "working together with a common goal"


def test_stats_rows_are_flat_numbers():
    s = {"releases": 2, "dated": 1, "undated": 1, "first_date": "2021-02-17", "last_date": "2021-02-17",
         "per_month": months([("2021-02", 1)]), "issuers": 1, "unattributed": 1,
         "top_issuers": [{"source": "GOV.KRD", "releases": 1}], "speakers": 1, "quotes": 3,
         "organizations": 0, "acronyms": 0}
    rows = {r["metric"]: r["value"] for r in stats_rows(s)}
    assert rows["busiest_month"] == "2021-02" and rows["top_issuer"] == "GOV.KRD" and rows["months"] == 1
    empty = dict(s, per_month=[], top_issuers=[], releases=0)
    rows = {r["metric"]: r["value"] for r in stats_rows(empty)}
    assert rows["busiest_month"] is None and rows["top_issuer"] is None
