"""Invariants of extract and compare on generated text (hypothesis, bounded to stay fast)."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    arbitrary_text,
    claim_sentences,
    newsy_texts,
    report_sentences,
    unrelated_sentences,
)

from claimdiff import compare, extract
from claimdiff.extract.starts import Starts
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Claim, Finding, Qualifier, Report, Verdict

# Bounded so the whole module runs in well under a minute on two cores.
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The same examples on every run: a property's rare failing case belongs in a test of its
# own (below), not in a suite that passes or fails by chance, nor minutes of shrinking.
SLOW = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)


def _check_claims(source: str, claims: list[Claim]) -> None:
    for c in claims:
        start, end = c.span
        assert 0 <= start <= end <= len(source), c
        assert c.text == source[start:end], c
        s0, s1 = c.sentence
        assert 0 <= s0 <= s1 <= len(source), c
        if c.quantity is not None:
            for x in (c.quantity.low, c.quantity.high, c.quantity.value):
                assert x is None or math.isfinite(x), c


@FAST
@given(arbitrary_text)
def test_extract_never_raises_on_arbitrary_text(text: str) -> None:
    """Any text extracts without error, and every claim's text is source[span]."""
    _check_claims(text, list(extract(text)))


@FAST
@given(newsy_texts())
def test_claim_text_is_source_span(text: str) -> None:
    """On text full of figures, every claim's text is exactly source[span], within bounds."""
    claims = list(extract(text))
    _check_claims(text, claims)


@FAST
@given(claim_sentences())
def test_a_figure_sentence_yields_a_claim(text: str) -> None:
    """A sentence built around a figure is not dropped: at least one claim comes out of it."""
    assert list(extract(text)), text


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\t ", "\u00a0\u202f\u2009", "\u200b\u200d\ufeff", "\r\n" * 50],
    ids=["empty", "space", "blank-lines", "typographic-spaces", "zero-width", "crlf-run"],
)
def test_empty_and_blank_give_nothing(text: str) -> None:
    """Empty and whitespace-only texts give no claims, and compare them consistently."""
    assert list(extract(text)) == []
    report = compare(text, text)
    assert report.findings == ()
    assert report.consistent


def _known(source: str, c: Claim) -> tuple[str, str]:
    """A claim by its text and its sentence's text.

    When a text repeats a sentence word for word, either copy may be the one
    aligned: the copies are the same claim for these properties.
    """
    return (c.text, source[c.sentence[0] : c.sentence[1]])


@SLOW
@given(newsy_texts(), newsy_texts())
def test_compare_is_mirrored(a: str, b: str) -> None:
    """compare(b, a) gives the findings of compare(a, b) with the sides swapped, same verdicts."""
    ab, ba = compare(a, b), compare(b, a)
    for forward, backward in ((ab.findings, ba.findings), (ab.quotes, ba.quotes)):
        there = sorted((_known(a, f.a), _known(b, f.b), f.verdict, f.score) for f in forward)
        back = sorted((_known(a, f.b), _known(b, f.a), f.verdict, f.score) for f in backward)
        assert [x[:3] for x in there] == [x[:3] for x in back]
        assert [x[3] for x in there] == pytest.approx([x[3] for x in back])
    assert sorted(_known(a, c) for c in ab.only_a) == sorted(_known(a, c) for c in ba.only_b)
    assert sorted(_known(b, c) for c in ab.only_b) == sorted(_known(b, c) for c in ba.only_a)


def _cross_conflicts(report: Report) -> list[Finding]:
    # Internal findings compare one text with itself (an amount in two
    # currencies): a real inconsistency of that text, not of the comparison.
    return [f for f in (*report.findings, *report.quotes) if f.verdict is Verdict.CONFLICT]


def _empty(c: Claim) -> bool:
    """A figure whose reading is an empty interval: "fewer than 0 children"."""
    q = c.quantity
    if q is None or q.qualifier not in (Qualifier.MORE_THAN, Qualifier.LESS_THAN):
        return False
    lo, hi = q.interval
    return lo is not None and hi is not None and lo >= hi


@SLOW
@given(newsy_texts(max_sentences=8))
def test_compare_with_itself_has_no_conflicts(text: str) -> None:
    """A text compared with itself never conflicts."""
    assert _cross_conflicts(compare(text, text)) == []


def test_empty_reading_agrees_with_itself() -> None:
    """ "fewer than 0 children" compared with itself is no conflict (found by hypothesis)."""
    text = "Officials said fewer than 0 children were affected."
    assert _cross_conflicts(compare(text, text)) == []


def _join(parts: list[str], glue: str) -> tuple[str, list[int]]:
    """``glue.join(parts)`` and where each part starts in it."""
    starts, pos = [], 0
    for p in parts:
        starts.append(pos)
        pos += len(p) + len(glue)
    return glue.join(parts), starts


@SLOW
@given(
    report_sentences(),
    report_sentences(),
    st.lists(st.tuples(st.integers(0, 8), unrelated_sentences), min_size=1, max_size=4),
)
def test_unrelated_sentences_create_no_conflicts(
    a_parts: list[str], b_parts: list[str], inserts: list[tuple[int, str]]
) -> None:
    """Sentences on other topics inserted into b create no conflict between existing claims."""
    a = " ".join(a_parts)
    glue = " "
    b, b_starts = _join(b_parts, glue)
    padded: list[str] = list(b_parts)
    origin: list[int | None] = list(range(len(b_parts)))  # original index of each padded part
    for where, sentence in inserts:
        i = min(where, len(padded))
        padded.insert(i, sentence)
        origin.insert(i, None)
    b2, b2_starts = _join(padded, glue)
    # Where each original part went: shift = new start - old start.
    shift = {o: b2_starts[i] - b_starts[o] for i, o in enumerate(origin) if o is not None}

    def to_b2(span: tuple[int, int]) -> tuple[int, int]:
        part = max(i for i, s in enumerate(b_starts) if s <= span[0])
        return (span[0] + shift[part], span[1] + shift[part])

    existing = {to_b2(c.span) for c in extract(b)}
    before = {(_known(a, f.a), _known(b, f.b)) for f in _cross_conflicts(compare(a, b))}
    after = {
        (_known(a, f.a), _known(b2, f.b))
        for f in _cross_conflicts(compare(a, b2))
        if f.b.span in existing
    }
    assert after <= before, (b, b2)


@pytest.mark.xfail(
    reason="an unrelated sentence moves two percentages into a pair made by elimination",
    strict=True,
)
def test_an_unrelated_sentence_pairs_no_new_figures() -> None:
    """A case hypothesis found (forty-fourth session): inserting "Elsewhere, a new bridge
    opened to traffic." pairs 460349% with 139421% as a conflict."""
    a = (
        "The ministry estimated prices rose 460349%. Officials reported 0.0 children were "
        "affected. Officials said the cost was $0.0. Officials said 0.0 soldiers were affected."
    )
    b = (
        "The ministry reported prices rose 139421%. Ministers met behind closed doors. "
        "Officials said 0.0 children were affected."
    )
    b2 = b.replace(" Ministers", " Elsewhere, a new bridge opened to traffic. Ministers")
    before = {(f.a.text, f.b.text) for f in _cross_conflicts(compare(a, b))}
    after = {(f.a.text, f.b.text) for f in _cross_conflicts(compare(a, b2))}
    assert after <= before


# Tokens that put currency symbols, letters and digits side by side at every offset,
# the text's first included ("KSh12bn", "R62", "zł5", "İ"): where a fast path is taken.
_START_TOKENS = st.sampled_from(
    ["KSh", "Ksh", "ksh", "R", "r", "zł", "RM", "Rs", "P", "12", "5.2", "bn", "m", " ",
     "  ", ".", ",", "(", "İ", "a", "Paid", "five", "1,000", "£", "$", "-", "_", "٣", "²", "3"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_START_TOKENS, min_size=1, max_size=12).map("".join))
def test_fast_starts_are_the_patterns_starts(text: str) -> None:
    """Starts (lower-cased windows and a finder) finds every start the case-insensitive
    start pattern finds, and no other, from the text's first character on."""
    lex = get_lexicon("en")
    fast, pos, starts = Starts(text, lex), 0, []
    while (found := fast.search(pos)) is not None:
        start, m, off = found
        assert m is None or m.start() + off == start
        starts.append((start, "anchor" if m is None else m.lastgroup))
        pos = start + 1
    slow, pos, expected = lex.patterns["start"], 0, []
    while (m := slow.search(text, pos)) is not None:
        expected.append((m.start(), m.lastgroup))
        pos = m.start() + 1
    assert starts == expected
