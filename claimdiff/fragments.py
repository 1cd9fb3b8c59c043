"""Where one run of words sits inside a longer one, and how well it matches there.

``rapidfuzz.fuzz.partial_ratio`` scores the shorter string against every
window of the longer, including the windows that run off either end.  Its
cost grows with the cube of the shorter string's length once that passes 64
characters: a millisecond at 400 characters, seconds for two quotes of 4,000
(an unclosed quotation mark turns the rest of a paragraph into one quote).
Up to :data:`LONG_PART` characters this module defers to rapidfuzz; past it,
the window is found by word anchors — the offsets at which the part's rarer
words occur in the whole — and scored with ``fuzz.ratio`` at a dozen windows.
``fuzz.ratio`` costs the product of the two lengths over 64 (bit-parallel): still
quadratic in the part, but a square, not a cube — 13 ms for a part of 10,000
characters, about a second for 100,000, where the cube took minutes.  A long part
matches where most of its words line up, so the anchors find the window
``partial_ratio`` would have found.
"""

from __future__ import annotations

from collections import Counter, defaultdict

# Parts up to this many characters are scored by rapidfuzz's exhaustive search.
LONG_PART = 256
# A word occurring more often than this in the whole is no anchor ("the").
_ANCHOR_POSTINGS = 8
# The best few anchor offsets are scored; a part matching somewhere has most
# of its votes on one offset.
_OFFSETS_TRIED = 3


def partial_score(part: str, whole: str, score_cutoff: float = 0.0) -> float:
    """The best ``fuzz.ratio`` (0-100) of the shorter string against a window of the longer.

    Below ``score_cutoff`` the score is 0, as with rapidfuzz.

    >>> partial_score("the park budget", "we said the park budget would rise")
    100.0
    """
    short, long_ = (part, whole) if len(part) <= len(whole) else (whole, part)
    if len(short) <= LONG_PART:
        from rapidfuzz import fuzz  # see _anchored

        return float(fuzz.partial_ratio(short, long_, score_cutoff=score_cutoff))
    score, _lo, _hi = _anchored(short.split(), long_.split())
    return score if score >= score_cutoff else 0.0


def partial_window(part: str, whole: str) -> tuple[int, int]:
    """The word positions ``[first, last)`` of ``whole`` that ``part`` matches best."""
    if len(part) <= LONG_PART:
        from rapidfuzz import fuzz  # see _anchored

        al = fuzz.partial_ratio_alignment(part, whole)
        if al is None:  # pragma: no cover - only None under a score_cutoff, never passed
            return 0, len(whole.split())
        return whole.count(" ", 0, al.dest_start), whole.count(" ", 0, al.dest_end) + 1
    _score, lo, hi = _anchored(part.split(), whole.split())
    return lo, hi


def _anchored(part: list[str], whole: list[str]) -> tuple[float, int, int]:
    """Score and word window of ``part`` in ``whole``, windows placed by anchor votes."""
    if not part or not whole:
        return 0.0, 0, len(whole)
    # Imported where first used: a command whose texts quote nothing in common never
    # scores a fragment, and importing rapidfuzz takes some 20 ms of its start.
    from rapidfuzz import fuzz

    postings: dict[str, list[int]] = defaultdict(list)
    for k, w in enumerate(whole):
        postings[w].append(k)
    votes: Counter[int] = Counter()
    for p, w in enumerate(part):
        occ = postings.get(w, ())
        if len(occ) <= _ANCHOR_POSTINGS:
            votes.update(q - p for q in occ)
    if not votes:
        # Every shared word is common: let each vote at its first few places
        # rather than read postings of unbounded length.
        for p, w in enumerate(part):
            votes.update(q - p for q in postings.get(w, ())[:_ANCHOR_POSTINGS])
    if not votes:
        return 0.0, 0, len(whole)
    n = len(part)
    slack = max(1, n // 10)
    text = " ".join(part)
    best = (0.0, 0, min(n, len(whole)))
    for offset, _count in votes.most_common(_OFFSETS_TRIED):
        for lo_pad in (0, slack):
            for hi_pad in (0, slack):
                lo = max(0, offset - lo_pad)
                hi = min(len(whole), offset + n + hi_pad)
                if lo >= hi:
                    continue
                score = float(fuzz.ratio(text, " ".join(whole[lo:hi])))
                if score > best[0]:
                    best = (score, lo, hi)
    return best
