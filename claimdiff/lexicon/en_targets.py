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
# Words naming a target's value right after its noun: "target of", "goal is", "aim to",
# "the target remains", "target set at".
TARGET_NAMING = frozenset({"of", "is", "was", "to", "for", "at", "remains", "stands", "set"})
# A target's noun right after its figure, singular, one word between at most: "a 2%
# inflation target", "its 33,450 target".  Not "goal" ("a two-goal lead"
# counts goals) nor any plural ("struck 40 targets" counts what was hit).
TARGET_NOUNS_AFTER = frozenset({"target", "ambition", "objective"})
# ... and, for a figure not a count, "goal" too ("its $4 billion goal").
TARGET_NOUNS_AFTER_AMOUNTS = frozenset({"goal"})
# Verbs of aiming, before "to" or "for" and the figure: "aims to build 300,000 homes",
# "pledged to plant 15 billion trees", "aiming for £210,000".  Not "want": "Police want to
# speak to 3 men" aims at nothing.
AIMING_VERBS = frozenset(
    {
        "aim", "aims", "aimed", "aiming", "hope", "hopes",
        "hoped", "hoping", "pledge", "pledged", "pledges", "pledging", "vow", "vowed",
        "vows", "promise", "promised", "promises", "seek", "seeks", "seeking", "sought", "strive",
        "strives", "targeting", "targets",
    }
)  # fmt: skip
AIMING_OPENERS = frozenset({"to", "for"})
# After a named figure, a participle of aiming: "the 500,000 the White House has pledged",
# "the 300,000 homes ministers promised".
AIMED_AFTER = frozenset({"pledged", "promised", "targeted", "targets", "vowed", "aimed"})
# Verbs of targeting right before a figure not a count, a few words between at most:
# "New Delhi is targeting $2tn in exports", "targets inflation of 2%".  Not "targeted"
# (what was hit), and not before a count ("drones targeting 12 sites").
TARGETING_VERBS = frozenset({"targeting", "targetting", "targets"})
# Words opening a clause of who acted, between a named figure and a participle of aiming:
# "the 2,000 residents who pledged" is no target.
TARGET_RELATIVES = frozenset({"who", "which", "that", "whom"})
# Words that, right before the figure, make it the size of a miss or a beat, not the
# target ("missed its target by 2%", "beat the goal by 300 homes").
TARGET_MISS_WORDS = frozenset({"by"})
