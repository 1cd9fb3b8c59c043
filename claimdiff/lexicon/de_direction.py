"""German grammar data for the direction of a figure: plain tables, no logic.

The same tables as ``en_direction.py``, for the verbs and nouns of change of
German business and wire copy ("stieg um 12 Prozent", "sank auf 2 Mrd. Euro",
"ein Anstieg von 5 Prozent", "ein Rückgang um 300 Stellen").
"""

from __future__ import annotations

UP_BEFORE = frozenset(
    """stieg steigt steigen gestiegen stiegen wuchs wächst wachsen gewachsen
    erhöhte erhöht erhöhen zulegen legte zu kletterte klettert sprang springt
    anstieg zuwachs plus höher verdoppelte verdreifachte""".split()
)
DOWN_BEFORE = frozenset(
    """sank sinkt sinken gesunken fiel fällt fallen gefallen sanken fielen
    verringerte verringert reduzierte reduziert senkte senkt gesenkt kürzte
    kürzt gekürzt strich streicht gestrichen brach bricht eingebrochen
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
STOPS = frozenset("und aber während obwohl weil als der die das , ; : ( )".split())
PHRASAL_UP: frozenset[str] = frozenset()
