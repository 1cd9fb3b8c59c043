"""The scan: find anchors, read each figure outward, and say what it is.

A figure is a number with its hedge, range, currency or unit, and the kind
of fact it states.  Text that looks numeric but states nothing (times of day,
phone numbers, list numbering, numbers inside names such as "G7" or
"Covid-19") is skipped here.  Every pattern is matched at a known offset or
searched in a window of bounded size, so the scan is linear in the text.
"""

from __future__ import annotations

import re
from typing import NoReturn

from claimdiff import nouns
from claimdiff.construct import new_quantity
from claimdiff.extract.ages import age_at, age_limit, birthday_at, range_of_ages
from claimdiff.extract.amounts import Core, read_core
from claimdiff.extract.bare_shares import bare_share
from claimdiff.extract.bounds import (
    SEPARATOR_OPENS,
    YEAR_RANGE,
    hedge_before,
    hedged,
    hedged_share,
    norm,
    pair_bounds,
    ranged,
    ratio,
    share_of,
)
from claimdiff.extract.dates import date_at, days_of_month, decade_at, iso_date_at, years_at
from claimdiff.extract.durations import clock_duration_at, unit_letters_at, unit_letters_duration
from claimdiff.extract.fast_amounts import fast_core, fast_word_core
from claimdiff.extract.hedged_ages import hedged_age
from claimdiff.extract.members import AGE, COUNT, DURATION, EXACT, MONEY, PERCENT, VAGUE, YEAR
from claimdiff.extract.money import currency_before
from claimdiff.extract.ones import counts_one
from claimdiff.extract.plain import PLAIN
from claimdiff.extract.points import of_a_unit
from claimdiff.extract.precision import Draft, exact
from claimdiff.extract.starts import Starts
from claimdiff.extract.subjects import noun_after
from claimdiff.extract.unclaimed import PREV_WORD, is_name_number, not_a_claim
from claimdiff.inputs import TooManyFiguresError
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered, opens_sentence

# How far back a hedge ("in excess of", "no fewer than") may start.
_HEDGE_WINDOW = 32
_ARTICLE_BEFORE = compile_pattern(r"(?<![^\W\d_])(?:a|an|the)\s+$", re.IGNORECASE)
_AND_BEFORE = lazy_pattern(r"(?<![^\W\d_])and\s+(?:an?\s+)?$", re.IGNORECASE)
_OF = lazy_pattern(r"\s+of(?![^\W\d_])", re.IGNORECASE)
_NON_SPACE_RUN = lazy_pattern(r"\S+")
_DECADE_APOSTROPHES = frozenset({"'s", "’s", "‘s"})
_NAME_TAIL = lazy_pattern(r"[-–]\d+")  # the "-800" of "Boeing 737-800", a name's too
_SCALE_AFTER = lazy_pattern(r"\s+(?P<scale>hundred|thousand|million|billion)(?![^\W\d_])", re.I)


def scan(
    text: str, lex: Lexicon, limit: int | None = None, lowered: Lowered | None = None
) -> list[Draft]:
    """Every figure in ``text``, in text order, with no two overlapping.

    Past ``limit`` figures, raises :class:`~claimdiff.inputs.TooManyFiguresError`.
    ``lowered`` is the text's lower-cased copy the passes after the scan read, if any.
    """
    # One pattern finds every start: a digit or number word ("anchor"), a vague plural
    # ("hundreds of") or a vague word ("several"); at one offset the anchor comes first.
    starts = Starts(text, lex, lowered)
    drafts: list[Draft] = []
    pos = 0
    while True:
        found = starts.search(pos)
        if found is None:
            break
        start, m, off = found
        anchor = m is None or m.lastgroup == "anchor"  # asked once: most starts are anchors
        prev = text[start - 1] if start else ""
        # A digit found alone (m is None: Starts.search) continues an unread number only
        # after a point or a comma, _inside_unread's own first test: no call for the rest.
        if anchor and (m is not None or prev in ".,") and _inside_unread(text, start):
            draft, resume = None, _end_of_word(text, start)
        elif anchor and prev.isalpha():
            # Digits touching letters are read only as an amount in the currency those
            # letters write, in the case written ("KSh12", "R12m"); "R62", "B12", "F35"
            # are names, and "ksh1" is nothing, found without reading a figure.
            draft, resume = None, _end_of_word(text, start)
            if currency_before(text, start, lex) is not None:
                draft, resume = _figure(text, start, lex, drafts)
                if not _money_from(draft, start):
                    draft, resume = None, _end_of_word(text, start)
        elif anchor:
            draft, resume = _figure(text, start, lex, drafts)
        elif m is not None:
            draft, resume = _vague(text, m, off, lex)
        else:
            raise AssertionError(start)  # a start with no match is an anchor
        if draft is not None:
            if limit is not None and len(drafts) >= limit:
                refuse(limit, draft.start)
            drafts.append(draft)
            # Conditional expressions, not max(): on Python 3.11 a call of max() or min()
            # parses its arguments as keywords, some 100 ns against 15 (issue 12).
            resume = draft.end if draft.end > resume else resume
        pos = start + 1 if start + 1 > resume else resume
    return pair_bounds(text, drafts, lex)


def _money_from(draft: Draft | None, start: int) -> bool:
    """Whether the figure read at ``start`` is an amount whose span takes in the symbol
    before the digits ("KSh12" from the "K")."""
    return draft is not None and draft.kind is MONEY and draft.start < start


def _inside_unread(text: str, p: int) -> bool:
    """Whether the anchor at ``p`` continues a number glued to a letter, which the scan did
    not read ("B12 million", "F35.5bn", "A380,000"): a scale word, a decimal's tail or a
    group of digits states nothing of its own there.  A number read before it ("In 2019
    five people died") and a list ("1,2,3") leave it alone."""
    if text[p].isdigit():
        if p < 2 or text[p - 1] not in ".," or not text[p - 2].isdigit():
            return False
        k = p - 1
    else:
        k = p
        while k > 0 and p - k < _GLUE_REACH and text[k - 1] in " \t":
            k -= 1
        if k == p or k == 0 or not text[k - 1].isdigit():
            return False
    # The run of digits, points and commas before the anchor, looked at no further back
    # than the longest number: a long list of digits costs each anchor a bounded look.
    stop = max(0, k - _GLUE_REACH)
    while k > stop and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    return k > stop and text[k - 1].isalpha()


# How far back a number glued to a letter is looked for: longer than any number written.
_GLUE_REACH = 32


def refuse(limit: int, at: int, what: str = "figures") -> NoReturn:
    """Raise :class:`~claimdiff.inputs.TooManyFiguresError` for the figure (or number) at
    ``at``."""
    msg = (
        f"text holds more than {limit:,} {what} (the one over the limit starts at character "
        f"{at:,}): pass a larger max_figures, or None, to read them all"
    )
    raise TooManyFiguresError(msg, name="text", limit=limit, at=at)


# The digits of one number, written any way the scan reads as one: groups of three after
# commas ("1,000,000"), a decimal, a date or a time ("2023-03-20", "12:30"). "1,1,1" is
# three numbers, as the scan reads it.
_DIGIT_NUMBER = lazy_pattern(r"\d+(?:,\d{3}(?!\d))*(?:[.:/-]\d+)*")


def refuse_numbers(text: str, lex: Lexicon, limit: int) -> None:
    """Refuse a text of more numbers than ``limit`` (:func:`number_over`) before any is
    read: dense junk ("1,1,1,…", "one one one …"), where reading up to the figure over the
    limit costs seconds, counting a tenth.  A text of no more than twice ``limit``
    characters holds no more numbers than that, and is not counted."""
    if len(text) > 2 * limit:
        over = number_over(Starts(text, lex), text, limit)
        if over is not None:
            refuse(limit, over, "numbers")


def number_over(starts: Starts, text: str, limit: int) -> int | None:
    """Where the number over ``limit`` starts, or None for a text of no more numbers.

    A number is a place a figure may start (the scan's ``starts``), each read as one:
    the digits of one number, a number word ("one one one" is three), a vague word.
    Counting costs a search a number; reading one costs a hundred times as much.
    """
    count, pos = 0, 0
    while (found := starts.search(pos)) is not None:
        start, m, off = found
        count += 1
        if count > limit:
            return start
        digits = _DIGIT_NUMBER.match(text, start)
        end = digits.end() if digits is not None else m.end() + off if m is not None else 0
        pos = end if end > start else start + 1
    return None


# The word joined to a number in words by a hyphen or a space, no hyphen after it:
# "twenty-first", not "twenty first-time".
_ORDINAL_AFTER = compile_pattern(r"[ \t-](?P<w>[^\W\d_]+)(?![^\W\d_]|-)")
_NUMBER_END = lazy_pattern(r"[^\W\d_]+$")


def _ends_in_tens(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the number in words ending at ``end`` ends with a word of tens ("twenty"),
    which an ordinal unit may follow ("twenty-first"); not "twenty-five"."""
    last = _NUMBER_END.search(text, max(0, end - 12), end)
    return last is not None and last.group().lower() in lex.TENS


def _figure(text: str, p: int, lex: Lexicon, drafts: list[Draft]) -> tuple[Draft | None, int]:
    if text[p].isdigit():
        # The commonest shapes in one match, where no gate below could apply
        # (extract/plain.py): the gates' calls are most of what a figure costs here.
        plain = PLAIN[lex.lang]
        m = None if plain is None else plain(text, p)
        if m is None:
            if text.find(":", p + 1, p + 3) >= 0:
                clock = clock_duration_at(text, p)
                if clock is not None:
                    return clock, clock.end  # "2:04:01", a race's time
            letters = unit_letters_at(text, p)  # "6h", "3m 45s", "9.58s"
            if letters is not None:
                held = unit_letters_duration(text, p, letters)
                if held is not None:
                    return held, held.end  # "2h 16m 40s", "6h"
            iso = iso_date_at(text, p, lex)
            if iso is not None:
                return iso, iso.end
            skip = not_a_claim(text, p, lex)
            if skip is not None:
                return None, skip
        # Anything else, or anything unusual near, is read in full
        # (extract/fast_amounts.py), to the same core.
        fast = fast_core(text, p, lex, m)
        core, resume = fast if fast is not None else read_core(text, p, lex)
    else:
        # A number word alone before a plain word or a mark ("one of", "quarter,"), most
        # of the words news holds, in one match (fast_amounts.fast_word_core), to the
        # same core.
        fast = fast_word_core(text, p, lex)
        core, resume = fast if fast is not None else read_core(text, p, lex)
    if core is None:
        return None, resume
    num = core.number
    article = 0  # an article the figure's span takes that is no part of its number
    if num.words:  # asked once: most figures are digits, which none of these reads
        if lex.ORDINAL_UNITS:
            # The word after first, matched where it stands: most number words are followed
            # by no ordinal unit, and the word of tens is searched for, tried at a dozen
            # offsets.
            after = _ORDINAL_AFTER.match(text, num.end)
            if (
                after is not None
                and after["w"].lower() in lex.ORDINAL_UNITS
                and _ends_in_tens(text, num.end, lex)
            ):
                return None, after.end()  # "the twenty-first century", "twenty second"
        if num.value == 1 and core.kind is COUNT and not num.fraction:
            share = ratio(text, core, lex)
            if share is not None:  # "one in five"
                lo = _window_start(core.start)
                share = hedged_share(text, share, core, lex, text[lo : core.start], lo)
                return share, share.end if share.end > resume else resume
            if core.start == num.start and not counts_one(text, core, lex):
                return None, resume  # "one of the", "no one": too common to be a claim
        if (
            lex.NAMES_BY_CAPITALS  # German writes "Tausend", "Dutzend" as nouns
            and text[num.start].isupper()
            and not opens_sentence(text, num.start)
        ):
            return None, resume  # "the Six Nations", "Billion-Dollar Club": a name
        if core.start == num.start:
            art = _ARTICLE_BEFORE.search(text[max(0, core.start - 4) : core.start])
            if art is not None and art.group()[0] in "aA" and not num.fraction:
                core.start -= len(art.group())  # "a dozen", "a million"
                if not _takes_article(text, num.start, lex) and _after_preposition(
                    text, core.start, lex
                ):
                    article = len(art.group())  # "under a three-year contract"
    # Dates, decades, words glued on, years and names read a count only: the amounts,
    # shares and measures are spared each test (none of these changes the kind).
    count = core.kind is COUNT
    if count:
        date = date_at(text, core, lex)
        if date is not None:
            return date, date.end
        letter = core.end < len(text) and text[core.end].isalpha()
        if letter or text[core.end : core.end + 2] in _DECADE_APOSTROPHES:
            lo = _window_start(core.start)
            decade = decade_at(text, core, text[lo : core.start], lo, lex)
            if decade is not None:
                return decade, decade.end  # "the early 1990s", "the 1990's"
        if letter:  # else "2019's", a year's possessive, read on
            birthday = birthday_at(text, core, lex)
            if birthday is not None:
                return birthday, birthday.end  # "her 105th birthday"
            return None, _end_of_word(text, core.end)  # "737s", "3D", "5th"
    if num.fraction:
        share = _share(text, core, lex) if count else None
        if share is not None or num.digits:
            return share or _fraction(text, core, lex, False), resume
        return _fraction(text, core, lex, num.bare), resume
    if count:
        if _is_year(text, core, lex):
            lo = _window_start(core.start)
            span = years_at(text, core, text[lo : core.start], lo)
            if span is not None:
                return span, span.end  # "2025-26", "between 2029 and 2031"
            year = new_quantity(core.value, core.value, core.value, None, EXACT, None)
            return Draft(core.start, core.end, YEAR, year), resume
        if is_name_number(text, core, lex):
            tail = _NAME_TAIL.match(text, core.end)
            return None, tail.end() if tail is not None else resume  # "a Boeing 737-800"
    start = core.start
    lo = start - _HEDGE_WINDOW if start > _HEDGE_WINDOW else 0  # _window_start, inline
    window = text[lo:start]
    kind = core.kind
    c = text[core.end : core.end + 1]
    if kind is COUNT or kind is DURATION or c.isspace() or c in SEPARATOR_OPENS:
        age = age_at(text, core, lex, window, lo) or age_limit(core, lex, window, lo)
        draft = ranged(text, core, lex, window, lo)
        if draft is not None:
            # "aged 15 to 17", "aged between 18 and 25", "a man of 20 to 25"
            aged = range_of_ages(text, draft, lex, age)
            if aged is not None:
                return aged, aged.end if aged.end > resume else resume
            days = days_of_month(text, draft, lex)
            if days is not None:
                return days, days.end if days.end > resume else resume  # "3-5 March"
        if age is not None:
            return age, resume
        if draft is None:
            draft = ratio(text, core, lex)
            if draft is not None:
                draft = hedged_share(text, draft, core, lex, window, lo)
    else:
        # An amount, share or measure followed by a mark ("£1.2m,", "45%;"): age_at and
        # age_limit read a count or a duration, ranged a separator opening with white space
        # or a dash, ratio a count, so each would return None; their calls (some 4,000
        # instructions a figure) are spared, and the hedge is read as below.
        draft = None
    if draft is None:
        # A hedge must stand right before the number: "under a million" is one, "under a
        # three-year contract" none ("a" is the contract's).
        draft = hedged(text, core, lex, text[lo : core.start + article] if article else window, lo)
        if draft.start < core.start and not article:
            aged = hedged_age(text, draft, lex, window, lo)  # "aged about 30"
            if aged is not None:
                return aged, aged.end if aged.end > resume else resume
    # _complete reads only an attributive figure, a count or a share: an amount or a
    # measure as read ("£1.2m", "12 km") is spared its call, and so is a share whose
    # "of" cannot follow ("45%,": noun_after reads one only after a space or a tab).
    kind = draft.kind
    if (
        draft.attributive
        or kind is COUNT
        or (kind is PERCENT and text[draft.end : draft.end + 1] in _OF_GAP)
    ) and not _complete(text, draft, core, lex):
        return None, draft.end if draft.end > resume else resume  # "a six-figure sum"
    return draft, draft.end if draft.end > resume else resume


# What opens the "of" a share's noun follows (subjects._OF_WORD's first class).
_OF_GAP = frozenset(" \t\u00a0")


def _window_start(start: int) -> int:
    """Where the window a hedge, range or age is read in before ``start`` begins."""
    return start - _HEDGE_WINDOW if start > _HEDGE_WINDOW else 0  # max(): see scan()


_FIRST_WORD = compile_pattern(r"[^\W\d_]+")


def _takes_article(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the number word at ``start`` is one an article counts ("a million", "a
    dozen"), not one an article stands before for the noun ("a three-year contract")."""
    first = _FIRST_WORD.match(text, start)
    word = "" if first is None else first.group().lower()
    return word in lex.SCALES or word in lex.COUNT_WORDS or word in lex.FRACTIONS


_LAST_WORD = lazy_pattern(r"([^\W\d_]+)\s+$")


def _after_preposition(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the word before ``start`` is a hedge that may be a preposition ("under")."""
    last = _LAST_WORD.search(text, max(0, start - 12), start)
    return last is not None and last.group(1).lower() in lex.PREPOSITION_HEDGES


def _end_of_word(text: str, i: int) -> int:
    while i < len(text) and text[i].isalnum():
        i += 1
    return i


def _is_year(text: str, core: Core, lex: Lexicon) -> bool:
    num = core.number
    if core.kind is not COUNT or num.words or num.grouped or num.decimals:
        return False
    if len(num.digits) != 4 or not YEAR_RANGE[0] <= num.value <= YEAR_RANGE[1]:
        return False
    if core.end != num.end:
        return False
    nxt = noun_after(text, core.end, lex, allow_of=False)
    word = None
    if nxt is not None and text[core.end + 1 : core.end + 2].islower():
        # The word after, matched where it stands: text[core.end + 1 :].split() copied
        # the rest of the text for every such number, 38 MB at a time on a 5 MB text.
        word = _NON_SPACE_RUN.match(text, core.end + 1)
    first = (word.group() if word is not None else "").strip(",.;:").lower()
    # A verb after the year is no plural counted: "a field in 1994 contains grains".
    plural = first.isalpha() and nouns.lemma(first) != first and nouns.is_noun(nouns.lemma(first))
    prev = PREV_WORD.search(text[max(0, num.start - 12) : num.start])
    before = prev["word"].lower() if prev is not None else ""
    if before in lex.YEAR_DETERMINERS and not (plural and nouns.names_people(first)):
        # "its 2022 sales", "the 2023 floods": a count would take its comma; but people
        # are counted, "the 1900 residents evacuated"
        return True
    if plural:
        return False  # "in 2000 stores": a plural counted, whatever the cue
    if before in lex.YEAR_CUES:
        return True
    if word is None:
        return True
    # "the 2020 census", "a 1998 report": a singular noun after the number makes it
    # a year; a count of more than one thing takes a plural ("2000 homes").
    if "-" in first:
        # A hyphened noun is one word: "their 1993 break-up" (a year), "1993 break-ins" (a
        # count); a hyphened adjective counts the noun after it ("2000 full-time jobs").
        run = _NON_SPACE_RUN.match(text, word.end() + 1) if word.end() < len(text) else None
        after = (run.group() if run is not None else "").strip(",.;:").lower()
        if word.group()[-1:].isalpha() and after.isalpha() and nouns.lemma(after) != after:
            return False
    return first.replace("-", "").isalpha() and nouns.lemma(first) == first


def _share(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "a third of", "two-thirds of the budget": a share, read as a percentage."""
    after = _OF.match(text, core.end)
    if after is None:
        return None
    prev = PREV_WORD.search(text[max(0, core.start - 12) : core.start])
    if prev is not None and prev["word"].lower() in lex.NOT_A_SHARE_AFTER:
        return None  # "the second half of the meeting" is a part, not 50%
    of_unit = of_a_unit(text, core, lex, after.end())
    if of_unit is not None:
        return of_unit  # "a sixteenth of an inch": a measure, no share
    draft = share_of(text, core, lex)
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
            return bare_share(text, core, lex)  # "half the staff", "more than half said"
        word = text[core.number.end - 4 : core.number.end].lower()
        if bare and not word.endswith("half") and _noun_next(text, core.end, lex):
            if not _share_before_word(text, start, core.end, lex):
                return None  # "a third party"; but "more than a third waiting" is a share
    if core.kind is COUNT and core.end < len(text) and text[core.end].isalpha():
        return None
    if core.kind is COUNT and text[core.end : core.end + 1] == "-" and core.number.words:
        return None  # "a half-brother", "a third-party app": one word with the noun
    if core.number.words and core.kind is COUNT and 0 < core.value < 1:
        if _AND_BEFORE.search(text, max(0, start - 6), start):
            return None  # "a year and a half", "three and a half": part of another figure
        return share_of(text, core, lex)  # "one-third contained", "grew by half"
    # No counted noun: "two thirds voted" counts no "voted"; "3/4 cup" has its unit.
    return Draft(start, core.end, core.kind, exact(core), attributive=core.attributive)


_WORD_NEXT = compile_pattern(r"\s+([^\W\d_]+)")


def _share_before_word(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a fraction word before a word that may be a noun is a share all the same:
    before a comparative (``SHARE_COMPARATIVES``: "about a fifth lower", "a third more"),
    or after a hedge that is no preposition and before a participle (``PARTICIPLE_ENDINGS``):
    a rank takes no hedge, so "more than a third waiting" is a share, where "over a third
    runway" and "a third reading" are ranks."""
    nxt = _WORD_NEXT.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word in lex.SHARE_COMPARATIVES:
        return True
    h = hedge_before(text[max(0, start - _HEDGE_WINDOW) : start], lex)
    if h is None or norm(h["hedge"]) in lex.PREPOSITION_HEDGES:
        return False
    return word.endswith(lex.PARTICIPLE_ENDINGS)


def _noun_next(text: str, i: int, lex: Lexicon) -> bool:
    found = noun_after(text, i, lex, allow_of=False)
    return found is not None


def _complete(text: str, draft: Draft, core: Core, lex: Lexicon) -> bool:
    """Add the article of an attributive figure and the counted noun after it; False
    where the figure states nothing ("a six-figure sum": how many digits, no count)."""
    if draft.attributive:
        art = _ARTICLE_BEFORE.search(text[max(0, draft.start - 4) : draft.start])
        if art is not None:
            draft.start -= len(art.group())
    if draft.kind in (COUNT, PERCENT) or draft.attributive:
        found = noun_after(
            text,
            draft.end,
            lex,
            allow_of=not draft.attributive,
            require_of=draft.kind is PERCENT and not draft.attributive,
            changes=draft.kind in (COUNT, MONEY, PERCENT),
        )
        if found is not None:
            draft.noun, draft.end = found
            if draft.kind is COUNT and found[0] in lex.TIME_UNITS and draft.quantity:
                # "30 more months", "two extra days": a length in the unit named, which
                # its reading carries as any length's does
                q = draft.quantity
                unit = lex.TIME_UNITS[found[0]]
                draft.kind = DURATION
                draft.quantity = new_quantity(
                    q.low, q.high, q.value, unit, q.qualifier, q.plausible
                )
        elif draft.kind is COUNT and not core.number.decimals:
            return _compound_noun(text, draft, lex)
    return True


# "a 60-member council", "its eight-member crew", "a 300-bed hospital": a singular noun
# joined to a whole figure by a hyphen is what the figure counts ("a 6.8-magnitude
# quake" measures).
_HYPHEN_NOUN = lazy_pattern(r"-(?P<w>[a-z]{3,})(?=\s+[^\W\d_])")


def _compound_noun(text: str, draft: Draft, lex: Lexicon) -> bool:
    """Read the counted noun of a figure in a hyphened compound ("60-member": member);
    False for a compound that states no figure ("a six-figure sum")."""
    m = _HYPHEN_NOUN.match(text, draft.end)
    if m is None:
        return True
    word = m["w"]
    if word in lex.NOT_FIGURE_HYPHENS:
        return False
    if word in lex.TIME_UNITS or word in lex.UNITS or word in lex.STOPWORDS:
        return True
    if word in lex.NOT_HYPHEN_NOUNS:
        return True  # "a 15-percent rise", "a 10-fold increase", "a 3-time winner"
    if nouns.lemma(word) != word or not nouns.noun_classes(word):
        return True  # "a two-thirds majority", "a 3-strong lead": no singular noun
    draft.noun, draft.end = word, m.end()
    return True


# "old" after a vague length of time makes it an age: "a hedgehog a few weeks old".
_OLD_AFTER = lazy_pattern(r"[-‐‑ ]old(?![^\W\d_])", re.IGNORECASE)


def _vague(text: str, m: re.Match[str], off: int, lex: Lexicon) -> tuple[Draft | None, int]:
    """ "hundreds of children", "tens of thousands", "millions of dollars", "several".

    ``m`` was found in a copy of ``text`` that starts at ``off``.
    """
    m_start, m_stop = m.start() + off, m.end() + off
    if m["plural"] is not None:
        plural = m["plural"].lower()
        if plural in lex.VAGUE_PLURALS_NEED_OF and not m["mult"]:
            if _OF.match(text, m_stop) is None:
                return None, m_stop  # "he scores", not "scores of people"
        base = lex.VAGUE_PLURALS[plural]
        if m["mult"]:
            base *= lex.VAGUE_MULTIPLIERS[m["mult"].lower()]
        c_lo, c_hi = base * lex.VAGUE_CORE[0], base * lex.VAGUE_CORE[1] - 1
        p_lo, p_hi = base * lex.VAGUE_PLAUSIBLE[0], base * lex.VAGUE_PLAUSIBLE[1] - 1
    else:
        c_lo, c_hi, p_lo, p_hi = lex.VAGUE_WORDS[norm(m["vague"])]
        s = _SCALE_AFTER.match(text, m_stop)
        if s is not None:  # "a few hundred", "several thousand"
            f = lex.SCALES[s["scale"].lower()]
            c_lo, c_hi, p_lo, p_hi = c_lo * f, c_hi * f, p_lo * f, p_hi * f
            end = s.end()
        else:
            end = m_stop
        m_end = end
    end = m_stop if m["plural"] is not None else m_end
    kind, unit = COUNT, None
    of = lex.patterns["vague_of"].match(text, end)
    if of is not None:
        w = lex.patterns["currency_word"].match(text, of.end())
        if w is not None:
            kind, unit, end = MONEY, lex.currency_words[w["word"].lower()], w.end()
    q = new_quantity(c_lo, c_hi, None, unit, VAGUE, (p_lo, p_hi))
    draft = Draft(m_start, end, kind, q)
    if kind is COUNT:
        found = noun_after(text, end, lex)
        if found is None and m["plural"] is None:
            return None, end  # "several" alone says nothing countable
        if found is not None:
            draft.noun, draft.end = found
            if found[0] in lex.TIME_UNITS:
                old = _OLD_AFTER.match(text, draft.end)
                draft.kind = DURATION if old is None else AGE  # "a few weeks old"
                if old is not None:
                    draft.end = old.end()
                time_unit = lex.TIME_UNITS[found[0]]
                draft.quantity = new_quantity(c_lo, c_hi, None, time_unit, VAGUE, (p_lo, p_hi))
    return draft, draft.end
