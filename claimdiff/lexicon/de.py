"""German grammar data for extraction: plain tables, no logic.

The same shape as ``en.py`` (see ``claimdiff/lexicon/patterns.py`` for how the
tables are compiled).  Sources: the number words, scales and abbreviations are
standard German (long scale: a *Billion* is 10^12, a *Milliarde* 10^9); the
hedge meanings are those of the English tables for the German words of the
same sense (docs/claims.md gives the reasons); currency names and symbols are
*not* here — they come from babel's CLDR data for :data:`LOCALE` — and neither
are the decimal and group symbols ("1.234,5"), which are CLDR's for the locale
asked for (``lang="de_CH"`` reads "1'234.5").  Tables English needs and German
has no use for are empty, so that core code reads every language alike.
"""

from __future__ import annotations

LOCALE = "de"
"""The CLDR locale whose currency names and symbols are used."""

SYMBOL_LOCALES = ("de_CH", "de_AT")
"""Further CLDR locales whose currency symbols are added where unambiguous."""

# German newspapers and DIN 5008 also group digits with a plain space ("25 000"):
# read as one number when every group after the first has three digits.
PLAIN_SPACE_GROUPS = True

# Cardinal number words and their values.  "ein", "eine" are left out: they are
# the indefinite article far more often than the number ("ein Dutzend" is read
# from "Dutzend").  "zwo" is the spoken two of radio and the armed forces.
UNITS = {
    "null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
ZERO_IDIOMS: frozenset[str] = frozenset()
TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
# Pieces of a number written as one word ("dreiundzwanzig", "hundertfünfzig",
# "zweitausendvierhundert"), read by claimdiff.extract.compounds: units, the stems
# of six and seven before "-zehn" and "-zig", tens, "hundert" and "tausend", and
# the joiner "und" that puts a unit before its ten.  The teens are not listed: a
# unit before "zehn" makes one, so no word splits into pieces in two ways.
NUMBER_MORPHEMES = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sech": 6, "sieben": 7, "sieb": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, **TENS, "hundert": 100, "tausend": 1000,
}  # fmt: skip
NUMBER_JOINER = "und"

# Multipliers written as words after a number ("1,2 Millionen", "drei Milliarden").
# The long scale: "Billion" is a million millions (10^12), not the English billion.
SCALES = {
    "hundert": 1e2, "tausend": 1e3, "million": 1e6, "millionen": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "billion": 1e12, "billionen": 1e12,
}  # fmt: skip
# Plural scales never stand for a number alone: "Millionen Menschen" is a vague amount.
SCALES_NOT_ALONE = frozenset({"millionen", "milliarden", "billionen"})

# Multipliers abbreviated after digits ("3,5 Mio.", "4 Mrd. Euro", "2 Tsd.").
SCALE_ABBREVIATIONS = {
    "Tsd.": 1e3, "Tsd": 1e3, "Mio.": 1e6, "Mio": 1e6, "Mrd.": 1e9, "Mrd": 1e9,
    "Md.": 1e9, "Bio.": 1e12, "Bio": 1e12,
}  # fmt: skip
SPACED_SCALE_LETTERS: frozenset[str] = frozenset()
MONEY_ONLY_SCALE_ABBREVIATIONS: dict[str, float] = {}

# Words for an amount on their own ("ein Dutzend Häuser").
COUNT_WORDS = {"dutzend": 12}
COUNT_WORDS_BEFORE_OF: frozenset[str] = frozenset()
COUNT_WORDS_AFTER_A: frozenset[str] = frozenset()
PAIRED_NOUNS: frozenset[str] = frozenset()
REPEAT_WORDS: dict[str, int] = {}
REPEAT_NOT_BEFORE: frozenset[str] = frozenset()
REPEAT_FOLLOWERS: frozenset[str] = frozenset()
REPEAT_IDIOMS: tuple[str, ...] = ()
REPEAT_CLAUSE_WORDS: frozenset[str] = frozenset()
REPEAT_STOPS: frozenset[str] = frozenset()
REPEAT_NOT_AFTER: frozenset[str] = frozenset()
REPEAT_NOUN: str | None = None
REPEAT_AGAIN: frozenset[str] = frozenset()
REPEAT_CLAUSE_AFTER_AS: frozenset[str] = frozenset()
COUNT_AFTER_NUMBER = {"dutzend": 12}

# Fractions: "eine halbe Million", "ein Drittel der Stimmen", "zwei Drittel".
FRACTIONS = {
    "halbe": 1 / 2, "halben": 1 / 2, "halb": 1 / 2, "hälfte": 1 / 2, "drittel": 1 / 3,
    "viertel": 1 / 4, "fünftel": 1 / 5, "zehntel": 1 / 10,
}  # fmt: skip
NOT_A_SHARE_AFTER = frozenset("erste zweite dritte vierte letzte ersten zweiten letzten".split())
FRACTIONS_BEFORE_NOUNS = frozenset({"halbe"})
SHARES_WITHOUT_ARTICLE: frozenset[str] = frozenset()
SHARE_DETERMINERS: frozenset[str] = frozenset()
THRESHOLDS_BEFORE_HALF: frozenset[str] = frozenset()
SCORE_WORDS_DESCENDING: frozenset[str] = frozenset()
SCORE_WORDS_AFTER: frozenset[str] = frozenset()
# Verbs that give a count to whom they name next (en.py has some).
GIVING_VERBS: frozenset[str] = frozenset()
DECIMAL_POINT_WORDS = frozenset({"komma"})
NEGATIVE_WORDS = ("minus",)
EITHER_SIGN_BEFORE = (("plus", "oder"), ("plus",))  # "plus/minus 3 Prozentpunkte": ±3
RATIO_WORDS = ("von",)

# Hedges before a figure: phrase -> (qualifier, low factor, high factor), read as
# the English hedge of the same sense (en.py): "knapp" and "fast" sit just below
# the figure, "gut" just above it, "rund", "etwa", "ca." either side.
HEDGES = {
    "mehr als": ("more_than", 1.0, None),
    "über": ("more_than", 1.0, None),
    "weit über": ("more_than", 1.0, None),
    "deutlich über": ("more_than", 1.0, None),
    "deutlich mehr als": ("more_than", 1.0, None),
    "oberhalb von": ("more_than", 1.0, None),
    "gut": ("approximate", 1.0, 1.1),
    "knapp über": ("approximate", 1.0, 1.1),
    "etwas mehr als": ("approximate", 1.0, 1.1),
    "mindestens": ("at_least", 1.0, None),
    "wenigstens": ("at_least", 1.0, None),
    "nicht weniger als": ("at_least", 1.0, None),
    "knapp": ("approximate", 0.9, 1.0),
    "knapp unter": ("approximate", 0.9, 1.0),
    "fast": ("approximate", 0.9, 1.0),
    "beinahe": ("approximate", 0.9, 1.0),
    "nahezu": ("approximate", 0.9, 1.0),
    "annähernd": ("approximate", 0.9, 1.0),
    "etwas weniger als": ("approximate", 0.9, 1.0),
    "rund": ("approximate", 0.9, 1.1),
    "etwa": ("approximate", 0.9, 1.1),
    "circa": ("approximate", 0.9, 1.1),
    "zirka": ("approximate", 0.9, 1.1),
    "ca.": ("approximate", 0.9, 1.1),
    "rd.": ("approximate", 0.9, 1.1),
    "ungefähr": ("approximate", 0.9, 1.1),
    "schätzungsweise": ("approximate", 0.9, 1.1),
    "geschätzt": ("approximate", 0.9, 1.1),
    "geschätzte": ("approximate", 0.9, 1.1),
    "um die": ("approximate", 0.9, 1.1),
    "bis zu": ("at_most", 0.0, 1.0),
    "höchstens": ("at_most", 0.0, 1.0),
    "maximal": ("at_most", 0.0, 1.0),
    "nicht mehr als": ("at_most", 0.0, 1.0),
    "weniger als": ("less_than", 0.0, 1.0),
    "unter": ("less_than", 0.0, 1.0),
    "deutlich unter": ("less_than", 0.0, 1.0),
    "unterhalb von": ("less_than", 0.0, 1.0),
    ">=": ("at_least", 1.0, None),
    "≥": ("at_least", 1.0, None),
    "<=": ("at_most", 0.0, 1.0),
    "≤": ("at_most", 0.0, 1.0),
    ">": ("more_than", 1.0, None),
    "<": ("less_than", 0.0, 1.0),
}

# Words before a figure that open a range for sure: "zwischen 10 und 20".
RANGE_OPENERS = ("zwischen", "im bereich von", "in einer spanne von", "in höhe von zwischen")
HEDGES_NOT_AFTER_A_NUMBER = frozenset({"über", "unter"})
# Hedges that are a move to a level after a verb of moving (en.HEDGES_AFTER_A_MOVE): none read.
HEDGES_AFTER_A_MOVE: dict[str, frozenset[str]] = {}
PREPOSITION_HEDGES: frozenset[str] = frozenset()
DEPTH_HEDGES: frozenset[str] = frozenset()
DEPTH_VERBS: frozenset[str] = frozenset()
HEDGES_OF_TIME_ONLY: frozenset[str] = frozenset()
# "über" before a length of time is a bound ("seit über 40 Jahren"), never a span.
SPAN_WORDS: frozenset[str] = frozenset()
SPAN_BOUND_AFTER: frozenset[str] = frozenset()

# Hedges after a figure ("300 und mehr", "100 oder mehr").
TRAILING_HEDGES = {
    "oder mehr": ("at_least", 1.0, None),
    "und mehr": ("at_least", 1.0, None),
    "plus": ("at_least", 1.0, None),
    "oder weniger": ("at_most", 0.0, 1.0),
    "und weniger": ("at_most", 0.0, 1.0),
}

# Vague plurals and what one unit of them is, read as in English ("Hunderte" is
# two to nine hundreds, docs/claims.md).
VAGUE_PLURALS = {
    "dutzende": 12, "hunderte": 1e2, "tausende": 1e3, "zehntausende": 1e4,
    "hunderttausende": 1e5, "millionen": 1e6, "milliarden": 1e9,
}  # fmt: skip
VAGUE_PLURALS_NEED_OF: frozenset[str] = frozenset()
VAGUE_CORE = (2, 10)
VAGUE_PLAUSIBLE = (1, 20)
VAGUE_MULTIPLIERS: dict[str, float] = {}
VAGUE_WORDS = {
    "ein paar": (2, 5, 2, 9),
    "einige": (3, 9, 3, 15),
    "mehrere": (3, 9, 3, 15),
    "etliche": (3, 9, 3, 15),
}

PERCENT_WORDS = ("prozent", "%", "v. h.", "vh")
GLUED_PERCENT_WORD = ""
NUMBER_SIGNS = frozenset({"Nr"})  # "Nr. 5" keeps its dot; "Nr 5" as written in a hurry
LABEL_NOUNS: frozenset[str] = frozenset()  # German capitalises them: the name rule reads them
NOT_FIGURE_HYPHENS: frozenset[str] = frozenset()
# Marks that end a figure's common shape (en.py): none for German, whose figures the full
# reader reads (its digits and scales differ).
FAST_FIGURE_ENDS = ""
FAST_FIGURE_ENDS_BEFORE_LETTERS = ""
PERCENTAGE_POINT_WORDS = ("prozentpunkte", "prozentpunkten", "prozentpunkt", "punkte", "pp")
# Basispunkte: hundredths of a percentage point, read as Prozentpunkte.
BASIS_POINT_WORDS = ("basispunkte", "basispunkten", "basispunkt")
BASIS_POINT_SYMBOLS = ("bp",)
BASIS_POINT_NOUN = "prozentpunkte"
FRACTION_PHRASES: dict[str, float] = {}
OF_A_POINT: tuple[str, ...] = ()
POINT_MODIFIERS: dict[str, float] = {}

# Measure words after a number, and the pint unit each names, where pint's own
# vocabulary (data/units.json, German names from build_units) lacks the word
# or its German inflection.  Only these words ever reach pint: never raw text.
from claimdiff.lexicon.de_units import MEASURE_UNITS as MEASURE_UNITS  # noqa: E402

GLUED_ONLY_UNITS = frozenset({"t", "g", "ha"})
PREPOSITION_UNITS: frozenset[str] = frozenset()
LOWER_CASE_ONLY_UNITS = frozenset({"g", "t", "m", "mg", "ml"})
# German writes millions "Mio.", never "m": a lower-case "m" is a metre.
METRE_OR_MILLION = ""
MEASURE_ADJECTIVES = frozenset("lang hoch breit tief dick weit entfernt groß".split())
LENGTH_NOUNS: frozenset[str] = frozenset()
LENGTH_CUES = MEASURE_ADJECTIVES | LENGTH_NOUNS
LENGTH_VERBS: frozenset[str] = frozenset()
# German writes no "m" for a million (METRE_OR_MILLION is empty): no cues either way.
SIZE_ONLY_AT_CLAUSE_END: frozenset[str] = frozenset()
MILLION_CUES: frozenset[str] = frozenset()
COMPOUND_UNITS: dict[str, dict[str, float]] = {}
PER_UNITS = {
    "stunde": "hour", "h": "hour", "std": "hour", "sekunde": "second", "s": "second",
    "minute": "minute", "min": "minute", "tag": "day",
}  # fmt: skip
MONEY_PER = {
    "monat": "month", "jahr": "year", "woche": "week", "tag": "day", "nacht": "night",
    "stunde": "hour", "person": "person", "kopf": "person", "einwohner": "person",
    "haushalt": "household", "aktie": "share", "liter": "litre", "kilo": "kilogram",
    "kg": "kilogram", "tonne": "tonne", "barrel": "barrel", "kwh": "kWh",
}  # fmt: skip
MONEY_PER_FILLERS: frozenset[str] = frozenset()
MONEY_PER_ADVERBS = {"jährlich": "year", "monatlich": "month", "wöchentlich": "week"}
WEIGHT_CUES: frozenset[str] = frozenset()
WEIGHT_PHRASES: tuple[str, ...] = ()
# "Pfund" is money in the news ("40 Millionen Pfund") unless weight is near.
POUND_WORDS = frozenset({"pfund"})
# No noun classes in German (WORDNET_NOUNS is False): "Pfund" weighs only by its cues.
WEIGHED_CLASSES: frozenset[str] = frozenset()
WEIGHED_IN_BULK: frozenset[str] = frozenset()
NOT_WEIGHED_CLASSES: frozenset[str] = frozenset()
NOT_WEIGHED_BEFORE_NOUN: frozenset[str] = frozenset()

# "davon 12 waren Kinder": not read in German yet.
COPULAS: frozenset[str] = frozenset()
# "43 der 55 Sitze": not read in German yet.
PARTITIVE_WORDS: frozenset[str] = frozenset()
ADVERBS_AFTER_FIGURES: frozenset[str] = frozenset()
COMPARATIVES_BEFORE_NOUNS: frozenset[str] = frozenset()
PEOPLE_COUNTERS: frozenset[str] = frozenset()
ONE_PHRASES: tuple[str, ...] = ()
ORDINAL_UNITS: frozenset[str] = frozenset()
ORDINAL_VALUES: dict[str, int] = {}
ORDINALS_OTHER_PLURALS: frozenset[str] = frozenset()
ORDINAL_FRACTIONS: frozenset[str] = frozenset()
SCALE_ORDINALS: frozenset[str] = frozenset()
STEP_NOUNS: frozenset[str] = frozenset()
STEP_AFTER: frozenset[str] = frozenset()
INDEFINITE_ARTICLES: frozenset[str] = frozenset()
GLUED_CODES: frozenset[str] = frozenset()
PARTICIPLE_ENDINGS: tuple[str, ...] = ()
MOVE_VERBS: frozenset[str] = frozenset()
STEP_DETERMINERS: frozenset[str] = frozenset()
SHARE_COMPARATIVES: frozenset[str] = frozenset()
ONE_PHRASES_NOT_BEFORE: frozenset[str] = frozenset()
ONE_PHRASES_NOT_AFTER: frozenset[str] = frozenset()
PLURALS_WITHOUT_S: frozenset[str] = frozenset()
DIFFERENCE_NOUNS: frozenset[str] = frozenset()
PHRASE_ENDING_WORDS = frozenset({"plus", "minus"})
MARGIN_CUES = ("fehlertoleranz", "fehlerspanne", "fehlerbereich", "plus/minus", "±", "+/-")
MARGIN_CUES_AFTER: tuple[str, ...] = ()
MARGIN_CUES_BEHIND = ("fehlertoleranz", "fehlerspanne")
MARGIN_LINKS = frozenset(
    "von bei liegt beträgt lag ist plus minus oder rund etwa maximal der die".split()
)
MARGIN_ASIDES = frozenset({"innerhalb", "außerhalb"})
PERSONS_BY: frozenset[str] = frozenset()
FIGURE_AS_HEAD_AFTER: frozenset[str] = frozenset()
# Read only where counted nouns are WordNet's (English): claimdiff/prepare.py.
# Words that make "3:1" or "3-1" a score in their sentence (claimdiff.extract.scores).
SCORE_WORDS = (
    "besiegt", "besiegte", "schlug", "gewann", "gewinnt", "verlor", "verliert", "Sieg",
    "Niederlage", "Unentschieden", "remis", "Spiel", "Finale", "Stimmen", "stimmten",
)  # fmt: skip
SPENT_ON_WORDS: tuple[str, ...] = ()
# Age limits ("Kinder unter 15"): not read in German yet (docs/limits.md).
AGE_LIMITS_AFTER_PERSONS: dict[str, tuple[float, float | None]] = {}
AGE_COMPARATIVES: dict[str, tuple[float, float | None]] = {}
AGE_LIMIT_PERSONS: frozenset[str] = frozenset()
# Words between two sides of a fixture ("Bayern (3) gegen Dortmund (1)"): a bracketed
# number beside one is a score, not an age.
VERSUS_WORDS = frozenset({"gegen", "vs"})
AGE_COPULAS: tuple[str, ...] = ()
AGE_RELATIVE_COPULAS: frozenset[str] = frozenset()
AGE_EVENT_CUES: tuple[str, ...] = ()
PERSONS_AFTER_WHEN: frozenset[str] = frozenset()
# Articles opening a noun phrase ("Now 58, the former Olympic sprinter").
ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
CLOCK_OPENERS: frozenset[str] = frozenset()
AFTER_AN_APPOSED_AGE: frozenset[str] = frozenset()
AGE_SUPERLATIVES: frozenset[str] = frozenset()
NUMBER_ONE_WORDS: frozenset[str] = frozenset()
AGE_ESTIMATES: tuple[str, ...] = ()
ONE_NOT_AFTER: frozenset[str] = frozenset()
ONE_NOT_BEFORE: frozenset[str] = frozenset()
ONE_COUNTED_CLASSES: frozenset[str] = frozenset()
ONE_SPEAKER_VERBS: frozenset[str] = frozenset()
ONE_NOT_AFTER_NOUN: frozenset[str] = frozenset()
ONE_OF_PEOPLE: frozenset[str] = frozenset()
PEOPLE_SUPERLATIVES: frozenset[str] = frozenset()
AUXILIARIES: frozenset[str] = frozenset()
PLURAL_VERBS: frozenset[str] = frozenset()
MONTH_PREPOSITIONS: frozenset[str] = frozenset()
LIGHT_VERBS: frozenset[str] = frozenset()
BEGINNING_VERBS: frozenset[str] = frozenset()
PHRASAL_EVENTS: dict[str, str] = {}
YEAR_BEGINNING_CUES: tuple[str, ...] = ()
YEAR_OF_WORDS: frozenset[str] = frozenset()
YEAR_OF_TIMES: frozenset[str] = frozenset()
YEAR_LAST_TIME_WORDS: frozenset[str] = frozenset()
SUPERLATIVE_CUES: frozenset[str] = frozenset()
YEAR_TIME_CUES: frozenset[str] = frozenset()
VERB_PARTICLES: frozenset[str] = frozenset()
GERUND_OPENERS: frozenset[str] = frozenset()
NAME_YEAR_DETERMINERS: frozenset[str] = frozenset()
ORDINAL_NUMBERS: dict[str, int] = {}
# Ordinals read as facts (claimdiff.extract.ordinals): not read in German yet.
ORDINAL_DETERMINERS: frozenset[str] = frozenset()
ORDINAL_STEMS: tuple[str, ...] = ()
ORDINAL_ARTICLES: frozenset[str] = frozenset()
ORDINAL_NOT_SERIES: frozenset[str] = frozenset()
ORDINAL_SKIPPED: frozenset[str] = frozenset()
ORDINAL_ELLIPSIS_AFTER: frozenset[str] = frozenset()
ORDINAL_NOUN_ENDS: frozenset[str] = frozenset()
ORDINAL_GENERIC: frozenset[str] = frozenset()
NOT_SUPERLATIVES: frozenset[str] = frozenset()
ORDINAL_PASSED: frozenset[str] = frozenset()
PLACE_VERBS: frozenset[str] = frozenset()
PLACE_NOUNS: frozenset[str] = frozenset()
STREAK_WORDS: tuple[str, ...] = ()
# Periods named against another figure's (claimdiff.extract.earlier_periods): not read yet.
EARLIER_PERIOD = ""
EARLIER_CUES: tuple[str, ...] = ()
STREAK_AFTER: tuple[str, ...] = ()
STREAK_ARTICLES: tuple[str, ...] = ()
STREAK_NOUN_ENDS: frozenset[str] = frozenset()
STREAK_TIME_ADJECTIVES: dict[str, str] = {}
STREAK_TIME_NOUNS: dict[str, str] = {}
VERB_CUES: frozenset[str] = frozenset()
FUTURE_VERB_CUES: frozenset[str] = frozenset()
NESTED_PERIODS: tuple[str, ...] = ()
ENDING_VERBS: frozenset[str] = frozenset()
# "von" is "from" and "of" ("ein Höchststand von 7,42 Metern"): a change's ends are not
# read surely enough to keep levels apart in pairing (see en.py).
CHANGE_ENDS = False
# Votes' sides (claimdiff/tallies.py) are not read in German yet.
VOTE_WORDS: frozenset[str] = frozenset()
# German writes millions "Mio.", never "m" (see above): no rule reads one thing's size.
MILLION_CLASSES: frozenset[str] = frozenset()
PHYSICAL_CLASSES: frozenset[str] = frozenset()
COUNT_LEVELS: frozenset[str] = frozenset()
SIDE_FOR: frozenset[str] = frozenset()
SIDE_AGAINST: frozenset[str] = frozenset()
SIDE_AFTER_ONLY: frozenset[str] = frozenset()
DECADE_POSSESSIVES: tuple[str, ...] = ()
OTHERS_KIN_BEFORE: tuple[str, ...] = ()
# An age's part in its story (en_people): not read in German yet.
AGE_AUXILIARIES: frozenset[str] = frozenset()
AGE_PASSIVE_MARKS: frozenset[str] = frozenset()
AGE_NEGATIONS: frozenset[str] = frozenset()
AGE_PLACE_WORDS: frozenset[str] = frozenset()
AGE_DOER_PASSIVES: frozenset[str] = frozenset()
AGE_BEFALLEN_PASSIVES: frozenset[str] = frozenset()
AGE_DOER_ACTIVES: frozenset[str] = frozenset()
AGE_BEFALLEN_ACTIVES: frozenset[str] = frozenset()
DECADE_WORDS: dict[str, int] = {}
AGE_WORDS: dict[str, tuple[int, int | None]] = {}
AGE_NOUNS: frozenset[str] = frozenset()
DECADE_PARTS: dict[str, tuple[int, int]] = {}
# Centuries with an ordinal ("im 19. Jahrhundert"): not read in German yet.
CENTURY_WORDS: tuple[str, ...] = ()
CENTURY_ORDINALS: dict[str, int] = {}
CENTURY_ERAS_BEFORE: tuple[str, ...] = ()
CENTURY_ERAS_AFTER: tuple[str, ...] = ()
CENTURY_NOT_AFTER: frozenset[str] = frozenset()
CENTURY_ARTICLES: frozenset[str] = frozenset()
# A date's bound ("ab 1. August", "bis 25. August"): not read in German yet.
DATE_BEGIN_WORDS: frozenset[str] = frozenset()
DATE_END_WORDS: frozenset[str] = frozenset()
DATE_RANGE_END_WORDS: frozenset[str] = frozenset()
DATE_BOUND_STATES: frozenset[str] = frozenset()
DATE_PAUSE_VERBS: frozenset[str] = frozenset()
DATE_BOUND_NEGATIONS: frozenset[str] = frozenset()
DATE_PAUSE_ENDS: frozenset[str] = frozenset()
DATE_PROGRESSIVE_ENDINGS: tuple[str, ...] = ()
DATE_MOVE_VERBS: frozenset[str] = frozenset()
DATE_BOUND_DETERMINERS: frozenset[str] = frozenset()
DATE_CLOCK_WORDS: tuple[str, ...] = ()
DATE_BEGIN_VERBS: frozenset[str] = frozenset()
DATE_END_VERBS: frozenset[str] = frozenset()
DATE_BEGIN_PHRASES: tuple[str, ...] = ()
DATE_END_PHRASES: tuple[str, ...] = ()
DATE_END_NOUNS: frozenset[str] = frozenset()
DATE_BOUND_FILLERS: frozenset[str] = frozenset()
DATE_BOUND_AUXILIARIES: frozenset[str] = frozenset()
# Words before a decade of years with no part named: "the 1990s".
DECADE_DETERMINERS: frozenset[str] = frozenset()
AFTER_AN_AGE: frozenset[str] = frozenset()
NOT_HYPHEN_NOUNS: frozenset[str] = frozenset()

# Time units: durations ("sechs Monate") and ages ("78 Jahre alt").
TIME_UNITS = {
    "sekunde": "second", "sekunden": "second", "minute": "minute", "minuten": "minute",
    "stunde": "hour", "stunden": "hour", "tag": "day", "tage": "day", "tagen": "day",
    "woche": "week", "wochen": "week", "monat": "month", "monate": "month",
    "monaten": "month", "jahr": "year", "jahre": "year", "jahren": "year",
    "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade",
    "jahrhundert": "century", "jahrhunderte": "century", "jahrhunderten": "century",
}  # fmt: skip

# German capitalises every noun: a capital inside a sentence says nothing about a name
# (claimdiff/invented.py leaves such words alone).
NAMES_BY_CAPITALS = False
# Read only where names go by capitals (claimdiff/invented.py); German has none of them.
NOT_NAMES: frozenset[str] = frozenset()
NOT_NAMES_BEFORE_POSSESSIVE: frozenset[str] = frozenset()
DEMONYMS: dict[str, tuple[str, ...]] = {}
FUNCTION_WORDS: frozenset[str] = frozenset()
INFLECTIONS: tuple[tuple[str, str], ...] = ()

# "drei Jahre zuvor"; the usual "vor drei Jahren" stands before the figure.
AGO_WORDS = ("zuvor",)
ARTICLE_UNITS: tuple[str, ...] = ()
DURATION_FRACTIONS: dict[str, float] = {}
DURATION_MODIFIERS: tuple[str, ...] = ()
DURATION_CUES_BEFORE: frozenset[str] = frozenset()
RATE_WORDS_BEFORE: frozenset[str] = frozenset()
NOT_DURATION_AFTER: frozenset[str] = frozenset()
COMPARISON_BASE_AFTER: frozenset[str] = frozenset()
LEVEL_COMPARATIVES: frozenset[str] = frozenset()
NOT_DURATION_AFTER_HALF: frozenset[str] = frozenset()
PART_JOINERS: tuple[str, ...] = ()
AND_PARTS: dict[str, float] = {}
PARTS_BEFORE_OF: frozenset[str] = frozenset()
AGE_AFTER_LENGTH: frozenset[str] = frozenset()
DURATION_CUES_AFTER: frozenset[str] = frozenset()
DELAY_BEFORE: tuple[str, ...] = ()
DELAY_AFTER: tuple[str, ...] = ()
LATE_BEFORE: frozenset[str] = frozenset()
HOLDUP_AFTER: frozenset[str] = frozenset()
ARTICLE_MEASURES: dict[str, str] = {}
ARTICLE_MEASURE_AFTER: frozenset[str] = frozenset()
ARTICLE_MEASURE_PRICED: frozenset[str] = frozenset()
ARTICLE_MEASURE_PRICE_VERBS: frozenset[str] = frozenset()
ARTICLE_MEASURE_IDIOMS: tuple[str, ...] = ()
OFFSET_AFTER: frozenset[str] = frozenset()
OFFSET_NOT_AFTER: frozenset[str] = frozenset()
OFFSET_LOOK_PAST: frozenset[str] = frozenset()
DELAY_NOT_BEFORE: frozenset[str] = frozenset()
SENTENCE_BEFORE: tuple[str, ...] = ()
SENTENCE_AFTER: tuple[str, ...] = ()
DELAY_VERBS: frozenset[str] = frozenset()
DELAY_BY: frozenset[str] = frozenset()
DELAY_VERB_REACH = 0
RECORD_BEFORE: tuple[str, ...] = ()
RECORD_WORDS: frozenset[str] = frozenset()
RECORD_PHRASES: frozenset[str] = frozenset()
SUPERLATIVE_WORDS: frozenset[str] = frozenset()
RECORD_ORDINAL_NOUNS: frozenset[str] = frozenset()
RECORD_AFTER: tuple[str, ...] = ()
RECORD_ORDINALS: frozenset[str] = frozenset()
RECORD_ORDINAL_PREPOSITIONS: frozenset[str] = frozenset()
RECORD_REACH = 0
SCORE_MODIFIERS: frozenset[str] = frozenset()
SCORE_ZERO: frozenset[str] = frozenset()
TALLY_NOUNS: frozenset[str] = frozenset()
MARGIN_BEFORE: tuple[tuple[str, ...], ...] = ()
MARGIN_VERBS: frozenset[str] = frozenset()
MARGIN_BY: tuple[tuple[str, ...], ...] = ()
MARGIN_NOUNS: frozenset[str] = frozenset()
# No cricket is read in German (claimdiff/extract/cricket.py).
CRICKET_WORDS: frozenset[str] = frozenset()
CRICKET_HINTS: frozenset[str] = frozenset()
TEST_MATCH = False
SCORE_TIME_WORDS: frozenset[str] = frozenset()
RUN_NOUNS: frozenset[str] = frozenset()
INNINGS_AFTER: frozenset[str] = frozenset()
MOST_WICKETS = 10
NOT_TALLIES_AFTER: frozenset[str] = frozenset()
YEAR_BOUNDS = frozenset("seit bis vor nach ab".split())
YEAR_PARTS = frozenset("anfang mitte ende frühjahr frühling sommer herbst winter".split())
YEAR_PART_FILLERS: frozenset[str] = frozenset()
YEAR_PART_ARTICLES = frozenset("des der dem zum zur".split())
TRAILING_HEDGES_AT_CLAUSE_END: frozenset[str] = frozenset()
CLOCK_HOURS_AFTER = frozenset("um ab bis seit vor nach".split())
NOT_PERIOD_AFTER_PART: dict[str, frozenset[str]] = {}
POINT_IN_TIME_AFTER: frozenset[str] = frozenset()
DURATION_ORDER = {"century": 9, "decade": 8, "year": 7, "month": 6, "fortnight": 5, "week": 4,
                  "day": 3, "hour": 2, "minute": 1, "second": 0}  # fmt: skip

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12, "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
MONTH_WORDS = frozenset({"mai"})
BIRTHDAY_WORDS: tuple[str, ...] = ()  # "105. Geburtstag": the full stop reads otherwise
MONTH_PARTS: dict[str, tuple[int, int]] = {}
MONTH_CUES: frozenset[str] = frozenset()  # a month alone is not read in German yet
YEAR_PARTS_ALONE = False  # nor a quarter or half of a year
UNSAID_HALVES: tuple[str, ...] = ()
GAME_WORDS: frozenset[str] = frozenset()
MONTHS_AS_NAMES: frozenset[str] = frozenset()
WORDS_AFTER_A_NAMED_MONTH: frozenset[str] = frozenset()
NOT_HEDGES: frozenset[str] = frozenset()
AGE_TURN_WORDS: frozenset[str] = frozenset()
AGE_PLAIN_COPULAS: frozenset[str] = frozenset()
AGE_PLAIN_MODIFIERS: frozenset[str] = frozenset()
CLOCK_WORDS: dict[str, int] = {}
TEMPERATURE_WORDS: frozenset[str] = frozenset()
ANGLE_WORDS: frozenset[str] = frozenset()
BEARING_WORDS: frozenset[str] = frozenset()
CLOCK_HEDGES: dict[str, tuple[int, int]] = {}
CLOCK_BOUND_WORDS: frozenset[str] = frozenset()
CLOCK_IDIOM_WORDS: frozenset[str] = frozenset()
CLOCK_CUES: frozenset[str] = frozenset()
CLOCK_OCLOCK: tuple[str, ...] = ()
CLOCK_FOLLOWERS: frozenset[str] = frozenset()
CLOCK_DAY_PARTS: dict[str, tuple[int, int]] = {}
CLOCK_BOUND_NOUNS: frozenset[str] = frozenset()
AGE_OPENERS: frozenset[str] = frozenset()
AGE_OPENER_PERSONS: frozenset[str] = frozenset()
AGE_NAME_COPULAS: frozenset[str] = frozenset()
NAME_PARTICLES: frozenset[str] = frozenset()
AFTER_A_PLAIN_AGE: frozenset[str] = frozenset()
AND_WORDS: frozenset[str] = frozenset()
AFTER_A_DEATH_AGE: frozenset[str] = frozenset()
FEWEST_YEARS_NOT_AN_HOUR = 0
AGE_DEATH_CUES: tuple[str, ...] = ()
AGE_PRONOUNS: frozenset[str] = frozenset()
# "ein Mann von 43" is rare in German news ("ein 43-Jähriger"): not read.
AGE_OF_WORDS: frozenset[str] = frozenset()
PARENT_WORDS: frozenset[str] = frozenset()
FEWEST_YEARS_OF_A_PARENT = 20
AFTER_A_TURN: frozenset[str] = frozenset()
# Wochentage: "am Dienstag" (claimdiff.extract.dates).
WEEKDAYS = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
    "samstag": 6, "sonnabend": 6, "sonntag": 7,
}  # fmt: skip
# Every German noun is capitalised: only these words before a day leave it a day.
WEEKDAY_LEADS = frozenset({"letzten", "nächsten", "diesen", "kommenden", "vergangenen"})
# "am vergangenen Samstag", "am nächsten Montag" (claimdiff.weekday_dates).
WEEKDAY_LEADS_PAST = frozenset({"letzten", "vergangenen"})
WEEKDAY_LEADS_AHEAD = frozenset({"nächsten", "kommenden"})
# "am darauffolgenden Montag" (claimdiff.weekday_dates).
WEEKDAY_FROM_ANOTHER = frozenset({"am folgenden", "am darauffolgenden"})
WEEKDAY_WEEKS = frozenset({"woche"})
WEEKDAY_UNTIL = frozenset({"bis"})
WEEKDAY_SPAN_WORDS = frozenset({"bis"})
WEEKDAY_HABITS = frozenset({"jeden"})
WEEKDAY_PARTS_AFTER = frozenset(
    {"früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"}
)
WEEKDAY_PARTS_BEFORE: frozenset[str] = frozenset()
WEEKDAY_CLOCK_GAP = frozenset({"am", "um", "gegen", "ab"})
WEEKDAY_TOLD_GAP = frozenset({"am"})
WEEKDAY_OTHER_WORDS = frozenset({"zweite", "zweiter", "weitere", "weiterer", "andere"})
WEEKDAY_NAME_ARTICLES: frozenset[str] = frozenset()
CLAUSE_BREAK_WORDS = frozenset("und aber während nachdem bevor als wenn".split())
# A day is written as an ordinal with a full stop: "3. März", "am 12. Januar 2025".
DAY_ORDINAL_SUFFIXES = (".",)
DAY_ORDINAL_REQUIRED = True
DAY_OF_WORDS: tuple[str, ...] = ()
# Numeric dates day first, with full stops: "03.10.2024".
NUMERIC_DATE_SEPARATOR = "."

# Dates counted from when the text was written (en_times.RELATIVE_DATES): not read in
# German yet.
RELATIVE_DATES: dict[str, str] = {}
RELATIVE_STEPS: dict[str, tuple[str, int]] = {}
RELATIVE_FURTHER: frozenset[tuple[str, ...]] = frozenset()
RESCHEDULED = frozenset("verschoben vertagt verlegt".split())
RELATIVE_PAST_WORDS: frozenset[str] = frozenset()
DAY_YEAR_AFTER: dict[str, int] = {}
RELATIVE_FUTURE_WORDS: frozenset[str] = frozenset()
FUTURE_WORDS: frozenset[str] = frozenset()
FUTURE_PAIRS: frozenset[tuple[str, str]] = frozenset()
PAST_WORDS: frozenset[str] = frozenset()
TENSE_DETERMINERS: frozenset[str] = frozenset()
TENSE_AUXILIARIES: frozenset[str] = frozenset()
TENSE_TARGETS: frozenset[str] = frozenset()
TENSE_ING_NOUNS: frozenset[str] = frozenset()
TENSE_ACT_LINKS: frozenset[str] = frozenset()
TENSE_ACT_VERBS: frozenset[str] = frozenset()
YEAR_DETERMINERS: frozenset[str] = frozenset()
YEAR_CUES = frozenset(
    "im in seit bis ab von vor nach jahr jahres jahrs zwischen und anfang ende mitte "
    "geschäftsjahr frühjahr herbst sommer winter".split()
)
ANAPHORIC_COUNT_CUES = ("von ihnen", "davon")
PERIOD_PHRASES = (
    "in diesem jahr", "im vergangenen jahr", "im vorjahr", "im nächsten jahr",
    "in diesem monat", "im vergangenen monat", "in dieser woche", "in der vergangenen woche",
    "heute", "gestern", "dieses jahr", "letztes jahr",
)  # fmt: skip
ANAPHORIC_PERIODS = ("das jahr", "dem jahr")
DATELINE_WORDS = frozenset("datum veröffentlicht aktualisiert stand".split())
DATELINE_JOINERS = frozenset("am zuletzt".split())  # "Am 5. April tagte das Gericht": no dateline
PERIOD_PARTS = {
    "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4",
    "erstes quartal": "Q1", "ersten quartal": "Q1", "zweites quartal": "Q2",
    "zweiten quartal": "Q2", "drittes quartal": "Q3", "dritten quartal": "Q3",
    "viertes quartal": "Q4", "vierten quartal": "Q4", "h1": "H1", "h2": "H2",
    "ersten halbjahr": "H1", "erstes halbjahr": "H1", "zweiten halbjahr": "H2",
    "zweites halbjahr": "H2", "geschäftsjahr": "FY", "gesamtjahr": "FY",
}  # fmt: skip
PERIOD_TIES = frozenset("im in für während bis".split())

# Currency words CLDR's German names lack or give only in one form ("Euro", "US-Dollar"
# and "Schweizer Franken" are CLDR's; a bare "Dollar", "Franken" or "Pfund" needs a
# default, and writers mean these).
CURRENCY_HEAD_DEFAULTS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "franken": "CHF", "pfund": "GBP",
    "yen": "JPY", "yuan": "CNY", "rubel": "RUB", "rupien": "INR", "kronen": "SEK",
}  # fmt: skip
MINOR_CURRENCY_WORDS = {"cent": ("EUR", 0.01), "cents": ("EUR", 0.01), "rappen": ("CHF", 0.01)}
# German writes no minor unit as a letter touching the number ("40 Cent", not "40c").
GLUED_MINOR_UNITS: dict[str, tuple[str, float]] = {}
GLUED_MINOR_BEFORE_PER: dict[str, tuple[str, float]] = {}
GLUED_CENTS_PER: frozenset[str] = frozenset()
NOT_MINOR_UNITS: dict[str, frozenset[float]] = {}
DOLLAR_PREFIXES = {"us": "USD", "usd": "USD", "c": "CAD", "can": "CAD", "a": "AUD", "hk": "HKD"}
AMBIGUOUS_CURRENCY_HEADS = frozenset({"mark", "pfund"})
# Currency words after a number that are everyday words there too (en.py has three).
EVERYDAY_CURRENCY_WORDS: frozenset[str] = frozenset()
CODES_THAT_ARE_WORDS = frozenset("ALL".split())
CODES_THAT_ARE_WORDS_BEFORE_SCALES = frozenset("ALL".split())
MONEY_CUES = frozenset("kostet kosten preis bezahlt zahlte gezahlt wert gebühr".split())
# "Fr." and "SFr." are the Swiss franc as Swiss papers write it ("Fr. 12.50").
EXTRA_SYMBOLS = {"US$": "USD", "Fr.": "CHF", "SFr.": "CHF", "sFr.": "CHF"}
# Symbols CLDR gives a currency at home that German writes as names before digits
# ("Q3", a quarter).
NOT_HOME_SYMBOLS = frozenset({"Q"})
# Symbols the press writes a currency with at home that CLDR lacks (en.py has one).
EXTRA_HOME_SYMBOLS: dict[str, str] = {}
EXTRA_CODES: frozenset[str] = frozenset()
SPACED_DOLLAR_INITIALS: frozenset[str] = frozenset()
MONEY_VERB_NOUNS: dict[str, str] = {}

# Words that end a noun phrase after a figure ("14 Menschen wurden …").
STOPWORDS = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder aber
    in im ins an am auf aus bei mit nach von vom zu zum zur für über unter vor
    hinter neben zwischen durch gegen ohne um bis seit als wie ist sind war waren
    wird werden wurde wurden hat haben hatte hatten sein ihr ihre ihren ihrem
    es er sie wir ich du man sich nicht kein keine auch nur noch schon sehr
    mehr weniger davon dabei darunter insgesamt laut sagte sagt teilte mit
    dass weil wenn ob so da dort hier""".split()
)
NOUN_DETERMINERS = frozenset("der die das den dem des seine ihre ihrer seiner".split())
# Verbs through which a figure is said of a subject ("die Rate lag bei 2,4 Prozent").
LINKING_VERBS = frozenset(
    """ist sind war waren lag liegt liegen stieg sank wuchs fiel betrug beträgt erreichte
    erreicht""".split()
)
LEFT_SKIP = frozenset(
    """stieg sank wuchs fiel lag liegt liegen betrug beträgt erreichte erreicht
    rund etwa knapp fast gut bei auf um""".split()
)
COMMON_VERBS = frozenset(
    """kamen kam wurden wurde sind waren ist war haben hatten hat starben
    mussten konnten sollen soll""".split()
)
MONTH_ABBREVIATIONS = frozenset("jan feb mär apr jun jul aug sep sept okt nov dez".split())
# Abbreviations after which a full stop ends no sentence ("3,5 Mio. Euro", "ca. 300").
SENTENCE_ABBREVIATIONS = frozenset(
    """mio mrd bio tsd ca rd nr dr prof st bzw usw vgl z.b d.h u.a fr sfr
    jan feb mär apr jun jul aug sep sept okt nov dez""".split()
)

from claimdiff.lexicon.de_direction import DOWN_BEFORE as _DOWN  # noqa: E402
from claimdiff.lexicon.de_direction import UP_BEFORE as _UP  # noqa: E402

CHANGE_WORDS = frozenset(_UP | _DOWN | {"um"})
CHANGE_BY_WORDS = frozenset({"um"})
COORDINATING_WORDS = frozenset({"und"})
NEGATION_CLITICS: tuple[str, ...] = ()

from claimdiff.lexicon.de_predicates import AGE_KIN as AGE_KIN  # noqa: E402
from claimdiff.lexicon.de_predicates import AMOUNT_PREDICATES as AMOUNT_PREDICATES  # noqa: E402
from claimdiff.lexicon.de_predicates import APART_WHOEVER as APART_WHOEVER  # noqa: E402
from claimdiff.lexicon.de_predicates import COUNT_PREDICATES as COUNT_PREDICATES  # noqa: E402
from claimdiff.lexicon.de_predicates import COUNTED_BY as COUNTED_BY  # noqa: E402
from claimdiff.lexicon.de_predicates import FOUGHT_GAP_WORDS as FOUGHT_GAP_WORDS  # noqa: E402
from claimdiff.lexicon.de_predicates import FOUGHT_VERBS as FOUGHT_VERBS  # noqa: E402
from claimdiff.lexicon.de_predicates import GAP_WORDS as GAP_WORDS  # noqa: E402
from claimdiff.lexicon.de_predicates import GENERAL_COUNT_NOUNS as GENERAL_COUNT_NOUNS  # noqa: E402
from claimdiff.lexicon.de_predicates import HELD_TOTAL_AFTER_THERE as HELD_TOTAL_AFTER_THERE  # noqa: E402
from claimdiff.lexicon.de_predicates import HELD_TOTAL_BEFORE_TO as HELD_TOTAL_BEFORE_TO  # noqa: E402
from claimdiff.lexicon.de_predicates import HELD_TOTAL_VERBS as HELD_TOTAL_VERBS  # noqa: E402
from claimdiff.lexicon.de_predicates import METRICS as METRICS  # noqa: E402
from claimdiff.lexicon.de_predicates import RELATED as RELATED  # noqa: E402
from claimdiff.lexicon.de_predicates import STANDING_COUNTS as STANDING_COUNTS  # noqa: E402
from claimdiff.lexicon.de_predicates import TOLLS as TOLLS  # noqa: E402
from claimdiff.lexicon.de_predicates import YIELDING_PREDICATES as YIELDING_PREDICATES  # noqa: E402

# Figures others expected (claimdiff.expectations): not read in German yet.
FORECASTERS: frozenset[str] = frozenset()
FORECASTER_PHRASES: frozenset[tuple[str, str]] = frozenset()
EXPECTATION_BREAKS: frozenset[str] = frozenset()
EXPECTING_WORDS: frozenset[str] = frozenset()
EXPECTATION_NOUNS: frozenset[str] = frozenset()
NAMING: frozenset[str] = frozenset()
FORECAST_NOUNS: frozenset[str] = frozenset()
FORECAST_GAP: frozenset[str] = frozenset()
FORECAST_AFTER: frozenset[str] = frozenset()
OWN_FORECAST_PRONOUNS: frozenset[str] = frozenset()
MEASURED_AGAINST: frozenset[str] = frozenset()
EARLIER_FIGURES: frozenset[str] = frozenset()
HEDGE_GAPS: tuple[str, ...] = ()
EXPECTED_AFTER: frozenset[str] = frozenset()
ESTIMATE_NOUNS: frozenset[str] = frozenset()
COMPARISON_OPENERS: frozenset[str] = frozenset()
NAMED_BEFORE: frozenset[str] = frozenset()
SALE_EXPECTATIONS: frozenset[tuple[str, ...]] = frozenset()
VERB_BEFORE_PARTICIPLE: frozenset[str] = frozenset()
PARTICIPLE_OPENERS: frozenset[str] = frozenset()

# Figures aimed at (claimdiff.targets): not read in German yet.
TARGET_NOUNS: frozenset[str] = frozenset()
TARGET_NOUNS_AFTER: frozenset[str] = frozenset()
AIMING_VERBS: frozenset[str] = frozenset()
AIMED_AFTER: frozenset[str] = frozenset()
TARGETING_VERBS: frozenset[str] = frozenset()
AIMING_NOT_FOR_COUNTS: frozenset[str] = frozenset()
TARGET_COPULAS: frozenset[str] = frozenset()
TARGET_DETERMINERS: frozenset[str] = frozenset()
TARGET_LIGHT_WORDS: frozenset[str] = frozenset()
AIMING_OPENERS: frozenset[str] = frozenset()
TARGET_NAMING: frozenset[str] = frozenset()
TARGET_NOUNS_AFTER_AMOUNTS: frozenset[str] = frozenset()
TARGET_RELATIVES: frozenset[str] = frozenset()
TARGET_MISS_WORDS: frozenset[str] = frozenset()

# Words between two figures of a range ("10 bis 20", "zwischen 3 und 5"), and the word
# that makes "von X auf Y" a change.
RANGE_WORDS = ("bis",)
HANGING_RANGE_WORDS = ("bis",)
HANGING_JOIN_WORDS = ("und", "oder")
HYPHENED_FIGURE_WORDS: frozenset[str] = frozenset()
HYPHENED_YEAR_WORDS: frozenset[str] = frozenset()
RANGE_AND_WORDS = ("und",)
CHANGE_FROM_WORDS = ("von",)
# "Millionen Euro", "Hunderte von Anwohnern": the "von" is optional.
VAGUE_OF_WORDS = ("von",)
VAGUE_OF_OPTIONAL = True

# WordNet is English: German counted nouns are compared by their written forms.
WORDNET_NOUNS = False

# Words before a bare count that point back to a count already named ("weitere 120").
COUNTED_AGAIN_WORDS = frozenset("weitere weiteren weiterer zusätzliche zusätzlich".split())
# Nouns that count what follows them: "30 Stück Schmuck" (read as "Stück" today).
COUNTER_NOUNS = frozenset({"stück"})
# Every German noun is capitalised and its subject read apart: no phrase is climbed.
PHRASE_PREPOSITIONS: frozenset[str] = frozenset()
QUANTITY_HEADS: frozenset[str] = frozenset()
TIME_NOUNS: frozenset[str] = frozenset()
CLAUSE_OPENERS: frozenset[str] = frozenset()
RELATIVE_PRONOUNS: frozenset[str] = frozenset()

# Peaks said "up to" (claimdiff.peaks): not read in German.
PEAK_HEDGES: tuple[str, ...] = ()
PEAK_NOT_WORDS: frozenset[str] = frozenset()
PEAK_NOT_AFTER: frozenset[str] = frozenset()
# Caps said in words (claimdiff.caps): not read in German.
CAP_WORDS: frozenset[str] = frozenset()
CAP_PAIRS: frozenset[tuple[str, str]] = frozenset()
CAP_NOT_WORDS: frozenset[str] = frozenset()
# Negated bounds (claimdiff.extract.negated_bounds): not read in German.
NEGATIONS: frozenset[str] = frozenset()
NEGATION_BLOCKERS: frozenset[str] = frozenset()
# A temperature "unter null" (claimdiff.extract.below_zero).
BELOW_ZERO: dict[str, str | None] = {"unter null": None}
