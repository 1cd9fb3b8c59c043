"""``claimdiff.assertions.assert_consistent``: the same check and message, without the fixture."""

from __future__ import annotations

import pytest
from plugin_suite import AGREES, CHANGED, SOURCE, Suite

from claimdiff.assertions import assert_consistent

# (output, figures the message must name): outputs that contradict SOURCE.
CONTRADICTIONS = [
    pytest.param(SOURCE, CHANGED, ["“1,200 people”", "“1,500 people”"], id="count"),
    pytest.param(
        "Revenue was $5 million last year. The firm has 40 staff.",
        "The firm has 40 staff. Revenue was $9 million last year.",
        ["“$5 million”", "“$9 million”"],
        id="money-moved-sentence",
    ),
]


def test_consistent_output_returns_the_report() -> None:
    """A consistent output passes and hands back the report."""
    report = assert_consistent(SOURCE, AGREES)
    assert report.consistent
    assert report.findings, "the figure was compared, not skipped"


@pytest.mark.parametrize(("source", "output", "figures"), CONTRADICTIONS)
def test_contradiction_raises_a_readable_assertion_error(
    source: str, output: str, figures: list[str]
) -> None:
    """A contradiction raises AssertionError naming both figures, both sentences and the reason."""
    with pytest.raises(AssertionError) as info:
        assert_consistent(source, output)
    message = str(info.value)
    assert message.startswith("claimdiff: the output contradicts its source (1 conflict)")
    for figure in figures:
        assert figure in message
    lines = message.splitlines()
    assert figures[0] in next(line for line in lines if "source says" in line)
    assert figures[1] in next(line for line in lines if "output says" in line)
    sentences = [line.strip() for line in lines if line.strip().startswith("in “")]
    assert len(sentences) == 2 and all(s[4:-1] in source + output for s in sentences)
    assert "reason: source: " in message and " — output: " in message


def test_message_matches_the_fixture_s(suite: Suite) -> None:
    """The fixture and assert_consistent render a conflict with the same lines."""
    with pytest.raises(AssertionError) as info:
        assert_consistent(SOURCE, CHANGED)
    body = str(info.value).splitlines()[1:]
    suite.module({"changed": CHANGED})
    fixture_lines = suite.run().stdout.lines
    for line in body:
        line = line.replace("1. count", "1. regression: count")
        assert line in fixture_lines, line


def test_exported_from_the_package() -> None:
    """The assertion is importable from claimdiff itself once the package exports it."""
    import claimdiff

    if not hasattr(claimdiff, "assert_consistent"):
        pytest.xfail("claimdiff/__init__.py does not export assert_consistent yet")
    assert claimdiff.assert_consistent is assert_consistent
