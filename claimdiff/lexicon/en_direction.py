"""English grammar data for the direction of a figure: plain tables, no logic.

:mod:`claimdiff.extract.direction` (with ``direction_tokens`` and ``direction_cues``)
reads these through the lexicon (``lex.direction``); every ``<lang>_direction.py``
defines the same names.  The lists are claimdiff's own, drawn from the verbs and nouns
of change in business and wire copy ("revenue rose 12%", "cut 300 jobs", "a 5%
decline"); docs/check.md says how each table is used.
"""

from __future__ import annotations

# Words before a figure saying it moved up: "rose 12%", "up from 40", "added
# 300 jobs".  "raised" is left out on purpose: "raised £1m" is fundraising.
UP_BEFORE = frozenset(
    """rise rises rose risen rising increase increases increased increasing
    grow grows grew grown growing climb climbs climbed climbing jump jumps jumped
    jumping soar soars soared soaring surge surges surged surging gain gains gained
    gaining up higher add adds added adding boost boosts boosted expand expands
    expanded expanding hike hikes hiked advance advances advanced rebound
    rebounded doubled tripled trebled quadrupled widens widened widening accelerate accelerates
    accelerated accelerating quickened quickening advancing rebounds rebounding
    recovering recovered recovers strengthened strengthens strengthening""".split()
)

# Words that say a figure moved up only with a role word between them and it: "raised
# prices by 5%", "lifted its forecast to $8.40"; "raised £1m" is fundraising, "lifted
# 200kg" a weight.
UP_WITH_A_ROLE = frozenset("raise raises raised raising lift lifts lifted lifting".split())

# Words before a figure saying it moved down: "fell to $2bn", "cut 300 jobs".
DOWN_BEFORE = frozenset(
    """fall falls fell fallen falling drop drops dropped dropping decline declines
    declined declining decrease decreases decreased decreasing cut cuts cutting
    slash slashes slashed slashing shed sheds shedding lose loses lost losing
    down lower shrink shrinks shrank shrunk shrinking slump slumps slumped
    plunge plunges plunged plunging tumble tumbles tumbled slide slides slid
    sliding dip dips dipped ease eased reduce reduces reduced reducing sink sank
    sunk slip slipped contract contracted halved narrows narrowed narrowing lowered
    lowering eases easing slowed slowing slows cooled cooling cools softened softening
    moderated moderating slips slipping dipping sinks sinking slumping tumbling
    contracts contracting softens weakened weakens weakening receding receded recedes
    moderates""".split()
)

# Words just after a figure naming its change: "a 5% decline", "12% higher", "9 days
# longer than a year earlier" (not "faster", a time down and a speed up).
UP_AFTER = frozenset(
    """rise increase gain jump growth surge climb higher up more hike
    boost uplift dearer pricier costlier longer""".split()
)
DOWN_AFTER = frozenset(
    """fall decline decrease drop cut cuts reduction loss lower down fewer less
    slump plunge dip contraction cheaper shorter""".split()
)

# A noun of change, what changed after one of CHANGE_IN_WORDS, then "of" and the figure:
# "a decline in burglaries of 8%", "an increase in the number of rough sleepers of 14%";
# up to CHANGE_IN_REACH words name what changed, none of CHANGE_IN_STOPS.  The nouns'
# direction is UP_AFTER's or DOWN_AFTER's.
CHANGE_NOUNS = frozenset(
    """rise increase gain jump growth surge climb hike boost uplift fall decline decrease
    drop cut cuts reduction loss slump plunge dip contraction""".split()
)
CHANGE_IN_WORDS = frozenset({"in"})
CHANGE_IN_REACH = 6
# Words that end what changed: "a rise in mortgages with a deposit of 5%" gives the
# deposit, no size of the rise.  Not "for", "to", "on", "by": the words are read without
# their hyphens, and those stand inside compounds ("like-for-like", "year-to-date").
CHANGE_IN_STOPS = frozenset("with at from after before under over into per".split())
# Only a share is read so: "a rise in earnings per share of $3.50" names the level as
# often as the rise, "a rise in the cost of 12 items" what costs.
CHANGE_IN_UNITS = ("%", "per cent", "percent", "percentage point", "percentage points")

# Words comparing a figure with a mark: "exceeded $5m" puts the amount above
# it, "failed to reach 300 tonnes" (a negated "reach") below it.
ABOVE_BEFORE = frozenset(
    """exceed exceeds exceeded exceeding top tops topped surpass surpasses
    surpassed beat beats reach reaches reached hit hits above""".split()
)
BELOW_BEFORE = frozenset("miss misses missed below under undershot".split())

# Words that negate the cue after them: "did not exceed", "failed to reach".
NEGATIONS = frozenset(
    """not never no n't didn't don't doesn't won't wasn't weren't hasn't haven't
    fail fails failed failing""".split()
)

# Words that may stand between a cue and its figure: "rose by some 12%",
# "fell sharply to $2bn", "cut about 300 jobs", and a cue written as a noun:
# "a rise of 12%", "an increase of $2m".
FILLERS = frozenset(
    """by to from some about around nearly almost roughly approximately just
    sharply slightly steeply strongly modestly again further only a an the its
    their his her by more than over under of""".split()
)

# Words that name the role of a figure in a change.
ROLES = {"from": "from", "to": "to", "by": "by"}

# A run of time between a cue and its figure's role word is passed over: "rose for a
# third straight week to $82", "fell for the second month in a row to 7.6 million",
# "for a fifth day running" (the run's words; its periods; its ordinals, or digits
# with their ending).
RUN_WORDS = frozenset("a an the straight consecutive successive".split())
RUN_PERIODS = frozenset("day week month quarter year session time".split())
RUN_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
RUN_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# Role words after which a comma does not end the search: "have risen again, to more
# than 3,600 a year" (a level after an aside), "Burglaries also increased, by 4 per cent"
# (a size).
ROLES_AFTER_A_COMMA = frozenset({"to", "by"})

# Words that end the search for a cue: clause boundaries and conjunctions.
STOPS = frozenset("and but while whereas although though as which who that , ; : ( )".split())

# Verbs that make a following "up" part of them, not a cue: "makes up a third of
# revenue", "set up 12 centres", "picked up 40 seats".
PHRASAL_UP = frozenset(
    """make makes made making set sets setting take takes took taking taken pick picks
    picked picking end ends ended ending show shows showed shown build builds built
    sign signs signed open opens opened turn turns turned line lined back backed
    sum sums summed wrap wrapped round rounded mop clean cleaned""".split()
)
# ... of which these rise before "to" and a level: "inflation picked up to 3.4%".
PHRASAL_UP_RISING_TO = frozenset("pick picks picked picking".split())

# A word, as the direction rules read it.  English reads ASCII letters (and an
# apostrophe's tail, "didn't"): every cue is ASCII.  Possessive repeats ("++", "?+"):
# nothing after a word could match where it gave a letter back, and the engine keeps no
# state to return to.
WORD = r"[A-Za-z]++(?:'[a-z]++)?+"

# Words that may stand between a figure and the word after it naming its change (at most
# three of them, hyphens read as spaces): "12% year on year higher", "5 percentage points
# lower", "a 2.4% year-on-year gain", "a 3% annual fall", "a 1.2% quarterly drop", "a 3%
# month-on-month decline".  Not "for" ("$49 per month for up to 10 users"), so not "a 5%
# like-for-like rise".
PERIODS_AFTER = frozenset(
    """year on over annual annualised annualized yearly quarterly monthly weekly month
    quarter week""".split()
)
AFTER_SKIP = PERIODS_AFTER | frozenset("per cent percent percentage points point".split())

# A comparative after the figure names no change ("30 points more than any other
# player", "2 points higher than in Germany"; "Of the 300 more than half were women"
# hedges the half) unless what it is compared with is an earlier time or a plan: "0.3
# points lower than in March", "than in 2019", "£2.1bn more than a year earlier", "10%
# fewer than last year", "than the same month last year", "£2bn more than forecast".
COMPARATIVES = frozenset({"than"})
# Words that name one alone: "than last year", "than forecast".
COMPARISON_BASES = frozenset(
    "last before earlier previously forecast forecasts expected planned budgeted".split()
)
# Periods after an article ("than a year earlier", "than the year before"), and after
# "the" and one of COMPARISON_ORDINALS ("than the same month", "than the previous
# quarter"; not "than the same staff in Wales", "than the previous owner").
COMPARISON_PERIODS = frozenset(
    "year month week quarter day decade fortnight period season half".split()
)
COMPARISON_ORDINALS = frozenset(
    "same previous prior preceding past first second third fourth last".split()
)
# A number of periods after one of them: "than in the previous three months".
COMPARISON_COUNTS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen eighteen twenty
    thirty forty fifty""".split()
)
# A number of periods and one of these: "15 cents less than two weeks ago", "12% higher
# than three months earlier".
COMPARISON_AGO = frozenset("ago earlier before".split())
# After "in": a year in digits, a month, or "the" and a period ("than in March", "than in
# the first quarter"; not "than in Germany").
COMPARISON_MONTHS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# How many words of an object may stand between a cue and the "to"/"by"/"from"
# before the figure: "cut wheat output by 15%", "increased its dividend to 52 cents".
MAX_OBJECT = 2

# Verbs that close a clause after its figure (German puts the verb last: "um 5
# Prozent gestiegen"), and particles whose verb stands before the figure ("legte um
# 8 Prozent zu"): particle → {verb: "up" or "down"}.  English states its cue first.
# LATE_UP and LATE_DOWN count only when a role word ("to", "by") stands before the
# figure; LATE_OBJECT (verb → "up" or "down") also without one ("300 Stellen abbauen").
LATE_UP: frozenset[str] = frozenset()
LATE_DOWN: frozenset[str] = frozenset()
LATE_OBJECT: dict[str, str] = {}
PARTICLE_VERBS: dict[str, dict[str, str]] = {}
