"""Nothing evaluates text: crafted input is read as text, quickly, with no overflow.

Two witnesses watch every call: an audit hook (PEP 578) that records any
``compile``/``exec`` of source that is not a module being imported, and a spy
on pint's expression tokenizer, the one door through which a string reaches
pint's parser.  Only unit names from the lexicon's tables may go through it.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
from collections.abc import Iterator

import pint.pint_eval
import pytest

from claimdiff import compare, extract
from claimdiff.model import Claim

# Crafted texts: each would do damage if any stage evaluated, formatted,
# compiled or converted it without care.
CRAFTED = [
    pytest.param("The blast radius was 10**10**10 meters.", id="power-tower"),
    pytest.param("Output: __import__('os').system('echo pwned') km", id="import-call"),
    pytest.param("eval('1e308*10') dollars and exec('x=1') people", id="eval-exec"),
    pytest.param("The probe flew 1e308 kilometres.", id="1e308-km"),
    pytest.param("It flew 1.7976931348623157e308 km, then 1e309 miles.", id="float-max"),
    pytest.param("NaN people, nan%, inf km, -Infinity dollars", id="nan-inf"),
    pytest.param("1" * 400 + " people were counted.", id="400-digits"),
    pytest.param("9" * 5000 + " km of road.", id="5000-digits-int-limit"),
    pytest.param("999,999,999,999,999,999,999 km of cable.", id="grouped-21-digits"),
    pytest.param("$999,999,999,999 trillion was lost.", id="money-times-scale"),
    pytest.param("nine hundred trillion trillion trillion trillion km", id="scale-words"),
    pytest.param("It was 10¹⁰⁰⁰ km and 2⁶⁴ people.", id="superscript-power"),
    pytest.param("{0.__class__.__mro__} 5 km and {} {0} %s %(x)s %n", id="format-strings"),
    pytest.param("5 [[[ ((( children and 7 \\1 \\g<0> (a+)+$ km", id="regex-syntax"),
    pytest.param("5 km; DROP TABLE claims; -- 7 people", id="sql"),
    pytest.param("5 kilometer ** 2 ** 1000 and 3 meter / 0", id="pint-syntax"),
    pytest.param("3 km" + " / km" * 500, id="unit-division-run"),
]

# Shape of a unit expression built from the lexicon ("kilometer", "mile / hour",
# "kilometer ** 2"): names and a few fixed operators, nothing from the text.
_UNIT_EXPR = re.compile(r"[A-Za-z_]+(?: (?:\*\*|/|\*) (?:[A-Za-z_]+|[23]))*")
_PAYLOAD_BITS = ("__", "import", "eval", "exec", "NaN", "inf", "10**10", "e308", "1000", "/ 0")

# How long a crafted text may take end to end (extract, compare, render):
# generous for a slow CI machine, but far below what evaluating would cost.
_SECONDS = 5.0

_guard: list[list[tuple[str, str]]] = []  # events recorded while a guard is active


def _audit(event: str, args: tuple[object, ...]) -> None:
    if not _guard or event not in ("compile", "exec"):
        return
    if event == "exec":
        code = args[0]
        filename = getattr(code, "co_filename", "")
        # Importing a module executes its code object: that is not text.
        if getattr(code, "co_name", "") == "<module>" and str(filename).endswith(".py"):
            return
        _guard[-1].append((event, str(filename)))
    else:
        source, filename = args[0], args[1]
        if str(filename).endswith(".py"):
            return  # an import compiling a source file without a cached .pyc
        _guard[-1].append((event, repr(source)[:80]))


sys.addaudithook(_audit)  # hooks cannot be removed; _audit is inert outside a guard


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[tuple[str, str]], list[str]]]:
    """Record code compiled or executed, and every string handed to pint's tokenizer."""
    events: list[tuple[str, str]] = []
    to_pint: list[str] = []
    real = pint.pint_eval.tokenizer

    def spy(input_string: str) -> object:
        to_pint.append(input_string)
        return real(input_string)

    monkeypatch.setattr(pint.pint_eval, "tokenizer", spy)
    _guard.append(events)
    try:
        yield events, to_pint
    finally:
        _guard.pop()


def _check_values(claims: list[Claim]) -> None:
    for c in claims:
        if c.quantity is None:
            continue
        for x in (c.quantity.low, c.quantity.high, c.quantity.value):
            assert x is None or (math.isfinite(x) and abs(x) < 1e30), c


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Build the lazy tables (lexicon, pint registry) before anything is watched or timed."""
    compare("The road is 5 km long and cost £1m ($1.2m).", "The road is 3 miles long.")


@pytest.mark.parametrize("text", CRAFTED)
def test_crafted_text_is_just_text(
    text: str, guarded: tuple[list[tuple[str, str]], list[str]]
) -> None:
    """Crafted text is extracted, compared and rendered quickly, with nothing evaluated."""
    events, to_pint = guarded
    other = "The probe flew 5 km and 3 miles; 7 people, 10 meters and $2m."
    started = time.perf_counter()
    claims = list(extract(text))
    report = compare(text, other)
    mirror = compare(other, text)
    rendered = str(report) + str(mirror)
    json.loads(report.to_json())
    elapsed = time.perf_counter() - started
    assert elapsed < _SECONDS
    assert rendered
    _check_values(claims)
    for f in (*report.findings, *mirror.findings):
        _check_values([f.a, f.b])
    assert events == []
    for s in to_pint:
        assert _UNIT_EXPR.fullmatch(s), s
        assert not any(bit in s for bit in _PAYLOAD_BITS), s


def test_power_tower_is_not_a_power() -> None:
    """ "10**10**10 meters" yields no figure of ten billion or more: it is read, not computed."""
    claims = list(extract("The blast radius was 10**10**10 meters."))
    values = [c.quantity.value for c in claims if c.quantity and c.quantity.value is not None]
    assert all(v < 1e10 for v in values), values


@pytest.mark.parametrize(
    "text",
    ["NaN people", "nan% of voters", "inf km", "Infinity dollars"],
    ids=["nan-people", "nan-percent", "inf-km", "infinity-dollars"],
)
def test_nan_and_inf_words_are_not_numbers(text: str) -> None:
    """Words that float() would accept ("NaN", "inf") are never read as figures."""
    assert [
        c for c in extract(text) if c.quantity is not None and c.quantity.value is not None
    ] == []


def test_the_audit_hook_sees_eval(guarded: tuple[list[tuple[str, str]], list[str]]) -> None:
    """The witness works: an eval under guard is recorded (so an empty record means something)."""
    events, _ = guarded
    eval("1 + 1")  # the point of the test
    assert events and events[0][0] in ("compile", "exec")


def test_the_pint_spy_sees_strings(guarded: tuple[list[tuple[str, str]], list[str]]) -> None:
    """The witness works: a string parsed by a pint registry passes through the spy."""
    _, to_pint = guarded
    pint.UnitRegistry().parse_expression("kilometer / hour")
    assert "kilometer / hour" in to_pint
