"""Words that make a figure a target, not what happened (claimdiff.targets).

"Just 58.3% were seen within four hours, against a target of 95%", "the government aims
to build 300,000 homes a year", "short of its 2% inflation target": what was aimed at is
a figure of its own, and two reports pair the target with the other's target, the
outcome with its outcome (docs/compare.md, "Evidence against").  A plan is not here:
"plans to cut 300 jobs" states the fact the other report gives as "will cut 300 jobs".
"""

from __future__ import annotations

# A target named before its figure, in the figure's clause: "a target of 95%", "its goal
# of 1 million visitors", "the target is 300,000", "an ambition to plant 15 billion trees".
# Not "pledge": "drew pledges of $1.2bn" is money promised, what an appeal raised.
TARGET_NOUNS = frozenset(
    {
        "target", "targets", "goal", "goals", "aim", "ambition", "ambitions", "objective",
        "objectives",
    }
)  # fmt: skip
# Words naming a target's value right after its noun, a few words before the figure at
# most: "target of 95%", "aim to build 300,000 homes", "target for 2025 of 95%", "target
# set at".  Not "of" before a determiner ("The aim of the $5bn fund", "the goals of the
# 193 member states"), nor "at" ("took aim at 5 judges").
TARGET_NAMING = frozenset({"of", "to", "for", "set"})
# ... and verbs of being, the figure right after them (an article or a hedge between at
# most): "the target is 300,000", "the goal remains 95%"; not "The goal was watched by
# 40,000 fans".
TARGET_COPULAS = frozenset({"is", "was", "remains", "stands"})
TARGET_DETERMINERS = frozenset(
    {"the", "its", "their", "his", "her", "our", "all", "these", "those", "this", "that"}
)
# Words that may stand between a verb of being and the figure ("the target is about
# 300,000"), and that count for no gap after a verb of aiming ("promised to recruit an
# extra 20,000 officers").
TARGET_LIGHT_WORDS = frozenset(
    {"a", "an", "about", "around", "some", "nearly", "almost", "roughly", "just", "over",
     "under", "extra", "further", "additional", "another"}
)  # fmt: skip
# A target's noun right after its figure, singular, one word between at most: "a 2%
# inflation target", "its 33,450 target".  Not "goal" ("a two-goal lead"
# counts goals) nor any plural ("struck 40 targets" counts what was hit).
TARGET_NOUNS_AFTER = frozenset({"target", "ambition", "objective"})
# ... and, for a figure not a count, "goal" too ("its $4 billion goal").
TARGET_NOUNS_AFTER_AMOUNTS = frozenset({"goal"})
# Verbs of aiming, before "to" or "for" and the figure: "aims to build 300,000 homes",
# "pledged to plant 15 billion trees", "aiming for £210,000".  Not "want": "Police want to
# speak to 3 men" aims at nothing.
# The figure stands at most two words after "to" or "for" (its verb and one word):
# "Rescuers hoped to find survivors among the 300 passengers" aims at no 300.
AIMING_VERBS = frozenset(
    {
        "aim", "aims", "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "pledge",
        "pledged", "pledges", "pledging", "vow", "vowed", "vows", "promise", "promised",
        "promises", "seek", "seeks", "seeking", "sought", "strive", "strives",
    }
)  # fmt: skip
AIMING_OPENERS = frozenset({"to", "for"})
# ... of which these never before a count: "Police are seeking to identify 3 men".
AIMING_NOT_FOR_COUNTS = frozenset({"seek", "seeks", "seeking", "sought"})
# After a named figure, a participle of promising: "the 500,000 the White House has
# pledged", "the 300,000 homes ministers promised".  Not "targeted" nor "aimed" ("the 12
# sites targeted by missiles", "The 40 drones aimed at Kyiv": what was hit).
AIMED_AFTER = frozenset({"pledged", "promised", "vowed"})
# Verbs of targeting right before a figure not a count, a few words between at most:
# "New Delhi is targeting $2tn in exports".  Not "targets", a plural noun as often
# ("Strikes on energy targets caused $2bn of damage"), nor "targeted" (what was hit), and
# not before a count ("drones targeting 12 sites").
TARGETING_VERBS = frozenset({"targeting", "targetting"})
# Words opening a clause of who acted, between a named figure and a participle of aiming:
# "the 2,000 residents who pledged" is no target.
TARGET_RELATIVES = frozenset({"who", "which", "that", "whom"})
# Words that, right before the figure, make it the size of a miss or a beat, not the
# target ("missed its target by 2%", "beat the goal by 300 homes").
TARGET_MISS_WORDS = frozenset({"by"})
