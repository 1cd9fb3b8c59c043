"""The texts' language: the ``claimdiff_lang`` ini option and the marker's ``lang`` (issue 16)."""

from __future__ import annotations

from plugin_suite import Suite

# "1.200" is twelve hundred in German and 1.2 in English.
GERMAN = """
    import pytest

    {marker}
    def test_staff(claimdiff_check):
        claimdiff_check(
            "Die Firma beschäftigt 1.200 Mitarbeiter.", "Die Firma beschäftigt 1200 Mitarbeiter."
        )
"""


def test_english_by_default(suite: Suite) -> None:
    """With no language set, "1.200" is read as English (1.2) and the check fails."""
    suite.source(GERMAN.format(marker=""))
    suite.expect("--claimdiff-strict", failed=1)


def test_ini_option_sets_the_language(suite: Suite) -> None:
    """``claimdiff_lang = de`` in the ini file reads every check's texts as German."""
    suite.source(GERMAN.format(marker=""))
    suite.pytester.makeini("[pytest]\nclaimdiff_lang = de\n")
    suite.expect("--claimdiff-strict", passed=1)


def test_marker_sets_the_language(suite: Suite) -> None:
    """``@pytest.mark.claimdiff(lang="de")`` reads one test's texts as German."""
    suite.source(GERMAN.format(marker='@pytest.mark.claimdiff(lang="de")'))
    suite.expect("--claimdiff-strict", passed=1)


def test_marker_wins_over_ini(suite: Suite) -> None:
    """The marker's language wins over the ini option's."""
    suite.source(GERMAN.format(marker='@pytest.mark.claimdiff(lang="en")'))
    suite.pytester.makeini("[pytest]\nclaimdiff_lang = de\n")
    suite.expect("--claimdiff-strict", failed=1)
