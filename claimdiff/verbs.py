"""Which event a year belongs to: verbs of one meaning, from WordNet 3.0's verb senses.

Two reports give a year to an event with different words ("founded in 1921",
"established 1921"; "closed in 2020", "shut its gates in 2020") or the same verb
inflected ("opened", "has been open since").  ``lexicon/data/verbs.txt`` (written by
:mod:`claimdiff.lexicon.build_verb_senses`) holds every verb lemma's senses, most
frequent first, and each synset's direct hypernyms.  Two words name one event when
their bases share one of their first three senses (docs/compare.md, "Years of
events"), and may name one when they share any or one is a way of the other.  A base
is found as WordNet's morphy finds it: the irregular forms first ("built": build),
then the regular endings, kept where the result is a lemma.

Loaded on first use: when compare() reads the events of a text's years.
"""

from __future__ import annotations

import functools

from claimdiff.data_files import read_bytes, row, section

__all__ = ["USUAL_SENSES", "bases", "event_verbs", "may_mean_one", "one_event"]

_FORMAT = "2"
USUAL_SENSES = 3
"""Senses read as a verb's usual meanings: the frequent ones a news report means ("opened"
a museum, "founded" a firm); further down, two verbs share some rare sense more often."""
# morphy's detachment rules for verbs, in its order.
_ENDINGS = (
    ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
    ("ing", "e"), ("ing", ""),
)  # fmt: skip
# A doubled final consonant before an ending ("shipped", "planning"): ship, plan.
_DOUBLED = ("ed", "ing")


@functools.cache
def _data() -> tuple[list[str], list[str], list[str]]:
    """The exceptions, lemmas and hypernyms sections, as sorted rows."""
    text = read_bytes("verbs.txt").decode("utf-8")
    meta = dict(line.split("\t") for line in section(text, "meta").splitlines())
    if meta.get("format") != _FORMAT:
        msg = f"verb data is not of format {_FORMAT}"
        raise ValueError(msg)
    return (
        section(text, "exceptions").split("\n"),
        section(text, "lemmas").split("\n"),
        section(text, "hypernyms").split("\n"),
    )


def _listed(rows: list[str], key: str) -> list[str] | None:
    """The space-separated list of ``key``'s row (its bases, its senses), or None."""
    found = row(rows, key)
    return None if found is None else found[0].split()


@functools.lru_cache(maxsize=4096)
def bases(word: str) -> tuple[str, ...]:
    """The verb lemmas ``word`` may be a form of (none for a word no verb makes).

    >>> bases("founded"), bases("built"), bases("shut"), bases("planning"), bases("table")
    (('found',), ('build',), ('shut',), ('plan',), ('table',))
    >>> bases("airport")
    ()
    """
    exceptions, lemmas, _ = _data()
    w = word.lower()
    found = list(_listed(exceptions, w) or ())
    if _listed(lemmas, w) is not None:
        found.append(w)
    for end, repl in _ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 1:
            base = w[: -len(end)] + repl
            if _listed(lemmas, base) is not None:
                found.append(base)
            if end in _DOUBLED and len(base) > 2 and base[-1] == base[-2]:
                if _listed(lemmas, base[:-1]) is not None:
                    found.append(base[:-1])
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=4096)
def _senses(word: str, first: int | None = USUAL_SENSES) -> frozenset[str]:
    """The synsets of ``word``'s bases: their first ``first`` senses (None: all)."""
    _, lemmas, _ = _data()
    return frozenset(s for b in bases(word) for s in (_listed(lemmas, b) or ())[:first])


@functools.lru_cache(maxsize=4096)
def _broader(word: str) -> frozenset[str]:
    """The direct hypernyms of all of ``word``'s senses."""
    _, _, hypernyms = _data()
    return frozenset(h for s in _senses(word, None) for h in (_listed(hypernyms, s) or ()))


def may_mean_one(a: str, b: str) -> bool:
    """Whether two verbs may name one event: they share any sense, however rare
    ("extended", "expanded"; "split", "broke"), or one's sense is a way of doing the
    other's ("reopened" a way to open, "painted" one to create, "bought" one to acquire).
    Two ways of one thing are not one ("opened", "closed"; "sold", "bought").  False
    where either is no verb.

    >>> may_mean_one("extended", "expanded"), may_mean_one("painted", "created")
    (True, True)
    >>> may_mean_one("opened", "closed"), may_mean_one("sold", "bought")
    (False, False)
    """
    sa, sb = _senses(a, None), _senses(b, None)
    return bool(sa & sb or sa & _broader(b) or sb & _broader(a))


def event_verbs(words: frozenset[str], light: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words that may be verbs naming an event, never a light verb (``light``:
    "became", "said").  A noun that is also a verb stays ("wing", "site"): two years of
    one wing or one site are one event's as often as two of one verb.

    >>> sorted(event_verbs(frozenset({"opened", "wing", "said", "museum"}), frozenset({"say"})))
    ['opened', 'wing']
    """
    out = []
    for w in words:
        found = bases(w)
        if found and not any(b in light for b in found):
            out.append(w)
    return frozenset(out)


def senses_of(words: frozenset[str]) -> frozenset[str]:
    """The first senses of all of ``words`` (one_event(a, b) is senses_of(a) & senses_of(b))."""
    return frozenset().union(*(_senses(w) for w in words)) if words else frozenset()


def one_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a word of ``a`` and one of ``b`` are verbs of one meaning ("founded",
    "established"; "opened", "open"), among their first senses.

    >>> one_event(frozenset({"founded"}), frozenset({"established", "firm"}))
    True
    >>> one_event(frozenset({"opened"}), frozenset({"extended"}))
    False
    """
    senses_a = senses_of(a)
    if not senses_a:
        return False
    return any(senses_a & _senses(w) for w in b)
