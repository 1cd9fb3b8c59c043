"""English units of measure: which of pint's units prose names, and which symbols are words.

The words and symbols themselves come from pint's registry: each unit's name,
aliases and symbol, plurals, and the SI-prefixed forms ("kilowatt hours",
"GWh", "GeV").  ``python -m claimdiff.lexicon.build_units`` writes them to
``data/units.json``, which :mod:`claimdiff.lexicon` reads; building pint's
registry takes most of a second, so it is never built just to read a text.
``MEASURE_UNITS`` in ``en.py`` keeps the readings pint does not give or gives
otherwise ("tons" is a metric ton in news, pint's "ton" a short ton) and wins
over this vocabulary.
"""

from __future__ import annotations

# pint unit -> the SI prefixes (pint's names) written with it in prose.
PREFIXED = {
    "meter": ("kilo", "centi", "milli", "micro", "nano", "pico"),
    "gram": ("kilo", "milli", "micro"),
    "liter": ("milli", "centi", "deci"),
    "watt": ("kilo", "mega", "giga", "tera"),
    "watt_hour": ("kilo", "mega", "giga", "tera"),
    "electron_volt": ("kilo", "mega", "giga", "tera"),
    "byte": ("kilo", "mega", "giga", "tera", "peta"),
    "bit": ("kilo", "mega", "giga", "tera"),
    "joule": ("kilo", "mega", "giga"),
    "hertz": ("kilo", "mega", "giga"),
    "volt": ("kilo",),
    "calorie": ("kilo",),
}
# pint units written without a prefix.
PLAIN = (
    "foot", "inch", "mile", "yard", "nautical_mile", "acre", "hectare", "ounce", "stone",
    "gallon", "quart", "cup", "tablespoon", "teaspoon", "fluid_ounce", "knot", "metric_ton",
    "degree", "radian", "turn", "kelvin",
)  # fmt: skip
# Symbols too ambiguous in prose to read as units after a number: words ("in",
# "a", "cup"), times of day ("pm"), single letters ("m" is metres or millions,
# "t" a tonne only glued to its digits: both are in en.py's MEASURE_UNITS with
# their rules), and abbreviations news uses for other things ("pa" per annum,
# "dr" doctor, "nm" nautical miles as often as nanometres).
AMBIGUOUS_SYMBOLS = frozenset(
    "in a s m t g l h b c d k pm pa dr nm kt kn cal min mi yd qt ha cp".split()
)
# pint's aliases and forms that prose uses for other things ("3 cycles", "a
# revolution") or never writes ("arcdeg", "octet").
# "20 stones" are thrown: only the singular ("12 stone") is a weight.
EXCLUDED_WORDS = frozenset("circle cycle revolution arcdeg arcdegree octet stones".split())
# Plurals pint's names do not make by adding -s or -es.
IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches"}

# Units news means otherwise than pint: pint's "decade" is a factor of ten on a
# logarithmic scale; "a decade" in prose is ten years.  Name → (size, pint unit).
DEFINED_AS = {"decade": (10.0, "year")}
