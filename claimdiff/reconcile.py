"""Many texts about one event: which facts they share, and where one source stands apart.

:func:`reconcile` extracts every source once (:func:`claimdiff.prepare.prepare`),
groups the claims that state one fact (:mod:`claimdiff.grouping`, built on the
pairwise pairing of :func:`claimdiff.compare`), and weighs each fact
(:mod:`claimdiff.majority`): its verdict, the range a majority supports, and
the sources whose figure conflicts with it.  docs/reconcile.md states the rules.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from claimdiff.align import Rules
from claimdiff.grouping import Group, group
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_PAIRS
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.majority import Tally, tally
from claimdiff.model import Claim, Document, Finding, Kind, Qualifier, Quantity, Verdict
from claimdiff.prepare import Side, document, prepare
from claimdiff.rates import RateTable, internal, rate_table
from claimdiff.reasons import spell
from claimdiff.vocabulary import is_common

__all__ = ["Fact", "Reconciliation", "reconcile"]


@attrs.frozen
class Fact:
    """The claims of several sources that state one fact, weighed together.

    The mappings are keyed by source name, in the order the sources were
    given; treat them as read-only.
    """

    claims: dict[str, Claim]
    """Each source's claim of the fact (at most one per source)."""
    verdict: Verdict
    """Conflict if any claim conflicts with the reference; agree if all agree with it."""
    consensus: Quantity | None
    """The range a majority of the sources supports, or None when no majority does."""
    outliers: tuple[str, ...]
    """The sources whose figure conflicts with the majority (none without a majority)."""
    reason: str
    """In words: "3 of 4 sources say 14 workers; C says 41 workers (according to …)"."""
    reference: str
    """The source whose claim the others were judged against."""
    stances: dict[str, Verdict | None]
    """Each claim's verdict against the reference's; None where they could not be compared."""
    explanations: dict[str, str]
    """Each claim's judgement against the reference, in words."""
    score: float
    """The weakest pairing link that joined the fact (0-1)."""

    @property
    def kind(self) -> Kind:
        """What sort of figure the fact is."""
        return next(iter(self.claims.values())).kind

    @property
    def noun(self) -> str | None:
        """What the fact counts or measures, as most of its claims name it."""
        named = Counter(c.noun.lower() for c in self.claims.values() if c.noun)
        return named.most_common(1)[0][0] if named else None

    @property
    def what(self) -> str:
        """The fact in a few words: "workers (count)", "money"."""
        noun = self.noun
        kind = next(iter(self.claims.values())).kind_name
        return f"{noun} ({kind})" if noun else kind

    @property
    def consensus_text(self) -> str | None:
        """The consensus in words ("14 workers", "about 200 homes"), or None."""
        if self.consensus is None:
            return None
        return _figure(self.consensus, self.claims[self.reference], self.noun)

    @property
    def majority(self) -> bool:
        """Whether more than half of the sources stating the fact support one range."""
        return self.consensus is not None


@attrs.frozen
class Reconciliation:
    """The result of :func:`reconcile`: the facts several sources state, and the rest."""

    sources: tuple[str, ...]
    """The sources' names, in the order given."""
    facts: tuple[Fact, ...]
    """Facts stated by two or more sources, in the order the earliest source states them."""
    single: dict[str, tuple[Claim, ...]]
    """Per source, the claims no other source makes (in text order)."""
    internal: dict[str, tuple[Finding, ...]] = attrs.field(factory=dict)
    """Per source, amounts given in two currencies checked against a rate (as in compare)."""
    notes: tuple[str, ...] = ()
    """What was deliberately not compared, and why."""
    texts: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Each source's text as read, so claims can be shown in context."""

    @property
    def conflicts(self) -> list[Fact]:
        """The facts whose sources conflict."""
        return [f for f in self.facts if f.verdict is Verdict.CONFLICT]

    @property
    def consistent(self) -> bool:
        """True when no fact conflicts and no source contradicts itself."""
        inside = (f for fs in self.internal.values() for f in fs)
        return not self.conflicts and all(f.verdict is not Verdict.CONFLICT for f in inside)

    def sentence_of(self, source: str, claim: Claim) -> str:
        """The sentence holding ``claim`` in ``source``'s text, or "" if unknown."""
        text = self.texts.get(source, "")
        lo, hi = claim.sentence
        return text[lo:hi] if hi <= len(text) else ""

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict in the versioned schema documented in docs/reconcile.md."""
        from claimdiff.fact_table import reconciliation_to_dict

        return reconciliation_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_html(self) -> str:
        """A self-contained HTML page: the fact table and every text (docs/reconcile.md)."""
        from claimdiff.fact_page import reconciliation_to_html

        return reconciliation_to_html(self)

    def __str__(self) -> str:
        from claimdiff.fact_table import render_text

        return render_text(self)


def reconcile(
    documents: Mapping[str, str | Document],
    *,
    lang: str = "en",
    rates: Mapping[tuple[str, str], float] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> Reconciliation:
    """Line up the claims of several texts about one event and say where they disagree.

    ``documents`` maps each source's name to its text (str, UTF-8 bytes, or a
    :class:`Document`, whose name the mapping's key replaces); at least two.
    ``rates``, ``max_chars`` and ``max_pairs`` are as for :func:`claimdiff.compare`.

    >>> r = reconcile({
    ...     "A": "Fourteen workers were injured.",
    ...     "B": "14 workers were injured.",
    ...     "C": "41 workers were injured.",
    ... })
    >>> [(f.verdict.value, f.outliers) for f in r.facts]
    [('conflict', ('C',))]
    >>> r.facts[0].reason
    '2 of 3 sources say 14 workers; C says 41 workers'
    """
    docs = _documents(documents, max_chars)
    lex = get_lexicon(lang)
    # Reports of one event, as compare() reads two: a cap said in words is at most it.
    sides = [prepare(d, lex, max_chars, caps=True) for d in docs]
    names = tuple(d.name or "" for d in docs)
    table = _rates(sides, rates)
    notes: list[str] = []
    rules = Rules(tuple(lex.RELATED), frozenset(lex.METRICS))
    groups = group([s.candidates for s in sides], rules, table, max_pairs=max_pairs)
    groups.sort(key=_first_stated)
    facts = []
    single: dict[str, list[Claim]] = {n: [] for n in names}
    for g in groups:
        if len(g.members) == 1:
            ((s, c),) = g.members.items()
            single[names[s]].append(c.claim)
            continue
        facts.append(_fact(g, names, table, notes, lex))
    inside = {
        n: tuple(internal(s.claims, n, table, notes)) for n, s in zip(names, sides, strict=True)
    }
    return Reconciliation(
        sources=names,
        facts=tuple(facts),
        single={n: tuple(sorted(cs, key=lambda c: c.span)) for n, cs in single.items()},
        internal={n: fs for n, fs in inside.items() if fs},
        notes=tuple(notes),
        texts={d.name or "": d.text for d in docs},
    )


def _documents(documents: Mapping[str, str | Document], max_chars: int | None) -> list[Document]:
    """The sources as checked Documents named by their keys."""
    if not isinstance(documents, Mapping):
        msg = f"documents must be a mapping of source name to text, not {type(documents).__name__}"
        raise TypeError(msg)
    if len(documents) < 2:
        msg = f"reconcile needs at least two sources, got {len(documents)}"
        raise ValueError(msg)
    out = []
    for name, x in documents.items():
        if not isinstance(name, str) or not name:
            msg = f"source names must be non-empty strings, not {name!r}"
            raise TypeError(msg)
        doc = document(x, name, max_chars)
        out.append(attrs.evolve(doc, name=name))
    return out


def _rates(sides: Sequence[Side], given: Mapping[tuple[str, str], float] | None) -> RateTable:
    """Exchange rates stated in any source (the earliest first), then those given."""
    table: RateTable = {}
    for side in sides:
        for key, rate in rate_table(side.claims, side.name, (), None, None).items():
            table.setdefault(key, rate)
    for key, rate in rate_table((), None, (), None, given).items():
        table.setdefault(key, rate)
    return table


def _first_stated(g: Group) -> tuple[int, int]:
    """Where a fact is first stated: the earliest source, then the place in its text."""
    s, c = next(iter(g.members.items()))
    return (s, c.claim.span[0])


def _fact(g: Group, names: Sequence[str], table: RateTable, notes: list[str], lex: Lexicon) -> Fact:
    """A group of two or more claims, weighed and put into words."""
    keys = [names[s] for s in g.members]
    claims = [c.claim for c in g.members.values()]
    t = tally(claims, table)
    ref = claims[t.reference]
    for k, stance in enumerate(t.stances):
        if stance is None:
            notes.append(
                f"not compared: {keys[t.reference]}'s “{ref.text}” and "
                f"{keys[k]}'s “{claims[k].text}”: {t.explanations[k]}"
            )
    return Fact(
        claims=dict(zip(keys, claims, strict=True)),
        verdict=t.verdict,
        consensus=t.consensus,
        outliers=tuple(keys[k] for k in t.outliers),
        reason=_reason(keys, claims, t, lex),
        reference=keys[t.reference],
        stances=dict(zip(keys, t.stances, strict=True)),
        explanations=dict(zip(keys, t.explanations, strict=True)),
        score=round(g.score, 4),
    )


# --- in words -------------------------------------------------------------------


def _says(name: str, c: Claim, lex: Lexicon) -> str:
    """ "C says 41 workers (according to the local council)"."""
    return f"{name} says {_quoted(c, lex)}" + (f" (according to {c.source})" if c.source else "")


def _quoted(c: Claim, lex: Lexicon) -> str:
    """The claim's words as a reason quotes them mid-sentence: "the 74-year-old driver", "about
    1,200 litres".  The first letter is lowered only where it is its sentence's capital: the
    claim opens its sentence, in a language that capitalises names alone, with a common word
    ("The", "About"; not a name such as "Toyota", nor an acronym)."""
    text = _as_age(c) if c.kind is Kind.AGE else c.text
    if c.span[0] != c.sentence[0] or not lex.NAMES_BY_CAPITALS:
        return text
    word = "".join(itertools.takewhile(str.isalpha, text))
    capitalised = bool(word) and word[0].isupper() and (len(word) == 1 or word[1:].islower())
    if not capitalised or not is_common(word, lex):
        return text
    return word[0].lower() + text[1:]


def _as_age(c: Claim) -> str:
    """An age as a reason says it: its words ("the 47-year-old driver", "aged 47"), or a
    bare number's unit ("The driver, 47, …": "47 years old")."""
    if c.quantity is None or any(ch.isalpha() for ch in c.text):
        return c.text
    return f"{c.text} {_age_unit(c.quantity)} old"


def _age_unit(q: Quantity) -> str:
    """ "years", "months"; "year" for one."""
    unit = q.unit or "year"
    return unit if q.value == 1 else unit + "s"


def _figure(q: Quantity, ref: Claim, noun: str | None) -> str:
    """A quantity of the fact in words: "14 workers", "about 200 homes", "£3 million".

    A consensus that holds the reference's own figure is said as the reference
    says it ("about 200" rather than "170 to 230", "£3m" rather than "£2.85m to
    £3m"); any other range is spelt out.  An age is said as one ("47 years old"), where
    the reference writes a bare number ("The driver, 47, …").
    """
    lo, hi = q.interval
    value = None if ref.quantity is None else ref.quantity.value
    inside = value is not None and (lo is None or lo <= value) and (hi is None or value <= hi)
    if ref.quantity is not None and (q.interval == ref.quantity.interval or inside):
        if ref.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT):
            return _as_age(ref) if ref.kind is Kind.AGE else ref.text
        q = ref.quantity
    if q.qualifier is Qualifier.APPROXIMATE and q.value is not None:
        spelt = "about " + spell(Quantity(q.value, q.value, q.value, q.unit), ref.kind)
    else:
        spelt = spell(q, ref.kind)
    if ref.kind is Kind.COUNT:
        return f"{spelt} {noun}" if noun else spelt
    if ref.kind is Kind.PERCENT:
        return f"{spelt}%"
    if ref.kind is Kind.AGE:
        return f"{spelt} {_age_unit(q)} old"  # "40 to 49 years old"
    if ref.kind in (Kind.MEASURE, Kind.DURATION) and ref.unit:
        from claimdiff.units import symbol

        return f"{spelt} {symbol(ref.unit)}".replace(" / ", "/")  # "90 to 97 mi/h"
    return spelt


def _reason(keys: Sequence[str], claims: Sequence[Claim], t: Tally, lex: Lexicon) -> str:
    """Why the fact gets its verdict, naming the sources that stand apart."""
    n = len(claims)
    unjudged = [
        f"{keys[k]}'s figure was not compared ({t.explanations[k]})"
        for k, v in enumerate(t.stances)
        if v is None
    ]
    if t.consensus is None:
        said = "; ".join(_says(keys[k], c, lex) for k, c in enumerate(claims) if t.stances[k])
        return "; ".join([f"no majority: {said}", *unjudged])
    ref = claims[t.reference]
    noun = Counter(c.noun.lower() for c in claims if c.noun).most_common(1)
    figure = _figure(t.consensus, ref, noun[0][0] if noun else None)
    if figure in (ref.text, _as_age(ref)):
        figure = _quoted(ref, lex)  # the reference's own words, mid-sentence
    agree = all(t.stances[k] is Verdict.AGREE for k in t.supporters)
    verb = "say" if agree else "agree on"
    s = len(t.supporters)
    everyone = "both sources" if n == 2 else f"all {n} sources"
    head = f"{everyone if s == n else f'{s} of {n} sources'} {verb} {figure}"
    return "; ".join([head, *(_says(keys[k], claims[k], lex) for k in t.outliers), *unjudged])
