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

# Ordinals that end a number in words, which then counts nothing: "the twenty-first
# century", "his twenty second goal" (claimdiff/extract/scan.py); after a numerator they
# make a denominator with the tens ("one twenty-fifth", "three thirty-seconds":
# claimdiff/extract/word_ordinals.py).
ORDINAL_VALUES = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
ORDINAL_UNITS = frozenset(ORDINAL_VALUES)
# Ordinals whose plural unhyphened is another word: "thirty seconds" is a length of time,
# "three thirty-seconds" a fraction.
ORDINALS_OTHER_PLURALS = frozenset({"second"})
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
COUNT_WORDS = {"dozen": 12, "pair": 2, "brace": 2, "trio": 3, "quartet": 4, "hat-trick": 3}
# Of those, the ones that count only between "a" and "of" ("a pair of its factories", "a
# brace of pheasants", "a trio of ministers"): "the pair were jailed", "pair up", "a knee
# brace", "the trio" count nothing.
COUNT_WORDS_BEFORE_OF = frozenset({"pair", "brace", "trio", "quartet"})
# ... and the ones that count only after "a" ("scored a hat-trick"; not "the hat-trick
# hero", "his 100th hat-trick").
COUNT_WORDS_AFTER_A = frozenset({"hat-trick"})
# Words for how many times a thing was done ("scored twice": claimdiff/extract/repeats.py),
# the words after them that make them no count ("twice as many", "once a week", "once
# again", "twice the size", "once upon a time"), and words that may stand between the
# verb and them ("replied only once").
REPEAT_WORDS = {"once": 1, "twice": 2, "thrice": 3}
REPEAT_NOT_BEFORE = frozenset(
    """as a an the per every each more again over upon those these what daily weekly
    monthly yearly annually hourly nightly removed""".split()
)
# Words that may follow the count in its clause ("scored twice in 2019", "twice this
# season", "once and set up twice"); any other word makes "once" a conjunction or
# "formerly" ("ended once police arrived", "she once worked").
REPEAT_FOLLOWERS = frozenset(
    """in on at by for during before after against since until this that last and or but
    with from to into inside within over under as when while since between""".split()
)
REPEAT_IDIOMS = ("once and for all", "once in a while", "once or twice", "not once but")
REPEAT_CLAUSE_WORDS = frozenset({"as"})
REPEAT_NOT_AFTER = frozenset({"at", "for"})  # "all at once", "for once"
REPEAT_NOUN = "times"  # what "twice" counts, as "three times" does
REPEAT_AGAIN = frozenset({"again"})  # "once … and again": no count of one
# "as" opening a clause after the word, not a comparison: "scored twice as Leeds won",
# "scored twice as the rain fell" (but "twice as many").
REPEAT_CLAUSE_AFTER_AS = frozenset(
    "the a an he she it they we i you his her their its our my your this that these those".split()
)
# Auxiliaries and copulas before the word: "he was once a teacher", "had once been".
REPEAT_STOPS = frozenset(
    "is are was were be been being am has had have will would could can may might must"
    " should did does do".split()
)
# Nouns one pair of which is one thing, or is counted in pairs: "a pair of trousers" is
# no count of two.
PAIRED_NOUNS = frozenset(
    """trousers jeans shorts pants tights leggings pyjamas pajamas scissors shears pliers
    tongs tweezers glasses spectacles sunglasses goggles binoculars headphones earphones
    shoes boots trainers sneakers sandals slippers gloves socks earrings skis handcuffs
    knuckledusters""".split()
)
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
    "eleventh": 1 / 11, "elevenths": 1 / 11, "twelfth": 1 / 12, "twelfths": 1 / 12,
    "thirteenth": 1 / 13, "thirteenths": 1 / 13, "fourteenth": 1 / 14, "fourteenths": 1 / 14,
    "fifteenth": 1 / 15, "fifteenths": 1 / 15, "sixteenth": 1 / 16, "sixteenths": 1 / 16,
    "seventeenth": 1 / 17, "seventeenths": 1 / 17, "eighteenth": 1 / 18, "eighteenths": 1 / 18,
    "nineteenth": 1 / 19, "nineteenths": 1 / 19, "twentieth": 1 / 20, "twentieths": 1 / 20,
    "thirtieth": 1 / 30, "thirtieths": 1 / 30, "fortieth": 1 / 40, "fortieths": 1 / 40,
    "fiftieth": 1 / 50, "fiftieths": 1 / 50, "sixtieth": 1 / 60, "sixtieths": 1 / 60,
    "seventieth": 1 / 70, "seventieths": 1 / 70, "eightieth": 1 / 80, "eightieths": 1 / 80,
    "ninetieth": 1 / 90, "ninetieths": 1 / 90, "hundredth": 1e-2, "hundredths": 1e-2,
    "thousandth": 1e-3, "thousandths": 1e-3, "millionth": 1e-6, "millionths": 1e-6,
    "billionth": 1e-9, "billionths": 1e-9, "trillionth": 1e-12, "trillionths": 1e-12,
}  # fmt: skip
# The ordinals among FRACTIONS.  A numerator other than one takes the plural ("three
# fifths", "two hundredths"), so in the singular after such a number an ordinal is no
# share (claimdiff/extract/word_ordinals.py; docs/claims.md, "Ordinals after a number"):
# with a number ending in a scale it is one ordinal ("the one hundred fifth anniversary"
# is the 105th, "the one hundred and fiftieth"), and otherwise the number counts what the
# ordinal describes ("won three third prizes").  Hyphened to a lone numerator it is a share
# still ("a two-third majority").  "half" and "quarter" are no ordinals.
ORDINAL_FRACTIONS = frozenset(
    w for w in FRACTIONS if not w.endswith("s") and w not in ("half", "quarter")
)
# Ordinals as the numbers they are ("ninth": 9), from the fraction words' denominators and
# "first" and "second": read where an ordinal counts a run ("a ninth straight win",
# claimdiff/extract/streaks.py).
ORDINAL_NUMBERS = {
    "first": 1,
    "second": 2,
    **{w: round(1 / FRACTIONS[w]) for w in ORDINAL_FRACTIONS},
}
# ... and those that are a scale's ordinal, which make one ordinal with any number before
# them: "her ten thousandth operation", "his two hundredth Test".
SCALE_ORDINALS = frozenset({"hundredth", "thousandth", "millionth", "billionth", "trillionth"})
# Words that make a fraction word a part, not a share: "the second half of the meeting",
# "the first quarter of the year", "the latter half", "the bottom third of the table".
NOT_A_SHARE_AFTER = frozenset(
    """first second third fourth last final other latter former top bottom upper lower
    back front""".split()
)
# Fractions that are also plain words after "a": "a half" is 0.5 wherever it stands, but
# "a third party", "a fifth term" are ordinals, so those need no noun after them.
FRACTIONS_BEFORE_NOUNS = frozenset({"half"})
# Fraction words that are a share with no article, before a determiner or after a hedge
# ("half the staff", "more than half said yes": claimdiff/extract/bare_shares.py) ...
SHARES_WITHOUT_ARTICLE = frozenset({"half"})
# ... and the determiners that stand for "of the" after them.
SHARE_DETERMINERS = frozenset("the its their his her our your my those these".split())
# Hedges that make a bare "half" a threshold crossed, not a share stated ("the first time
# it has fallen below half"): the share itself is stated elsewhere.
THRESHOLDS_BEFORE_HALF = frozenset({"below", "above"})
# Decimals in words: "two hundred point zero three", "nine point nought four".
DECIMAL_POINT_WORDS = frozenset({"point"})
# Words that make the number after them negative ("minus 5", "negative one").
NEGATIVE_WORDS = ("minus", "negative")
# Words before a minus word that make the figure a margin either way, no negative: "a
# margin of error of plus or minus 3.1 points" is ±3.1.
EITHER_SIGN_BEFORE = (("plus", "or"), ("plus",))  # "plus/minus", "plus-or-minus" too
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
    # "on the ground within 20 minutes": no more than the figure; of lengths of time only
    # (HEDGES_OF_TIME_ONLY).
    "within": ("at_most", 0.0, 1.0),
    "greater than": ("more_than", 1.0, None),
    "larger than": ("more_than", 1.0, None),
    "bigger than": ("more_than", 1.0, None),
    "higher than": ("more_than", 1.0, None),
    # Comparatives of length and time: "waited longer than 12 months", "shorter than two
    # weeks", "taller than 300 metres".
    "longer than": ("more_than", 1.0, None),
    "taller than": ("more_than", 1.0, None),
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
    "shorter than": ("less_than", 0.0, 1.0),
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
# of $90 million to $100 million", "ranging from 5% to 8%" (not a change from 5% to 8%),
# "varied from 12C to 18C".
RANGE_OPENERS = (
    "between", "between the range of", "in the range of", "within the range of",
    "in a range of", "within a range of", "ranging from", "range from", "ranges from",
    "ranged from", "a range of", "the range of", "varied from", "varying from", "vary from",
    "varies from",
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
# Hedges that before a length and "of" say how deep something lies, no bound, within four
# words of a verb of lying or being covered (DEPTH_VERBS): "buried under 46 centimetres of
# snow", "buried three skiers under 15 feet of snow",
# "homes lay under a foot of water", "were under two metres of water"; not "Under 10mm of
# rain fell", "received under 2 inches of rain", "has under 20 miles of track left"
# (claimdiff/extract/bounds.py).
DEPTH_HEDGES = frozenset({"under"})
DEPTH_VERBS = frozenset(
    """buried lay lie lies lying trapped submerged sank sunk sinking was were is are been
    remained remain remains stood sat sit sits sitting""".split()
)
# Hedges only of a length of time: "within 20 minutes" is at most twenty, where "within 3km
# of the plant" and "within a 3 km radius" give the radius itself (claimdiff/extract/
# bounds.py).
HEDGES_OF_TIME_ONLY = frozenset({"within"})
# Hedges that are prepositions too: before an article that is no part of the number they
# govern a noun ("under a three-year contract"); "almost a two-year low" stays hedged.
PREPOSITION_HEDGES = frozenset({"over", "under", "above", "below"})
# Words that may stand between a hedge and its figure, adding to what came before: "at
# least another two years", "up to a further 500 jobs", "nearly an extra £2m".
HEDGE_GAPS = ("another", "a further", "an extra", "an additional")
# Endings of a participle: after a hedged fraction word it makes the fraction a share, a
# rank taking no hedge ("more than a third waiting", "nearly a quarter surveyed").
PARTICIPLE_ENDINGS = ("ing", "ed")
# Comparatives after a fraction word that make it a share, whatever stands before ("about a
# fifth lower", "a third more"); a rank takes none.
SHARE_COMPARATIVES = frozenset(
    "higher lower more fewer less bigger smaller larger greater cheaper dearer".split()
)

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
    "or over": ("at_least", 1.0, None),
    # Of ages: "aged 65 and older", "children 12 and younger".
    "and older": ("at_least", 1.0, None),
    "or older": ("at_least", 1.0, None),
    "and younger": ("at_most", 0.0, 1.0),
    "or younger": ("at_most", 0.0, 1.0),
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
# Verbs that give a count to whom they name next: "Final results give Labor 14 seats",
# "Polls gave Labour 40 seats": the capitalised word is who gets the count, no name the
# number is part of ("Boeing 737").
GIVING_VERBS = frozenset(
    "give gives gave given giving hand hands handed award awards awarded".split()
)
# Nouns a number after them names, in lower case as prose writes them: "at junction 10",
# "from platform 4", "on page 12" (capitalised, any word makes a name: "Article 7").
LABEL_NOUNS = frozenset(
    """junction exit gate platform terminal page pages chapter section clause room route
    pier berth runway ward bay lane level""".split()
)
# Steps of a scale a number after them names where a singular noun, "of" or nothing
# follows the number ("stage 4 load shedding", "a category 5 storm", "its tier 1 ratio",
# "type 2 diabetes", "phase 2 of the plan"); before a plural or a verb it counts ("at this
# stage 12 people remain", "in the first phase 300 homes", "of this type 30 were sold").
# Not "round": "a round 250" is a figure.
STEP_NOUNS = frozenset("stage phase tier category grade type".split())
STEP_AFTER = frozenset({"of"})
# Determiners and adjectives that make a step noun a plain noun before a number ("at this
# stage 12 people", "in the first phase 300 homes", "on the main stage 40 bands"); not "a"
# ("a category 4 or 5 storm").
STEP_DETERMINERS = frozenset(
    """the this that these those its their his her our my your each every first second
    next last final main early late later""".split()
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
# Articles before a unit after a fraction's "of" ("a sixteenth of an inch":
# claimdiff/extract/points.py); "of the mile" is no unit's fraction.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
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

# The tables of cricket, measures, time, and people and their events, kept in modules of
# their own by topic; every upper-case name is held here as if written here, so that the
# lexicon (claimdiff.lexicon.hold_tables) reads one module.
from claimdiff.lexicon.en_cricket import *  # noqa: E402, F403
from claimdiff.lexicon.en_measures import *  # noqa: E402, F403
from claimdiff.lexicon.en_ordinals import *  # noqa: E402, F403
from claimdiff.lexicon.en_people import *  # noqa: E402, F403
from claimdiff.lexicon.en_times import *  # noqa: E402, F403

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
# forecast that rates will fall to 3.5%": rates; "flat profits for the quarter as costs
# rose": costs).
CLAUSE_OPENERS = frozenset(
    "that which who whom whose where when while because if as although though whereas".split()
)
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
# Nouns used as plurals with no "-s", besides the irregular plurals WordNet lists
# ("children"): after one, a verb's base form ends the noun phrase ("3,000 people cross
# it each day"), a plural goes on ("200 police officers") (extract/subjects.py).
PLURALS_WITHOUT_S = frozenset(
    "people police cattle staff crew personnel livestock clergy sheep aircraft fish deer".split()
)
# Nouns before "of" and a count that make it a difference, not a count of things: "by a
# margin of 12", "a majority of 25", "a lead of 3" (claimdiff/prepare.py).
# Words before a figure, in its clause, that make it a survey's margin of error, and words
# right after it that do ("3 points either way"): claimdiff/margins.py.
MARGIN_CUES = (
    "margin of error", "error margin", "margin of sampling error", "sampling error",
    "plus or minus", "plus/minus", "plus-or-minus", "±", "+/-", "+/\u2212", "accurate to within",
    "accurate within",
)  # fmt: skip
MARGIN_CUES_AFTER = ("either way", "in either direction")
# Cues that may also follow their figure ("a 3-point margin of error"), the words that may
# link a cue to the figure after it ("margin of error of plus or minus 3 points"), and the
# words right before a cue that make the sentence speak of a figure within or beyond the
# margin, no margin ("within the margin of error with Labour on 41 per cent").
MARGIN_CUES_BEHIND = ("margin of error", "error margin", "margin of sampling error")
MARGIN_LINKS = frozenset(
    """of is was are at be a an the its plus or minus within to maximum up about around
    roughly some approximately estimated level""".split()
)
MARGIN_ASIDES = frozenset({"outside", "beyond", "inside", "blamed", "despite"})
DIFFERENCE_NOUNS = frozenset("margin majority lead gap difference deficit surplus".split())
# Counters of people that give way only to a word for people: "Twelve members of staff"
# counts staff, "120 members of parliament" stays members (a parliament is no people).
PEOPLE_COUNTERS = frozenset("members member".split())
# Words after which a number heads its own noun phrase, so that a verb's form after it
# is a verb: "a survey of 2,000 shows", "the 300 calls for", "in 2019 works well", "one
# in 10 votes" (claimdiff/extract/subjects.py).
FIGURE_AS_HEAD_AFTER = frozenset("the of in number no".split())
# Nouns that count persons by something of theirs: "the loss of 41 lives", "300 souls"
# count people (claimdiff/prepare.py compares them as "people"). Lemmas.
PERSONS_BY = frozenset("life soul".split())
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
# Periods counted from when a text was written that lie one within another ("this
# month" is within "this year"): two figures of two of them may be one fact, where
# "last year" and "this year" never are (claimdiff/periods.py).
NESTED_PERIODS = ("today", "this week", "this month", "this quarter", "this year", "this decade")
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
    "third-quarter": "Q3", "fourth-quarter": "Q4", "final quarter": "Q4", "final-quarter": "Q4",
    "h1": "H1", "h2": "H2", "first half": "H1", "second half": "H2", "first-half": "H1",
    "second-half": "H2", "half-year": "H1", "half year": "H1", "interim": "H1",
    "full year": "FY", "full-year": "FY", "fiscal year": "FY", "financial year": "FY",
    "whole year": "FY", "annual": "FY", "fy": "FY", "fiscal": "FY",
    "first six months": "H1", "second six months": "H2", "first three months": "Q1",
    "last three months of the year": "Q4", "final three months of the year": "Q4",
    "last six months of the year": "H2", "final six months of the year": "H2",
    "last quarter of the year": "Q4",
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
# ...but "c" is cents before what a price is per, where no temperature stands: "2c per
# litre", "40c a litre", "12c a kWh" (the currency of "cent", MINOR_CURRENCY_WORDS).
GLUED_MINOR_BEFORE_PER = {"c": MINOR_CURRENCY_WORDS["cent"]}
# What such a price is per: goods and energy sold by the unit, never a time or a person.
GLUED_CENTS_PER = frozenset(
    "litre liter litres liters gallon kilo kg kilogram kwh mwh tonne ton barrel unit share".split()
)
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
# Currency words after a number that are everyday words or names there too: a verb ("14
# won", "8 won seats", "in 2022 won the title"), an adjective ("the 3 real problems"), a
# name ("a 2023 Rand Corporation study").  They are money only hyphened ("a 500-won
# coin"), after a scale, digits grouped by thousands or decimals ("3 million won", "1,550
# won": a won is worth a tenth of a US cent), or after a word of money in their clause
# with only stop words between (MONEY_CUES: "costs 500 won", "will cost 23.47 rand").
EVERYDAY_CURRENCY_WORDS = frozenset({"won", "real", "rand"})
# ISO codes that are also English words written in capitals ("TOP 10", "ALL 20
# players", "the CUP"): read as money only with a word of money near (MONEY_CUES).
# Written in lower case after a number ("20 usd"), these are never read as codes.
# Codes a figure's digits may touch, as financial news writes them ("USD115m", "EUR20bn",
# "SGD1.35"); not those that are words or names too ("CAD", "PHP 8", CODES_THAT_ARE_WORDS).
GLUED_CODES = frozenset(
    """USD EUR GBP JPY CNY INR AUD CHF HKD SGD NZD ZAR SEK NOK DKK KRW BRL MXN AED SAR PLN
    IDR MYR THB TWD NGN KES EGP PKR ILS HUF CZK""".split()
)
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
# the lari, the kip, bitcoin's "₿", and the Egyptian pound as Egypt's press writes it.
EXTRA_SYMBOLS.update({"元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC", "£E": "EGP"})
# Symbols CLDR gives a currency at home (lexicon.cldr.home_symbols) that this language
# writes as names before digits: "Q3" is a quarter far more often than quetzales.
NOT_HOME_SYMBOLS = frozenset({"Q"})
# Symbols the press writes a currency with at home that CLDR lacks, read as its home
# symbols are (two letters: only touching a figure with a scale or grouped digits, or
# after a word of money, "costs Sh500"):
# Kenya's papers write the shilling "Sh" ("Sh3.5 billion", "Sh84m"; CLDR has "Ksh"),
# the Kenyan shilling, as a bare "shillings" is (CURRENCY_HEAD_DEFAULTS); Uganda's write
# theirs "Shs" ("Shs5.6 trillion"; CLDR has "USh").
EXTRA_HOME_SYMBOLS = {"Sh": "KES", "Shs": "UGX"}
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
    including like unlike despite behind amid amidst beyond beside besides beneath
    underneath upon along alongside throughout""".split()
)
# Words that end a noun phrase after a figure though they are no stop words of names
# ("a £48k fine plus costs of £6,200"; "Disney Plus" keeps its name): extract/subjects.py.
PHRASE_ENDING_WORDS = frozenset({"plus", "minus"})
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
# "43 of the 55 seats", "12 of its 40 stores", "34 of the council's 60 seats": a bare count
# of a whole counts the whole's noun; the words that may stand between "of" and the whole
# (a possessive, "council's", is read as one too).
PARTITIVE_WORDS = frozenset("the its their his her our your these those this that".split())
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
    "scoreline", "final score", "ended", "finished", "voted", "voting", "passed", "triumph",
    "beating", "winning", "losing", "approved", "rejected", "carried", "backed", "ruled",
    "elected", "vote", "ruling", "judgment", "verdict", "decision", "majority", "trailed",
    "trailing",
    "lead", "saw off", "see off", "sees off", "seen off", "seeing off", "confirmed", "winners",
    "dismissed", "upheld", "rout",
)  # fmt: skip
# Score words that make a score only after it ("a 6-3 decision", "a 2-1 split decision"):
# before one, they are the subject of the sentence ("After the decision, the rate was cut
# to 4-5").
SCORE_WORDS_AFTER = frozenset({"decision"})
# Score words that make a score of two numbers only where the first is at least the second,
# as a winner's result and a vote carried are written: "the Senate confirmed her 51-49",
# "ran out 3-1 winners", "the committee voting 6-3"; but "police confirmed 10-12 were
# injured" and "those voting 18-24" are ranges.
SCORE_WORDS_DESCENDING = frozenset(
    {"saw off", "see off", "sees off", "seen off", "seeing off", "confirmed", "winners"}
    | {"dismissed", "upheld", "rout", "voting"}
)
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
# Words between such a bound and its year, or before a year, that name a part of it:
# "by the end of 2027", "until at least 2026", "opened in early 2024", "mid-2021".
YEAR_PARTS = frozenset(
    """early mid late spring summer autumn fall winter start beginning end middle half
    first second""".split()
)
YEAR_PART_FILLERS = frozenset("of at least".split())
# An article is read past only before a part of the year ("by the end of 2027"): "after
# the 2011 quake" is no bound of a period.
YEAR_PART_ARTICLES = frozenset({"the"})
# The word for nought in a score written in words: "won two-nil".
SCORE_ZERO = frozenset({"nil", "nothing"})
# Words between a score and its score word after it: "a 3-1 home win", "a 2-0 away
# defeat", "a 4-1 aggregate victory", "a 2-1 split decision".
SCORE_MODIFIERS = frozenset(
    "home away league cup aggregate narrow comfortable split unanimous".split()
)
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
# Of those, the verbs (not "up", "down", "higher", "by"), and not "shed" and "cut", which
# are nouns too ("load shedding", "a cut of"): a length "to" a bare number right after one
# is a change's span and its result (claimdiff/extract/bounds.py).
MOVE_VERBS = frozenset(
    w for w in _UP | _DOWN if w not in {"up", "down", "higher", "lower", "by"}
) - {"shed", "sheds", "shedding", "cut", "cuts", "cutting"}
# Words after which "X to Y" is a change even with a hedge between: "fell by about 5,000
# to 112,000"; after a verb a hedge reads a range ("add an estimated 10 to 15 minutes").
CHANGE_BY_WORDS = frozenset({"by"})
# A word that alone between two counts makes them one verb's subject or object together:
# "Around 80 firefighters and 11 helicopters are battling the flames" (extract/context.py).
COORDINATING_WORDS = frozenset({"and"})
# A verb's contracted negation: the word before it is no noun ("1,000 don't agree").
NEGATION_CLITICS = ("'t", "’t")

# What a figure states ("killed", "revenue"): tables of their own, read through the lexicon.
from claimdiff.lexicon.en_predicates import AGE_KIN as AGE_KIN  # noqa: E402
from claimdiff.lexicon.en_predicates import AMOUNT_PREDICATES as AMOUNT_PREDICATES  # noqa: E402
from claimdiff.lexicon.en_predicates import APART_WHOEVER as APART_WHOEVER  # noqa: E402
from claimdiff.lexicon.en_predicates import COUNT_PREDICATES as COUNT_PREDICATES  # noqa: E402
from claimdiff.lexicon.en_predicates import COUNTED_BY as COUNTED_BY  # noqa: E402
from claimdiff.lexicon.en_predicates import FOUGHT_GAP_WORDS as FOUGHT_GAP_WORDS  # noqa: E402
from claimdiff.lexicon.en_predicates import FOUGHT_VERBS as FOUGHT_VERBS  # noqa: E402
from claimdiff.lexicon.en_predicates import GAP_WORDS as GAP_WORDS  # noqa: E402
from claimdiff.lexicon.en_predicates import GENERAL_COUNT_NOUNS as GENERAL_COUNT_NOUNS  # noqa: E402
from claimdiff.lexicon.en_predicates import HELD_TOTAL_AFTER_THERE as HELD_TOTAL_AFTER_THERE  # noqa: E402
from claimdiff.lexicon.en_predicates import HELD_TOTAL_BEFORE_TO as HELD_TOTAL_BEFORE_TO  # noqa: E402
from claimdiff.lexicon.en_predicates import HELD_TOTAL_VERBS as HELD_TOTAL_VERBS  # noqa: E402
from claimdiff.lexicon.en_predicates import METRICS as METRICS  # noqa: E402
from claimdiff.lexicon.en_predicates import RELATED as RELATED  # noqa: E402
from claimdiff.lexicon.en_predicates import STANDING_COUNTS as STANDING_COUNTS  # noqa: E402
from claimdiff.lexicon.en_predicates import TOLLS as TOLLS  # noqa: E402
from claimdiff.lexicon.en_predicates import YIELDING_PREDICATES as YIELDING_PREDICATES  # noqa: E402

# Words between two figures of a range: "10 to 20", "a 10- to 12-foot wall" (the words
# a hanging hyphen may stand before), "between 3 and 5"; and the word before a
# figure that makes "X to Y" a change ("from 40 to 50").
RANGE_WORDS = ("to", "through", "thru")
HANGING_RANGE_WORDS = ("to", "through")
# ... and the words a hanging hyphen stands before that join two figures, not a range:
# "16- and 17-year-olds", "2- or 3-litre bottles" (claimdiff/extract/hanging.py).
HANGING_JOIN_WORDS = ("and", "or")
# Words a hyphen joins to a figure that is still a figure, where "Covid-19" and "F-16"
# are names (claimdiff/extract/unclaimed.py): "a magnitude-5.8 earthquake".
HYPHENED_FIGURE_WORDS = frozenset({"magnitude"})
# ... and the parts of a year or decade a hyphen joins to its four digits: "by mid-2021",
# "the mid-1990s", "in early-2019" are years, as "mid 2021" and "the early 1990s" are.
HYPHENED_YEAR_WORDS = frozenset({"early", "mid", "late"})
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
from claimdiff.lexicon.en_expectations import EARLIER_FIGURES as EARLIER_FIGURES  # noqa: E402
from claimdiff.lexicon.en_expectations import ESTIMATE_NOUNS as ESTIMATE_NOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTATION_BREAKS as EXPECTATION_BREAKS  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTATION_NOUNS as EXPECTATION_NOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTED_AFTER as EXPECTED_AFTER  # noqa: E402
from claimdiff.lexicon.en_expectations import EXPECTING_WORDS as EXPECTING_WORDS  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECAST_AFTER as FORECAST_AFTER  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECAST_GAP as FORECAST_GAP  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECAST_NOUNS as FORECAST_NOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECASTER_PHRASES as FORECASTER_PHRASES  # noqa: E402
from claimdiff.lexicon.en_expectations import FORECASTERS as FORECASTERS  # noqa: E402
from claimdiff.lexicon.en_expectations import MEASURED_AGAINST as MEASURED_AGAINST  # noqa: E402
from claimdiff.lexicon.en_expectations import NAMED_BEFORE as NAMED_BEFORE  # noqa: E402
from claimdiff.lexicon.en_expectations import NAMING as NAMING  # noqa: E402
from claimdiff.lexicon.en_expectations import OWN_FORECAST_PRONOUNS as OWN_FORECAST_PRONOUNS  # noqa: E402
from claimdiff.lexicon.en_expectations import PARTICIPLE_OPENERS as PARTICIPLE_OPENERS  # noqa: E402
from claimdiff.lexicon.en_expectations import SALE_EXPECTATIONS as SALE_EXPECTATIONS  # noqa: E402
from claimdiff.lexicon.en_expectations import VERB_BEFORE_PARTICIPLE as VERB_BEFORE_PARTICIPLE  # noqa: E402
from claimdiff.lexicon.en_targets import AIMED_AFTER as AIMED_AFTER  # noqa: E402
from claimdiff.lexicon.en_targets import AIMING_NOT_FOR_COUNTS as AIMING_NOT_FOR_COUNTS  # noqa: E402

# Figures aimed at ("against a target of 95%"): claimdiff.targets.
from claimdiff.lexicon.en_targets import AIMING_OPENERS as AIMING_OPENERS  # noqa: E402
from claimdiff.lexicon.en_targets import AIMING_VERBS as AIMING_VERBS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_COPULAS as TARGET_COPULAS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_DETERMINERS as TARGET_DETERMINERS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_LIGHT_WORDS as TARGET_LIGHT_WORDS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_MISS_WORDS as TARGET_MISS_WORDS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_NAMING as TARGET_NAMING  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_NOUNS as TARGET_NOUNS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_NOUNS_AFTER as TARGET_NOUNS_AFTER  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_NOUNS_AFTER_AMOUNTS as TARGET_NOUNS_AFTER_AMOUNTS  # noqa: E402
from claimdiff.lexicon.en_targets import TARGET_RELATIVES as TARGET_RELATIVES  # noqa: E402
from claimdiff.lexicon.en_targets import TARGETING_VERBS as TARGETING_VERBS  # noqa: E402

# Words that turn over a "more than" or "fewer than" after them in their clause ("will not
# cost more than £5m": at most), and words that, standing between, say the negation is
# another clause's or a report's ("not known whether more than", "did not confirm reports
# that more than", "not only did more than") or governs a phrase the bound sits in ("has
# not been seen for more than two weeks", "None of the more than 150 passengers", "did not
# rule out more than £1bn"): claimdiff.extract.negated_bounds.
NEGATIONS = frozenset("not no never nobody none cannot neither nor".split())
NEGATION_BLOCKERS = frozenset(
    """whether if that only just how what which who why when because although though
    reports report known know knows say said says confirm confirmed deny denied claims
    claim least as and but or for in until since of among after within the out""".split()
)
