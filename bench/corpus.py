"""A corpus of many events on Dask: throughput with 1 and 2 workers, and planted outliers found.

Generates a corpus of news-like reports: ``--events`` events (default 2,000)
of ``--sources`` sources each (default 5), so 10,000 articles.  Each event is
a fire, a flood, job cuts, a road crash or a storm, with three or four facts
(counts, money, measures, percentages, durations); every source words each
fact its own way (templates, hedges, attributions, sentence order) and adds
sentences with no figure and figures of its own.  In every event one source
gets one fact wrong (a planted outlier: three times the figure and one more,
ten times, or its digits swapped), and in one event in five a second source
gets another fact wrong.

Then, in one run, it reconciles the corpus with ``claimdiff.reconcile_corpus``
in this process, on a local Dask cluster of one worker, and on one of two
workers, and prints articles per second side by side; then how the time grows
from 1,000 to 10,000 articles on two workers; then the planted outliers found
and named, and the outliers named that were not planted.  A planted outlier
is found and named when the fact holding its figure names its source among
the outliers.

Run: python bench/corpus.py [--events 2000] [--sources 5] [--markdown]
Needs the dask extra: pip install -e '.[dask]'.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import claimdiff

# --- the corpus --------------------------------------------------------------------


@dataclass(frozen=True)
class FactKind:
    """One fact of an event: how its figure is drawn, worded, and got wrong."""

    name: str
    value: Callable[[random.Random], float]
    wordings: tuple[str, ...]
    """Sentences with {n} for the figure; none starts with it (news style spells those out)."""
    fmt: Callable[[float], str] = lambda v: f"{v:,.0f}"


def _ints(lo: int, hi: int) -> Callable[[random.Random], float]:
    return lambda rng: float(rng.randint(lo, hi))


def _money(v: float) -> str:
    return f"{v:g}"


# Attributions added to some sentences, and sentences with no figure at all.
SAYS = ("police said", "officials said", "a spokeswoman said", "according to the council",
        "the BBC reported", "a local MP said")  # fmt: skip
FILLER = (
    "Witnesses described a loud bang followed by thick smoke.",
    "The local council said it would publish a full report in due course.",
    "Residents said they had raised concerns about the site for years.",
    "An investigation has been opened, and officers have appealed for witnesses.",
    "The area remained cordoned off on Wednesday morning.",
    "Emergency services praised the response of neighbours who helped at the scene.",
    "Opposition politicians called for an urgent review of safety rules.",
    "Insurers said it was too early to say who would bear the cost.",
    "Schools in the area opened as normal, though some parents kept children at home.",
    "A helpline has been set up for people worried about relatives.",
    "The chief executive apologised and promised to co-operate fully with inquiries.",
    "Traffic was diverted through neighbouring villages for much of the day.",
    "Neighbours said they were woken in the early hours by the sound of sirens.",
    "The site had passed its last inspection, according to documents seen by reporters.",
    "\u201cIt was like nothing I have ever seen,\u201d said one resident.",
    "\u201cOur thoughts are with everyone affected,\u201d the leader of the council said.",
    "The government said it was monitoring the situation closely and stood ready to help.",
    "Volunteers set up a collection point at the community centre for food and clothing.",
    "Some businesses on the high street stayed closed for the rest of the week.",
    "Engineers were checking nearby buildings to make sure they were safe to enter.",
    "The cause is not yet known, and officials warned against speculation.",
    "Local churches opened their doors to anyone who needed somewhere to stay.",
    "A spokesman for the owner said the company was working with the authorities.",
    "Questions were raised in Parliament about how long the response had taken.",
)
TOWNS = ("Northfield", "Easton", "Millbrook", "Ashby", "Crowhurst", "Felling", "Redcar",
         "Hawick", "Bideford", "Penrith", "Thirsk", "Ludlow")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

EVENTS: dict[str, tuple[tuple[str, ...], tuple[FactKind, ...]]] = {
    "fire": (
        (
            "Fire at {town} recycling plant",
            "Blaze at {town} warehouse: what we know",
            "{town} factory fire under investigation",
        ),
        (
            FactKind(
                "injured",
                _ints(3, 60),
                (
                    "The fire service said {n} workers were injured.",
                    "In all, {n} workers were hurt in the blaze.",
                    "Paramedics treated {n} workers for burns and smoke inhalation.",
                ),
            ),
            FactKind(
                "homes",
                _ints(50, 900),
                (
                    "Police evacuated about {n} homes as smoke spread.",
                    "Some {n} homes were evacuated overnight.",
                    "Around {n} homes had to be evacuated, police said.",
                ),
            ),
            FactKind(
                "damage",
                lambda r: float(r.randint(2, 40)),
                (
                    "The owner put the damage at £{n}m.",
                    "Damage was estimated at £{n} million.",
                    "Repairs are expected to cost about £{n}m.",
                ),
                _money,
            ),
            FactKind(
                "firefighters",
                _ints(20, 150),
                (
                    "In all, {n} firefighters fought the blaze.",
                    "At its height, {n} firefighters were at the scene.",
                    "Crews of some {n} firefighters worked through the night.",
                ),
            ),
        ),
    ),
    "flood": (
        (
            "Flooding hits {town}",
            "{town} counts the cost of the floods",
            "Clean-up begins in {town} after flooding",
        ),
        (
            FactKind(
                "rain",
                _ints(40, 220),
                (
                    "Forecasters said {n}mm of rain fell in a day.",
                    "In 24 hours, {n} millimetres of rain fell on the town.",
                    "The Met Office recorded {n}mm of rain.",
                ),
            ),
            FactKind(
                "homes",
                _ints(20, 2000),
                (
                    "The council said {n} homes were flooded.",
                    "Flood water entered {n} homes.",
                    "In all, {n} homes were flooded.",
                ),
            ),
            FactKind(
                "rescued",
                _ints(5, 90),
                (
                    "Lifeboat crews rescued {n} people from their homes.",
                    "Rescuers saved {n} people trapped by the water.",
                    "Firefighters rescued {n} people overnight.",
                ),
            ),
            FactKind(
                "cost",
                lambda r: float(r.randint(3, 60)),
                (
                    "The clean-up is expected to cost £{n}m.",
                    "The council estimated the cost at £{n} million.",
                    "Officials put the cost of the damage at £{n}m.",
                ),
                _money,
            ),
        ),
    ),
    "jobs": (
        (
            "{town} plant to close",
            "Job cuts announced at {town} factory",
            "Carmaker confirms {town} job losses",
        ),
        (
            FactKind(
                "jobs",
                _ints(50, 3000),
                (
                    "The company said it would cut {n} jobs.",
                    "It plans to shed {n} jobs by the end of the year.",
                    "Unions said {n} jobs would go.",
                ),
            ),
            FactKind(
                "revenue",
                lambda r: round(r.uniform(1.0, 30.0), 1),
                (
                    "The group reported revenue of ${n}bn last year.",
                    "Last year it had revenue of ${n} billion.",
                    "Its revenue last year was ${n}bn.",
                ),
                _money,
            ),
            FactKind(
                "shares",
                _ints(2, 30),
                (
                    "Its shares fell {n}% on the news.",
                    "The shares dropped {n} per cent in early trading.",
                    "On the news, the stock fell {n}%.",
                ),
            ),
        ),
    ),
    "crash": (
        (
            "Motorway pile-up near {town}",
            "Crash closes road near {town}",
            "Drivers hurt in {town} collision",
        ),
        (
            FactKind(
                "vehicles",
                _ints(3, 40),
                (
                    "Police said {n} vehicles were involved.",
                    "In all, {n} vehicles were involved in the collision.",
                    "The pile-up involved {n} vehicles.",
                ),
            ),
            FactKind(
                "injured",
                _ints(2, 30),
                (
                    "The ambulance service said {n} people were injured.",
                    "Paramedics treated {n} people at the scene.",
                    "In all, {n} people were hurt.",
                ),
            ),
            FactKind(
                "hours",
                _ints(2, 12),
                (
                    "The motorway was closed for {n} hours.",
                    "The road stayed shut for {n} hours.",
                    "Both carriageways were closed for {n} hours.",
                ),
            ),
        ),
    ),
    "storm": (
        ("Storm batters {town}", "{town} hit by storm", "Power cuts after storm in {town}"),
        (
            FactKind(
                "wind",
                _ints(60, 110),
                (
                    "Gusts reached {n}mph on the coast.",
                    "Winds of {n} mph were recorded inland.",
                    "Forecasters recorded gusts of {n}mph.",
                ),
            ),
            FactKind(
                "power",
                _ints(1000, 90000),
                (
                    "The network operator said {n} homes lost power.",
                    "Power cuts hit {n} homes.",
                    "About {n} homes were left without power.",
                ),
            ),
            FactKind(
                "flights",
                _ints(20, 400),
                (
                    "The airport said {n} flights were cancelled.",
                    "In all, {n} flights were cancelled.",
                    "Airlines cancelled {n} flights.",
                ),
            ),
        ),
    ),
}
# A figure of a source's own, one kind for each source, so no other source states it.
OWN = ("The site opened in {y}.", "The building was {k} years old.",
       "The town has a population of {k},000.", "The nearest station is {k} miles away.",
       "The company has {k} sites in Britain.")  # fmt: skip


def _wrong(rng: random.Random, v: float) -> float:
    """A planted outlier's figure: far enough from ``v`` that no hedge reaches it."""
    digits = str(int(v))
    swapped = digits[::-1]
    if v == int(v) and len(digits) == 2 and swapped[0] != "0" and abs(int(swapped) - v) > v:
        return float(int(swapped))  # 14 → 41
    return v * 10 if rng.random() < 0.5 else v * 3 + 1


@dataclass
class Planted:
    """Where a planted outlier's figure stands: its event, source, fact and offset."""

    event: str
    source: str
    fact: str
    offset: int


@dataclass
class Corpus:
    """The records, and the planted outliers."""

    records: list[dict[str, str]] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)


def article(
    rng: random.Random, kind: str, town: str, day: str, values: dict[str, float],
    wrong: dict[str, float], own: str,
) -> tuple[str, dict[str, int]]:  # fmt: skip
    """One source's report, and the offset of each fact's figure in it."""
    headlines, facts = EVENTS[kind]
    parts: list[tuple[str | None, str, int]] = [
        (None, f"The incident happened in {town} on {day}.", 0)
    ]
    body = []
    for f in facts:
        wording = rng.choice(f.wordings)
        sentence = wording.replace("{n}", f.fmt(wrong.get(f.name, values[f.name])), 1)
        if rng.random() < 0.3:
            sentence = sentence[:-1] + f", {rng.choice(SAYS)}."
        body.append((f.name, sentence, wording.index("{n}")))
    rng.shuffle(body)
    parts += body
    for filler in rng.sample(FILLER, rng.randint(12, 20)):
        parts.insert(rng.randint(1, len(parts)), (None, filler, 0))
    if rng.random() < 0.6:
        parts.append((None, own.format(y=rng.randint(1950, 2015), k=rng.randint(5, 90)), 0))
    text = rng.choice(headlines).format(town=town) + "\n\n"
    offsets = {}
    for n, (name, sentence, at) in enumerate(parts):
        if name is not None:
            offsets[name] = len(text) + at
        text += sentence + ("\n\n" if n % 2 else " ")
    return text.rstrip() + "\n", offsets


def generate(events: int, sources: int, seed: int = 14) -> Corpus:
    """``events`` events of ``sources`` sources each, with planted outliers."""
    rng = random.Random(seed)
    out = Corpus()
    kinds = list(EVENTS)
    for e in range(events):
        kind = kinds[e % len(kinds)]
        name = f"{kind}-{e + 1:05d}"
        facts = EVENTS[kind][1]
        values = {f.name: f.value(rng) for f in facts}
        town, day = rng.choice(TOWNS), rng.choice(DAYS)
        liars = rng.sample(range(sources), 2)
        wrong_facts = rng.sample([f.name for f in facts], 2)
        plan = {liars[0]: wrong_facts[0]}
        if rng.random() < 0.2:
            plan[liars[1]] = wrong_facts[1]
        for s in range(sources):
            wrong = {plan[s]: _wrong(rng, values[plan[s]])} if s in plan else {}
            text, offsets = article(rng, kind, town, day, values, wrong, OWN[s % len(OWN)])
            source = f"source-{s + 1}"
            out.records.append({"event": name, "source": source, "text": text})
            if s in plan:
                out.planted.append(Planted(name, source, plan[s], offsets[plan[s]]))
    return out


# --- running and scoring ------------------------------------------------------------


def found(results: Sequence[claimdiff.EventResult], planted: Sequence[Planted]) -> tuple[int, int]:
    """(planted outliers found and named, outliers named that were not planted)."""
    named: set[tuple[str, str, int]] = set()
    by_event = {r.event: r for r in results}
    hits = 0
    for p in planted:
        rec = by_event[p.event].reconciliation
        assert rec is not None
        for f in rec.facts:
            c = f.claims.get(p.source)
            if c is not None and c.span[0] <= p.offset < c.span[1] and p.source in f.outliers:
                hits += 1
                named.add((p.event, p.source, id(f)))
    false = 0
    planted_at = {(p.event, p.source) for p in planted}
    for r in results:
        assert r.reconciliation is not None
        for f in r.reconciliation.facts:
            false += sum((r.event, s) not in planted_at or (r.event, s, id(f)) not in named
                         for s in f.outliers)  # fmt: skip
    return hits, false


def timed(
    run: Callable[[], list[claimdiff.EventResult]],
) -> tuple[float, list[claimdiff.EventResult]]:
    t0 = time.perf_counter()
    results = run()
    return time.perf_counter() - t0, results


@dataclass
class Row:
    engine: str
    articles: int
    startup: float | None
    seconds: float
    memory: float | None = None
    """The largest worker's resident memory after the run, in MB."""
    cpu: float | None = None
    """CPU seconds spent by every process of the run (workers and this one)."""

    @property
    def cpu_per_1000(self) -> str:
        return "" if self.cpu is None else f"{self.cpu / self.articles * 1000:.1f}"

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def _cpu() -> float:
    """This process's CPU seconds so far (run on each worker too)."""
    import psutil

    t = psutil.Process().cpu_times()
    return float(t.user + t.system)


def _resident() -> int:
    """This process's resident memory in bytes (run on each worker; psutil comes with Dask)."""
    import psutil

    return int(psutil.Process().memory_info().rss)


def on_cluster(
    workers: int, records: list[dict[str, str]], sizes: Sequence[int] = ()
) -> Iterator[tuple[Row, list[claimdiff.EventResult]]]:
    """Runs on a fresh local cluster of ``workers`` processes: the corpus, then each size."""
    from distributed import Client, LocalCluster

    t0 = time.perf_counter()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address=None, silence_logs=logging.ERROR) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        # Warm each worker (imports, lexicon, WordNet data) before the clock starts.
        list(claimdiff.reconcile_corpus(records[: 10 * workers * 5], client=client))
        startup = time.perf_counter() - t0
        name = f"dask, {workers} worker{'s' if workers > 1 else ''}"
        for n in (len(records), *sizes):
            before = sum(client.run(_cpu).values()) + _cpu()
            seconds, results = timed(
                lambda n=n: list(claimdiff.reconcile_corpus(records[:n], client=client))
            )
            cpu = sum(client.run(_cpu).values()) + _cpu() - before
            memory = max(client.run(_resident).values()) / 1e6
            yield (
                Row(name, n, startup if n == len(records) else None, seconds, memory, cpu),
                results,
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--sources", type=int, default=5)
    parser.add_argument(
        "--sizes",
        default="1000,2000,5000,10000",
        help="article counts for the growth table (default: 1000,2000,5000,10000)",
    )
    parser.add_argument("--no-serial", action="store_true", help="skip the one-process run")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    corpus = generate(args.events, args.sources)
    records = corpus.records
    size = sum(len(r["text"]) for r in records)
    print(f"corpus: {args.events:,} events x {args.sources} sources = {len(records):,} articles, "
          f"{size / len(records):,.0f} characters each on average, {len(corpus.planted):,} planted "
          f"outliers (made in {time.perf_counter() - t0:.1f} s)")  # fmt: skip
    list(claimdiff.reconcile_corpus(records[:50]))  # warm this process
    rows: list[Row] = []
    checks: list[tuple[str, list[claimdiff.EventResult]]] = []
    print(f"load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs")  # fmt: skip
    if not args.no_serial:
        before = time.process_time()
        seconds, results = timed(lambda: list(claimdiff.reconcile_corpus(records)))
        cpu = time.process_time() - before
        rows.append(Row("one process, no Dask", len(records), None, seconds, None, cpu))
        checks.append((rows[-1].engine, results))
    growth: list[Row] = []
    sizes = [int(s) for s in args.sizes.split(",") if s and int(s) <= len(records)]
    for workers in (1, 2):
        smaller = [n for n in sizes if n < len(records)] if workers == 2 else []
        runs = on_cluster(workers, records, smaller)
        row, results = next(runs)
        rows.append(row)
        checks.append((row.engine, results))
        growth += [r for r, _ in runs] + ([row] if workers == 2 and len(records) in sizes else [])
    print_table(rows, growth, args.markdown)
    print(f"load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    first = {r.event: r.to_dict() for r in checks[0][1]}
    for engine, results in checks[1:]:
        same = {r.event: r.to_dict() for r in results} == first
        print(f"{engine}: results {'equal' if same else 'DIFFER from'} those of {checks[0][0]}")
    hits, false = found(checks[-1][1], corpus.planted)
    n = len(corpus.planted)
    print(f"planted outliers found and named: {hits:,} of {n:,} ({hits / n:.1%}); "
          f"outliers named that were not planted: {false:,}")  # fmt: skip
    return 0


def print_table(rows: Sequence[Row], growth: Sequence[Row], markdown: bool) -> None:
    if markdown:
        print("\n| engine | articles | start-up s | run s | articles/s | CPU s per 1,000 articles "
              "| worker memory MB |\n|---|---:|---:|---:|---:|---:|---:|")  # fmt: skip
        for r in rows:
            start = "" if r.startup is None else f"{r.startup:.1f}"
            memory = "" if r.memory is None else f"{r.memory:,.0f}"
            print(f"| {r.engine} | {r.articles:,} | {start} | {r.seconds:.1f} | {r.rate:,.0f} "
                  f"| {r.cpu_per_1000} | {memory} |")  # fmt: skip
        if growth:
            base = growth[0]
            print("\n| articles | run s | articles/s | CPU s per 1,000 articles "
                  "| time per article, vs the smallest |\n|---:|---:|---:|---:|---:|")  # fmt: skip
            for r in growth:
                per = (r.seconds / r.articles) / (base.seconds / base.articles)
                print(f"| {r.articles:,} | {r.seconds:.1f} | {r.rate:,.0f} | {r.cpu_per_1000} "
                      f"| {per:.2f} |")  # fmt: skip
        return
    print(f"\n{'engine':<22} {'articles':>9} {'start-up s':>11} {'run s':>7} {'articles/s':>11}"
          f" {'CPU s/1k':>9} {'worker MB':>10}")  # fmt: skip
    for r in rows:
        start = "" if r.startup is None else f"{r.startup:.1f}"
        memory = "" if r.memory is None else f"{r.memory:,.0f}"
        print(f"{r.engine:<22} {r.articles:>9,} {start:>11} {r.seconds:>7.1f} {r.rate:>11,.0f}"
              f" {r.cpu_per_1000:>9} {memory:>10}")  # fmt: skip
    if growth:
        base = growth[0]
        print(f"\ngrowth on {growth[0].engine}:")
        print(f"{'articles':>9} {'run s':>7} {'articles/s':>11} {'CPU s/1k':>9} "
              f"{'per article vs smallest':>24}")  # fmt: skip
        for r in growth:
            per = (r.seconds / r.articles) / (base.seconds / base.articles)
            print(f"{r.articles:>9,} {r.seconds:>7.1f} {r.rate:>11,.0f} {r.cpu_per_1000:>9} "
                  f"{per:>24.2f}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
