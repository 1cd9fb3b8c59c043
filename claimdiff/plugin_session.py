"""The plugin's state for one pytest run: checks made, baselines read and written.

:class:`Session` records every check of every test, compares it with the
stored baseline (:mod:`claimdiff.baseline`), writes baselines under
``--claimdiff-update``, and renders the terminal summary.  The hooks in
:mod:`claimdiff.pytest_plugin` only delegate to it (as syrupy's hooks do to
its session object).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import pytest

from claimdiff import baseline as bl
from claimdiff.assertions import count_of, render_check_failure, run_check
from claimdiff.model import Kind, Report
from claimdiff.pattern_code import compile_pattern
from claimdiff.terminal import for_terminal

_MARKER_OPTIONS = frozenset({"strict", "ignore_kinds", "allow_unsupported", "lang"})


@attrs.frozen
class _Options:
    """Per-test options: the command line, refined by the ``claimdiff`` marker."""

    strict: bool = False
    ignore_kinds: frozenset[str] = frozenset()
    allow_unsupported: bool = False
    lang: str = "en"
    """The texts' language: the ``claimdiff_lang`` ini option, or the marker's ``lang``."""


def _test_key(item: pytest.Item) -> tuple[Path, str] | None:
    """The test module's path and the item's node id within it, or None if not in a module."""
    module = item.getparent(pytest.Module)
    if module is None:
        return None
    prefix = module.nodeid + "::"
    key = item.nodeid[len(prefix) :] if item.nodeid.startswith(prefix) else item.name
    return module.path, key


def _options(item: pytest.Item) -> _Options:
    strict = bool(item.config.getoption("claimdiff_strict"))
    allow = bool(item.config.getoption("claimdiff_allow_unsupported"))
    lang = str(item.config.getini("claimdiff_lang") or "en")
    marker = item.get_closest_marker("claimdiff")
    if marker is None:
        return _Options(strict=strict, allow_unsupported=allow, lang=lang)
    unknown = sorted(set(marker.kwargs) - _MARKER_OPTIONS)
    if marker.args or unknown:
        pytest.fail(
            f"claimdiff marker takes only keyword options {sorted(_MARKER_OPTIONS)}, "
            f"got {list(marker.args) + unknown}",
            pytrace=False,
        )
    kinds = marker.kwargs.get("ignore_kinds", ())
    if isinstance(kinds, str | Kind):
        kinds = (kinds,)
    valid = {k.value for k in Kind}
    names = frozenset(str(k) for k in kinds)
    if names - valid:
        pytest.fail(
            f"claimdiff marker: unknown kinds {sorted(names - valid)}; known: {sorted(valid)}",
            pytrace=False,
        )
    return _Options(
        strict=strict or bool(marker.kwargs.get("strict", False)),
        ignore_kinds=names,
        allow_unsupported=allow or bool(marker.kwargs.get("allow_unsupported", False)),
        lang=str(marker.kwargs.get("lang", lang)),
    )


_UNSAFE = compile_pattern(r"[^A-Za-z0-9._-]+")


def page_name(nodeid: str, check: str) -> str:
    """The file name of a check's HTML page: readable, safe on any file system, and unique.

    Runs of characters other than ASCII letters, digits, ``.``, ``_`` and ``-``
    become one ``_``; a digest of the exact node id and check name keeps two
    ids that read alike apart.

    >>> page_name("tests/test_x.py::test_y[a/b c]", "#1")
    'tests_test_x.py_test_y_a_b_c--1-0893571067.html'
    """
    readable = _UNSAFE.sub("_", nodeid).strip("._-")[:120]
    label = _UNSAFE.sub("_", check).strip("._-")[:40]
    digest = hashlib.sha256(f"{nodeid}\0{check}".encode()).hexdigest()[:10]
    return f"{readable}--{label}-{digest}.html" if label else f"{readable}-{digest}.html"


class Session:
    """What one pytest run checked, its baselines, and what to tell and write at the end."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.update = bool(config.getoption("claimdiff_update"))
        self.records: list[bl.Record] = []
        self.collected: dict[str, set[str]] = {}
        """Baseline file → the test keys collected from its module (before deselection)."""
        self.partial: set[str] = set()
        """Baseline files whose module was only partly collected (``file.py::test`` arguments)."""
        self.completed: dict[str, set[str]] = {}
        """Baseline file → tests whose body ran to the end (so an unused check is stale)."""
        self.orphans: set[str] = set()
        """Baseline files whose test module no longer exists."""
        self.errors: dict[str, str] = {}
        self.written: list[str] = []
        self.stale: list[tuple[str, str, str | None]] = []
        """Stale entries as (file, test, check), test "*" for a file whose module is gone."""
        self._loaded: dict[str, bl.Tests] = {}
        self._pending: dict[str, list[str]] = {}
        self._names: dict[str, list[str]] = {}
        self._by_file: dict[str, list[bl.Record]] = {}
        self.wrote = False
        html = config.getoption("claimdiff_html")
        self.html_dir = None if html is None else config.invocation_params.dir / html
        """Where --claimdiff-html writes a page per failing check (None: nowhere)."""

    # --- collection and tests ---------------------------------------------------

    def collect(self, items: Iterable[pytest.Item]) -> None:
        """Note which tests exist, to find baselines of tests that no longer do."""
        narrowed = {
            (self.config.invocation_params.dir / arg.split("::")[0]).resolve()
            for arg in self.config.args
            if "::" in arg
        }
        dirs: set[Path] = set()
        for item in items:
            where = _test_key(item)
            if where is None:
                continue
            path, key = where
            file = str(bl.baseline_path(path))
            self.collected.setdefault(file, set()).add(key)
            if path.resolve() in narrowed:
                self.partial.add(file)
            dirs.add(path.parent)
        for d in dirs:
            for f in (d / bl.DIRNAME).glob("*.json"):
                if not (d / f"{f.stem}.py").exists():
                    self.orphans.add(str(f))

    def check(self, item: pytest.Item, source: str, output: str, name: str | None) -> Report:
        """Run one check for ``item`` and record it; failures are raised when the test ends."""
        opts = _options(item)
        where = _test_key(item)
        if where is None:
            pytest.fail("claimdiff_check needs a test defined in a Python module", pytrace=False)
        path, test = where
        file = str(bl.baseline_path(path))
        names = self._names.setdefault(item.nodeid, [])
        name = name if name is not None else f"#{sum(1 for n in names if n.startswith('#')) + 1}"
        if name in names:
            pytest.fail(f"claimdiff_check: check name {name!r} used twice", pytrace=False)
        names.append(name)
        report = run_check(source, output, opts.lang)
        findings = [f for f in report.conflicts if str(f.a.kind) not in opts.ignore_kinds]
        lone = (
            []
            if opts.allow_unsupported
            else [c for c in report.unsupported if str(c.kind) not in opts.ignore_kinds]
        )
        entries = [bl.entry_of(f) for f in findings] + [bl.unsupported_entry(c) for c in lone]
        if opts.strict:
            delta, mask = bl.Delta(regressions=tuple(entries)), [False] * len(entries)
        else:
            accepted = self._baseline(file).get(test, {}).get(name, ())
            delta, mask = bl.diff(entries, accepted), bl.accepted_mask(entries, accepted)
        rec = bl.Record(file, test, item.nodeid, name, opts.strict, tuple(entries), delta)
        self.records.append(rec)
        failing = [f for f, ok in zip(findings, mask[: len(findings)], strict=True) if not ok]
        invented = [c for c, ok in zip(lone, mask[len(findings) :], strict=True) if not ok]
        if (failing or invented) and (opts.strict or not self.update):
            message = render_check_failure(
                failing,
                source,
                output,
                check=name,
                strict=opts.strict,
                baseline=self._rel(file) + ("" if Path(file).exists() else " (none written yet)"),
                replaced=delta.replaced,
                unsupported=invented,
            )
            if self.html_dir is not None:
                message += "\n" + self._write_page(item, name, report)
            self._pending.setdefault(item.nodeid, []).append(message)
        elif self.html_dir is not None:
            # A check that passes now leaves no page behind from an earlier failing run; a
            # DIR that is no directory holds none, and is said where a check fails.
            with contextlib.suppress(OSError):
                (self.html_dir / page_name(item.nodeid, name)).unlink(missing_ok=True)
        return report

    def _write_page(self, item: pytest.Item, check: str, report: Report) -> str:
        """Write the check's HTML page; the failure message's line naming it."""
        from claimdiff.html_page import report_to_html, write_page

        assert self.html_dir is not None
        path = self.html_dir / page_name(item.nodeid, check)
        if self.html_dir.exists() and not self.html_dir.is_dir():
            # mkdir would say "File exists", which reads as if the page were there.
            where = os.path.relpath(self.html_dir, self.config.invocation_params.dir)
            return f"  HTML report not written: {where} is a file, not a directory"
        html = report_to_html(report, title=f"claimdiff: {item.nodeid} [{check}]")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # safe when xdist workers race
            write_page(path, html)
        except OSError as e:
            return f"  HTML report not written: {path}: {e.strerror or e}"
        return f"  HTML report: {os.path.relpath(path, self.config.invocation_params.dir)}"

    def _baseline(self, file: str) -> bl.Tests:
        if file not in self._loaded and file not in self.errors:
            try:
                self._loaded[file] = bl.load(Path(file))
            except bl.BaselineError as e:
                self.errors[file] = str(e)
        if file in self.errors:
            # Failed outside the except block: the message alone, with no chained traceback.
            pytest.fail(self.errors[file], pytrace=False)
        return self._loaded[file]

    def test_started(self, item: pytest.Item) -> None:
        """Forget an earlier run of ``item`` (a plugin may rerun a test)."""
        if self._names.pop(item.nodeid, None) is not None:
            self.records = [r for r in self.records if r.nodeid != item.nodeid]
        self._pending.pop(item.nodeid, None)

    def test_ended(self, item: pytest.Item, *, completed: bool) -> str | None:
        """Note that ``item`` ran; return the failure message of its checks, if any."""
        where = _test_key(item)
        if completed and where is not None:
            self.completed.setdefault(str(bl.baseline_path(where[0])), set()).add(where[1])
        messages = self._pending.pop(item.nodeid, [])
        return "\n\n".join(messages) if messages else None

    # --- stale baselines and writing --------------------------------------------

    def _stale(self, file: str, tests: bl.Tests) -> list[tuple[str, str | None]]:
        """Tests (check None) and checks in ``tests`` that no longer exist."""
        # Only a module collected whole says which of its tests are gone.
        collected = self.collected.get(file) if file not in self.partial else None
        completed = self.completed.get(file, set())
        ran: dict[str, set[str]] = {}
        for r in self._by_file.get(file, []):
            ran.setdefault(r.test, set()).add(r.name)
        out: list[tuple[str, str | None]] = []
        for test, checks in sorted(tests.items()):
            if collected is not None and test not in collected:
                out.append((test, None))
            elif test in completed:
                out.extend((test, c) for c in sorted(checks) if c not in ran.get(test, set()))
        return out

    def finish(self, *, write: bool) -> None:
        """At the end of the run: find stale entries, and rewrite baselines if asked to."""
        for r in self.records:
            self._by_file.setdefault(r.file, []).append(r)
        write = self.wrote = write and self.update
        for file in sorted((self._by_file.keys() | self.collected.keys()) - self.errors.keys()):
            try:
                old = bl.load(Path(file))
            except bl.BaselineError as e:
                self.errors[file] = str(e)
                continue
            stale = self._stale(file, old)
            self.stale.extend((file, test, check) for test, check in stale)
            if write:
                self._write(file, old, stale)
        for file in sorted(self.orphans):
            self.stale.append((file, "*", None))
            if write:
                self._write(file, {}, [])

    def _write(self, file: str, old: bl.Tests, stale: list[tuple[str, str | None]]) -> None:
        """Store today's conflicts as accepted, without ``stale`` (an empty result deletes)."""
        new = {test: dict(checks) for test, checks in old.items()}
        for test, check in stale:
            if check is None:
                del new[test]
            else:
                del new[test][check]
        for r in self._by_file.get(file, []):
            if not r.strict:
                new.setdefault(r.test, {})[r.name] = r.conflicts
        try:
            bl.check_inside(Path(file), Path(file).parent.parent)
            if bl.save(Path(file), new):
                self.written.append(file)
        except (bl.BaselineError, OSError) as e:
            self.errors[file] = str(e)

    # --- xdist and the summary --------------------------------------------------

    def export(self) -> str:
        """Everything the controller needs from a worker, as JSON (see :meth:`merge`)."""
        d: dict[str, Any] = {k: _jsonable(getattr(self, k)) for k in _SHARED}
        return json.dumps({**d, "records": [r.to_json() for r in self.records]})

    def merge(self, raw: str) -> None:
        """Add what a worker sent: its records, and the union of what it saw."""
        d = json.loads(raw)
        self.records.extend(bl.Record.from_json(r) for r in d["records"])
        for k in ("collected", "completed"):
            for file, tests in d[k].items():
                getattr(self, k).setdefault(file, set()).update(tests)
        self.partial.update(d["partial"])
        self.orphans.update(d["orphans"])
        self.errors.update(d["errors"])

    def _rel(self, file: str) -> str:
        return os.path.relpath(file, self.config.rootpath)

    def summary(self) -> list[str]:
        """The lines of the terminal summary (none if claimdiff had nothing to do)."""
        stale = self.stale
        if not (self.records or stale or self.errors or self.written):
            return []
        checks = count_of(len(self.records), "check")
        lines = [f"{checks}: {self._update_counts() if self.update else self._counts()}"]
        if self.config.getoption("verbose") > 0:
            lines.extend(self._details())
        if stale:
            what = count_of(len(stale), "stale baseline entry", "stale baseline entries")
            lines.append(
                f"{what} (tests or checks that no longer exist)"
                + (" removed" if self.wrote else "; pytest --claimdiff-update removes them")
            )
            lines.extend(
                f"  stale: {self._rel(f)}"
                + ("" if t == "*" else f" {t}")
                + (f" [{c}]" if c else "")
                for f, t, c in stale
            )
        if not self.update and any(r.delta.improvements for r in self.records):
            lines.append("improvements are pruned from the baseline by pytest --claimdiff-update")
        lines.extend(f"baseline updated: {self._rel(f)}" for f in self.written)
        lines.extend(f"ERROR {e}" for e in self.errors.values())
        return lines

    def _counts(self) -> str:
        """ "1 regression, 2 known conflicts, 0 improvements": known unsupported figures
        are counted apart, when there are any, since they are no conflict."""
        n = {k: sum(len(getattr(r.delta, k)) for r in self.records) for k in _COUNTED}
        lone = sum(map(_unsupported, (e for r in self.records for e in r.delta.known)))
        counts = [
            count_of(n["regressions"], "regression"),
            count_of(n["known"] - lone, "known conflict"),
            count_of(n["improvements"], "improvement"),
        ]
        if lone:
            counts.insert(2, count_of(lone, "known unsupported figure"))
        return ", ".join(counts)

    def _update_counts(self) -> str:
        """What --claimdiff-update stored: "3 conflicts and 1 unsupported figure accepted (2
        new, 0 improvements pruned)"; a strict test's conflicts are never stored, so they are
        counted apart, not among the new."""
        stored = [r for r in self.records if not r.strict]
        entries = [e for r in stored for e in r.conflicts]
        lone = sum(map(_unsupported, entries))
        what = count_of(len(entries) - lone, "conflict")
        if lone:
            what += f" and {count_of(lone, 'unsupported figure')}"
        new = sum(len(r.delta.regressions) for r in stored)
        pruned = count_of(sum(len(r.delta.improvements) for r in stored), "improvement")
        out = f"{what} accepted ({new} new, {pruned} pruned)"
        strict = sum(len(r.delta.regressions) for r in self.records if r.strict)
        if strict:
            out += f"; {count_of(strict, 'finding')} of strict tests not stored"
        return out

    def _details(self) -> Iterable[str]:
        """Under -v: every regression, then every known conflict, then every improvement.

        An accepted conflict replaced by a regression at its place is no improvement: it is
        named on the regression's line ("the baseline accepted output … here")."""
        for field, label in zip(_COUNTED, ("REGRESSION", "KNOWN", "IMPROVED"), strict=True):
            for r in self.records:
                was = {bl.place(e): e.output.claim for e in r.delta.replaced}
                for e in getattr(r.delta, field):
                    head = (
                        f"  {'CONFLICT' if r.strict and field == 'regressions' else label} "
                        f"{r.nodeid} [{r.name}]"
                    )
                    line = f"{head} {_said(e)}"
                    if field == "regressions" and bl.place(e) in was:
                        line += f" (the baseline accepted output “{was[bl.place(e)]}” here)"
                    yield for_terminal(line)


def _said(e: bl.Entry) -> str:
    """An entry in words: "count of people: source “1,200 people”, output “2,100 people”"."""
    what = e.kind + (f" of {e.noun}" if e.noun else "")
    if _unsupported(e):
        return f"unsupported {what}: output “{e.output.claim}”"
    return f"{what}: source “{e.source.claim}”, output “{e.output.claim}”"


def _unsupported(e: bl.Entry) -> bool:
    """Whether ``e`` accepts an unsupported figure (its source side is empty), not a conflict."""
    return not e.source.claim


_SHARED = ("collected", "completed", "partial", "orphans", "errors")
# The fields of a check's Delta the summary counts and lists: a replaced entry is neither
# known nor improved, and is told on the regression that replaced it.
_COUNTED = ("regressions", "known", "improvements")


def _jsonable(x: object) -> object:
    if isinstance(x, set):
        return sorted(x)
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    return x
