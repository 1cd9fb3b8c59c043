"""German grammar data for what a figure states: plain tables, no logic.

The classes are those of ``en_predicates.py`` (the class names are shared, so
reports read alike in both languages), with the German words of wire copy and
earnings reports that state each fact ("ums Leben", "Todesopfer" and "getötet"
state one toll).  Matching is case-insensitive and on whole words.
"""

from __future__ import annotations

COUNT_PREDICATES: dict[str, tuple[str, ...]] = {
    "deaths": (
        "ums leben", "getötet", "tot", "tote", "toten", "todesopfer", "starben", "gestorben",
        "verstorben", "leichen", "kamen ums leben", "kam ums leben",
    ),
    "injuries": ("verletzt", "verletzte", "verletzten", "schwer verletzt", "leicht verletzt"),
    "missing": ("vermisst", "vermisste", "vermissten"),
    "arrests": ("festgenommen", "fest", "verhaftet", "festnahmen", "in gewahrsam"),
    "evacuations": (
        "evakuiert", "in sicherheit gebracht", "verlassen", "geräumt", "flohen", "vertrieben",
    ),
    "rescues": ("gerettet", "rettete", "retteten", "geborgen"),
    # "kamen" is left out: "kamen ums Leben" is a toll, "kamen zu Wort" nothing counted.
    "attendance": ("besucher", "zuschauer", "teilnehmer", "besuchten"),
    "votes": ("stimmen", "stimmten"),
    "population": ("einwohner", "bevölkerung"),
    "employment": ("beschäftigt", "mitarbeiter", "beschäftigte", "belegschaft"),
    "job cuts": ("stellen streichen", "stellenabbau", "entlassungen", "streichen"),
}  # fmt: skip

AMOUNT_PREDICATES: dict[str, tuple[str, ...]] = {
    "revenue": ("umsatz", "umsätze", "erlöse", "einnahmen"),
    "profit": ("gewinn", "überschuss", "reingewinn", "nettogewinn"),
    "operating profit": ("betriebsgewinn", "operativer gewinn", "ebit"),
    "loss": ("verlust", "fehlbetrag", "defizit"),
    "cost": ("kostet", "kosten", "gekostet", "baukosten"),
    "funding": ("soforthilfe", "förderung", "hilfe", "zuschuss", "fördermittel"),
    "damage": ("schaden", "sachschaden", "gesamtschaden"),
    "fine": ("bußgeld", "bußgelder", "geldstrafe", "strafe"),
    "budget": ("haushalt", "etat", "budget"),
    "dividend": ("dividende",),
}  # fmt: skip

METRICS = frozenset({"revenue", "profit", "operating profit", "loss", "dividend"})
"""Predicate classes that are financial metrics, read strictly by check()."""

# Words that name a figure a difference (en_predicates.GAP_WORDS): none read in German
# yet, so check() works no level out as a difference there.
GAP_WORDS: frozenset[str] = frozenset()

RELATED = (
    frozenset({"cost", "budget", "funding"}),
    frozenset({"funding", "fine"}),
    frozenset({"employment", "job cuts"}),
    frozenset({"damage", "cost"}),
)

# Classes that are tolls of an event (en_predicates.TOLLS).  German counted nouns are not
# WordNet's, so alignment reads no noun as a toll's own word; kept for the same tables.
TOLLS = frozenset({"deaths", "injuries", "missing", "arrests", "evacuations", "rescues"})
STANDING_COUNTS = frozenset({"employment", "population"})
# Verbs of having right before a count: its class is a total stated ("hat 900 Einwohner").
HELD_TOTAL_VERBS = frozenset({"hat", "haben", "hatte", "hatten", "zählt", "zählte"})
HELD_TOTAL_BEFORE_TO: frozenset[str] = frozenset()
HELD_TOTAL_AFTER_THERE: frozenset[str] = frozenset()
# General nouns (en_predicates): German counted nouns are compared by their written forms.
GENERAL_COUNT_NOUNS: dict[str, frozenset[str] | None] = {}
APART_WHOEVER: frozenset[frozenset[str]] = frozenset()
AGE_KIN: tuple[frozenset[str], ...] = ()

# Classes that differ from a toll only (claimdiff.lexicon.en_predicates): none in German yet.
YIELDING_PREDICATES: frozenset[str] = frozenset()
# Classes whose passive verb's doers are what is counted (en_predicates.COUNTED_BY).
COUNTED_BY = frozenset({"attendance", "votes", "turnout"})
# Verbs whose object is what their doers fight (en_predicates.FOUGHT_VERBS): none read in
# German yet.
FOUGHT_VERBS: frozenset[str] = frozenset()
FOUGHT_GAP_WORDS: tuple[str, ...] = ()
