"""Fact consistency as an assertion: check an output against its source, explain failures.

:func:`assert_consistent` works in any test runner; the pytest plugin's
``claimdiff_check`` fixture uses the same :func:`run_check` and the same
:func:`render_failure`, so a failure reads the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.baseline import Entry, entry_of, place
from claimdiff.model import Claim, Document, Finding, Report
from claimdiff.terminal import for_terminal


def run_check(source: str, output: str, lang: str = "en") -> Report:
    """Compare ``output`` with its ``source``: the one place the plugin calls into the pipeline.

    Imported here rather than at module level because pytest loads the plugin in
    every session of a project that has claimdiff installed; the pipeline (and
    its unit registry) is only paid for by sessions that check something.
    """
    from claimdiff.check import check

    # Named documents make the report's reasons read "source: … — output: …".
    return check(Document(source, name="source"), Document(output, name="output"), lang=lang)


def _quote(s: str, limit: int = 200) -> str:
    # One line per sentence, however the text was wrapped; long ones are cut
    # in the middle so both the start and the figure near the end stay visible.
    # A terminal prints the message: the text's control characters are shown escaped.
    s = for_terminal(" ".join(s.split()))
    if len(s) > limit:
        half = limit // 2 - 1
        s = f"{s[:half]} … {s[-half:]}"
    return f"“{s}”"


def _sentence(claim: Claim, texts: Sequence[str]) -> str:
    """The sentence ``claim`` was found in, from whichever of ``texts`` it indexes."""
    start, end = claim.span
    for text in texts:
        if text[start:end] == claim.text:
            s_start, s_end = claim.sentence
            if s_end > s_start:
                return text[s_start:s_end]
            return claim.text
    return claim.text


def render_finding(finding: Finding, source: str, output: str, *, label: str = "") -> list[str]:
    """The lines describing one conflicting pair: both figures, both sentences, the reason."""
    what = str(finding.a.kind)
    noun = finding.a.noun or finding.b.noun
    if noun:
        what += f" of {noun}"
    head = for_terminal(f"{label}: {what}" if label else what)
    a_texts, b_texts = (source, output), (output, source)
    return [
        head,
        f"    source says {_quote(finding.a.text, 80)}",
        f"      in {_quote(_sentence(finding.a, a_texts))}",
        f"    output says {_quote(finding.b.text, 80)}",
        f"      in {_quote(_sentence(finding.b, b_texts))}",
        f"    reason: {for_terminal(finding.reason)}",
    ]


def render_failure(
    title: str,
    conflicts: Sequence[Finding],
    source: str,
    output: str,
    *,
    labels: Sequence[str] = (),
    notes: Sequence[str | None] = (),
    footer: str | None = None,
) -> str:
    """The failure message: a title line, each conflicting pair numbered, an optional footer.

    ``labels`` names each conflict ("regression", ...) and ``notes`` adds a line
    to it, both in the order of ``conflicts``.
    """
    lines = [title]
    for i, finding in enumerate(conflicts):
        label = labels[i] if i < len(labels) else ""
        first, *rest = render_finding(finding, source, output, label=label)
        lines.append(f"  {i + 1}. {first}")
        lines.extend(f"  {line}" for line in rest)
        if i < len(notes) and notes[i]:
            lines.append(f"      {notes[i]}")
    if footer:
        lines.append(footer)
    return "\n".join(lines)


def count_of(n: int, singular: str, plural: str | None = None) -> str:
    """``"1 conflict"``, ``"2 conflicts"``: a count and its noun, for titles and summaries.

    >>> count_of(1, "conflict"), count_of(3, "regression"), count_of(0, "entry", "entries")
    ('1 conflict', '3 regressions', '0 entries')
    """
    return f"{n} {singular}" if n == 1 else f"{n} {plural or singular + 's'}"


def render_check_failure(
    failing: Sequence[Finding],
    source: str,
    output: str,
    *,
    check: str,
    strict: bool,
    baseline: str,
    replaced: Sequence[Entry] = (),
    unsupported: Sequence[Claim] = (),
) -> str:
    """The pytest plugin's message for one check whose conflicts its baseline does not accept.

    ``replaced`` are the accepted conflicts whose place a regression took
    (:attr:`claimdiff.baseline.Delta.replaced`: the output changed a figure
    again): at each such regression the message says what the baseline had accepted.
    """
    n = len(failing)
    extra = render_unsupported(unsupported, output, start=n + 1)
    what = count_of(n, "conflict") if not unsupported or n else ""
    if unsupported:
        what += (", " if what else "") + f"{len(unsupported)} unsupported"
    if strict:
        title = f"claimdiff: {what} in check {check!r} (strict: baselines ignored)"
        body = render_failure(title, failing, source, output, labels=["conflict"] * n)
        return "\n".join([body, *extra])
    was = {place(e): e.output.claim for e in replaced}
    keys = [place(e) for e in map(entry_of, failing)]
    notes = [f"the baseline accepted output “{was[k]}” here" if k in was else None for k in keys]
    title = count_of(n, "regression") if not unsupported or n else ""
    if unsupported:
        title += (", " if title else "") + f"{len(unsupported)} unsupported"
    return render_failure(
        f"claimdiff: {title} in check {check!r}",
        failing,
        source,
        output,
        labels=["regression"] * n,
        notes=notes,
        footer="\n".join(
            [
                *extra,
                f"  not accepted by the baseline {baseline}\n"
                "  (if the new output is right, accept it with: pytest --claimdiff-update)",
            ]
        ),
    )


def render_unsupported(claims: Sequence[Claim], output: str, *, start: int = 1) -> list[str]:
    """The lines describing output figures with no support in the source, from ``start``."""
    lines = []
    for i, c in enumerate(claims, start):
        what = str(c.kind) + (f" of {c.noun}" if c.noun else "")
        lines += [
            f"  {i}. unsupported: {for_terminal(what)}",
            f"      output says {_quote(c.text, 80)}",
            f"        in {_quote(_sentence(c, (output,)))}",
            "      reason: no counterpart in the source, and not derivable from its figures",
        ]
    return lines


def assert_consistent(
    source: str, output: str, *, allow_unsupported: bool = False, lang: str = "en"
) -> Report:
    """Raise AssertionError if ``output`` contradicts ``source``; else return the report.

    ``output`` is checked as made from ``source`` (:func:`claimdiff.check`):
    a figure of the output that the source does not support fails too, unless
    ``allow_unsupported``.  The message lists each conflicting pair — both
    figures, the sentence each comes from, and why they cannot both be true —
    and each unsupported figure with its sentence.  ``lang`` is the texts' language
    ("de", or a region such as "de_CH"), as for :func:`claimdiff.check`.
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this one
    report = run_check(source, output, lang)
    conflicts = report.conflicts
    unsupported = () if allow_unsupported else report.unsupported
    if conflicts or unsupported:
        what = count_of(len(conflicts), "conflict") if conflicts else ""
        if unsupported:
            what += (", " if what else "") + f"{len(unsupported)} unsupported"
        title = f"claimdiff: the output contradicts its source ({what})"
        body = render_failure(title, conflicts, source, output) if conflicts else title
        extra = render_unsupported(unsupported, output, start=len(conflicts) + 1)
        raise AssertionError("\n".join([body, *extra]))
    return report
