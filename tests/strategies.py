"""Hypothesis strategies for claimdiff's property tests.

Two families: *arbitrary* text (any code point but lone surrogates, with the
awkward ones — controls, zero-width joiners, combining marks, right-to-left
marks, typographic spaces — drawn often) to show nothing raises; and *newsy*
text, sentences built from figures, hedges, currencies and units, so that
extraction and comparison have real claims to work on.  Sizes are kept small:
these run in the default suite.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that break naive code: each is drawn often instead of by luck.
AWKWARD = (
    "\u00a0"  # no-break space (thousands separator in French typesetting)
    "\u202f"  # narrow no-break space (the SI thousands separator)
    "\u2009"  # thin space
    "\u200b"  # zero-width space
    "\u200c\u200d"  # zero-width non-joiner, joiner (emoji sequences)
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069"  # bidi marks and embeddings
    "\ufeff"  # byte-order mark / zero-width no-break space
    "\u0301\u0308\u20dd"  # combining acute, diaeresis, enclosing circle
    "\u2212"  # minus sign
    "\u2013\u2014"  # en and em dash
    "\u2026"  # ellipsis
    "“”‘’«»„\"'"  # quote marks
    "\uff10\uff11\uff16\uff0c\uff0e\uff05"  # full-width 0 1 6 , . %
    "\u0661\u0666\u06f1"  # Arabic-Indic and Persian digits
    "\u00b2\u00bd\u2155"  # superscript two, vulgar fractions
    "\x00\x07\x1b\x7f\x85\u2028\u2029\r\t\n\x0b\x0c"  # controls and line separators
    "$£€¥₹₽"  # currency symbols
    "🙂👨\U0001f3fd"  # emoji and a skin-tone modifier
    "שלום مرحبا"  # right-to-left scripts
)

awkward_chars = st.sampled_from(AWKWARD)
any_char = st.characters(exclude_categories=("Cs",))  # lone surrogates are not text
number_chars = st.sampled_from("0123456789,. %-")

arbitrary_text = st.text(alphabet=st.one_of(any_char, awkward_chars, number_chars), max_size=200)
"""Any text, weighted towards awkward characters and bits of numbers."""

# Building blocks of newsy sentences.
SUBJECTS = ("Officials", "Kyiv", "The ministry", "Police", "The report", "Reuters")
VERBS = ("said", "says", "reported", "estimated", "confirmed")
NOUNS = ("children", "people", "staff", "countries", "soldiers", "homes", "jobs")
HEDGES = ("", "more than ", "about ", "nearly ", "at least ", "up to ", "fewer than ", "some ")
CURRENCIES = ("$", "£", "€", "US$")
SCALES = ("", " million", " billion", "m", "bn")
MEASURES = ("km", "kilometres", "miles", "kg", "tonnes", "hectares")
# Ways of writing a thousands separator, including the typographic spaces.
SEPARATORS = (",", "\u00a0", "\u202f")


@st.composite
def figures(draw: st.DrawFn) -> str:
    """A number as a writer might put it: "16,000", "16 000", "4.2", "72000"."""
    whole = draw(st.integers(min_value=0, max_value=999_999))
    if whole >= 1000 and draw(st.booleans()):
        sep = draw(st.sampled_from(SEPARATORS))
        text = f"{whole:,}".replace(",", sep)
    else:
        text = str(whole)
    if draw(st.integers(0, 4)) == 0:
        text += "." + str(draw(st.integers(0, 99)))
    return text


KINDS = ("count", "money", "measure", "percent")


@st.composite
def claim_sentences(draw: st.DrawFn, kind: str | None = None, noun: str | None = None) -> str:
    """One sentence stating a figure: a count (of ``noun``), money, a measure or a percentage."""
    subject = draw(st.sampled_from(SUBJECTS))
    verb = draw(st.sampled_from(VERBS))
    hedge = draw(st.sampled_from(HEDGES))
    figure = draw(figures())
    if kind is None:
        kind = draw(st.sampled_from(KINDS))
    if kind == "money":
        cur = draw(st.sampled_from(CURRENCIES))
        return f"{subject} {verb} the cost was {hedge}{cur}{figure}{draw(st.sampled_from(SCALES))}."
    if kind == "measure":
        unit = draw(st.sampled_from(MEASURES))
        return f"{subject} {verb} the road runs {hedge}{figure} {unit}."
    if kind == "percent":
        return f"{subject} {verb} prices rose {hedge}{figure}%."
    what = noun if noun is not None else draw(st.sampled_from(NOUNS))
    return f"{subject} {verb} {hedge}{figure} {what} were affected."


filler_sentences = st.sampled_from(
    (
        "The weather in the capital was mild.",
        "Ministers met behind closed doors.",
        "A spokesman declined to comment further.",
        "Talks are expected to continue next week.",
        "The statement was published on the website.",
        "Critics called the decision premature.",
    )
)
"""Sentences with no figure at all, used as padding in generated articles."""

unrelated_sentences = st.sampled_from(
    (
        "Elsewhere, a new bridge opened to traffic.",
        "The orchestra announced its autumn programme.",
        "Fishing boats stayed in harbour because of the storm.",
        "A museum in the north reopened after renovation.",
    )
)
"""Figure-free sentences on other topics, never used by :func:`newsy_texts`: the
property tests insert them to show that unrelated text changes no verdict."""


@st.composite
def newsy_texts(draw: st.DrawFn, max_sentences: int = 6) -> str:
    """A short article: claim sentences and fillers, sometimes with awkward characters between."""
    parts = draw(
        st.lists(st.one_of(claim_sentences(), filler_sentences), min_size=1, max_size=max_sentences)
    )
    glue = draw(st.sampled_from((" ", "\n\n", " \u200f", "\u00a0🙂 ", " \u200d")))
    return glue.join(parts)


# One fact each: a report states each at most once, as real articles do.
TOPICS = (
    ("count", "children"),
    ("count", "soldiers"),
    ("count", "homes"),
    ("money", None),
    ("measure", None),
    ("percent", None),
)


@st.composite
def report_sentences(draw: st.DrawFn) -> list[str]:
    """The sentences of a report stating distinct facts, each once, with fillers between.

    Two such reports may disagree on every figure, but no fact is stated
    twice, so which claim should pair with which is never a toss-up.
    """
    topics = draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=4, unique=True))
    parts: list[str] = []
    for kind, noun in topics:
        parts.append(draw(claim_sentences(kind=kind, noun=noun)))
        if draw(st.booleans()):
            parts.append(draw(filler_sentences))
    return parts


@st.composite
def report_pairs(draw: st.DrawFn, max_topics: int = 4) -> tuple[str, str]:
    """Two reports of one event: each states some of a shared set of facts, once, in any order.

    Each side draws its own figures, hedges and wording, so a fact both state
    may agree, be compatible or conflict; a fact one side leaves out gives the
    other an unpaired claim.
    """
    topics = draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=max_topics, unique=True))
    sides: list[str] = []
    for _ in range(2):
        stated = draw(st.lists(st.sampled_from(topics), min_size=1, unique=True))
        parts = [draw(claim_sentences(kind=kind, noun=noun)) for kind, noun in stated]
        if draw(st.booleans()):
            parts.append(draw(filler_sentences))
        sides.append(" ".join(draw(st.permutations(parts))))
    return sides[0], sides[1]
