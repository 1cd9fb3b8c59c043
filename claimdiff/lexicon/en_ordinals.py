"""English tables for ordinals read as facts (claimdiff/extract/ordinals.py; docs/claims.md,
"Ordinals"): which words before an ordinal make it a place in a series, which nouns after
it are no series, and which verbs make it a finishing place.

Held with the rest of :mod:`claimdiff.lexicon.en`, which imports them.
"""

from __future__ import annotations

# Words before an ordinal that make it the place of a thing in its series ("the fourth
# outbreak", "its 11th walkout", "a third person has died"); a possessive ("the county's
# fourth") is one too.  "a" and "an" only before a noun: "a third" alone is a share.
ORDINAL_DETERMINERS = frozenset("the a an its their his her our this".split())
ORDINAL_ARTICLES = frozenset({"a", "an"})
# Nouns after an ordinal that name no series of events or things counted so far: a storey,
# a minute or hole of a match, a part of a year or a century, a degree of a crime, a kind
# of party; units of time are dates and runs (extract/dates.py, extract/streaks.py).
ORDINAL_NOT_SERIES = frozenset(
    """floor floors storey storeys minute minutes min mins hole holes inning innings over overs lap
    laps quarter quarters half halves century centuries degree degrees party parties
    person's generation generations grade grades gear row rows tier tiers level levels
    leg legs set sets frame frames second seconds hour hours day days week
    weeks weekend weekends night nights month months year years decade decades season
    seasons birthday birthdays amendment amendments division
    divisions class""".split()
)
# The openings of the ordinal words, each found once in a text and read to its word's end,
# which is looked up in ORDINAL_NUMBERS: 21 searches of a long text instead of one per
# word ("fift" finds "fifth", "fifteenth" and "fiftieth").
ORDINAL_STEMS = (
    "first", "second", "third", "fourt", "fift", "sixt", "sevent", "eight", "nint", "ninet",
    "tenth", "eleventh", "twelfth", "thirt", "twentieth", "fortieth", "hundredth",
    "thousandth", "millionth", "billionth", "trillionth",
)  # fmt: skip
# Ordinals that are seldom a place in a series: "the first time", "the last".
ORDINAL_SKIPPED = frozenset({"first", "last"})
# Words after an ordinal with no noun that keep it a place in a series whose noun the
# sentence gave before ("the county's fourth in a year", "the ninth in the city", "the
# season's fifth since June"); not "to", "at" or "on", after which it is a day of a month
# ("from the 12th to the 14th") or a hole ("bogeyed the 14th to slip").
ORDINAL_ELLIPSIS_AFTER = frozenset("in since this so of".split())
# Nouns of an ordinal that name no series but the sentence's event ("cut rates for the
# second time" is "its second cut"): read as no noun.
ORDINAL_GENERIC = frozenset({"time", "occasion"})
# Words that end an ordinal's noun: "its third acquisition last year".
ORDINAL_NOUN_ENDS = frozenset("last next every each".split())
# Words passed over between an ordinal and its noun ("the fourth such warning").
ORDINAL_PASSED = frozenset({"such"})
# Words in "-est" after an ordinal that are no superlatives: "England's second Test", "its
# third protest" are places in a series, not ranks.
NOT_SUPERLATIVES = frozenset(
    """test tests west rest nest quest chest guest crest forest interest harvest protest
    contest request arrest inquest conquest bequest manifest priest midwest northwest
    southwest pest vest zest jest fest""".split()
)
# Verbs before an ordinal that make it a finishing place ("finished third", "came fourth").
PLACE_VERBS = frozenset(
    """finished finishes finish finishing came comes come coming placed places ended ends
    crossed took take takes taking""".split()
)
# Nouns of a finishing place ("third place", "fourth position").
PLACE_NOUNS = frozenset({"place", "position", "spot"})
