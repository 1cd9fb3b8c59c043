"""English grammar data for extraction: plain tables, no logic.

Another language is another module of the same shape (see
``claimdiff/lexicon/patterns.py`` for how these tables are compiled).
Sources: the number words and scales are standard English (short scale);
the hedge meanings and vague-amount ranges are claimdiff's own reading,
documented with their reasons in docs/claims.md; currency names and symbols
are *not* here — they come from babel's CLDR data for :data:`LOCALE`.
"""

from __future__ import annotations

LOCALE = "en"
"""The CLDR locale whose currency names and symbols are used."""

SYMBOL_LOCALES = ("en_GB", "en_CA", "en_IN")
"""Further CLDR locales whose currency symbols are added where unambiguous ("US$", "JP¥")."""

# English groups digits with commas; "25 000" with a plain space is two numbers unless
# the locale's own group symbol is a space (claimdiff/lexicon/numformat.py).
PLAIN_SPACE_GROUPS = False

# Cardinal number words and their values.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "nought": 0, "naught": 0,
}  # fmt: skip
# "nought" and "naught" are zero in "nought point five"; alone, "came to naught"
# is an idiom, so a number that is only one of these words is no claim.
ZERO_IDIOMS = frozenset({"nought", "naught"})
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Multipliers written as words after a number ("1.22 million", "three thousand").
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    # Indian English, common in South Asian news: a lakh is 100,000, a crore 10 million;
    # they chain ("three lakh crore" is 3 x 10^12).
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip

# Multipliers abbreviated after digits ("169M", "€2.3bn", "16k").  Lower-case
# "m" is kept apart: it is a million after money but a metre elsewhere.
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "M": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9,
    "B": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12,
    # Financial shorthand: "MM" (Roman thousand-thousand) and "mil" are millions, "tln"
    # trillions.  "G" is left out: "5G" and "10G" are network generations and speeds.
    "MM": 1e6, "mil": 1e6, "tln": 1e12,
}  # fmt: skip
# Single letters that may stand apart from the digits ("2.33 k") when the number has
# decimals or separators: "5 M" alone is more often an initial or a metre.
SPACED_SCALE_LETTERS = frozenset({"k", "K", "M", "B", "T"})
MONEY_ONLY_SCALE_ABBREVIATIONS = {"m": 1e6}

# Words for an amount on their own ("a dozen").  "score" is not here: "his score is
# 200" and "he scores" are no twenties; only "a score of" and "two score" are (below).
COUNT_WORDS = {"dozen": 12}
# Amount words read only after a number: "three dozens", "3 dzs", "four score".  A plural
# alone ("dozens of people") is a vague amount, not twelve.
COUNT_AFTER_NUMBER = {
    "dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12, "score": 20,
}  # fmt: skip

# Fractions: shares before "of" ("a third of", read as percent), multipliers before a
# scale ("half a million"), else values ("two thirds", "one and a half", "five eighths").
# "first" and "second" are left out: "the first time" and "one second" are no fractions.
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 1 / 4, "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8, "eighths": 1 / 8,
    "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
    "twelfth": 1 / 12, "twelfths": 1 / 12, "twentieth": 1 / 20, "twentieths": 1 / 20,
    "thirtieth": 1 / 30, "thirtieths": 1 / 30, "hundredth": 1e-2, "hundredths": 1e-2,
    "thousandth": 1e-3, "thousandths": 1e-3, "millionth": 1e-6, "millionths": 1e-6,
    "billionth": 1e-9, "billionths": 1e-9, "trillionth": 1e-12, "trillionths": 1e-12,
}  # fmt: skip
# Words that make a fraction word a part, not a share: "the second half of the meeting",
# "the first quarter of the year", "the latter half", "the bottom third of the table".
NOT_A_SHARE_AFTER = frozenset(
    """first second third fourth last final other latter former top bottom upper lower
    back front""".split()
)
# Fractions that are also plain words after "a": "a half" is 0.5 wherever it stands, but
# "a third party", "a fifth term" are ordinals, so those need no noun after them.
FRACTIONS_BEFORE_NOUNS = frozenset({"half"})
# Decimals in words: "two hundred point zero three", "nine point nought four".
DECIMAL_POINT_WORDS = frozenset({"point"})
# Words that make the number after them negative ("minus 5", "negative one").
NEGATIVE_WORDS = ("minus", "negative")
# A ratio between two numbers: "one in five", "2 out of 3", "one over three"; read as the
# share the first is of the second (a percentage).
RATIO_WORDS = ("out of", "in", "over")

# Hedges before a figure: phrase -> (qualifier, low factor, high factor).
# The factors scale the nominal figure into the interval the hedge asserts;
# None is unbounded.  "nearly 400,000" sits just below 400,000: within 10%
# below, since writers round "nearly" from figures such as 380,000 or 395,000.
# "about" allows 10% either side, half as much again on a figure of one significant
# digit ("about £4m" covers £3.4m-£4.6m: it is a coarse rounding already), and a hedge
# never narrows what the figure's own digits allow ("about £1m" covers £0.5m-£1.5m;
# claimdiff/extract/bounds.py, docs/claims.md).
HEDGES = {
    "more than": ("more_than", 1.0, None),
    "over": ("more_than", 1.0, None),
    "above": ("more_than", 1.0, None),
    "in excess of": ("more_than", 1.0, None),
    "upwards of": ("more_than", 1.0, None),
    # "Just over" and "just under" hold the figure within 10%, like "nearly": a
    # hedged figure, not an open bound ("just over 60,000" is 60,412).
    "just over": ("approximate", 1.0, 1.1),
    "just above": ("approximate", 1.0, 1.1),
    "just more than": ("approximate", 1.0, 1.1),
    "slightly more than": ("approximate", 1.0, 1.1),
    "slightly over": ("approximate", 1.0, 1.1),
    "slightly above": ("approximate", 1.0, 1.1),
    "a little over": ("approximate", 1.0, 1.1),
    "a little more than": ("approximate", 1.0, 1.1),
    "well over": ("more_than", 1.0, None),
    "well above": ("more_than", 1.0, None),
    "well in excess of": ("more_than", 1.0, None),
    "at least": ("at_least", 1.0, None),
    "no fewer than": ("at_least", 1.0, None),
    "no less than": ("at_least", 1.0, None),
    "a minimum of": ("at_least", 1.0, None),
    "nearly": ("approximate", 0.9, 1.0),
    "almost": ("approximate", 0.9, 1.0),
    "just under": ("approximate", 0.9, 1.0),
    "just below": ("approximate", 0.9, 1.0),
    "just less than": ("approximate", 0.9, 1.0),
    "just fewer than": ("approximate", 0.9, 1.0),
    "slightly less than": ("approximate", 0.9, 1.0),
    "slightly fewer than": ("approximate", 0.9, 1.0),
    "slightly under": ("approximate", 0.9, 1.0),
    "slightly below": ("approximate", 0.9, 1.0),
    "a little under": ("approximate", 0.9, 1.0),
    "a little less than": ("approximate", 0.9, 1.0),
    "well under": ("less_than", 0.0, 1.0),
    "well below": ("less_than", 0.0, 1.0),
    "well short of": ("less_than", 0.0, 1.0),
    "close to": ("approximate", 0.9, 1.0),
    "about": ("approximate", 0.9, 1.1),
    "around": ("approximate", 0.9, 1.1),
    "some": ("approximate", 0.9, 1.1),
    "roughly": ("approximate", 0.9, 1.1),
    "approximately": ("approximate", 0.9, 1.1),
    "an estimated": ("approximate", 0.9, 1.1),
    "estimated": ("approximate", 0.9, 1.1),
    "circa": ("approximate", 0.9, 1.1),
    "an approximate": ("approximate", 0.9, 1.1),
    "up to": ("at_most", 0.0, 1.0),
    "as many as": ("at_most", 0.0, 1.0),
    "as much as": ("at_most", 0.0, 1.0),
    "at most": ("at_most", 0.0, 1.0),
    "no more than": ("at_most", 0.0, 1.0),
    "a maximum of": ("at_most", 0.0, 1.0),
    "greater than": ("more_than", 1.0, None),
    "larger than": ("more_than", 1.0, None),
    "bigger than": ("more_than", 1.0, None),
    "higher than": ("more_than", 1.0, None),
    "exceeding": ("more_than", 1.0, None),
    "more than or equal to": ("at_least", 1.0, None),
    "more or equal than": ("at_least", 1.0, None),
    "higher or equal than": ("at_least", 1.0, None),
    "bigger or equal than": ("at_least", 1.0, None),
    "greater or equal than": ("at_least", 1.0, None),
    "at least or equal to": ("at_least", 1.0, None),
    "less or equal than": ("at_most", 0.0, 1.0),
    "lower or equal than": ("at_most", 0.0, 1.0),
    "smaller or equal than": ("at_most", 0.0, 1.0),
    "=>": ("at_least", 1.0, None),
    "=<": ("at_most", 0.0, 1.0),
    "greater than or equal to": ("at_least", 1.0, None),
    "equal to or more than": ("at_least", 1.0, None),
    "equal to or greater than": ("at_least", 1.0, None),
    "not less than": ("at_least", 1.0, None),
    "less than or equal to": ("at_most", 0.0, 1.0),
    "fewer than or equal to": ("at_most", 0.0, 1.0),
    "equal to or less than": ("at_most", 0.0, 1.0),
    "not more than": ("at_most", 0.0, 1.0),
    "smaller than": ("less_than", 0.0, 1.0),
    "lower than": ("less_than", 0.0, 1.0),
    # Symbols, as written in tables and specifications ("≥ 100", ">= 100").
    ">=": ("at_least", 1.0, None),
    "≥": ("at_least", 1.0, None),
    "<=": ("at_most", 0.0, 1.0),
    "≤": ("at_most", 0.0, 1.0),
    ">": ("more_than", 1.0, None),
    "<": ("less_than", 0.0, 1.0),
    "fewer than": ("less_than", 0.0, 1.0),
    "less than": ("less_than", 0.0, 1.0),
    "under": ("less_than", 0.0, 1.0),
    "below": ("less_than", 0.0, 1.0),
}

# Words before a figure that open a range for sure: "between 3 and 5", "in the range
# of $90 million to $100 million", "ranging from 5% to 8%" (not a change from 5% to 8%).
RANGE_OPENERS = (
    "between", "between the range of", "in the range of", "within the range of",
    "in a range of", "within a range of", "ranging from", "range from", "ranges from",
    "ranged from", "a range of", "the range of",
)  # fmt: skip

# Hedges that are no hedge right after another number: "60 over 40", "5 under 10" state
# two numbers (a ratio, a comparison), not "more than 40".
HEDGES_NOT_AFTER_A_NUMBER = frozenset({"over", "under"})
# Hedges that are a move to a level after a verb of moving, not a ceiling, for amounts,
# percentages and measures: "inflation edged up to 3.4%", "is expected to tick up to 3%",
# "prices crept up to".  Not verbs that move things ("moving up to 300 jobs to Leeds",
# "shot up to 30 people"): there "up to" bounds what is moved.
HEDGES_AFTER_A_MOVE = {
    "up to": frozenset(
        """edge edged edges edging tick ticked ticks ticking inch inched inches inching
        creep crept creeps creeping climb climbed climbs climbing rise rose rises rising
        jump jumped jumps jumping pick picked picks picking nudge nudged nudges nudging
        drift drifted drifts drifting crawl crawled revised""".split()
    ),
}
# A hedge word that opens a question with the word before it hedges nothing: "How about
# 2 in 5 or more" (the trailing "or more" bounds it).
NOT_HEDGES = frozenset({"how about", "what about"})
# Hedges that are prepositions too: before an article that is no part of the number they
# govern a noun ("under a three-year contract"); "almost a two-year low" stays hedged.
PREPOSITION_HEDGES = frozenset({"over", "under", "above", "below"})

# Hedges that name a duration's span, not a bound on it, unless a word of length comes first:
# "1,500 homes over five years" (during them); "jailed for over five years" is a bound.
SPAN_WORDS = frozenset({"over"})
# Words after which such a hedge is a bound after all: "jailed for over five years",
# "waited over a year", "lasted over a week", "the lowest in over a decade".
SPAN_BOUND_AFTER = frozenset(
    "for in lasted lasting lasts last took take takes taking taken waited waiting wait "
    "spent spend spending served serving serve been".split()
)

# Trailing hedges that bound a figure only at a clause's end: "homes cost $500,000
# plus."; "$50,000 plus a $25,000 bonus" and "plus expenses" add.
TRAILING_HEDGES_AT_CLAUSE_END = frozenset({"plus"})
# Hedges after a figure ("16,000 or more").
TRAILING_HEDGES = {
    "or more": ("at_least", 1.0, None),
    "plus": ("at_least", 1.0, None),
    "or so": ("approximate", 0.9, 1.1),
    "or less": ("at_most", 0.0, 1.0),
    "or fewer": ("at_most", 0.0, 1.0),
    "or greater": ("at_least", 1.0, None),
    "or higher": ("at_least", 1.0, None),
    "or above": ("at_least", 1.0, None),
    "and more": ("at_least", 1.0, None),
    "and above": ("at_least", 1.0, None),
    "and over": ("at_least", 1.0, None),
    "or lower": ("at_most", 0.0, 1.0),
    "or below": ("at_most", 0.0, 1.0),
    "or under": ("at_most", 0.0, 1.0),
    "and below": ("at_most", 0.0, 1.0),
    "and under": ("at_most", 0.0, 1.0),
}

# Vague plurals and what one unit of them is.  "hundreds" reads as a core of
# [2, 10) units — 200 to 999 — and a plausible range of [1, 20) units, so that
# "thousands" does not contradict "more than 16,000" but "hundreds" does.
VAGUE_PLURALS = {
    "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
# Vague plurals that are also everyday words: amounts only before "of" ("scores of
# people"), not in "he scores between 30 and 40".
VAGUE_PLURALS_NEED_OF = frozenset({"scores"})
VAGUE_CORE = (2, 10)
VAGUE_PLAUSIBLE = (1, 20)
# "tens of thousands": a vague multiplier before "of <vague plural>".
VAGUE_MULTIPLIERS = {"tens": 10, "hundreds": 1e2, "dozens": 12, "scores": 20}

# Vague amounts that are not plurals:
# phrase -> (core low, core high, plausible low, plausible high).
VAGUE_WORDS = {
    "a couple of": (2, 2, 2, 3),
    "a few": (2, 5, 2, 9),
    "a handful of": (2, 6, 2, 10),
    "several": (3, 9, 3, 15),
}

PERCENT_WORDS = ("per cent", "percent", "pct", "%")
# Per cent as British papers abbreviate it, read only in lower case touching the number
# ("inflation rose 1.2pc"): spaced or capitalised it is a computer ("a Windows 10 PC").
GLUED_PERCENT_WORD = "pc"
# Abbreviations of "number" that make the whole number after them a numbering, as they
# are written (case matters: "No" is the sign, "no" a determiner): "a No 10 spokesman".
NUMBER_SIGNS = frozenset({"No", "Nos", "Nr"})
# Nouns a number after them names, in lower case as prose writes them: "at junction 10",
# "from platform 4", "on page 12" (capitalised, any word makes a name: "Article 7").
LABEL_NOUNS = frozenset(
    """junction exit gate platform terminal page pages chapter section clause room route
    pier berth runway ward bay lane level""".split()
)
# Marks that may end a figure's common shape (extract/fast_amounts.py): none of them opens
# a unit, a currency, a scale or a continuation of the number, so a figure followed by one
# is read without asking those readers.  "," and "." only before a non-digit ("1,5" and
# "1.5." are read in full); left out: brackets that open ("20 (kg)"), quotes and primes
# (inches, feet), hyphens and slashes (compounds, rates, fractions).  Empty: no fast path.
FAST_FIGURE_ENDS = ",.;:!?)"
# Marks that end a figure's common shape right after its digits when a letter follows:
# "$2,000/month" ("per_after" reads the "/month" later); before a digit a slash opens a
# fraction ("3/4") and is read in full.
FAST_FIGURE_ENDS_BEFORE_LETTERS = "/"
PERCENTAGE_POINT_WORDS = ("percentage points", "percentage point", "points", "pts")
# Hundredths of a percentage point after a count, read as percentage points (the noun
# BASIS_POINT_NOUN): "cut by 25 basis points" is "a quarter of a percentage point".
BASIS_POINT_WORDS = ("basis points", "basis point", "basis-points", "basis-point")
# ... and their symbols, in lower case only ("40 BP petrol stations" are the company's).
BASIS_POINT_SYMBOLS = ("bps", "bp")
BASIS_POINT_NOUN = "percentage points"
# A fraction in words before "a point" or "a mile", read as that much of it: "a quarter
# of a percentage point" (0.25 points), "half a tonne" (0.5 tonnes).
FRACTION_PHRASES = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
    "a third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a tenth": 1 / 10,
}
OF_A_POINT = ("of a percentage point", "a percentage point", "of a point", "a point")
# ... and as a modifier: "a quarter-point cut", "a half-point rise", or spaced, "cut
# rates by a quarter point" (not "the half point", a race's or a season's middle).
POINT_MODIFIERS = {
    "quarter-point": 1 / 4,
    "half-point": 1 / 2,
    "quarter-percentage-point": 1 / 4,
    "half-percentage-point": 1 / 2,
    "three-quarter-point": 3 / 4,
    "quarter point": 1 / 4,
    "quarter percentage point": 1 / 4,
    "half percentage point": 1 / 2,
    "three-quarter point": 3 / 4,
    "three-quarters of a point": 3 / 4,
}

# Measure words after a number, and the pint unit each names.  Only these
# words ever reach pint: never raw text.
MEASURE_UNITS = {
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer",
    "kilometres": "kilometer", "kilometer": "kilometer", "kilometers": "kilometer",
    "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter",
    "centimeter": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetre": "millimeter", "millimetres": "millimeter",
    "mile": "mile", "miles": "mile", "mi": "mile",
    "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "in": "inch",
    "yard": "yard", "yards": "yard",
    "mph": "mile / hour", "km/h": "kilometer / hour", "kph": "kilometer / hour",
    "kmh": "kilometer / hour", "knots": "knot", "knot": "knot",
    "tonne": "metric_ton", "tonnes": "metric_ton", "metric tons": "metric_ton",
    "ton": "metric_ton", "tons": "metric_ton", "t": "metric_ton",
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "kilo": "kilogram", "kilos": "kilogram", "g": "gram", "gram": "gram", "grams": "gram",
    "lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound",
    "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "acre": "acre", "acres": "acre",
    "sq km": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2",
    "square miles": "mile ** 2", "square mile": "mile ** 2", "sq mi": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "sq m": "meter ** 2",
    "square feet": "foot ** 2", "sq ft": "foot ** 2",
    "square metre": "meter ** 2", "square meter": "meter ** 2", "square foot": "foot ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2",
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter",
    "gallon": "gallon", "gallons": "gallon", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "c": "degree_Celsius", "°c": "degree_Celsius", "degrees celsius": "degree_Celsius",
    "celsius": "degree_Celsius", "degrees c": "degree_Celsius",
    "f": "degree_Fahrenheit", "°f": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit",
    "degrees f": "degree_Fahrenheit", "° celsius": "degree_Celsius",
    "° fahrenheit": "degree_Fahrenheit",
    "kw": "kilowatt", "kilowatts": "kilowatt", "mw": "megawatt", "megawatts": "megawatt",
    "gw": "gigawatt", "gigawatts": "gigawatt", "kwh": "kilowatt_hour",
    "gb": "gigabyte", "mb": "megabyte", "tb": "terabyte",
    "kmph": "kilometer / hour", "km/hr": "kilometer / hour",
    "m": "meter", "m2": "meter ** 2", "m²": "meter ** 2", "cm2": "centimeter ** 2",
    "dm": "decimeter", "decimetre": "decimeter", "decimetres": "decimeter",
    "decimeter": "decimeter", "decimeters": "decimeter", "millimeter": "millimeter",
    "millimeters": "millimeter", "picometre": "picometer", "picometres": "picometer",
    "picometer": "picometer", "picometers": "picometer", "nm": "nanometer",
    "nanometre": "nanometer", "nanometres": "nanometer", "nanometer": "nanometer",
    "nanometers": "nanometer",
    "ml": "milliliter", "millilitre": "milliliter", "millilitres": "milliliter",
    "milliliter": "milliliter", "milliliters": "milliliter", "cl": "centiliter",
    "cubic feet": "foot ** 3", "cubic foot": "foot ** 3", "cubic metres": "meter ** 3",
    "cubic meters": "meter ** 3", "cubic metre": "meter ** 3", "cubic meter": "meter ** 3",
    "tablespoon": "tablespoon", "tablespoons": "tablespoon", "tbsp": "tablespoon",
    "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tsp": "teaspoon",
    "cup": "cup", "cups": "cup", "pint": "pint", "pints": "pint",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram",
    "microgram": "microgram", "micrograms": "microgram", "microgramme": "microgram",
    "microgrammes": "microgram", "μg": "microgram", "µg": "microgram", "mcg": "microgram",
    "gramme": "gram", "grammes": "gram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "bit": "bit", "bits": "bit", "megabit": "megabit", "megabits": "megabit",
    "kilobyte": "kilobyte", "kilobytes": "kilobyte", "megabyte": "megabyte",
    "megabytes": "megabyte", "gigabyte": "gigabyte", "gigabytes": "gigabyte",
    "terabyte": "terabyte", "terabytes": "terabyte",
    "degree": "degree", "degrees": "degree", "°": "degree",
    "radian": "radian", "radians": "radian", "rad": "radian",
}  # fmt: skip
# Units that are a single letter or clash with words: only taken glued to the
# digits ("40C", "5t"), never after a space ("5 t", "at 5 C").
GLUED_ONLY_UNITS = frozenset({"c", "f", "t", "g", "mi", "ha", "rad", "nm", "cl", "in"})
# Glued units that are prepositions too: "5in of rain" is inches, "top 10in the charts" a
# space left out (the words after it read on as the preposition's object).
PREPOSITION_UNITS = frozenset({"in"})
# Units whose capital is something else: "5G" is a network, "10T" no tonnage.
LOWER_CASE_ONLY_UNITS = frozenset({"g", "t", "m", "mg", "ml", "in"})
# "m" is a metre ("1.8m tall", "48m", "12 m") unless money is near or a counted noun
# follows ("1.8m people" is 1.8 million): the extractor decides, this names it.
METRE_OR_MILLION = "m"
# Words after a measure that say what it measures: "1.8m tall" is a height, not a count.
MEASURE_ADJECTIVES = frozenset(
    "tall high long wide deep thick away across deeper higher longer wider below above".split()
)
# Of those, the ones that are also prepositions: a size only at a clause's end ("a
# crater 5m across."; "topped 1m across the region" is a count).
SIZE_ONLY_AT_CLAUSE_END = frozenset({"across"})
# Words that make a figure ending in "m" a length: "a 7.4m wave", "the 2.5m-deep pool".
# Without one, "7.4m" given to a tenth is a million ("the list fell to 7.4m").
# The nouns among them count on either side of the figure, the adjectives only right
# after it (claimdiff/extract/amounts.py).
LENGTH_NOUNS = frozenset(
    """metre metres meter meters length height depth width distance jump throw
    altitude wave waves swell tide wall tower crane bridge pool ship vessel yacht
    tanker liner tunnel runway skyscraper dam pier
    river sea level levels water floodwater floodwaters flood snow drift drifts
    sprint race hurdles relay freestyle butterfly breaststroke backstroke""".split()
)
LENGTH_CUES = MEASURE_ADJECTIVES | LENGTH_NOUNS
# A figure ending in "m" that sizes one thing is a length ("a 30m fall"), unless the thing
# is people, a group, a holding or a quantity (WordNet's class of the noun's first sense:
# "its 4m electorate", "a 2m fund", "a 2m increase") and no sense of it is a thing one
# can measure ("the 22m line", "a 14m whale"), or the level a count reaches ("passed the
# 1m mark"): claimdiff/extract/metre_or_million.py.
MILLION_CLASSES = frozenset({"person", "group", "possession", "quantity"})
PHYSICAL_CLASSES = frozenset({"artifact", "animal", "body", "object", "shape", "plant"})
COUNT_LEVELS = frozenset({"mark", "milestone", "target", "threshold"})
# Words that make a bare figure ending in "m" a count of millions: "visitor numbers
# climbed to 12m", "monthly active users had reached 500m".  What is counted in millions
# in the news: people, and the things they buy, make, use or cast.
MILLION_CUES = frozenset(
    """number numbers population people sales users viewers viewing audience audiences
    visitor visitors passenger passengers journeys trips customers subscribers members
    downloads streams copies votes voters tickets prescriptions doses vaccinations jabs
    cases deaths jobs homes households residents patients tourists fans followers
    listeners readers accounts workers unemployment unemployed attendance adults children
    pupils students""".split()
)
# Units a second, smaller figure may continue: "5 ft 2 in" is 5 2/12 feet, "5 feet and
# 2 inches" too.  unit -> {the smaller unit's words: how many make one of the unit}.
COMPOUND_UNITS = {
    "foot": {"in": 12, "inch": 12, "inches": 12, '"': 12},
    "pound": {"oz": 16, "ounce": 16, "ounces": 16},
}
# Denominators of a rate after a unit: "km/h", "miles per hour", "188 miles an hour".
PER_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "second": "second", "sec": "second",
    "s": "second", "minute": "minute", "min": "minute", "millisecond": "millisecond",
    "ms": "millisecond", "day": "day",
}  # fmt: skip
# What an amount of money may be per: "$50 a month", "$0.13 per share", "$50/user per
# month", "£9 per head".  Word → its normal form.
MONEY_PER = {
    "month": "month", "mo": "month", "year": "year", "yr": "year", "annum": "year",
    "week": "week", "wk": "week", "day": "day", "night": "night", "hour": "hour",
    "hr": "hour", "user": "user", "person": "person", "head": "person",
    "capita": "person", "adult": "person", "child": "child", "share": "share",
    "seat": "seat", "unit": "unit", "barrel": "barrel", "tonne": "tonne",
    "litre": "litre", "liter": "litre", "gallon": "gallon", "kilo": "kilogram",
    "kg": "kilogram", "passenger": "passenger", "employee": "employee",
    "household": "household", "customer": "customer", "ticket": "ticket",
    "mile": "mile", "kwh": "kWh", "megawatt-hour": "MWh", "mwh": "MWh",
}  # fmt: skip
# Words that may stand between "per" and what it is per: "per diluted common share".
MONEY_PER_FILLERS = frozenset("diluted basic common ordinary adjusted class".split())
# "pounds" is money unless a word of weight is near: "weighs 25 pounds", "lose 10 pounds".
# "lost" is left out ("it lost 2.5 million pounds" is money), and an amount with a scale
# ("2.5 billion pounds") stays money whatever the words around it.
WEIGHT_CUES = frozenset(
    """weigh weighs weighed weighing weight weights lose losing loses drop dropping gain
    gaining heavy heavier lighter kg kilograms ton tons tonne tonnes ounces""".split()
)
POUND_WORDS = frozenset({"pound", "pounds", "lb", "lbs"})
# What "pounds" weighs, by the WordNet class of the noun after it (extract/weighed.py):
# goods, living things and things made are weighed ("40 pounds of cocaine", "a 5-pound
# baby"); in bulk, with a scale, only what is grown, caught or dug ("2 million pounds of
# ground beef", not "1 million pounds of new equipment").
WEIGHED_CLASSES = frozenset("food substance plant animal body object artifact person".split())
WEIGHED_IN_BULK = frozenset("food substance plant animal object".split())
# A noun first of these senses is what money buys or befalls: "pounds of damage",
# "pounds of funding", "pounds of investment", "pounds of aid".
NOT_WEIGHED_CLASSES = frozenset("possession act event state attribute".split())
# Before a noun, a figure's pounds are its price when either of the noun's first two
# senses is money or a document: "a 10-pound note", "a 20-pound voucher", "a 50-pound fee".
NOT_WEIGHED_BEFORE_NOUN = frozenset({"possession", "communication"})

# Time units: durations ("13 months ago") and ages ("73-year-old").
TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip

# Age limits of a group of people (claimdiff/extract/ages.py): "children under 15",
# "people aged over 65" bound an age, not a count, after a word for persons;
# "younger than fifteen" does after any word.  Each maps to (lower, upper) as
# fractions of the figure, None for unbounded.
AGE_LIMITS_AFTER_PERSONS = {
    "under": (0.0, 1.0), "over": (1.0, None), "below": (0.0, 1.0), "above": (1.0, None),
    "aged under": (0.0, 1.0), "aged over": (1.0, None),
}  # fmt: skip
AGE_COMPARATIVES = {
    "younger than": (0.0, 1.0), "older than": (1.0, None),
    "under the age of": (0.0, 1.0), "below the age of": (0.0, 1.0),
    "over the age of": (1.0, None), "above the age of": (1.0, None),
}  # fmt: skip
# Words between two sides of a fixture: a bracketed number beside one is a score, not an
# age ("Leeds United (2) v Sheffield Wednesday (1)").
VERSUS_WORDS = frozenset({"v", "vs", "versus"})
# "the woman, who is 34", "since he was seven", "Mrs Morley, now 105,": words before a
# bare whole number up to 120 that make it a person's age when no noun follows it.
AGE_COPULAS = (
    "who is", "who was", "who turned", "who turns", "who will be", "turned", "turns",
    "has turned", "has just turned",
    "he is", "he was", "she is", "she was", "he turned", "she turned", ", now",
    "who is now", "he is now", "she is now",
    "the youngest", "the oldest", "youngest was", "oldest was", "youngest is", "oldest is",
    "age is", "age was", "is", "was", "is only", "was only", "is just", "was just",
    "is now", "was then", "who at", ", then", ", both", ", at",
)  # fmt: skip
# A relative clause's copula ("A man who is 29 has been charged", "who at 73 is now the
# oldest"): its clause ends at the age, and the sentence's own verb may come next.
AGE_RELATIVE_COPULAS = frozenset({"who is", "who was", "who is now", "who at"})
# Verbs that may open the sentence's own predicate after such a clause ("has been
# charged", "will appear"), besides COMMON_VERBS and any form only a verb makes.
# Verbs that agree with many ("Everton, who at 17 are level"): a team's, not a person's.
PLURAL_VERBS = frozenset({"are", "were", "have"})
# Words before a month that make it a time ("in April, then 45"), not a name ("Theresa
# May, then 60,").
MONTH_PREPOSITIONS = frozenset("in on by since until from of to through during".split())
AUXILIARIES = frozenset(
    "has had have was is were will would could can may might must should did does".split()
)
# Copulas alone ("The boy is 15", "Mrs Cole was 79"): an age only after a word for one
# person in lower case, or a name after a title or a first name ("Mrs Cole", "John
# Smith"), never after other words ("Turnout in Leeds was 60", "The score was 24"); and
# only where the number ends its clause or one of AFTER_A_PLAIN_AGE follows ("The driver
# was 7 in the standings", "The batsman was 45 at lunch" are no ages).
AGE_PLAIN_COPULAS = frozenset({"is", "was"})
# Words between a plain copula and its age: "The boy was only 15", "Her son is now 7".
AGE_PLAIN_MODIFIERS = frozenset({"only", "just", "now", "then"})
AFTER_A_PLAIN_AGE = frozenset({"when", "years"})
# After "was 19 when", the words that say the age was a person's, where the word before
# "was" opens the sentence and may be no name ("Parker was only 19 when he was jailed").
PERSONS_AFTER_WHEN = frozenset({"he", "she", "his", "her", "they", "their"})
# "and" before a verb goes on the sentence ("The boy is 15 and attends …").
AND_WORDS = frozenset({"and"})
# "At 17, she signed …", "At 88, Mr Haddad is …": a preposition opening a sentence
# before a bare number, a comma and "he", "she" or a title and a name (AGE_OPENER_PERSONS);
# not a name alone ("At 40, Manchester United were top", "At 10, Downing Street").
AGE_OPENERS = frozenset({"at", "now"})
# Articles opening a noun phrase ("Now 58, the former Olympic sprinter").
ARTICLES = frozenset({"the", "a", "an"})
# Of the openers, the ones a clock's hour may follow ("At 10, the minister will speak").
CLOCK_OPENERS = frozenset({"at"})
AGE_OPENER_PERSONS = frozenset({"he", "she"})
# "The actor died at 88": words before a bare number that make it the age of a death,
# when the number ends its clause or a word that may follow an age comes next.  Such an
# age, and one after "At" and a title, is past a clock's hours (FEWEST_YEARS_NOT_AN_HOUR:
# "died at 4 in the morning", "died at 8", "At 3, Mr Smith arrived").
AGE_DEATH_CUES = ("died at", "dies at", "dying at")
# Other events of a life read the same way: "Having retired at 65", "she married at 19".
AGE_EVENT_CUES = (
    "retired at", "retires at", "retiring at", "married at", "emigrated at",
    "left school at", "made his debut at", "made her debut at",
)  # fmt: skip
FEWEST_YEARS_NOT_AN_HOUR = 13
# Copulas of turning ("turned", "has just turned"): with no pronoun in them they read an
# age only after a person's name or a word for a person ("Maloney turned 105", not "the
# car turned 90"), and the further words that may end the age they give ("turned 105 on
# Sunday").
AGE_TURN_WORDS = frozenset({"turned", "turns"})
AFTER_A_TURN = frozenset({"on", "next"})
# Pronouns that stand for a person, in a copula ("who turned") or before it ("She has
# just turned 100").
AGE_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "who"})
# Words that may follow an age said with a copula ("he was 16 when", "who turned 50
# last week"); any other word makes the figure a score or a count ("87 not out").
AFTER_AN_AGE = frozenset(
    "when while as at in last next this and but until before after since years or by".split()
)
# After an age of a death, besides those: "died at 88 on Sunday".
AFTER_A_DEATH_AGE = frozenset({"on", "after", "from", "to"})
# After an age in apposition with "at", besides stop words: "The judge, at 91 still a keen
# golfer" (claimdiff/extract/ages.py).
AFTER_AN_APPOSED_AGE = frozenset({"still", "already"})
# Or an article and one of these: "Jones, at 36 the oldest member" (not "Croatia, at 15
# the highest-ranked side", "Seville, at 46 the hottest").
AGE_SUPERLATIVES = frozenset({"oldest", "youngest", "eldest"})
# "one" counts the noun after it ("One man was killed", "one new case") except after
# these ("no one", "not one", "at one point", "number one", "the one thing", "with one
# voice", "the old one", "a second one", "a one horse race") or before these ("one of",
# "one another", "one by one", "one or two", "one in five", "one could argue", "one day
# he left", "one way or another", "one to watch", "one in, one out", "one last time",
# "one such case", "one hell of", "one step towards", "one eye on", "One cannot help",
# "One key issue", "phase one work", "Which one do you prefer?": a pronoun, found by
# Recognizers-Text's number cases) (claimdiff.extract.ones).
ONE_NOT_AFTER = frozenset(
    """no not any every each the this which whichever number at in on from a first
    second third last next other another old new right wrong big small little same phase
    stage""".split()
)
ONE_NOT_BEFORE = frozenset(
    """of another by or and in to than more less could can would should might must may
    will way day thing time point side hand moment voice out up off over last such hell
    step eye cannot key main do does did""".split()
)
# After the counted noun, words that make the phrase no count ("one win away").
ONE_NOT_AFTER_NOUN = frozenset({"away"})
# The classes (WordNet's) of what a count of one counts, in one of a noun's two commonest
# meanings: not only an idea, a time, a state, a quantity or a possession ("One reason",
# "One morning", "one problem", "one option"; "one goal" is a score in its second).
ONE_COUNTED_CLASSES = frozenset(
    "person animal plant artifact body group food substance event act location".split()
)
# A count of one naming a person who then speaks is someone, not a count ("One witness
# said", "One victim, now 51, told the jury").
ONE_SPEAKER_VERBS = frozenset(
    "said says told tells added explained recalled described claimed insisted".split()
)
# Before a hedged age said of someone ("who is about 45", "The victim, thought to be
# about 30,", "The victim was about 70", "He was about 20 at the time"): the person is
# named before these, or is the pronoun in them (claimdiff.extract.ages.hedged_age).
AGE_ESTIMATES = (
    "who is", "who was", "who is now", "is", "was", "he is", "he was", "she is", "she was",
    "thought to be", "believed to be", "understood to be", "said to be", "estimated to be",
    "is thought to be", "is believed to be", "was thought to be", "was believed to be",
    "described as", "was described as", "is described as",
)  # fmt: skip
# "One of the victims, now 51,", "The youngest of the three, 17,": one person of a group
# of people, named by these before "of" (the first ones name a member of the group by
# its own word: one of the victims is a victim).
NUMBER_ONE_WORDS = frozenset({"one"})
ONE_OF_PEOPLE = NUMBER_ONE_WORDS | AGE_SUPERLATIVES
# Of those, the words only people are ("the oldest" may be a building).
PEOPLE_SUPERLATIVES = frozenset({"youngest", "eldest"})
# "a man of 43", "a boy of nine" (claimdiff/extract/ages.py): the word between "a", a word
# for one person and a bare number that makes the number that person's age.
AGE_OF_WORDS = frozenset({"of"})
# Words for a parent: after them "of" and a number below FEWEST_YEARS_OF_A_PARENT counts
# children ("a father of three", "a mother of two"); "a grandmother of 72" is her age.
PARENT_WORDS = frozenset(
    """father mother parent dad mum mom grandfather grandmother grandparent grandad
    granddad grandma grandpa granny""".split()
)
FEWEST_YEARS_OF_A_PARENT = 20
# Votes (claimdiff/tallies.py): a sentence holding one of VOTE_WORDS may give a tally,
# and the side words name whose figure is whose ("backed ... by 34 votes to 19", "34
# opposing", "288 in favour", "1,244 voting to accept").
VOTE_WORDS = frozenset(
    """vote votes voted voting ballot ballots balloted referendum majority backed backing
    approved rejected favour favor supporting opposing abstained abstaining abstention
    abstentions""".split()
)
SIDE_FOR = frozenset(
    """for favour favor support supporting supported backing backed approve approved
    approving accept accepted accepting endorsed passed carried yes""".split()
)
SIDE_AGAINST = frozenset(
    """against oppose opposing opposed reject rejected rejecting defeated no""".split()
)
# Side words that are also everyday function words ("£12m for 40 new homes"): read
# after a figure only, never before it.
SIDE_AFTER_ONLY = frozenset("for no yes".split())
# Whether a change's ends ("from X to Y", Claim.role) are read surely enough to keep a
# change's old and new levels apart in pairing (claimdiff/align.py).
CHANGE_ENDS = True
# Verbs that name no event of their own (claimdiff/verbs.py): two years beside "became"
# or "said" are not one event's for that ("Smith became chief executive in 2015", "Smith
# got a knighthood in 2018"; "closed in 2009, the company said").  Verbs whose object
# names the event are light too: "underwent a major renovation in 1923", "gained its
# new wing in 2004", "suffered a fire in 1976" (claimdiff/year_events.py).
LIGHT_VERBS = frozenset(
    """be have do get make take go come become give put set see say tell report announce
    state add note show undergo gain receive suffer hold carry""".split()
)
# Verbs that date when a thing came to be (claimdiff/year_events.py): news writes one
# beginning with any of them ("built in 1847", "opened in 1874"; "founded in 1921",
# "launched in 1921"), where WordNet files them apart; a year of each may be one
# event's.  Lemmas; reopening, extending or renaming is another event.
BEGINNING_VERBS = frozenset(
    """build construct erect open found establish form create launch start begin
    complete date inaugurate unveil incorporate debut""".split()
)
# Verbs of a thing's or a person's end, or of a one-off disaster (claimdiff/prepare.py):
# a year they govern is a fact of its own even where it also dates another figure of
# its sentence ("which killed 19 people in 2015", "retired in 2016 with 41 titles",
# "capsized with the loss of 41 lives in 1987").  Lemmas.
ENDING_VERBS = frozenset(
    """close shut retire resign die kill sink capsize collapse crash demolish destroy
    disband dissolve abolish split end""".split()
)
# A person's decade of life (claimdiff/extract/decades.py): "in her eighties", "in his
# early 40s".  The possessives that open it, the decades in words, and the parts of a
# decade as (first, last) years into it; "and" or "or" joins a second decade ("in their
# 20s and 30s").
DECADE_POSSESSIVES = ("his", "her", "their")
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
# The parts overlap by a year, as writers round: "in his late forties" holds 45.
DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "mid-": (3, 7), "late": (5, 9)}
# Ages given by a word (claimdiff/extract/age_words.py): the years of life each names, as
# (first, last); None for no last ("a centenarian" is 100 or more).  A noun
# (``AGE_NOUNS``) counts in the singular, alone or before a word for a person; any other
# (an adjective: "teenage") only before one person ("a teenage girl").
AGE_WORDS: dict[str, tuple[int, int | None]] = {
    "teenager": (13, 19), "teenage": (13, 19), "teen": (13, 19), "toddler": (1, 3),
    "sexagenarian": (60, 69), "septuagenarian": (70, 79), "octogenarian": (80, 89),
    "nonagenarian": (90, 99), "centenarian": (100, None),
}  # fmt: skip
AGE_NOUNS = frozenset(AGE_WORDS) - {"teenage"}
# Words before a decade of years with no part named: "the 1990s".
DECADE_DETERMINERS: frozenset[str] = frozenset({"the", "those", "these"})
# Words for persons WordNet does not file as persons.
AGE_LIMIT_PERSONS = frozenset({"those", "anyone", "everyone", "people"})

# English capitalises proper names and sentence openings only: a capitalised word inside
# a sentence is a name (claimdiff/invented.py).
NAMES_BY_CAPITALS = True
# Capitalised words that name a kind of thing, not one thing: a summary may write
# "CEO" for "chief executive" without inventing anyone.
NOT_NAMES = frozenset(
    "ceo cfo coo cto cio cmo vp svp evp md hr it pr ai ev evs tv gdp cpi ipo eps "
    "faq phd mp mps id pdf url diy fyi asap rsvp ok am pm eta q&a".split()
)
# Demonyms no ending makes from their place's name, lower case: "French" for a source
# that says "France".  Those an ending makes ("British", "Mexican") need no entry.
DEMONYMS = {
    "french": ("france",), "dutch": ("netherlands", "holland"), "welsh": ("wales",),
    "swiss": ("switzerland",), "greek": ("greece",), "irish": ("ireland",),
    "danish": ("denmark",), "dane": ("denmark",), "danes": ("denmark",),
    "finnish": ("finland",), "finn": ("finland",), "polish": ("poland",),
    "pole": ("poland",), "poles": ("poland",), "spanish": ("spain",),
    "spaniard": ("spain",), "scottish": ("scotland",), "scots": ("scotland",),
    "swede": ("sweden",), "swedes": ("sweden",), "turkish": ("turkey", "türkiye"),
    "turk": ("turkey", "türkiye"), "turks": ("turkey", "türkiye"), "filipino": ("philippines",),
    "english": ("england",), "brit": ("britain",), "brits": ("britain",),
    "kiwi": ("zealand",), "kiwis": ("zealand",), "flemish": ("flanders",),
    "icelandic": ("iceland",), "lebanese": ("lebanon",), "portuguese": ("portugal",),
}  # fmt: skip
# Words that open a sentence with a possessive and name no one: "Today's vote".
NOT_NAMES_BEFORE_POSSESSIVE = frozenset(
    "today yesterday tomorrow tonight everyone everybody nobody someone somebody anyone "
    "anybody one this that last next year month week day night".split()
)

# Words after a length of time that make it a time before now: "35 years ago".
AGO_WORDS = ("ago",)

# Lengths of time written with an article (claimdiff/extract/durations.py): "a year",
# "an hour", "half an hour", "a quarter of an hour", "a single day", "a year and a
# half".  "second" is left out: "a second referendum" is an ordinal.
ARTICLE_UNITS = ("year", "month", "week", "fortnight", "day", "hour", "minute", "decade", "century")
DURATION_FRACTIONS = {"half": 0.5, "a quarter of": 0.25, "one quarter of": 0.25, "quarter of": 0.25,
                      "three quarters of": 0.75, "three-quarters of": 0.75}  # fmt: skip
DURATION_MODIFIERS = ("single", "full", "whole", "entire", "extra", "further", "additional")
# The word before the article that makes "a year" a length: "for a year", "took a day",
# "waited an hour" (a hedge, a fraction or "and a half" does too).  Elsewhere "a day"
# is often a point in time or a thing: "on a day when", "a day to remember".
DURATION_CUES_BEFORE = frozenset(
    "for in within over after during lasted lasting lasts last took take takes taking "
    "spent spend spends spending waited wait waits waiting served serve serves serving "
    "lost gained saved delayed extended miss misses missed missing".split()
)
# ... and after the unit: "a week-long strike", "a decade-long ban".
DURATION_CUES_AFTER = frozenset({"long"})
# Words before the article that make it a rate's: "twice a week", "three times a year".
RATE_WORDS_BEFORE = frozenset("once twice thrice times per every each".split())
# Words after the unit that make it no length: "a year ago", "a day of action", "a
# year's salary" ("old" makes it an age: AGE_AFTER_LENGTH).
NOT_DURATION_AFTER = frozenset("ago of old s".split())
# ... of which this makes the length an age instead: "a week-old baby", "half a year
# old", "a century-old church".
AGE_AFTER_LENGTH = frozenset({"old"})
# Words before four digits and "hrs" that make them a 24-hour clock's time, not hours:
# "called at 2300 hrs", "from 0600 hrs until 1800 hrs".
CLOCK_HOURS_AFTER = frozenset("at from until till to by before after since".split())
# After "and a half" only these: "a year and a half of building work" is a length, as "a
# day of action" is not; "a year and a half ago" is a point in time.
NOT_DURATION_AFTER_HALF = frozenset("ago old s".split())
# Words after the unit that make it a point in time, unless a word of length comes first:
# "a year after the attack", "a week on Monday", "a day when" — but "jailed for a year
# after admitting fraud", "walk out for a single day on Friday".
POINT_IN_TIME_AFTER = frozenset("earlier later before after since on when that which where".split())
# Time units from the longest: the parts of one length fall ("2 years and 3 months").
DURATION_ORDER = {"century": 9, "decade": 8, "year": 7, "month": 6, "fortnight": 5, "week": 4,
                  "day": 3, "hour": 2, "minute": 1, "second": 0}  # fmt: skip

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Months that are also everyday words: as a figure's period only in a date.
MONTH_WORDS = frozenset({"march", "may"})
# After an ordinal in digits, the age it marks: "her 105th birthday".
BIRTHDAY_WORDS = ("birthday",)
# Words before a month named alone (claimdiff/extract/months.py): "Payments begin in
# June", "from March", "until September", "next April".  Not "to" ("spoke to June"),
# "and" ("Johnson and May") or "of" ("the end of March" is a part of the month).
MONTH_CUES = frozenset(
    "in from until till by since before after through during throughout next last this".split()
)
# A month that is a name in the news as often ("Since May took office"): followed by a
# word, a month only before one of these ("in May when", "by May next year").
MONTHS_AS_NAMES = frozenset({"may"})
WORDS_AFTER_A_NAMED_MONTH = frozenset(
    "when after before until to or next last this each every of at".split()
)
# A part of a month with no day: "mid-March", "early June 2024", read as a date spanning
# those days (claimdiff.extract.dates).
# The parts meet at their edges, as writers round: "mid-March" holds 10 March.
MONTH_PARTS = {
    "early": (1, 10), "mid": (10, 20), "mid-": (10, 20), "late": (20, 31),
    "start of": (1, 10), "beginning of": (1, 10), "middle of": (10, 20), "end of": (20, 31),
}  # fmt: skip
# Words of temperature (claimdiff/degrees.py): a sentence with one of them reads a bare
# "26 degrees" in the scale the reports give ("28C"); without, degrees are an angle.
TEMPERATURE_WORDS = frozenset(
    """temperature temperatures temp temps heat heatwave hot hotter hottest cold colder
    coldest warm warmer warmest chilly freezing frost mercury thermometer thermometers
    highs lows minus celsius fahrenheit weather forecast forecasters meteorology
    meteorological sweltered sweltering scorching sizzling baking fever oven""".split()
)
# Words of an angle: a sentence with one reads "degrees" as an angle ("a 90-degree bend",
# "rotated 45 degrees", "The plane banked 30 degrees").
ANGLE_WORDS = frozenset(
    """angle angles bend bends bent turn turned turns rotate rotated rotation slope slopes
    incline tilt tilted latitude longitude arc compass pitch gradient spin corner banked
    banking listed listing shifted swivels swivel swivelled coverage climbs climb
    view""".split()
)
# Words right after "degrees" that make a bearing or a latitude: "37 degrees north".
BEARING_WORDS = frozenset("north south east west northeast northwest southeast southwest".split())
# Times of day (claimdiff/extract/clock_times.py): "2.20pm", "7:30 a.m.", "14:20",
# "noon".  The words for an hour, in minutes after midnight ("midnight" after "before"
# is the day's end, 1440); the hedges before a time as the minutes they reach before and
# after it; and words before a time that make it a bound of something else ("open until
# 10pm", "by 6am"), where no time of an event is said.
CLOCK_WORDS = {"noon": 720, "midday": 720, "midnight": 0}
CLOCK_HEDGES = {
    "about": (-15, 15), "around": (-15, 15), "approximately": (-15, 15),
    "roughly": (-15, 15), "some time around": (-30, 30),
    "shortly after": (0, 20), "just after": (0, 10), "soon after": (0, 30),
    "shortly before": (-20, 0), "just before": (-10, 0),
}  # fmt: skip
CLOCK_BOUND_WORDS = frozenset("until till before after by since between".split())
# Words before "midnight" or "noon" that make a clock idiom ("ten to midnight", "half past
# noon"), no time read here; words before a 24-hour time ("at 14:20") without which
# "3:16" is a verse, a score or a race time; words after a time that leave it an event's
# ("at 7.30pm local time", "at 9pm yesterday"), where any other noun is one it qualifies
# ("the 9am train").
CLOCK_IDIOM_WORDS = frozenset({"to", "past"})
CLOCK_CUES = frozenset({"at", "from"})
CLOCK_FOLLOWERS = frozenset("local yesterday today tonight tomorrow sharp".split())
# Days of the week, read as the day an event falls on: "on Tuesday", "Sunday morning"
# (claimdiff.extract.dates).  Only written in full and capitalised: "Sat" and "sun" are
# other words.
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}  # fmt: skip
# Capitalised words besides the stop words that may open a sentence before a day and leave
# it a day ("Last Friday, the ICC …", "Early Sunday"); any other capitalised word makes a
# name of the day ("Black Friday", "Super Tuesday", "Good Friday").
WEEKDAY_LEADS = frozenset("last next this early late".split())
# Words that join two days into a span ("Monday to Friday") and make a habit of a day
# ("every Friday"): neither is the day of one event.
WEEKDAY_SPAN_WORDS = frozenset({"to", "through", "thru", "till", "until"})
WEEKDAY_HABITS = frozenset({"every", "each"})
# Words that end a clause, as commas and brackets do: a day of the week is said of its
# own clause's verb ("the ICC issued a warrant on Friday", claimdiff.prepare).
CLAUSE_BREAK_WORDS = frozenset("and but while whereas after before as when".split())
# An article before a day and a capitalised word after it make a title: "the Sunday Times".
WEEKDAY_NAME_ARTICLES = frozenset({"the"})
# Abbreviated months only count after or before a number; "May" and "March"
# alone are too often other words.

# Words before a four-digit number that make it a year ("founded in 1998").
YEAR_CUES = frozenset(
    "in for since by until till from during of before after early late mid fiscal "
    "year financial season class between and to through".split()
)

# After a bare count, words pointing back to a group named earlier in the sentence: its
# subject, not the nearest count ("The 36 inspectors visited 210 care homes, and five of
# them resigned"; claimdiff/extract/ellipsis.py).
# Nouns that count something named after "of": "30 pieces of jewellery" counts jewellery.
COUNTER_NOUNS = frozenset("pieces piece items item head bits units".split())
# Prepositions whose phrase ends a subject's noun phrase and is no head of it: "exports to
# Norway", "sales of the drug in Europe", "debt at the firm" (extract/subjects.py).
PHRASE_PREPOSITIONS = frozenset(
    "of in to from at on for with among across within per off by into near".split()
)
# Words that open a clause: no noun phrase runs across them ("Economists at the bank
# forecast that rates will fall to 3.5%": rates).
CLAUSE_OPENERS = frozenset("that which who whom whose where when while because if".split())
# Of those, the ones that open a clause describing the noun before them ("adults who
# smoke", "London, where demand is highest"); not "that", which as often opens what is
# said ("forecast that rates will fall").
RELATIVE_PRONOUNS = frozenset("who which where when".split())
# Nouns of time that scope a figure rather than say what it is: "Spending on potholes
# this year rose to £18.5m", "attendance this season averaged 38,500".
TIME_NOUNS = frozenset(
    """quarter quarters season seasons half spring summer autumn winter term period
    fortnight""".split()
)
# Words of quantity or change whose "of" or "in" gives way to what follows: "the number
# of nurses", "an increase in the dividend", "a fall in sales".
QUANTITY_HEADS = frozenset(
    """number numbers total amount level levels share proportion percentage rate value
    increase increases rise rises fall falls drop drops decline declines cut cuts growth
    jump surge reduction reductions hike hikes change changes""".split()
)
# Counters of people that give way only to a word for people: "Twelve members of staff"
# counts staff, "120 members of parliament" stays members (a parliament is no people).
PEOPLE_COUNTERS = frozenset("members member".split())
# Words before a bare count that point back to a count already named ("a further
# 120", "so far 2,200", "another 50"): the count takes that count's noun, not the word.
COUNTED_AGAIN_WORDS = frozenset("further far another additional extra more other remaining".split())
ANAPHORIC_COUNT_CUES = ("of them", "of whom", "of these", "of those")

# Time-scope phrases for Claim.period besides explicit years.
PERIOD_PHRASES = (
    "this year", "last year", "next year", "this month", "last month", "next month",
    "this week", "last week", "next week", "this quarter", "last quarter", "today",
    "yesterday", "this decade",
)  # fmt: skip
# "for the year" refers back to the year already named in the sentence.
ANAPHORIC_PERIODS = ("the year", "that year", "the same year")
# Words that open a dateline: "date 2023-03-20", "Published: 20 March 2023".  A date in
# the first line after one of these says when the text was written, not what happened.
DATELINE_WORDS = frozenset("date dated published updated modified revised posted dateline".split())
# Words that go with those ("Last updated on 20 March") but make no dateline alone: "On 5
# April, the court sat" opens with the date of the event.
DATELINE_JOINERS = frozenset("first last on".split())
# Parts of a year a figure may be scoped to, and their normal form: "Q3", "the third
# quarter", "third-quarter", "H1", "the first half", "full-year".  A part written
# next to a year ("Q3 2023", "the third quarter of 2023", "fiscal 2023") joins it.
PERIOD_PARTS = {
    "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4",
    "1q": "Q1", "2q": "Q2", "3q": "Q3", "4q": "Q4",
    "first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3",
    "fourth quarter": "Q4", "1st quarter": "Q1", "2nd quarter": "Q2", "3rd quarter": "Q3",
    "4th quarter": "Q4", "first-quarter": "Q1", "second-quarter": "Q2",
    "third-quarter": "Q3", "fourth-quarter": "Q4",
    "h1": "H1", "h2": "H2", "first half": "H1", "second half": "H2", "first-half": "H1",
    "second-half": "H2", "half-year": "H1", "half year": "H1", "interim": "H1",
    "full year": "FY", "full-year": "FY", "fiscal year": "FY", "financial year": "FY",
    "whole year": "FY", "annual": "FY", "fy": "FY", "fiscal": "FY",
    "first six months": "H1", "second six months": "H2", "first three months": "Q1",
}  # fmt: skip
# Words within three after a part of a year that make it the basis of a rate, not a
# period: "an annual rate of 2.3 per cent", "annual inflation of 3.4%", "annual house
# price growth" are measured in a month.
NOT_PERIOD_AFTER_PART = {
    "annual": frozenset(
        """rate rates inflation growth pace increase increases rise rises fall falls
        return returns interest yield yields""".split()
    ),
}
# Words that tie a period to the figure right before it: "$40m in 2022", "£12m for the
# year", "sales during the quarter".
PERIOD_TIES = frozenset("in for during over of at by".split())

# Currency words and ambiguous heads: babel gives "British pounds", "US dollars";
# a bare "pounds" or "dollars" needs a default, and writers mean these.
CURRENCY_HEAD_DEFAULTS = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "dollar": "USD",
    "dollars": "USD", "franc": "CHF", "francs": "CHF", "peso": "MXN", "pesos": "MXN",
    "rupee": "INR", "rupees": "INR", "yuan": "CNY", "renminbi": "CNY", "krona": "SEK",
    "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "rand": "ZAR", "real": "BRL",
    "reais": "BRL", "dinar": "KWD", "dinars": "KWD", "riyal": "SAR", "riyals": "SAR",
    "yen": "JPY", "won": "KRW", "euro": "EUR", "euros": "EUR", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "lira": "TRY", "shekel": "ILS", "shekels": "ILS", "rmb": "CNY",
    "bitcoin": "BTC", "bitcoins": "BTC", "shilling": "KES", "shillings": "KES",
    # CLDR's English name is "Polish zloty"; writers keep the Polish letter.
    "złoty": "PLN", "złotys": "PLN", "złotych": "PLN",
}  # fmt: skip
# Minor units: "50 cents" is 0.50 USD, "470 pence" 4.70 GBP (after an amount in the major
# unit, "3 dollars 50 cents", the major unit's currency is kept).
MINOR_CURRENCY_WORDS = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "¢": ("USD", 0.01),
    "penny": ("GBP", 0.01), "pence": ("GBP", 0.01), "pennies": ("GBP", 0.01),
}  # fmt: skip
# Minor units written as one letter touching the number, in this case only: "139.9p a
# litre" is pence.  Not "c": "40c" is as often a temperature as cents.  Screen
# resolutions are written so too ("1080p"), and are no pence.
GLUED_MINOR_UNITS = {"p": ("GBP", 0.01)}
NOT_MINOR_UNITS = {"p": frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})}
# Letters before "$" that name whose dollar it is: "C$ 300", "hk $ 10.05 billion",
# "aud$ 15", "Mex$ 10 million".  Matched case-insensitively, right before the "$".
DOLLAR_PREFIXES = {
    "us": "USD", "usd": "USD", "c": "CAD", "can": "CAD", "cad": "CAD", "a": "AUD",
    "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "hkd": "HKD",
    "s": "SGD", "sg": "SGD", "sgd": "SGD", "mex": "MXN", "mxn": "MXN", "nt": "TWD",
}  # fmt: skip
# Heads that are ordinary English words: only taken as currency after a number
# and never from babel's head-word derivation.
# "gold" is CLDR's head of the Zimbabwean gold: "won 14 gold and 22 silver" is medals.
AMBIGUOUS_CURRENCY_HEADS = frozenset(
    {"real", "won", "rand", "mark", "marks", "pound", "pounds", "gold"}
)
# ISO codes that are also English words written in capitals ("TOP 10", "ALL 20
# players", "the CUP"): read as money only with a word of money near (MONEY_CUES).
# Written in lower case after a number ("20 usd"), these are never read as codes.
CODES_THAT_ARE_WORDS = frozenset("ALL BAM BOB CAD CUP GEL MAD MOP PEN RON RUB SOS TOP TRY".split())
# Of those, the words that stand before a number as words even with a scale after it
# ("TOP 10m downloads"); the others are codes there ("CAD 1.5bn").
CODES_THAT_ARE_WORDS_BEFORE_SCALES = frozenset("ALL TOP".split())
MONEY_CUES = frozenset(
    """cost costs price prices priced paid pay pays worth fee fees fine salary budget
    spent spend raised fund funds funding loan revenue profit sales sold bought
    currency exchange""".split()
)
# Symbols too ambiguous to read without a country ("kr" is several currencies).
EXTRA_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "A$": "AUD", "S$": "SGD", "Rs": "INR",
    "RMB": "CNY",
}  # fmt: skip
# Symbols babel's English data lacks, each of one currency: the yuan's "元", the colón,
# the lari, the kip, and bitcoin's "₿".
EXTRA_SYMBOLS.update({"元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC"})
# Symbols CLDR gives a currency at home (lexicon.cldr.home_symbols) that this language
# writes as names before digits: "Q3" is a quarter far more often than quetzales.
NOT_HOME_SYMBOLS = frozenset({"Q"})
# Codes outside ISO 4217 that prices are quoted in ("6.25 BTC").
EXTRA_CODES = frozenset({"BTC", "XBT"})
# Dollar prefixes of one letter read even when spaced from the "$" ("c $ 16.4 million"
# is Canadian): letters that are no English word, unlike "a" ("a $12 million profit")
# and "s" ("it's $5").
SPACED_DOLLAR_INITIALS = frozenset({"c"})

# Verbs of giving and spending, and the noun that names what was given.
MONEY_VERB_NOUNS = {
    "pledged": "pledge", "pledge": "pledge", "pledges": "pledge", "donated": "donation",
    "raised": "fundraising", "spent": "spending", "spend": "spending", "paid": "payment",
    "invested": "investment", "earned": "earnings", "lost": "loss", "borrowed": "loan",
    "fined": "fine", "awarded": "award", "allocated": "allocation", "granted": "grant",
    "cost": "cost", "costs": "cost", "costing": "cost", "sold": "sale", "bought": "purchase",
    "owes": "debt", "owed": "debt", "budgeted": "budget", "promised": "pledge",
    "announced": "announcement", "committed": "commitment",
}  # fmt: skip

# Words that end a noun phrase after a figure ("16,000 children have been …").
STOPWORDS = frozenset(
    """a an the of to in on at by for with from into onto over under about as than
    and or but nor so yet if then that this these those which who whom whose what
    is are was were be been being has have had do does did will would shall should
    can could may might must it its their his her our your my they them he she we
    you i me him us not no more most less least some any each every all both such
    since until after before during while where when why how also just only very
    said says say told tell added according there here up down out off per across
    against among between through towards toward via within without inside outside
    including like unlike despite""".split()
)
# Closed-class words WordNet does not hold (it has nouns, verbs, adjectives and
# adverbs only): never taken for names when they open a sentence (claimdiff/vocabulary.py).
FUNCTION_WORDS = frozenset(
    """although though whilst whereas unless whether amid amidst upon onto beside besides
    beyond throughout underneath alongside regarding concerning following given
    everyone everybody nobody someone somebody anyone anybody everything nothing
    something anything others another either neither none whoever whatever whichever
    wherever whenever myself yourself himself herself itself ourselves themselves
    yourselves i'm i've i'd i'll we're we've we'll you're you've they're they've let's
    it's that's there's here's what's who's don't doesn't didn't won't can't isn't
    aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't""".split()
)
# Regular endings and what replaces them to find a word's base ("analysts" → "analyst",
# "announced" → "announce", "cities" → "city"), tried in order.
INFLECTIONS = (
    ("'s", ""), ("’s", ""), ("ies", "y"), ("es", ""), ("es", "e"), ("s", ""),
    ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ier", "y"),
    ("iest", "y"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ily", "y"),
    ("ly", ""),
)  # fmt: skip
# Determiners and possessives allowed between "of" and the counted noun.
NOUN_DETERMINERS = frozenset("the its their his her our your my these those them".split())
# Verbs and words passed over when looking left of a figure for what it measures
# ("inflation rose to 4.2%" → inflation).
# Verbs through which a figure is said of a subject ("prices rose to 40", "the
# temperature was 40"): after any other verb the figure is an object ("will hire 40").
LINKING_VERBS = frozenset(
    """is are was were be been being remains remained stays stayed stood stands rose
    risen fell fallen grew grown increased decreased dropped climbed jumped reached hit
    totalled totaled surged slumped declined amounted""".split()
)
# "of whom 1.1 million are men", "12 were children": a bare count said to be a plural
# noun counts that noun (claimdiff/extract/ellipsis.py).
COPULAS = frozenset("are were".split())
LEFT_SKIP = frozenset(
    """rose fell grew increased decreased dropped climbed jumped reached hit stood
    risen fallen grown shrunk shrank sank sunk rise rises fall falls grow grows drop
    drops climb climbs jump jumps reach reaches hits stand stands total totals surge
    surges slump slumps decline declines
    totalled totaled surged slumped declined amounted estimated rising falling growing
    up down cut raised lowered put puts set sets nearly almost roughly around about
    approximately just some worth valued flat steady stable unchanged level held
    remained stayed""".split()
)
# Adverbs that may follow a figure and are never what it counts ("11 still missing",
# "40 more", "12 apiece"), though WordNet knows some as nouns (a still, an apiece).
ADVERBS_AFTER_FIGURES = frozenset(
    "still now already also again yet apiece each overall altogether alone later earlier".split()
)
# Words hyphened to a figure that name no counted thing: "a 15-percent rise", "a 2-nil
# win", "a 10-fold increase", "a 3-time champion".
NOT_HYPHEN_NOUNS = frozenset("percent pct nil fold time times".split())
# Words hyphened to a number that make it state nothing: "a six-figure sum", "double-digit"
# (how many digits a sum has, no figure of anything).
NOT_FIGURE_HYPHENS = frozenset("figure digit".split())
# Words after what an amount is spent on: "defence spending to £64bn", "the roads budget
# grows to £7bn", "Schools will get £64bn" (claimdiff/prepare.py).
# Words that make two numbers joined by a dash a score, standing shortly before them ("beat
# Chelsea 3-1", "went down 24-27", "voted 51-49") or right after ("a 2-0 win"); words of
# the occasion alone ("after the game", "on match days") make none.
SCORE_WORDS = (
    "beat", "beats", "beaten", "won", "win", "wins", "victory", "victories", "lost", "lose",
    "loses", "loss", "defeat", "defeats", "defeated", "draw", "drew", "drawn", "edged",
    "thrashed", "trounced", "routed", "crushed", "overcame", "held off", "went down",
    "scoreline", "final score", "ended", "finished", "voted", "passed", "triumph",
    "beating", "winning", "losing", "approved", "rejected", "carried", "backed", "ruled",
    "elected", "vote", "ruling", "judgment", "verdict", "majority", "trailed", "trailing",
    "lead",
)  # fmt: skip
# Nouns of a tally in words that make it one with no score word: "two goals to one" (a
# tally of votes stays two counts: VOTE_WORDS).  Not "points", which an index moves by
# ("rose 12 points to 7,400").
TALLY_NOUNS = frozenset({"goals"})
# Words right before two numbers joined by "to" that make them no tally: "a ratio of 3 to
# 1", "odds of 5 to 1", "on a scale of 1 to 10", "open 9 to 5".
NOT_TALLIES_AFTER = frozenset("ratio ratios scale odds open opens opened from between".split())
# Words before a year that make it a bound of a period, not the date of an event: "cut
# since 2019", "until 2027" (claimdiff/date_years.py).
YEAR_BOUNDS = frozenset("since until till by before after from".split())
# The word for nought in a score written in words: "won two-nil".
SCORE_ZERO = frozenset({"nil", "nothing"})
# Words between a score and its score word after it: "a 3-1 home win", "a 2-0 away
# defeat", "a 4-1 aggregate victory".
SCORE_MODIFIERS = frozenset("home away league cup aggregate narrow comfortable".split())
SPENT_ON_WORDS = (
    "spending", "budget", "funding", "investment", "allocation",
    "will get", "will receive", "get", "gets", "receive", "receives",
)  # fmt: skip
# Comparatives between a figure and its noun: "40 more nurses", "300 fewer jobs".
COMPARATIVES_BEFORE_NOUNS = frozenset("more fewer less".split())
# Common verbs that can follow a counted noun; they end its phrase ("50 people came").
COMMON_VERBS = frozenset(
    """came come comes went go goes died die dies fled flee left leave leaves said
    took take takes gave give gives made make makes got get gets ran run runs fell
    rose grew saw see sees met meet meets lost lose won win paid pay sold sell bought
    buy spent spend kept keep held hold stood stand sat began begin became become
    live lives work works face faces need needs remain remains want wants say says
    told tell were was are is overall total each apiece respectively altogether""".split()
)
# Month abbreviations: a full stop after them belongs to the word.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# Words after which "X to Y" is a change and its result, not a range:
# "increased 25% to 500 units", "rose by $2m to $12m".
from claimdiff.lexicon.en_direction import DOWN_BEFORE as _DOWN  # noqa: E402
from claimdiff.lexicon.en_direction import UP_BEFORE as _UP  # noqa: E402

CHANGE_WORDS = frozenset(_UP | _DOWN | {"by"})

# What a figure states ("killed", "revenue"): tables of their own, read through the lexicon.
from claimdiff.lexicon.en_predicates import AMOUNT_PREDICATES as AMOUNT_PREDICATES  # noqa: E402
from claimdiff.lexicon.en_predicates import COUNT_PREDICATES as COUNT_PREDICATES  # noqa: E402
from claimdiff.lexicon.en_predicates import COUNTED_BY as COUNTED_BY  # noqa: E402
from claimdiff.lexicon.en_predicates import METRICS as METRICS  # noqa: E402
from claimdiff.lexicon.en_predicates import RELATED as RELATED  # noqa: E402
from claimdiff.lexicon.en_predicates import TOLLS as TOLLS  # noqa: E402
from claimdiff.lexicon.en_predicates import YIELDING_PREDICATES as YIELDING_PREDICATES  # noqa: E402

# Words between two figures of a range: "10 to 20", "a 10- to 12-foot wall" (the words
# a hanging hyphen may stand before), "between 3 and 5"; and the word before a
# figure that makes "X to Y" a change ("from 40 to 50").
RANGE_WORDS = ("to", "through", "thru")
HANGING_RANGE_WORDS = ("to", "through")
RANGE_AND_WORDS = ("and",)
CHANGE_FROM_WORDS = ("from",)
# A day written before its month: "5th March", "5th of March", "12 March".
DAY_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
DAY_ORDINAL_REQUIRED = False
DAY_OF_WORDS = ("of",)
# Numeric dates with a year are read only as ISO ("2023-03-12"): "03/04/2023" differs
# by country (claimdiff/extract/dates.py).
NUMERIC_DATE_SEPARATOR = None
# Plural scales that never stand alone, and number words written as one word from
# pieces (German "dreiundzwanzig"): English has neither.
SCALES_NOT_ALONE: frozenset[str] = frozenset()
NUMBER_MORPHEMES: dict[str, int] = {}
NUMBER_JOINER = ""
# Between a vague plural and its currency: "millions of dollars".
VAGUE_OF_WORDS = ("of",)
VAGUE_OF_OPTIONAL = False
# Abbreviations after which a full stop ends no sentence: text.py's own English list.
SENTENCE_ABBREVIATIONS = None

# Counted nouns are WordNet's (claimdiff/nouns.py): their classes and similarity.
WORDNET_NOUNS = True

# Figures others expected ("Economists had expected 4.8%"): claimdiff.expectations.
from claimdiff.lexicon.en_expectations import COMPARISON_OPENERS as COMPARISON_OPENERS  # noqa: E402
from claimdiff.lexicon.en_expectations import ESTIMATE_NOUNS as ESTIMATE_NOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTATION_BREAKS as EXPECTATION_BREAKS  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTATION_NOUNS as EXPECTATION_NOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTED_AFTER as EXPECTED_AFTER  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTING_WORDS as EXPECTING_WORDS  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECAST_NOUNS as FORECAST_NOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECASTER_PHRASES as FORECASTER_PHRASES  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECASTERS as FORECASTERS  # noqa: E402
from claimdiff.lexicon.en_expectations import MEASURED_AGAINST as MEASURED_AGAINST  # noqa: E402
from claimdiff.lexicon.en_expectations import NAMED_BEFORE as NAMED_BEFORE  # noqa: E402
from claimdiff.lexicon.en_expectations import NAMING as NAMING  # noqa: E402
from claimdiff.lexicon.en_expectations import PARTICIPLE_OPENERS as PARTICIPLE_OPENERS  # noqa: E402
from claimdiff.lexicon.en_expectations import VERB_BEFORE_PARTICIPLE as VERB_BEFORE_PARTICIPLE  # noqa: E402
