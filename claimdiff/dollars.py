"""A bare dollar sign read as the dollar a report names, as well as the US dollar.

A bare sign here is also the word "dollars" with no country's name before it ("three
and a half million dollars"), and cents with no dollar named ("34 cents a share").

A paper writes its own country's dollar as "$" ("a $4.2m facelift" in a Sydney
paper), where a wire report for readers abroad writes "A$4.2 million"; and a report that
names its dollar once writes "$" after ("NZ$40m … a crossing costing $2.5m").  CLDR
reads a bare "$" as the US dollar, so such amounts would meet through an exchange rate
and conflict.

The rule, for a text X with amounts written with "$" alone: if X names one dollar D
other than the US dollar (in an amount or in its words), or names no dollar at all and
the other text names one such D, X's bare-sign amounts may be in D as well as in US
dollars.  A text that names the US dollar ("US$", "$US", "all figures are in US
dollars", a bracketed conversion "A$3 million ($2 million)") or two dollars keeps its
signs as written.  Amounts so read pair as amounts in D and are judged both ways, the
kinder verdict standing (:func:`kinder`): a reader cannot hold "$80 million" against
"A$80 million" when the sign may be the Australian dollar, nor against "A$120 million"
when it may be the US dollar.  The report says so in a note (docs/compare.md, "Two
currencies").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.model import Claim, Kind, Span, Verdict
from claimdiff.pattern_code import compile_pattern
from claimdiff.prepare import Side
from claimdiff.verdict import Judgement

__all__ = ["Local", "dollar_codes", "kinder", "local_dollars"]

# A dollar sign with no letter right before or after it ("$4.2m", "a $4.2m grant"; not
# "A$", "US$", "$US13.4 billion").
_BARE_SIGN = compile_pattern(r"(?<![^\W\d_])\$(?![^\W\d_])")
# The word "dollars" after a number or a word in lower case, no country's name before it
# ("three and a half million dollars", "5m dollars"; not "US dollars", "Australian
# dollars"): a bare sign written out.
_BARE_WORD = lazy_pattern(r"(?:\d|\b[a-z]+)\s+dollars?\b")
# Cents with no dollar named ("34 cents a share", "about 34 cents", "a 34-cent dividend",
# "34¢", "34c", "thirty-four cents"): the cents of whichever dollar the sign is, so they
# name none ("an interim dividend of 34 cents" beside "A$214 million").
_BARE_CENTS = lazy_pattern(r"\d\s*(?:c\b|¢)|\bcents?\b")


@attrs.frozen
class Local:
    """Both texts with bare dollar signs read in another dollar, where the rule holds."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    a: Side
    b: Side
    written_a: dict[Span, Claim]
    """Each amount of ``a`` so read, by its span, as written (in US dollars)."""
    written_b: dict[Span, Claim]
    notes: list[str]


def local_dollars(a: Side, b: Side, lex: Lexicon) -> Local:
    """``a`` and ``b`` with each one's bare-sign amounts read in the dollar it or the other
    names, where the rule above holds; the amounts as written, and notes saying so."""
    notes: list[str] = []
    written_a: dict[Span, Claim] = {}
    written_b: dict[Span, Claim] = {}
    named_a, named_b = _names(a, lex), _names(b, lex)
    new_a = _read_in(a, named_a, _one_local(named_b), lex, b.name, notes, written_a)
    new_b = _read_in(b, named_b, _one_local(named_a), lex, a.name, notes, written_b)
    return Local(new_a, new_b, written_a, written_b, notes)


_RANK = {Verdict.AGREE: 0, Verdict.COMPATIBLE: 1, Verdict.CONFLICT: 2}


def kinder(
    a: Claim, b: Claim, local: Local, judge: Callable[[Claim, Claim], Judgement | str]
) -> tuple[Claim, Claim, Judgement | str]:
    """The claims of a pair and their verdict: as paired, or as written where a bare sign
    was read in another dollar and that verdict is kinder (or the other could not be
    given: no rate joins the two dollars).

    ``a`` is the first text's claim and ``b`` the second's.
    """
    judged = judge(a, b)
    wa, wb = local.written_a.get(a.span), local.written_b.get(b.span)
    if wa is None and wb is None:
        return a, b, judged
    xa, xb = wa or a, wb or b
    as_written = judge(xa, xb)
    if isinstance(as_written, str):
        if not isinstance(judged, str) and judged.verdict is not Verdict.AGREE:
            # Only one reading could be judged, and it finds no agreement: the "$" may
            # be the US dollar, which nothing here converts.
            return a, b, f"“$” may be US dollars, and {as_written}"
        return a, b, judged
    if isinstance(judged, str):
        return xa, xb, as_written
    if as_written.verdict is judged.verdict:
        return a, b, judged
    read = a if wa is not None else b
    local_unit, sign = read.unit, _sign(read)
    if _RANK[as_written.verdict] >= _RANK[judged.verdict]:
        explained = (
            f"{judged.explanation} ({sign} read as {local_unit}; as USD, "
            f"{as_written.verdict.value}: {as_written.explanation})"
        )
        return a, b, attrs.evolve(judged, explanation=explained)
    explained = (
        f"{as_written.explanation} ({sign} read as USD; as {local_unit}, "
        f"{judged.verdict.value}: {judged.explanation})"
    )
    return xa, xb, attrs.evolve(as_written, explanation=explained)


def _bare(claim: Claim, dollars: frozenset[str]) -> bool:
    return (
        claim.kind is Kind.MONEY
        and claim.unit == "USD"
        and "USD" in dollars
        and (
            _BARE_SIGN.search(claim.text) is not None
            or _BARE_WORD.search(claim.text) is not None
            or _BARE_CENTS.search(claim.text) is not None
        )
    )


def _sign(claim: Claim) -> str:
    """A bare dollar as the text wrote it: "$", the word ("three million dollars"), or its
    cents ("34 cents a share")."""
    if _BARE_SIGN.search(claim.text):
        return "“$”"
    return "“dollars”" if _BARE_WORD.search(claim.text) else "“cents”"


def _named(claims: Sequence[Claim], dollars: frozenset[str]) -> set[str]:
    """The dollars ``claims`` name: every dollar amount but a bare sign's, and a bare
    sign's that converts another amount in brackets ("A$3 million ($2 million)" shows
    its "$" is the US dollar)."""
    return {
        c.unit
        for c in claims
        if c.kind is Kind.MONEY
        and c.unit in dollars
        and (not _bare(c, dollars) or c.linked is not None)
    }


@functools.lru_cache(maxsize=4)
def _dollar_names(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the language's names of dollars in prose ("US dollars", "A$", "AUD",
    "U.S. dollars"), and the dollar each names (its words lower-cased, single-spaced)."""
    lex = get_lexicon(lang)
    dollars = dollar_codes(lex)
    names = {w: code for w, code in lex.currency_words.items() if code in dollars and " " in w}
    names |= {f"{p}$": code for p, code in lex.DOLLAR_PREFIXES.items() if code in dollars}
    cased: dict[str, str] = {}
    if "USD" in dollars:
        names |= {"u.s. dollar": "USD", "u.s. dollars": "USD", "u.s.$": "USD"}
        # "$US", "US $" in capitals only: "owes us $3 million" names no dollar.
        cased = {"$US": "USD", "US $": "USD", "U.S. $": "USD"}
    words = sorted(names, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # Codes in capitals only, and none that is also a word ("CAD tools").
    codes = sorted(c for c in dollars if c not in lex.CODES_THAT_ARE_WORDS)
    names |= {c.lower(): c for c in codes}
    cased_words = [re.escape(w).replace(r"\ ", r"\s+") for w in cased]
    names |= {w.lower(): c for w, c in cased.items()}
    either = f"(?i:{alternation})" + "".join(f"|{c}" for c in [*codes, *cased_words])
    return compile_pattern(rf"(?<![^\W\d_])(?:{either})(?![^\W\d_])"), names


def dollar_codes(lex: Lexicon) -> frozenset[str]:
    """The currencies the lexicon writes with a dollar sign that CLDR names a dollar
    (not the Mexican peso of "Mex$")."""
    return _dollar_codes(lex.lang)


@functools.lru_cache(maxsize=4)
def _dollar_codes(lang: str) -> frozenset[str]:
    lex = get_lexicon(lang)
    named = {c for w, c in lex.currency_words.items() if w.split()[-1].startswith("dollar")}
    return frozenset(c for c in lex.DOLLAR_PREFIXES.values() if c in named)


def _names(side: Side, lex: Lexicon) -> set[str]:
    """The dollars ``side`` names, in its amounts or its words."""
    pattern, names = _dollar_names(lex.lang)
    words = {names[" ".join(m.group().lower().split())] for m in pattern.finditer(side.doc.text)}
    return _named(side.claims, dollar_codes(lex)) | words


def _one_local(named: set[str]) -> str | None:
    """The one dollar of ``named`` if it is not the US dollar; else None."""
    if len(named) != 1:
        return None
    (only,) = named
    return None if only == "USD" else only


def _read_in(
    side: Side,
    named: set[str],
    dollar: str | None,
    lex: Lexicon,
    other: str,
    notes: list[str],
    written: dict[Span, Claim],
) -> Side:
    """``side`` with its bare-sign amounts read in the one local dollar it ``named``, or,
    naming none, in ``dollar`` (the other text's)."""
    own = _one_local(named)
    if own is not None:
        dollar, whose = own, side.name  # "NZ$40m … a crossing costing $2.5m"
    elif named:
        return side  # it names the US dollar, or two dollars
    else:
        whose = other
    if dollar is None:
        return side
    # No bare amount that converts another in brackets is read here: it names the US
    # dollar (_named), and a text naming it is left as written above.
    dollars = dollar_codes(lex)
    bare = {c.span for c in side.claims if _bare(c, dollars)}
    if not bare:
        return side

    def read(c: Claim) -> Claim:
        if c.span not in bare or c.quantity is None:
            return c
        written[c.span] = c
        return attrs.evolve(c, quantity=attrs.evolve(c.quantity, unit=dollar))

    def read_candidate(x: Candidate) -> Candidate:
        return x if x.claim.span not in bare else attrs.evolve(x, claim=read(x.claim))

    signs = {_sign(c) for c in side.claims if c.span in bare}
    sign = " or ".join(sorted(signs))
    notes.append(
        f"{side.name} writes {sign} alone, and {whose} names the {dollar}: {side.name}'s "
        f"{sign} amounts are paired as {dollar} and judged as {dollar} and as USD, the kinder "
        "verdict standing"
    )
    return attrs.evolve(
        side,
        claims=[read(c) for c in side.claims],
        candidates=[read_candidate(x) for x in side.candidates],
        seconds=[read_candidate(x) for x in side.seconds],
    )
