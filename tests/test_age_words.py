"""Ages given by a word read as an age (claimdiff/extract/age_words.py)."""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare, extract


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Police arrested a teenager on Sunday.", "teenager", 13, 19),
        ("The teenager's mother spoke to reporters.", "teenager", 13, 19),
        ("The teenage driver had passed his test in May.", "teenage driver", 13, 19),
        ("A teen was charged with reckless driving.", "teen", 13, 19),
        ("The teen's mother spoke to reporters.", "teen", 13, 19),
        ("An octogenarian driver hit a wall.", "octogenarian driver", 80, 89),
        ("'Teenager' arrested after fire.", "Teenager", 13, 19),
        ("The teen cyclist was unhurt.", "teen cyclist", 13, 19),
        ("A toddler wandered out of the nursery.", "toddler", 1, 3),
        ("An octogenarian finished the marathon.", "octogenarian", 80, 89),
        ("A Septuagenarian pilot landed the plane.", "Septuagenarian pilot", 70, 79),
        ("The centenarian celebrated with her family.", "centenarian", 100, None),
        ("Teen falls from cliff.", "Teen", 13, 19),
    ],
)
def test_word_is_an_age(text: str, surface: str, low: int, high: int | None) -> None:
    (c,) = [c for c in extract(text) if c.kind is Kind.AGE]
    assert (c.text, c.quantity.low, c.quantity.high) == (surface, low, high)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teenagers queued for tickets.",
        "She spent her teenage years in Leeds.",
        "Teenage boys were seen running away.",
        "The channel shows a teen drama at nine.",
        "A canteen worker raised the alarm.",
        "The town marked the centenary of the bridge.",
        "The council closed the toddler group on Fridays.",
        "The centenarian oak was felled last year.",
        "Members of the Octogenarian Society met in Bath.",
        "He starred in Teen Mom for six years.",
        "Teenage Mutant Ninja Turtles returns to cinemas.",
        "İstanbul police arrested a pre-teen.",
    ],
)
def test_no_one_s_age(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.AGE] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police charged a teenager, 17, with the attack.",
        "A teenager aged 17 was charged with the attack.",
        "The teenage driver (17) was charged.",
        "A teenager, now 17, was charged.",
        "A 17-year-old teenager was charged.",
    ],
)
def test_a_number_gives_the_age(text: str) -> None:
    """A number age of the same person is the age; the word names the person."""
    (c,) = [c for c in extract(text) if c.kind is Kind.AGE]
    assert c.quantity is not None and (c.quantity.low, c.quantity.high) == (17, 17)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # A definite "the teenager" names again someone whose age the text gave.
        ("A 17-year-old boy was stabbed. The teenager was taken to hospital.", [(17, 17)]),
        ("Police arrested a teenager. The teenager was later released.", [(13, 19)]),
        # No earlier age of its range: a new person.
        ("A 45-year-old man was hurt. The teenager who attacked him fled.", [(45, 45), (13, 19)]),
        ("A teenager was hurt. Another teenager was arrested.", [(13, 19), (13, 19)]),
        # A person of its own: someone new.
        (
            "A 16-year-old girl was stabbed. Police arrested the teenage boy who attacked her.",
            [(16, 16), (13, 19)],
        ),
        (
            "A teenage girl was stabbed. Police arrested the teenage boy who attacked her.",
            [(13, 19), (13, 19)],
        ),
        ("A 17-year-old boy was stabbed. The teenage boy was taken to hospital.", [(17, 17)]),
    ],
)
def test_the_teenager_again(text: str, ages: list[tuple[int, int]]) -> None:
    got = [(c.quantity.low, c.quantity.high) for c in extract(text) if c.kind is Kind.AGE]
    assert got == ages


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Police arrested a teenager after the fire.",
            "The 16-year-old was arrested after the fire.",
            Verdict.COMPATIBLE,
        ),
        (
            "Police arrested a teenager after the fire.",
            "The 21-year-old was arrested after the fire.",
            Verdict.CONFLICT,
        ),
        (
            "An octogenarian won the lottery.",
            "The 84-year-old won the lottery.",
            Verdict.COMPATIBLE,
        ),
        ("An octogenarian won the lottery.", "The 91-year-old won the lottery.", Verdict.CONFLICT),
    ],
)
def test_word_age_against_a_number(a: str, b: str, expected: Verdict) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.kind is Kind.AGE]
    assert f.verdict is expected
