"""German unit words: the inflected forms pint's English vocabulary lacks.

pint names its units in English; its symbols ("km", "kg", "m²", "km/h") and the
names German shares with English ("Kilometer", "Meter", "Liter") are read from
``data/units.json`` like any language's.  This table adds the German words and
their plural and dative forms ("Tonnen", "Metern", "Quadratmetern",
"Stundenkilometern"), each with the pint unit it names.  "Grad" alone is a
degree Celsius: German news writes temperatures so ("38,2 Grad").
"""

from __future__ import annotations


def _forms(table: dict[tuple[str, ...], str]) -> dict[str, str]:
    return {word: unit for words, unit in table.items() for word in words}


MEASURE_UNITS = _forms(
    {
        ("kilometer", "kilometern", "kilometers", "km"): "kilometer",
        ("meter", "metern", "meters", "m"): "meter",
        ("zentimeter", "zentimetern", "cm"): "centimeter",
        ("millimeter", "millimetern", "mm"): "millimeter",
        ("meile", "meilen"): "mile",
        ("seemeile", "seemeilen"): "nautical_mile",
        ("quadratkilometer", "quadratkilometern", "km²", "km2", "qkm"): "kilometer ** 2",
        ("quadratmeter", "quadratmetern", "m²", "m2", "qm"): "meter ** 2",
        ("kubikmeter", "kubikmetern", "m³", "m3"): "meter ** 3",
        ("hektar", "hektaren", "ha"): "hectare",
        ("tonne", "tonnen", "t"): "metric_ton",
        ("kilogramm", "kilo", "kg"): "kilogram",
        ("gramm", "g"): "gram",
        ("milligramm", "mg"): "milligram",
        ("liter", "litern", "l"): "liter",
        ("milliliter", "ml"): "milliliter",
        ("hektoliter", "hl"): "hectoliter",
        ("stundenkilometer", "stundenkilometern", "km/h", "kmh"): "kilometer / hour",
        ("knoten",): "knot",
        ("grad", "grad celsius", "°c", "° celsius", "celsius"): "degree_Celsius",
        ("kilowatt", "kw"): "kilowatt",
        ("megawatt", "mw"): "megawatt",
        ("gigawatt", "gw"): "gigawatt",
        ("kilowattstunden", "kilowattstunde", "kwh"): "kilowatt_hour",
        ("megawattstunden", "megawattstunde", "mwh"): "megawatt_hour",
        ("terawattstunden", "terawattstunde", "twh"): "terawatt_hour",
    }
)
