"""Aligning quotations across two texts, and what each pair says of the other.

Quotes are compared on their words alone — lower case, punctuation and
quotation marks dropped — by rapidfuzz score matrices: ``fuzz.ratio`` for
whole quotes and a partial ratio (:mod:`claimdiff.fragments`) where one report
quotes a fragment of the other's longer quote.  Pairs are assigned one-to-one, best first,
preferring the same speaker; then the parts of a quote one text splits with
its attribution join the longer quote the other text gives whole.  Verdicts:

* ``same`` (:attr:`Verdict.AGREE`): identical words, or one quote word for
  word a fragment of the other;
* ``reworded`` (:attr:`Verdict.COMPATIBLE`): the same statement in other
  words, the reason listing the words added, dropped or changed;
* ``misattributed`` (:attr:`Verdict.CONFLICT`): the same words given to
  different speakers, both named (a role such as "the mayor" facing a name is
  no conflict).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimdiff.extract.speakers import names_someone
from claimdiff.fragments import partial_score, partial_window
from claimdiff.model import Claim, Finding, Verdict
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import drop_escapes

if TYPE_CHECKING:
    from claimdiff.lexicon.speech import Speech

# Quotes scoring at least this (0-100) are the same statement, reworded or not.
# Unrelated quotes of one event score up to ~50 with ratio and ~66 with
# partial_ratio (measured on the ICC fixture pair), so 75 leaves a margin.
MATCH_THRESHOLD = 75.0
# Two different speakers are only paired when the words are nearly the same:
# that pair is a misattribution, anything looser is two people on one topic.
MISATTRIBUTION_THRESHOLD = 90.0
# partial_ratio finds a short string inside any long one; below this many
# words a "fragment" match is chance.
MIN_FRAGMENT_WORDS = 4
# A quote shorter than this share of the other is compared with the window
# of the longer quote it matches, not the whole.
FRAGMENT_SHARE = 0.7
# Same-speaker pairs are preferred over equally similar pairs of strangers.
SAME_SPEAKER_BONUS = 5.0
# A quote is scored against at most this many quotes of the other text: those
# sharing the most words with it (two at least).
MAX_CANDIDATES = 16
MIN_SHARED_WORDS = 2
_POSTINGS_READ = 4 * MAX_CANDIDATES
# How much of a quote a reason shows before "…".
SHOWN_CHARS = 60
SHOWN_WORDS = 8

_NOT_WORD = compile_pattern(r"[^\w\s']+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_CLAUSE_END = compile_pattern(r"[,;:.!?…]")


def quote_words(text: str) -> list[str]:
    """A quote's words as written, without punctuation or quotation marks.

    >>> quote_words("“Repatriate children,” he said — ‘now’!")
    ['Repatriate', 'children', 'he', 'said', 'now']
    """
    cleaned = _NOT_WORD.sub(" ", drop_escapes(text).translate(_APOSTROPHES))
    return [w.strip("'") for w in cleaned.split() if w.strip("'")]


def normalise(text: str) -> str:
    """A quote's words, lower-cased, without punctuation or quotation marks.

    >>> normalise("“Repatriate children,” he said — ‘now’!")
    'repatriate children he said now'
    """
    return " ".join(quote_words(text)).lower()


def _speaker_key(source: str | None) -> tuple[str, ...] | None:
    return tuple(normalise(source).split()) if source else None


def same_speaker(a: str | None, b: str | None, speech: Speech | None = None) -> bool | None:
    """True for one speaker ("Khan" is "Karim Khan"), False for two different names,
    None when that cannot be told: a speaker is unknown, or one only describes
    ("the mayor" may be Clara Novak: a role facing a name is never a conflict).

    >>> same_speaker("Karim Khan", "Khan"), same_speaker("Khan", "Raab"), same_speaker(None, "Khan")
    (True, False, None)
    >>> same_speaker("the mayor", "Clara Novak"), same_speaker("the ministry", "the Ministry")
    (None, True)
    >>> same_speaker("the ministry", "the Ministry of Health")
    """
    ka, kb = _speaker_key(a), _speaker_key(b)
    if not a or not b or not ka or not kb:
        return None
    short, long_ = sorted((ka, kb), key=len)
    if long_[-len(short) :] == short:
        return True
    if not (names_someone(a, speech) and names_someone(b, speech)):
        return None
    return False


def _candidates(na: Sequence[str], nb: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of quotes sharing at least :data:`MIN_SHARED_WORDS` words, at most
    :data:`MAX_CANDIDATES` per quote of ``na`` — an inverted index, so cost stays
    near-linear in the number of quotes instead of scoring every pair."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, q in enumerate(nb):
        for w in set(q.split()):
            index[w].append(j)
    pairs: list[tuple[int, int]] = []
    for i, q in enumerate(na):
        shared: Counter[int] = Counter()
        for w in set(q.split()):
            # Only the first postings of a word are read: a word in every quote
            # says little, and reading all of them would be quadratic.
            shared.update(index.get(w, ())[:_POSTINGS_READ])
        need = min(MIN_SHARED_WORDS, len(set(q.split())))
        best = [j for j, n in shared.most_common(MAX_CANDIDATES) if n >= need]
        pairs.extend((i, j) for j in sorted(best))
    return pairs


def _ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.ratio``, imported when first asked for, not with this module:
    most pairs of texts have no two quotes sharing words, and importing rapidfuzz took
    some 20 ms of every command's start."""
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


def align_quotes(
    a: Sequence[Claim], b: Sequence[Claim], speech: Speech | None = None
) -> list[Finding]:
    """Align the quotes of two texts and judge each pair, in the order of ``a``.

    Pairs are one-to-one, except that a longer quote is paired with each part of
    a quote the other text splits (docs/quotes.md).  ``Finding.a`` is from ``a``
    and ``Finding.b`` from ``b``; quotes with no counterpart are left out.
    """
    if not a or not b:
        return []
    na = [normalise(c.text) for c in a]
    nb = [normalise(c.text) for c in b]
    edges = []
    for i, j in _candidates(na, nb):
        if not na[i] or not nb[j]:
            continue
        score = _ratio(na[i], nb[j])
        if min(len(na[i].split()), len(nb[j].split())) >= MIN_FRAGMENT_WORDS:
            score = max(score, partial_score(na[i], nb[j], score_cutoff=MATCH_THRESHOLD))
        relation = same_speaker(a[i].source, b[j].source, speech)
        floor = MISATTRIBUTION_THRESHOLD if relation is False else MATCH_THRESHOLD
        if score >= floor:
            rank = score + SAME_SPEAKER_BONUS * (relation is True)
            edges.append((-rank, i, j, score))
    edges.sort()  # best first; ties in text order
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for _rank, i, j, score in edges:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, score))
    for i, j, _score in list(pairs):
        # A quote one text splits with its attribution and the other gives whole:
        # the part already paired brings its neighbours to the same whole quote.
        if len(na[i].split()) < len(nb[j].split()):
            for k, score in _more_parts(a, na, i, used_a, nb[j], b[j].source, speech):
                pairs.append((k, j, score))
        elif len(nb[j].split()) < len(na[i].split()):
            for k, score in _more_parts(b, nb, j, used_b, na[i], a[i].source, speech):
                pairs.append((i, k, score))
    findings = [judge(a[i], b[j], round(score / 100.0, 4), speech) for i, j, score in pairs]
    findings.sort(key=lambda f: (f.a.span, f.b.span))
    return findings


def _more_parts(
    quotes: Sequence[Claim],
    norm: Sequence[str],
    first: int,
    used: set[int],
    whole: str,
    whole_source: str | None,
    speech: Speech | None = None,
) -> list[tuple[int, float]]:
    """The quotes next to ``quotes[first]`` that are further parts of ``whole``, with scores.

    A part is a neighbour in text order, not yet paired, not given to another
    speaker than ``quotes[first]``, found in ``whole`` by the rules for fragments
    (word for word, or ``partial_ratio`` above the threshold when it has four
    words or more), at a place of ``whole`` no other part holds.  Each part taken
    is added to ``used``.
    """
    taken = [partial_window(norm[first], whole)]
    found: list[tuple[int, float]] = []
    for step in (-1, 1):
        k = first + step
        while 0 <= k < len(quotes) and k not in used:
            if same_speaker(quotes[k].source, quotes[first].source, speech) is False:
                break
            score = _part_score(norm[k], whole)
            floor = (
                MISATTRIBUTION_THRESHOLD
                if same_speaker(quotes[k].source, whole_source, speech) is False
                else MATCH_THRESHOLD
            )
            window = partial_window(norm[k], whole)
            if score < floor or any(window[0] < hi and lo < window[1] for lo, hi in taken):
                break
            taken.append(window)
            found.append((k, score))
            used.add(k)
            k += step
    return found


def _part_score(part: str, whole: str) -> float:
    """How well ``part`` matches somewhere in ``whole`` (0-100), by the rules for fragments."""
    words = part.split()
    if not words:
        return 0.0
    if _contains(words, whole.split()):
        return 100.0
    if len(words) < MIN_FRAGMENT_WORDS:
        return 0.0
    return partial_score(part, whole)


def judge(a: Claim, b: Claim, score: float, speech: Speech | None = None) -> Finding:
    """The verdict on two aligned quotes (``score`` is their similarity, 0-1)."""
    shown_a, shown_b = quote_words(a.text), quote_words(b.text)
    wa, wb = [w.lower() for w in shown_a], [w.lower() for w in shown_b]
    speakers = same_speaker(a.source, b.source, speech)
    if speakers is False:
        reason = (
            f'"{shorten(a.text)}" is given to {a.source} in one text and to {b.source} in the other'
        )
        return Finding(a, b, Verdict.CONFLICT, score, reason, label="misattributed")
    who = _who(a.source, b.source, speech)
    if wa == wb:
        reason = f'{who}: "{shorten(a.text)}" quoted alike in both'
        return Finding(a, b, Verdict.AGREE, 1.0, reason, label="same")
    if _contains(wa, wb) or _contains(wb, wa):
        fragment = a.text if len(wa) < len(wb) else b.text
        reason = f'{who}: "{shorten(fragment)}" is, word for word, part of the longer quote'
        return Finding(a, b, Verdict.AGREE, score, reason, label="same")
    changes = word_changes(*_matched_window(wa, wb, shown_a, shown_b))
    reason = f'{who}: "{shorten(a.text)}" vs "{shorten(b.text)}": {changes}'
    return Finding(a, b, Verdict.COMPATIBLE, score, reason, label="reworded")


def _who(a: str | None, b: str | None, speech: Speech | None = None) -> str:
    """Who a reason names: the speaker, by name where one text gives it.

    >>> _who("the mayor", "Clara Novak"), _who("Karim Khan", "Khan"), _who(None, None)
    ('Clara Novak (the mayor)', 'Karim Khan', 'unattributed')
    """
    if a and b and a != b and same_speaker(a, b, speech) is None:
        name, role = (b, a) if names_someone(b, speech) and not names_someone(a, speech) else (a, b)
        return f"{name} ({role})"
    return a or b or "unattributed"


def _contains(short: list[str], long_: list[str]) -> bool:
    """True when ``short`` occurs in ``long_`` as a run of whole words."""
    if not short or len(short) > len(long_):
        return False
    return f" {' '.join(short)} " in f" {' '.join(long_)} "


def _matched_window(
    wa: list[str], wb: list[str], shown_a: list[str], shown_b: list[str]
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Cut the longer quote to the words the shorter one matches, when it is a fragment."""
    if min(len(wa), len(wb)) >= FRAGMENT_SHARE * max(len(wa), len(wb)):
        return wa, wb, shown_a, shown_b
    swap = len(wa) > len(wb)
    short, long_ = (wb, wa) if swap else (wa, wb)
    first, last = partial_window(" ".join(short), " ".join(long_))
    if swap:
        return wa[first:last], wb, shown_a[first:last], shown_b
    return wa, wb[first:last], shown_a, shown_b[first:last]


def word_changes(
    wa: Sequence[str],
    wb: Sequence[str],
    shown_a: Sequence[str] | None = None,
    shown_b: Sequence[str] | None = None,
) -> str:
    """The word-level difference from ``wa`` to ``wb``, readably.

    Words are compared as given and shown from ``shown_a``/``shown_b`` (the
    same words with their original capitals) when those are passed.

    >>> word_changes("repatriate children now".split(), "i say repatriate the children".split())
    'added "i say", "the"; dropped "now"'
    """
    sa = wa if shown_a is None else shown_a
    sb = wb if shown_b is None else shown_b
    added: list[str] = []
    dropped: list[str] = []
    changed: list[str] = []
    from rapidfuzz.distance import Indel  # see _ratio

    ops = list(Indel.opcodes(list(wa), list(wb)))
    k = 0
    while k < len(ops):
        op = ops[k]
        nxt = ops[k + 1] if k + 1 < len(ops) else None
        if nxt is not None and {op.tag, nxt.tag} == {"delete", "insert"}:
            gone, new = (op, nxt) if op.tag == "delete" else (nxt, op)
            old = " ".join(sa[gone.src_start : gone.src_end])
            changed.append(f'"{old}" to "{" ".join(sb[new.dest_start : new.dest_end])}"')
            k += 2
            continue
        if op.tag == "insert":
            added.append(f'"{" ".join(sb[op.dest_start : op.dest_end])}"')
        elif op.tag == "delete":
            dropped.append(f'"{" ".join(sa[op.src_start : op.src_end])}"')
        k += 1
    parts = []
    if added:
        parts.append("added " + ", ".join(added))
    if dropped:
        parts.append("dropped " + ", ".join(dropped))
    if changed:
        parts.append("changed " + ", ".join(changed))
    return "; ".join(parts) if parts else "the same words"


def shorten(text: str) -> str:
    """The opening of a quote for a reason: its first clause, or its first words, then "…".

    >>> shorten("Repatriate children, return the children, reunite the children")
    'Repatriate children, …'
    """
    flat = " ".join(drop_escapes(text).split())
    if len(flat) <= SHOWN_CHARS // 2:
        return flat
    m = _CLAUSE_END.search(flat, 0, SHOWN_CHARS)
    if m is not None and m.end() < len(flat):
        return flat[: m.end()] + " …"
    cut = flat.split()
    if len(cut) <= SHOWN_WORDS and len(flat) <= SHOWN_CHARS:
        return flat
    return " ".join(cut[:SHOWN_WORDS]) + " …"
