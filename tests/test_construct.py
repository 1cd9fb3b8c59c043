"""Claims, quantities and sentences built field by field are those the classes build
(claimdiff.construct)."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.construct import CLAIM_FIELDS, QUANTITY_FIELDS, new_claim, new_quantity
from claimdiff.extract import period_phrases, quotes
from claimdiff.extract.context import Sentence, read_sentence
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Claim, Direction, Kind, Qualifier, Quantity


def test_every_field_is_set() -> None:
    """Each class's fields, all of them and in order: a field added is set here too."""
    assert CLAIM_FIELDS == tuple(f.name for f in attrs.fields(Claim))
    assert QUANTITY_FIELDS == tuple(f.name for f in attrs.fields(Quantity))


_bound = st.none() | st.floats(allow_nan=False, allow_infinity=False)
_quantities = st.tuples(
    _bound, _bound, _bound, st.none() | st.text(max_size=5), st.sampled_from(Qualifier),
    st.none() | st.tuples(_bound, _bound),
)  # fmt: skip
_span = st.tuples(st.integers(0, 99), st.integers(0, 99))
_text = st.none() | st.text(max_size=5)


@given(_quantities)
def test_new_quantity_is_quantity(fields: tuple[object, ...]) -> None:
    """Equal, of equal hash and repr, of the class itself, frozen."""
    built, made = new_quantity(*fields), Quantity(*fields)
    assert type(built) is Quantity
    assert (built, hash(built), repr(built)) == (made, hash(made), repr(made))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.low = 1.0


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_new_quantity_checks_as_quantity(bad: float) -> None:
    """A bound that is not finite is refused with the class's own message."""
    with pytest.raises(ValueError, match=r"Quantity\.high must be finite") as built:
        new_quantity(1.0, bad, None, None, Qualifier.EXACT, None)
    with pytest.raises(ValueError) as made:
        Quantity(1.0, bad)
    assert str(built.value) == str(made.value)


@given(
    st.tuples(
        st.text(max_size=5), _span, st.sampled_from(Kind),
        st.none() | _quantities.map(lambda f: Quantity(*f)),
        _text, st.tuples(st.text(max_size=3)), _text, _text, _span, st.none() | _span,
        st.none() | st.sampled_from(Direction), _bound, _bound, _text, st.booleans(), _text,
        _text, st.booleans(),
    )
)  # fmt: skip
def test_new_claim_is_claim(fields: tuple[object, ...]) -> None:
    """Equal, of equal hash, repr and fields, of the class itself, frozen."""
    built, made = new_claim(*fields), Claim(*fields)
    assert type(built) is Claim
    assert (built, hash(built), repr(built)) == (made, hash(made), repr(made))
    assert attrs.asdict(built) == attrs.asdict(made)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.text = ""


@pytest.mark.parametrize(
    "text", ["In 2023, profit rose 5% to $3bn; sales fell (by 2%).", "No figure here", ""]
)
def test_read_sentence_is_a_sentence(text: str) -> None:
    """A sentence read field by field is one of the class itself, every field set (the
    copy reads each), frozen."""
    sentence = read_sentence(text, (0, len(text)), get_lexicon("en"))
    assert type(sentence) is Sentence
    assert attrs.evolve(sentence) == sentence
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sentence.tokens = None  # type: ignore[misc]


@given(st.integers(0, 99), st.integers(0, 99), st.none() | st.integers(1900, 2100), _text, _text)
def test_period_is_period(
    start: int, end: int, year: int | None, part: str | None, ends: str | None
) -> None:
    """A period built field by field is the one the class builds, of the class, frozen;
    every field set (the class has no other)."""
    built = period_phrases._period(start, end, year, part, ends)
    made = period_phrases.Period(start, end, year, part, ends)
    fields = [f.name for f in attrs.fields(period_phrases.Period)]
    assert fields == ["start", "end", "year", "part", "ends"]
    assert type(built) is period_phrases.Period
    assert (built, hash(built), repr(built)) == (made, hash(made), repr(made))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.start = 1


@given(st.tuples(*[st.integers(0, 99)] * 7))
def test_raw_quote_is_raw_quote(fields: tuple[int, ...]) -> None:
    """A quotation found built field by field is the one the class builds, every field set."""
    built, made = quotes._raw_quote(*fields), quotes.RawQuote(*fields)
    assert len(attrs.fields(quotes.RawQuote)) == len(fields)
    assert type(built) is quotes.RawQuote
    assert (built, hash(built), repr(built)) == (made, hash(made), repr(made))
    assert attrs.astuple(built) == fields
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.open = 1
