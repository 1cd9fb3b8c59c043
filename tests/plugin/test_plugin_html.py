"""``--claimdiff-html=DIR``: one HTML page per failing check, named after the test id."""

from __future__ import annotations

import re

import pytest
from plugin_suite import AGREES, CHANGED, SOURCE, Suite

from claimdiff.plugin_session import page_name

# Parameter ids with what file names must not hold: separators, brackets, dots, spaces.
IDS = {"a/b": CHANGED, "x[1]::y": CHANGED, "../up dir": CHANGED, "fine": AGREES}
MODULE = f"""
import pytest

CASES = {IDS!r}

@pytest.mark.parametrize("output", list(CASES.values()), ids=list(CASES))
def test_summary(claimdiff_check, output):
    claimdiff_check({SOURCE!r}, output)
"""
SAFE = re.compile(r"[A-Za-z0-9._-]+\.html")


def _nodeid(case: str) -> str:
    return f"test_summary.py::test_summary[{case}]"


def test_one_page_per_failing_check(suite: Suite) -> None:
    """Each failing test gets its page, under a safe name; a passing one gets none."""
    suite.source(MODULE)
    result = suite.run("--claimdiff-html=pages")
    result.assert_outcomes(failed=3, passed=1)
    pages = sorted(p.name for p in (suite.path / "pages").iterdir())
    failing = [k for k, v in IDS.items() if v == CHANGED]
    assert pages == sorted(page_name(_nodeid(k), "#1") for k in failing)
    assert all(SAFE.fullmatch(p) and not p.startswith(".") for p in pages)
    for name in pages:
        html = (suite.path / "pages" / name).read_text("utf-8")
        # 1,200 in the source, 1,500 in the output
        assert len(re.findall(r'<mark [^>]*data-verdict="conflict"', html)) == 2
    assert not (suite.path / "up dir").exists()  # "../" in an id never leaves the directory


def test_failure_message_gives_the_page_s_path(suite: Suite) -> None:
    """The failure message names the page of that test, relative to where pytest ran."""
    suite.source(MODULE)
    result = suite.run("--claimdiff-html=pages")
    for case, output in IDS.items():
        line = f"*HTML report: pages/{page_name(_nodeid(case), '#1')}"
        if output == CHANGED:
            result.stdout.fnmatch_lines([line])
        else:
            result.stdout.no_fnmatch_line(line)


def test_without_the_option_no_page_is_written(suite: Suite) -> None:
    """Without --claimdiff-html nothing is written and the message says nothing of a page."""
    suite.source(MODULE)
    result = suite.run()
    result.assert_outcomes(failed=3, passed=1)
    result.stdout.no_fnmatch_line("*HTML report*")
    assert sorted(p.name for p in suite.path.iterdir()) == ["test_summary.py"]


def test_each_failing_check_of_a_test_has_its_page(suite: Suite) -> None:
    """Two failing checks in one test write two pages, told apart by check name."""
    suite.source(
        f"""
        def test_two(claimdiff_check):
            claimdiff_check({SOURCE!r}, {CHANGED!r}, name="first/try")
            claimdiff_check({SOURCE!r}, {AGREES!r}, name="fine")
            claimdiff_check({SOURCE!r}, {CHANGED!r})
        """
    )
    suite.run("--claimdiff-html", "out/pages").assert_outcomes(failed=1)
    node = "test_summary.py::test_two"
    names = sorted(p.name for p in (suite.path / "out" / "pages").iterdir())
    assert names == sorted([page_name(node, "first/try"), page_name(node, "#1")])


def test_a_check_that_passes_again_removes_its_page(suite: Suite) -> None:
    """Once a failing check passes, its page from the earlier run is removed."""
    suite.module({"case": CHANGED})
    suite.run("--claimdiff-html=pages").assert_outcomes(failed=1)
    (page,) = (suite.path / "pages").iterdir()
    suite.cases({"case": AGREES})
    suite.run("--claimdiff-html=pages").assert_outcomes(passed=1)
    assert not page.exists()


def test_unwritable_directory_still_fails_the_test_plainly(suite: Suite) -> None:
    """A DIR that cannot be made is said in the message; the check fails as it would anyway."""
    suite.module({"case": CHANGED})
    (suite.path / "pages").write_text("a file, not a directory", "utf-8")
    result = suite.run("--claimdiff-html=pages")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*1 regression in check '#1'*", "*HTML report not written: *"])
    result.stdout.no_fnmatch_line("*INTERNALERROR*")


def test_pages_under_xdist(suite: Suite) -> None:
    """Under pytest-xdist each worker writes the pages of its own failing tests, none lost."""
    pytest.importorskip("xdist")
    cases = {f"case{i:02d}": CHANGED if i % 3 else AGREES for i in range(12)}
    suite.module(cases)
    result = suite.run("-p", "xdist", "-n", "2", "--claimdiff-html=pages")
    result.assert_outcomes(passed=4, failed=8)
    failing = sorted(page_name(_nodeid(k), "#1") for k, v in cases.items() if v == CHANGED)
    assert sorted(p.name for p in (suite.path / "pages").iterdir()) == failing
    for name in failing:
        result.stdout.fnmatch_lines([f"*HTML report: pages/{name}"])


def test_a_file_for_dir_is_said_plainly_and_spares_passing_checks(suite: Suite) -> None:
    """DIR a file: a failing check says so in words; a passing one is not troubled by it."""
    suite.module({"bad": CHANGED, "good": AGREES})
    (suite.path / "pages").write_text("a file, not a directory", "utf-8")
    result = suite.run("--claimdiff-html=pages")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*HTML report not written: pages is a file, not a directory"])
    result.stdout.no_fnmatch_line("*File exists*")
    result.stdout.no_fnmatch_line("*NotADirectoryError*")
