"""The scan: find anchors, read each figure outward, and say what it is.

A figure is a number with its hedge, range, currency or unit, and the kind
of fact it states.  Text that looks numeric but states nothing (times of day,
phone numbers, list numbering, numbers inside names such as "G7" or
"Covid-19") is skipped here.  Every pattern is matched at a known offset or
searched in a window of bounded size, so the scan is linear in the text.
"""

from __future__ import annotations

import re

import attrs

from claimdiff.extract.cores import Core, read_core
from claimdiff.extract.numbers import DENOMINATORS
from claimdiff.extract.subjects import noun_after
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind, Qualifier, Quantity

# How far back a hedge ("in excess of", "no fewer than") may start.
_HEDGE_WINDOW = 32
_TIME = re.compile(
    r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|EST|EDT|PST|ET)(?![^\W\d_])"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?!\d)",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?:\+\d{1,3}[ .-]?)?"
    r"(?:\(\d{2,5}\)[ .-]?\d{2,5}(?:[ .-]\d{2,5}){1,4}|\d{2,5}(?:[ .-]\d{2,5}){2,4})(?!\d)"
)
# Dotted quads ("192.168.1.2") and version numbers ("1.2.3") are identifiers.
_DOTTED = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?![\d.])")
_SLASHED = re.compile(r"\d{1,4}/(?P<d>\d{1,4})(?P<more>/\d{1,4})?(?!\d)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}(?!\d)")
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?:st|nd|rd|th)?\s+(?=[A-Z])")
_YEAR_AFTER = re.compile(r",?\s+(?P<year>\d{4})(?!\d)")
_MONTH_BEFORE = re.compile(r"(?P<month>[A-Z][a-z]{2,8})\.?\s+$")
_AGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:aged|age|ages|at the age of)\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<![^\W\d_])between\s+$", re.IGNORECASE)
_FROM = re.compile(r"(?<![^\W\d_])from\s+$", re.IGNORECASE)
_RANGE_SEP = re.compile(r"\s?[-–—~]\s?|\s+(?:to|through|thru)\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:a|an|the)\s+$", re.IGNORECASE)
_PREV_WORD = re.compile(r"(?P<word>[^\W\d_][\w’'.-]*)\s$")
_COMPARISONS = frozenset("<>=≤≥")
# Between a lower and an upper bound of one range: "above 1000 and below 1500".
_BOUND_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|but)\s+)?", re.IGNORECASE)
_OF = re.compile(r"\s+of(?![^\W\d_])", re.IGNORECASE)
_OF_CURRENCY = re.compile(r"\s+of\s+", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s+(?P<scale>hundred|thousand|million|billion)(?![^\W\d_])", re.I)
# Four-digit numbers in this span read as years when nothing says otherwise.
YEAR_RANGE = (1800, 2099)


@attrs.define
class Draft:
    """A figure found by the scan, before its claim is completed."""

    start: int
    end: int
    kind: Kind
    quantity: Quantity | None
    noun: str | None = None
    attributive: bool = False


def scan(text: str, lex: Lexicon) -> list[Draft]:
    """Every figure in ``text``, in text order, with no two overlapping."""
    # One pattern finds every start: a digit or number word ("anchor"), a vague plural
    # ("hundreds of") or a vague word ("several"); at one offset the anchor comes first.
    pattern = lex.patterns["start"]
    drafts: list[Draft] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            break
        start = m.start()
        if m.lastgroup == "anchor":
            draft, resume = _figure(text, start, lex, drafts)
        else:
            draft, resume = _vague(text, m, lex)
        if draft is not None:
            drafts.append(draft)
            resume = max(resume, draft.end)
        pos = max(resume, start + 1)
    return _pair_bounds(text, drafts, lex)


def _pair_bounds(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """ "above 1000 and below 1500", "at most 100 and at least 20": one range."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        pair = None if prev is None else _bounds(prev, d)
        if pair is not None and prev is not None and _BOUND_JOIN.fullmatch(text, prev.end, d.start):
            low, high = pair
            assert prev.quantity is not None
            q = Quantity(low, high, None, prev.quantity.unit, Qualifier.RANGE)
            out[-1] = Draft(prev.start, d.end, prev.kind, q, noun=d.noun or prev.noun)
            continue
        out.append(d)
    return out


def _bounds(a: Draft, b: Draft) -> tuple[float, float] | None:
    """(low, high) when one draft is a lower bound and the other an upper one, else None."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or a.kind is not b.kind or qa.unit != qb.unit:
        return None
    if a.noun is not None and b.noun not in (None, a.noun):
        return None  # "more than 100 people and fewer than 20 cars": two claims
    lower = (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
    upper = (Qualifier.LESS_THAN, Qualifier.AT_MOST)
    if qa.qualifier in lower and qb.qualifier in upper:
        low, high = qa.low, qb.high
    elif qa.qualifier in upper and qb.qualifier in lower:
        low, high = qb.low, qa.high
    else:
        return None
    if low is None or high is None or low >= high:
        return None
    return low, high


def _not_a_claim(text: str, p: int, lex: Lexicon) -> int | None:
    """Where to resume if the digits at ``p`` state nothing (times, phones, names…)."""
    if p >= 2 and text[p - 1] in "-‐‑" and text[p - 2].isalpha():
        return _end_of_digits(text, p)  # "Covid-19", "F-16"
    if p >= 1 and text[p - 1] in "#№":
        return _end_of_digits(text, p)
    t = _TIME.match(text, p) or _DOTTED.match(text, p)
    if t is not None:
        return t.end()
    s = _SLASHED.match(text, p)
    if s is not None and (s["more"] or int(s["d"]) not in DENOMINATORS):
        return s.end()  # "9/11", "24/7", "50/50": names and splits, no fractions
    ph = _PHONE.match(text, p - 1 if p and text[p - 1] in "+(" else p)
    if ph is not None and sum(c.isdigit() for c in ph.group()) >= 8:
        return ph.end()
    if _LIST_ITEM.match(text, p) and _at_line_start(text, p):
        return p + 1
    return None


def _end_of_digits(text: str, p: int) -> int:
    while p < len(text) and (text[p].isdigit() or text[p] in ".,"):
        p += 1
    return p


def _at_line_start(text: str, p: int) -> bool:
    i = p - 1
    while i >= 0 and p - i < 8 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _figure(text: str, p: int, lex: Lexicon, drafts: list[Draft]) -> tuple[Draft | None, int]:
    if text[p].isdigit():
        d = _ISO_DATE.match(text, p)
        if d is not None:
            return Draft(p, d.end(), Kind.DATE, None), d.end()
        skip = _not_a_claim(text, p, lex)
        if skip is not None:
            return None, skip
    core, resume = read_core(text, p, lex)
    if core is None:
        return None, resume
    num = core.number
    if num.words and num.value == 1 and core.kind is Kind.COUNT and not num.fraction:
        ratio = _ratio(text, core, lex)
        if ratio is not None:
            return ratio, max(resume, ratio.end)  # "one in five"
        if core.start == num.start:
            return None, resume  # "one of the", "no one": too common to be a claim
    if num.words and core.start == num.start:
        art = _ARTICLE_BEFORE.search(text[max(0, core.start - 4) : core.start])
        if art is not None and art.group()[0] in "aA" and not num.fraction:
            core.start -= len(art.group())  # "a dozen", "a million"
    date = _date(text, core, lex)
    if date is not None:
        return date, date.end
    if core.kind is Kind.COUNT and core.end < len(text) and text[core.end].isalpha():
        return None, _end_of_word(text, core.end)  # "737s", "1990s", "3D", "5th"
    if num.fraction:
        share = _share(text, core, lex) if core.kind is Kind.COUNT else None
        if share is not None or num.digits:
            return share or _fraction(text, core, lex, False), resume
        return _fraction(text, core, lex, num.bare), resume
    if _is_year(text, core, lex):
        year = Quantity(core.value, core.value, core.value, None, Qualifier.EXACT)
        return Draft(core.start, core.end, Kind.YEAR, year), resume
    if core.kind is Kind.COUNT and _is_name_number(text, core, lex):
        return None, resume
    lo = max(0, core.start - _HEDGE_WINDOW)
    window = text[lo : core.start]
    if core.kind is Kind.COUNT and _AGE_BEFORE.search(window[-20:]):
        a = _AGE_BEFORE.search(window)
        assert a is not None
        return Draft(lo + a.start(), core.end, Kind.AGE, _exact(core, "year")), resume
    draft = _ranged(text, core, lex, window, lo) or _ratio(text, core, lex)
    if draft is None:
        draft = _hedged(text, core, lex, window, lo)
    _complete(text, draft, core, lex)
    return draft, max(resume, draft.end)


def _end_of_word(text: str, i: int) -> int:
    while i < len(text) and text[i].isalnum():
        i += 1
    return i


def _exact(core: Core, unit: str | None = None) -> Quantity:
    v = core.value
    return Quantity(v - core.step, v + core.step, v, unit or core.unit, Qualifier.EXACT)


def _date(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "12 March", "5th March 2023", "March 12, 2023", "February 2022"."""
    num = core.number
    if num.words or num.decimals or num.grouped or core.kind is not Kind.COUNT:
        return None
    m = _DAY_MONTH.match(text, num.end)
    if m is not None and num.value <= 31:
        mo = lex.patterns["month"].match(text, m.end())
        if mo is not None:
            end = mo.end()
            if text[end - 1] == "." and mo["month"].lower() not in lex.MONTH_ABBREVIATIONS:
                end -= 1  # the full stop ends the sentence, not an abbreviation
            y = _YEAR_AFTER.match(text, end)
            if y is not None:
                end = y.end()
            return Draft(num.start, end, Kind.DATE, None)
    window = text[max(0, num.start - 11) : num.start]
    b = _MONTH_BEFORE.search(window)
    if b is not None and b["month"].lower() in lex.MONTHS:
        start = num.start - len(window) + b.start()
        end = num.end
        o = _ORDINAL.match(text, end)
        if o is not None:
            end = o.end()
        if num.value <= 31:
            y = _YEAR_AFTER.match(text, end)
            if y is not None:
                end = y.end()
            return Draft(start, end, Kind.DATE, None)
        if len(num.digits) == 4:
            return Draft(start, end, Kind.DATE, None)
    return None


def _is_year(text: str, core: Core, lex: Lexicon) -> bool:
    num = core.number
    if core.kind is not Kind.COUNT or num.words or num.grouped or num.decimals:
        return False
    if len(num.digits) != 4 or not YEAR_RANGE[0] <= num.value <= YEAR_RANGE[1]:
        return False
    if core.end != num.end:
        return False
    prev = _PREV_WORD.search(text[max(0, num.start - 12) : num.start])
    if prev is not None and prev["word"].lower() in lex.YEAR_CUES:
        return True
    nxt = noun_after(text, core.end, lex, allow_of=False)
    return nxt is None or not text[core.end + 1 : core.end + 2].islower()


def _is_name_number(text: str, core: Core, lex: Lexicon) -> bool:
    """ "Boeing 737", "Article 7": a whole number right after a capitalised name."""
    num = core.number
    if num.words or num.grouped or num.decimals or core.end != num.end:
        return False
    prev = _PREV_WORD.search(text[max(0, num.start - 24) : num.start])
    if prev is None:
        return False
    word = prev["word"]
    if not word[0].isupper() or word.lower() in lex.STOPWORDS or word.lower() in lex.MONTHS:
        return False
    if word.lower() in lex.YEAR_CUES or word.lower() in lex.hedge_heads:
        return False
    # A capital at the start of a sentence is no name, unless nothing is
    # counted after the number ("Article 7 was invoked").
    at = num.start - len(prev.group())
    before = text[max(0, at - 4) : at].rstrip()
    if bool(before) and before[-1] not in ".!?:;\"“”'‘’(\n":
        return True
    return noun_after(text, core.end, lex, allow_of=False) is None


def _share(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "a third of", "two-thirds of the budget": a share, read as a percentage."""
    after = _OF.match(text, core.end)
    if after is None:
        return None
    start = core.start
    art = _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])
    if art is not None:
        start -= len(art.group())
    pct = core.value * 100
    # Fractions in words are rounded shares: "a third" stands for 32-34%.
    q = Quantity(pct - 1, pct + 1, pct, "%", Qualifier.APPROXIMATE)
    draft = Draft(start, core.end, Kind.PERCENT, q)
    found = noun_after(text, core.end, lex)
    if found is not None:
        draft.noun, draft.end = found
    return draft


def _fraction(text: str, core: Core, lex: Lexicon, bare: bool) -> Draft | None:
    """ "two thirds", "a half", "3/4": a fraction standing alone is its value.

    A bare fraction word needs "a"/"an" before it ("a fifth"), and then no noun after
    it unless it is "half": "a third party" and "the fifth term" are ordinals.
    """
    start = core.start
    if core.number.words:
        art = _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])
        if art is not None and art.group()[0] in "aA":
            start -= len(art.group())
        elif bare:
            return None
        word = text[core.number.end - 4 : core.number.end].lower()
        if bare and not word.endswith("half") and _noun_next(text, core.end, lex):
            return None
    if core.kind is Kind.COUNT and core.end < len(text) and text[core.end].isalpha():
        return None
    # No counted noun: "two thirds voted" counts no "voted"; "3/4 cup" has its unit.
    return Draft(start, core.end, core.kind, _exact(core), attributive=core.attributive)


def _noun_next(text: str, i: int, lex: Lexicon) -> bool:
    found = noun_after(text, i, lex, allow_of=False)
    return found is not None


def _ratio(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "one in five", "2 out of 3", "one over three": a share, stated as a percentage."""
    if core.kind is not Kind.COUNT or core.step or core.number.fraction:
        return None
    r = lex.patterns["ratio"].match(text, core.end)
    if r is None or r.end() >= len(text):
        return None
    nxt = r.end()
    if not (text[nxt].isdigit() or lex.patterns["number_word"].match(text, nxt)):
        return None
    second, _ = read_core(text, nxt, lex)
    if second is None or second.kind is not Kind.COUNT or second.value < core.value:
        return None  # a share: the part is no larger than the whole ("60 over 40" is none)
    if len(second.number.digits) == 4 and YEAR_RANGE[0] <= second.value <= YEAR_RANGE[1]:
        return None  # "1 in 2023" names a year
    if second.end < len(text) and text[second.end].isalpha():
        return None
    pct = 100 * core.value / second.value
    q = Quantity(pct, pct, pct, "%", Qualifier.EXACT)
    draft = Draft(core.start, second.end, Kind.PERCENT, q)
    found = noun_after(text, second.end, lex)
    if found is not None:
        draft.noun, draft.end = found
    return draft


def _hedge_before(window: str, lex: Lexicon) -> re.Match[str] | None:
    """The hedge ending ``window``; searched only if its last word ends some hedge."""
    words = window.rsplit(None, 1)
    if not words:
        return None
    last = words[-1].lower()
    if last not in lex.hedge_tails and last[-1:] not in _COMPARISONS:
        return None
    return lex.patterns["hedge_before"].search(window)


def _hedged(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft:
    q = _exact(core)
    start = core.start
    h = _hedge_before(window, lex)
    end = core.end
    t = lex.patterns["trailing_hedge"].match(text, core.end)
    hedge = None
    if h is not None and _norm(h["hedge"]) in lex.HEDGES_NOT_AFTER_A_NUMBER:
        if window[: h.start("hedge")].rstrip()[-1:].isdigit():
            h = None  # "60 over 40"
    if h is not None:
        hedge = lex.HEDGES[_norm(h["hedge"])]
        start = lo + h.start("hedge")
    elif t is not None:
        hedge = lex.TRAILING_HEDGES[_norm(t["hedge"])]
        end = t.end()
    if hedge is not None:
        # A hedge bounds the figure as written: "more than 16,000" is
        # [16,000, ∞), whatever rounding "16,000" itself carries.
        qualifier, lf, hf = hedge
        v = core.value
        lo_v = None if lf is None else min(v * lf, v * (hf if hf is not None else lf))
        hi_v = None if hf is None else max(v * hf, v * lf if lf is not None else v * hf)
        q = Quantity(lo_v, hi_v, v, core.unit, Qualifier(qualifier))
    return Draft(start, end, core.kind, q, attributive=core.attributive)


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _ranged(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "between 3 and 5 million", "10-20%", "$5m-$10m", "30 to 40 km"."""
    last = window[-8:].rsplit(None, 1)[-1:]  # the word before the figure, if any
    word = last[0].lower() if last else ""
    if word == "from" and _FROM.search(window):
        return None  # "from 40 to 50" is a change, not a range
    between = _BETWEEN.search(window) if word == "between" else None
    sep = (_AND if between else _RANGE_SEP).match(text, core.end)
    if sep is None:
        return None
    nxt = sep.end()
    if nxt < len(text) and not text[nxt].isdigit():
        sym = lex.patterns["symbol_after"].match(text, nxt)
        if sym is None or not text[sym.end() : sym.end() + 1].isdigit():
            if not lex.patterns["number_word"].match(text, nxt) or not core.number.words:
                return None
            second, _ = read_core(text, nxt, lex)
        else:
            second, _ = read_core(text, sym.end(), lex, money=True)
    elif nxt < len(text):
        second, _ = read_core(text, nxt, lex, money=core.kind is Kind.MONEY)
    else:
        return None
    if second is None or second.kind is Kind.DATE:
        return None
    first_value = core.value
    scale_of_second = second.value / second.number.value if second.number.value else 1
    if abs(core.value) == core.number.value and scale_of_second != 1:
        first_value = core.value * scale_of_second  # "3 to 5 million": 3 million
    kind, unit = core.kind, core.unit
    if kind is Kind.COUNT and second.kind is not Kind.COUNT:
        kind, unit = second.kind, second.unit
    elif second.kind not in (Kind.COUNT, kind) or (second.unit and second.unit != unit):
        return None
    # A range states its two ends; the rounding of each end is not widened.
    low, high = first_value, second.value
    if low > high:
        return None
    start = lo + between.start() if between else core.start
    h = None if between else _hedge_before(window, lex)
    if h is not None:
        # "about 10 to 20 per cent": the hedge widens both ends.
        _q, lf, hf = lex.HEDGES[_norm(h["hedge"])]
        if lf is not None and hf is not None and _q == "approximate":
            low, high, start = low * lf, high * hf, lo + h.start("hedge")
    q = Quantity(low, high, None, unit, Qualifier.RANGE)
    return Draft(start, second.end, kind, q, attributive=second.attributive)


def _complete(text: str, draft: Draft, core: Core, lex: Lexicon) -> None:
    """Add the article of an attributive figure and the counted noun after it."""
    if draft.attributive:
        art = _ARTICLE_BEFORE.search(text[max(0, draft.start - 4) : draft.start])
        if art is not None:
            draft.start -= len(art.group())
    if draft.kind in (Kind.COUNT, Kind.PERCENT) or draft.attributive:
        found = noun_after(
            text,
            draft.end,
            lex,
            allow_of=not draft.attributive,
            require_of=draft.kind is Kind.PERCENT and not draft.attributive,
        )
        if found is not None:
            draft.noun, draft.end = found
            if draft.kind is Kind.COUNT and found[0] in lex.TIME_UNITS and draft.quantity:
                draft.kind = Kind.DURATION


def _vague(text: str, m: re.Match[str], lex: Lexicon) -> tuple[Draft | None, int]:
    """ "hundreds of children", "tens of thousands", "millions of dollars", "several"."""
    if m["plural"] is not None:
        plural = m["plural"].lower()
        if plural in lex.VAGUE_PLURALS_NEED_OF and not m["mult"]:
            if _OF.match(text, m.end()) is None:
                return None, m.end()  # "he scores", not "scores of people"
        base = lex.VAGUE_PLURALS[plural]
        if m["mult"]:
            base *= lex.VAGUE_MULTIPLIERS[m["mult"].lower()]
        c_lo, c_hi = base * lex.VAGUE_CORE[0], base * lex.VAGUE_CORE[1] - 1
        p_lo, p_hi = base * lex.VAGUE_PLAUSIBLE[0], base * lex.VAGUE_PLAUSIBLE[1] - 1
    else:
        c_lo, c_hi, p_lo, p_hi = lex.VAGUE_WORDS[_norm(m["vague"])]
        s = _SCALE_AFTER.match(text, m.end())
        if s is not None:  # "a few hundred", "several thousand"
            f = lex.SCALES[s["scale"].lower()]
            c_lo, c_hi, p_lo, p_hi = c_lo * f, c_hi * f, p_lo * f, p_hi * f
            end = s.end()
        else:
            end = m.end()
        m_end = end
    end = m.end() if m["plural"] is not None else m_end
    kind, unit = Kind.COUNT, None
    of = _OF_CURRENCY.match(text, end)
    if of is not None:
        w = lex.patterns["currency_word"].match(text, of.end())
        if w is not None:
            kind, unit, end = Kind.MONEY, lex.currency_words[w["word"].lower()], w.end()
    q = Quantity(c_lo, c_hi, None, unit, Qualifier.VAGUE, plausible=(p_lo, p_hi))
    draft = Draft(m.start(), end, kind, q)
    if kind is Kind.COUNT:
        found = noun_after(text, end, lex)
        if found is None and m["plural"] is None:
            return None, end  # "several" alone says nothing countable
        if found is not None:
            draft.noun, draft.end = found
            if found[0] in lex.TIME_UNITS:
                draft.kind = Kind.DURATION
                draft.quantity = Quantity(
                    c_lo,
                    c_hi,
                    None,
                    lex.TIME_UNITS[found[0]],
                    Qualifier.VAGUE,
                    plausible=(p_lo, p_hi),
                )
    return draft, draft.end
