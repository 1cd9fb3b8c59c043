"""German grammar data for the direction of a figure: plain tables, no logic.

The same tables as ``en_direction.py``, for the verbs and nouns of change of
German business and wire copy ("stieg um 12 Prozent", "sank auf 2 Mrd. Euro",
"ein Anstieg von 5 Prozent", "ein Rückgang um 300 Stellen").  German puts the
verb of a subordinate clause last ("dass die Mieten um 5 Prozent gestiegen
seien") and the particle of a separable verb at the clause end ("legte um 8
Prozent zu", "ging auf 2,4 Prozent zurück"): LATE_UP, LATE_DOWN and
PARTICLE_VERBS read them after the figure.
"""

from __future__ import annotations

UP_BEFORE = frozenset(
    """stieg steigt steigen gestiegen stiegen wuchs wächst wachsen gewachsen
    wuchsen erhöhte erhöhten erhöht erhöhen zulegen kletterte kletterten klettert
    sprang springt anstieg zuwachs plus höher verdoppelte verdreifachte""".split()
)
# Verbs of rising only with a role word between them and the figure (English "raised
# prices by 5%"); German names the rise in the verb itself ("erhöhte um 5 Prozent").
UP_WITH_A_ROLE: frozenset[str] = frozenset()

DOWN_BEFORE = frozenset(
    """sank sinkt sinken gesunken fiel fällt fallen gefallen sanken fielen
    verringerte verringerten verringert reduzierte reduziert senkte senkt gesenkt
    kürzte kürzt gekürzt strich streicht gestrichen brach bricht eingebrochen
    rückgang minus niedriger halbierte""".split()
)
UP_AFTER = frozenset("anstieg zuwachs plus mehr höher".split())
DOWN_AFTER = frozenset("rückgang minus weniger niedriger".split())
ABOVE_BEFORE = frozenset("übertraf übertrifft überschritt überschreitet erreichte erreicht".split())
BELOW_BEFORE = frozenset("verfehlte verfehlt unterschritt".split())
NEGATIONS = frozenset("nicht nie kein keine".split())
FILLERS = frozenset(
    """um auf von rund etwa knapp fast gut deutlich leicht kräftig stark erneut
    nur ein einen eine der die das den dem des mehr als über unter""".split()
)
# "stieg von 40 auf 52 um 12": the roles of the figures in a change.
ROLES = {"von": "from", "auf": "to", "um": "by"}
# Not the articles: "der Rückgang der Geburten um 4 Prozent" reads past "der".
# Runs of time between a cue and its figure, and commas before a role word, are read
# only in English (en_direction.py).
RUN_WORDS: frozenset[str] = frozenset()
RUN_PERIODS: frozenset[str] = frozenset()
RUN_ORDINALS: frozenset[str] = frozenset()
RUN_COUNTS: frozenset[str] = frozenset()
ROLES_AFTER_A_COMMA: frozenset[str] = frozenset()

STOPS = frozenset("und aber während obwohl weil als dass , ; : ( )".split())
PHRASAL_UP: frozenset[str] = frozenset()
PHRASAL_UP_RISING_TO: frozenset[str] = frozenset()

# Letters with umlauts and ß: "Rückgang", "höher", "zurück".
WORD = r"[^\W\d_]+"
AFTER_SKIP = frozenset("prozent prozentpunkte punkte punkt".split())
PERIODS_AFTER: frozenset[str] = frozenset()
COMPARATIVES = frozenset({"als"})
COMPARISON_BASES: frozenset[str] = frozenset()
COMPARISON_PERIODS: frozenset[str] = frozenset()
COMPARISON_ORDINALS: frozenset[str] = frozenset()
COMPARISON_COUNTS: frozenset[str] = frozenset()
COMPARISON_AGO: frozenset[str] = frozenset()
COMPARISON_MONTHS: frozenset[str] = frozenset()
# The verb comes second, so a time stands between it and the figure: "sank im
# vergangenen Jahr um 9 Prozent".
MAX_OBJECT = 4
# Verbs of a thing that moves by itself need the figure to be its size or level: "um
# 3 Prozent gefallen", "auf 12 Milliarden steigen"; "60 Liter Regen gefallen" is rain.
LATE_UP = frozenset(
    """gestiegen steigen steigt zugelegt zulegen gewachsen wachsen angestiegen
    ansteigen zunehmen zugenommen klettern geklettert""".split()
)
LATE_DOWN = frozenset(
    """gesunken sinken sinkt gefallen fallen zurückgegangen zurückgehen
    zurückgeht abgenommen abnehmen eingebrochen""".split()
)
# Verbs of doing, whose object the figure counts: "1.200 Stellen abzubauen".
LATE_OBJECT = {
    **dict.fromkeys("""erhöht erhöhen angehoben anheben aufstocken aufgestockt""".split(), "up"),
    **dict.fromkeys(
        """gesenkt senken gekürzt kürzen abbauen abzubauen abgebaut gestrichen
        streichen verringert verringern reduziert reduzieren""".split(),
        "down",
    ),
}
PARTICLE_VERBS = {
    "zu": dict.fromkeys("legte legten legt nahm nahmen nimmt".split(), "up"),
    "ab": dict.fromkeys("nahm nahmen nimmt baute bauten".split(), "down"),
    "zurück": dict.fromkeys("ging gingen geht fiel fielen".split(), "down"),
    "an": dict.fromkeys("stieg stiegen steigt hob hoben".split(), "up"),
}

# No "a rise in X of 5%" reading in German: its nouns of change take "um" ("ein Anstieg
# der Mieten um 3 Prozent"), read by the cues before.
CHANGE_NOUNS: frozenset[str] = frozenset()
CHANGE_IN_WORDS: frozenset[str] = frozenset()
CHANGE_IN_REACH = 0
CHANGE_IN_STOPS: frozenset[str] = frozenset()
CHANGE_IN_UNITS: tuple[str, ...] = ()
