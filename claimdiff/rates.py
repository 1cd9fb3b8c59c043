"""Exchange rates: those the texts state, those the caller gives, and checks within one text.

"$1 = 0.8214 pounds" in either text, then ``rates={("USD", "GBP"): 0.8214}``
from the caller, then the ECB's reference rates shipped with claimdiff
(:mod:`claimdiff.reference_rates`; it stays offline), across texts only.  An
amount given in two currencies in one text ("£1m ($1.22m)") is checked against
the stated or given ones here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from claimdiff.align import Candidate
from claimdiff.findings import finding
from claimdiff.model import Claim, Finding, Kind
from claimdiff.prepare import Side
from claimdiff.reference_rates import reference_rate
from claimdiff.verdict import Rate, judge

__all__ = ["RateTable", "currency_penalty", "internal", "rate_table", "with_reference"]

RateTable = dict[tuple[str, str], Rate]
# An aligned pair of amounts in currencies with no stated rate is a weaker match.
_NO_RATE_PENALTY = 0.15


def rate_table(
    claims_a: Sequence[Claim],
    name_a: str | None,
    claims_b: Sequence[Claim],
    name_b: str | None,
    given: Mapping[tuple[str, str], float] | None,
) -> RateTable:
    """Exchange rates: stated in A, then in B, then given by the caller."""
    table: RateTable = {}
    for claims, name in ((claims_a, name_a), (claims_b, name_b)):
        for c in claims:
            if c.kind is not Kind.RATE or c.quantity is None or c.quantity.unit is None:
                continue
            dst, _, src = c.quantity.unit.partition(" per ")
            q = c.quantity
            if q.value is None or q.low is None or q.high is None or q.low <= 0:
                continue
            rate = Rate(src, dst, q.value, q.low, q.high, f"{c.text} (stated in {name})")
            table.setdefault((src, dst), rate)
            table.setdefault((dst, src), rate.inverse())
    for (src, dst), value in checked_rates(given).items():
        rate = Rate(src, dst, value, value, value, f"1 {src} = {value:g} {dst} (given)")
        table.setdefault((src, dst), rate)
        table.setdefault((dst, src), rate.inverse())
    return table


def checked_rates(given: Mapping[tuple[str, str], float] | None) -> dict[tuple[str, str], float]:
    """The caller's rates, checked: (from, to) ISO codes to a positive finite number."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        msg = (
            "rates must be a mapping of (from, to) currency codes to a rate, "
            f"not {type(given).__name__}"
        )
        raise TypeError(msg)
    out = {}
    for key, value in given.items():
        ok_key = isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) for k in key)
        if not ok_key:
            msg = (
                "rates keys must be (from, to) pairs of ISO currency codes like "
                f"('USD', 'GBP'), not {key!r}"
            )
            raise TypeError(msg)
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value <= 0
        ):
            msg = f"rate for {key[0]}→{key[1]} must be a positive finite number, not {value!r}"
            raise ValueError(msg)
        out[(key[0].upper(), key[1].upper())] = float(value)
    return out


def with_reference(table: RateTable, a: Side, b: Side) -> RateTable:
    """``table`` and a reference rate (:mod:`claimdiff.reference_rates`) for each pair of
    currencies, one used in each text, that no stated or given rate joins, read at both
    texts' publication dates (in an order that does not depend on which is first).

    Only across texts: an amount one text gives in two currencies ("£1m ($1.22m)") is
    checked against a rate that text or the caller states, never a reference one, since
    the text may be older than the rates read.
    """
    whens = sorted({w for w in (a.when, b.when) if w})
    units_a = sorted({c.unit for c in a.claims if c.kind is Kind.MONEY and c.unit})
    units_b = sorted({c.unit for c in b.claims if c.kind is Kind.MONEY and c.unit})
    out = dict(table)
    for ua in units_a:
        for ub in units_b:
            if ua == ub or (ua, ub) in out:
                continue
            rate = reference_rate(ua, ub, whens)
            if rate is not None:
                out[(ua, ub)] = rate
                out[(ub, ua)] = rate.inverse()
    return out


def currency_penalty(
    a: Sequence[Candidate], b: Sequence[Candidate], table: RateTable
) -> np.ndarray:
    """What each pair of amounts loses when no rate the texts state or the caller gives
    joins their currencies."""
    units_a = np.array([x.claim.unit or "" for x in a], dtype=object)
    units_b = np.array([y.claim.unit or "" for y in b], dtype=object)
    # A reference rate joins two currencies for the verdict, not for pairing: an amount
    # in the other text's own currency ("$2.4 billion (£1.9 billion)" against "£1.9bn,
    # or $2.4bn") is the better match, as it was before reference rates.
    joined = {
        (ua, ub)
        for ua in set(units_a)
        for ub in set(units_b)
        if ua == ub or ((ua, ub) in table and not table[ua, ub].reference)
    }
    ok = np.array([[(ua, ub) in joined for ub in units_b] for ua in units_a], dtype=bool)
    return np.where(ok, 0.0, _NO_RATE_PENALTY)


def internal(
    claims: Sequence[Claim], name: str | None, table: RateTable, notes: list[str]
) -> list[Finding]:
    """Within one text: an amount given in two currencies, checked against a rate."""
    by_span = {c.span: c for c in claims}
    out = []
    for c in claims:
        if c.linked is None or c.linked < c.span or c.kind is not Kind.MONEY:
            continue
        other = by_span.get(c.linked)
        if other is None:
            continue
        result = judge(c, other, table)
        if isinstance(result, str):
            notes.append(f"not checked: {name}'s “{c.text}” and “{other.text}”: {result}")
            continue
        f = finding(c, other, result, 1.0, name, name)
        out.append(f)
    return out
