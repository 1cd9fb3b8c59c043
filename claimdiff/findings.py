"""Judgements → findings with a reason a person can read, names and sources included."""

from __future__ import annotations

import attrs

from claimdiff.model import Claim, Finding, Verdict
from claimdiff.pattern_code import compile_pattern
from claimdiff.verdict import Judgement

__all__ = ["BY_ELIMINATION", "describe", "finding", "guessed", "judged", "paired_by_elimination"]


def describe(claim: Claim) -> str:
    """A claim as a reader sees it: its words, and its source in brackets."""
    return f"{claim.text} ({claim.source})" if claim.source else claim.text


def finding(
    a: Claim, b: Claim, j: Judgement, score: float, name_a: str | None, name_b: str | None
) -> Finding:
    """The finding on ``a`` (of text ``name_a``) and ``b``, with its reason in words."""
    why = j.explanation
    if j.conversion:
        why += f" ({name_b}'s figure {j.conversion})"
    return judged(a, b, j.verdict, why, score, name_a, name_b)


def judged(
    a: Claim,
    b: Claim,
    verdict: Verdict,
    why: str,
    score: float,
    name_a: str | None,
    name_b: str | None,
) -> Finding:
    """The finding of ``verdict`` on ``a`` and ``b``, ``why`` in words after both claims."""
    reason = f"{name_a}: {describe(a)} — {name_b}: {describe(b)}: {why}"
    label = None
    if verdict is Verdict.CONFLICT and a.source and b.source and _differ(a.source, b.source):
        label = "sources differ"
        reason += f"; sources differ: {a.source} vs {b.source}"
    return Finding(a, b, verdict, round(score, 4), reason, label)


BY_ELIMINATION = "paired by elimination"
"""The label of a finding on two figures paired only as the last of their kind left
(:func:`claimdiff.assignment.by_elimination`, :func:`claimdiff.leftovers.counts_named_apart`)."""


_BY_ELIMINATION_SAYS = (
    "; paired only as the last figures of their kind left, with nothing in the words tying"
    " them: they may be two different facts"
)


def paired_by_elimination(f: Finding) -> Finding:
    """``f``, a finding on two figures paired only as the last of their kind left (a
    conflict, or any finding on counts named apart), labelled so and saying so: such
    pairs are as often two facts as one fact disputed."""
    return attrs.evolve(f, reason=f.reason + _BY_ELIMINATION_SAYS, label=f.label or BY_ELIMINATION)


def guessed(f: Finding) -> bool:
    """Whether ``f`` was paired only by elimination (:func:`paired_by_elimination`), its
    label taken by another ("sources differ") or not."""
    return f.label == BY_ELIMINATION or f.reason.endswith(_BY_ELIMINATION_SAYS)


_WORD = compile_pattern(r"[^\W_]+(?:['’][^\W_]+)*")
_LEADING = frozenset({"the"})


def _differ(a: str, b: str) -> bool:
    """Two sources differ unless the longer name ends with the shorter's words ("Aemet" is
    "the state weather agency Aemet" named short; "police" is not "the police union"), or
    one is the other's initials ("UKHSA", "the UK Health Security Agency").

    >>> _differ("Aemet", "the state weather agency Aemet"), _differ("police", "the police union")
    (False, True)
    >>> _differ("UKHSA", "the UK Health Security Agency"), _differ("the ONS", "Ofsted")
    (False, True)
    """
    if _initials_of(a, b) or _initials_of(b, a):
        return False
    wa, wb = _words(a), _words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return not short or long_[len(long_) - len(short) :] != short


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is one word in capitals that spells the initials of ``name``'s
    capitalised words (two or more; small words such as "for" left out): "ONS" of "the
    Office for National Statistics", "BoE" of "the Bank of England" (its capitals). A
    word written in capitals gives all its letters or its first: "UKHSA" and "UHSA" of
    "UK Health Security Agency"."""
    words = [w for w in _WORD.findall(short) if w.lower() not in _LEADING]
    if len(words) != 1 or sum(ch.isupper() for ch in words[0]) < 2:
        return False
    capitals = [w for w in _WORD.findall(name) if w[0].isupper() and w.lower() not in _LEADING]
    if len(capitals) < 2:
        return False
    firsts = "".join(w[0] for w in capitals)
    whole = "".join(w if w.isupper() else w[0] for w in capitals)
    spelt = {words[0].lower(), "".join(ch for ch in words[0] if ch.isupper()).lower()}
    return bool(spelt & {firsts.lower(), whole.lower()})


def _words(name: str) -> list[str]:
    words = _WORD.findall(name.lower())
    while words and words[0] in _LEADING:
        words = words[1:]
    return words
