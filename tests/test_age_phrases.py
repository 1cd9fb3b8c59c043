"""Ages as news writes them, and the numbers near them that are none (claimdiff/extract/ages.py;
docs/claims.md): lists and ranges after "aged", "a man of 43", apposed ages in words.  The
cases a fresh-eyes review found misread in the rules' first version are kept here."""

from __future__ import annotations

import pytest

from claimdiff import Kind, extract


def _readings(text: str) -> dict[str, tuple[str, float | None, float | None]]:
    return {
        c.text: (c.kind.value, c.quantity.low, c.quantity.high)
        for c in extract(text)
        if c.quantity is not None
    }


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Two men, aged 28 and 31, were arrested.", "31", 31, 31),
        ("Her sons, aged 38, 11 and eight, clung to wreckage.", "eight", 8, 8),
        ("The victims, aged 34, 41 and 57, died at the scene.", "57", 57, 57),
        ("The climbers, aged 19 and 20 respectively, were airlifted.", "20", 20, 20),
        ("Pupils aged 16 or 17 may apply.", "17", 17, 17),
        ("Two brothers, aged 19 and 20 last year, joined the club.", "20", 20, 20),
        ("Four youths aged 15 to 17 appeared in court.", "aged 15 to 17", 15, 17),
        ("Its members were aged between 18 and 25.", "aged between 18 and 25", 18, 25),
        ("A man of 43 has been charged.", "43", 43, 43),
        ("Lifeboat crews rescued a boy of nine who had been swept out.", "nine", 9, 9),
        ("A toddler of two survived the fall.", "two", 2, 2),
        ("A grandmother of 72 swam the channel.", "72", 72, 72),
        ("Police want to trace a man of 20 to 25, who fled.", "20 to 25", 20, 25),
        ("Ms Kelly said her son, nine, was still having nightmares.", "nine", 9, 9),
        # A bound after the age: "aged 65 and older" is at least 65.
        ("Adults aged 65 and older will be offered a jab.", "aged 65 and older", 65, None),
        ("Drivers aged 70 and over must renew their licence.", "aged 70 and over", 70, None),
        ("Children aged 12 and under travel free.", "aged 12 and under", 0, 12),
        ("Anyone aged 18 or over may vote.", "aged 18 or over", 18, None),
        ("The victim was aged 40 or so.", "aged 40", 40, 40),  # a hedge, not a bound
    ],
)
def test_an_age(text: str, surface: str, low: float, high: float | None) -> None:
    assert _readings(text)[surface] == ("age", low, high)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A noun after the number, or after the list's last item: no age.
        ("A woman aged 52 and three children were rescued.", "three children"),
        ("A man aged 30 and 12 police officers were injured.", "12 police officers"),
        ("The driver, aged 40, and two passengers were hurt.", "two passengers"),
        ("Beef aged 28, 35 and 45 days is on the menu.", "35"),
        # A parent "of" a small number counts children; groups and things count.
        ("A father of three who ran a chip shop has died.", "three"),
        ("A jury of 12 took less than a day.", "12"),
        ("A guard of 40 escorted the coffin.", "40"),
        ("A host of 30 attended the launch.", "30"),
        ("The striker, a veteran of 30 league games, scored.", "30 league games"),
        # A number in words after a name is as often a tally.
        ("The goals came from Kane, two, and Son, one, in the win.", "two"),
    ],
)
def test_no_age(text: str, surface: str) -> None:
    kind, _, _ = _readings(text)[surface]
    assert kind != Kind.AGE.value


def test_a_word_and_its_number_are_one_age() -> None:
    """ "a toddler of two" is one age, the number's, as "a teenager, 17," is."""
    ages = [c for c in extract("A toddler of two survived the fall.") if c.kind is Kind.AGE]
    assert [(c.text, c.quantity.low) for c in ages] == [("two", 2)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["aged " + "1, " * 20_000 + "and 2", "a man of " * 20_000 + "43"],
)
def test_long_lists_stay_linear(text: str) -> None:
    """A list or a run of openers tens of thousands long is read (or refused) without
    backtracking: the test only checks it returns."""
    assert isinstance(extract(text, max_figures=None), list)
