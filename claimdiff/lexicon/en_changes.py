"""English grammar data for changes said without a figure: plain tables, no logic.

:mod:`claimdiff.extract.word_changes` reads these through the lexicon ("Exports fell",
"the pound strengthened", "a sharp rise in burglaries", "rates were left unchanged");
docs/claims.md, "Changes said in words", says how each table is used.  The words are
claimdiff's own, drawn from wire copy of statistics, markets and company results.
"""

from __future__ import annotations

# Verbs whose subject is what moved, in the forms that state a change made ("Exports
# fell", "the pound has strengthened"): no base form, which says a change expected ("are
# expected to fall"); "-ing" forms below.
CHANGE_VERBS_UP = frozenset(
    """rose rises risen climbed climbs jumped jumps soared soars surged surges grew grows
    grown increased increases gained gains rebounded rebounds widened widens strengthened
    strengthens expanded expands accelerated accelerates advanced advances improved
    improves""".split()
)
CHANGE_VERBS_DOWN = frozenset(
    """fell falls fallen dropped drops declined declines decreased decreases slumped
    slumps plunged plunges tumbled tumbles slid slides slipped slips dipped dips eased
    eases shrank shrinks shrunk contracted contracts narrowed narrows weakened weakens
    slowed slows cooled cools softened softens sank sinks worsened""".split()
)
# The same verbs' "-ing" forms, read as a change going on or gone on ("river levels were
# still rising", "prices have been climbing", "with thefts falling", "reservoir levels
# kept dropping") only after one of PROGRESSIVE_LEADS, or a noun after "with": alone
# they name a thing ("a rising star", "falling debris").
PROGRESSIVE_UP = frozenset(
    """rising climbing jumping soaring surging growing increasing gaining rebounding
    widening strengthening expanding accelerating advancing improving recovering""".split()
)
PROGRESSIVE_DOWN = frozenset(
    """falling dropping declining decreasing slumping plunging tumbling sliding slipping
    dipping easing shrinking contracting narrowing weakening slowing cooling softening
    sinking worsening receding""".split()
)
# ... and of the verbs that say a change only with "up" or "down" ("has been edging
# down").
PROGRESSIVE_NUDGES = frozenset("edging inching ticking creeping drifting".split())
# Words right before an "-ing" form of change, adverbs of CHANGE_SKIP and in "-ly"
# passed over, that make it a change said: the progressive's auxiliaries ("were
# falling", "have been rising"; not "be": "could be falling", "expected to be rising"),
# and verbs of going on, never in their base form ("kept dropping", "has begun
# receding"; not "when prices start falling", "once rates begin easing").
PROGRESSIVE_LEADS = frozenset(
    """is are was were been keeps kept continues continued starts started begins began
    begun""".split()
)
# The word before a noun and its "-ing" form that makes them an absolute phrase: "with
# thefts falling for a second year".
PROGRESSIVE_WITH = frozenset({"with"})
# The auxiliaries among CHANGE_SKIP, never passed over as adverbs before an "-ing" form:
# the word before it is one of PROGRESSIVE_LEADS or none ("could be falling").
PROGRESSIVE_AUXILIARIES = frozenset("is are was were been be being has have had".split())
# Determiners that may open that noun phrase: "with the pound falling", "with its shares
# sliding".
PROGRESSIVE_WITH_DETERMINERS = frozenset("the its their his her a an".split())
# Words of time that may follow an "-ing" form of change, no noun it qualifies: "prices
# were rising today".
PROGRESSIVE_TIMES = frozenset("today yesterday now tonight overnight again last this next".split())

# Verbs whose object is what moved where one follows ("The bank raised interest rates",
# "the council cut its budget"); the intransitive ones above move their subject.
CHANGE_OBJECT_UP = frozenset("raised raises lifted lifts hiked hikes boosted boosts".split())
CHANGE_OBJECT_DOWN = frozenset(
    "cut cuts lowered lowers reduced reduces slashed slashes trimmed".split()
)
# Verbs that say a change only with "up"/"higher" or "down"/"lower" after them: "edged
# up", "ticked lower".
NUDGE_VERBS = frozenset(
    """edged edges inched inches ticked ticks crept creeps nudged nudges drifted drifts
    moved moves""".split()
)
NUDGE_UP = frozenset("up higher".split())
NUDGE_DOWN = frozenset("down lower".split())
# Verbs that say a change only with the particle right after them: "Mortgage rates went
# up", "Factory activity picked up", "borrowing costs came down" (not "came up", "picked
# up the phone": an object after the particle makes it another verb; no base form:
# "When prices go up, people spend less" is a rule).
PHRASAL_UP_VERBS = frozenset("goes went gone picks picked shot shoots".split())
PHRASAL_DOWN_VERBS = frozenset("goes went gone comes came".split())
# Words within two after the particle that make it no change: "went up in flames", "went
# down with flu", "the plan went down well".
PHRASAL_BLOCKS = frozenset("flames smoke with well badly hard".split())

# A verb of results, an article at most, then a level word and what it qualifies:
# "reported higher quarterly profits", "posted a lower first-half profit", "announced
# flat sales", "saw weaker demand" (what moved is the phrase after the level word; no
# "steady" or "stable": "reported steady growth" is growth going on).
RESULT_VERBS = frozenset(
    """reported reports posted posts announced announces recorded records saw booked books
    delivered delivers logged logs""".split()
)
# Words after the level word that make it part of another name: "lower back pain",
# "higher education", "the lower house", "higher ground".
RESULT_BLOCKS = frozenset(
    "back house chamber education court courts ground league leagues end order fee".split()
)
RESULT_ARTICLES = frozenset("a an".split())
RESULT_UP = frozenset("higher stronger bigger larger increased rising improved".split())
RESULT_DOWN = frozenset("lower weaker smaller reduced falling".split())
RESULT_FLAT = frozenset("flat unchanged".split())
# A verb of causing, its object, then a level word: "sending its shares sharply lower",
# "pushed prices higher", "drove borrowing costs up" (what moved is the object, of at
# most CAUSE_REACH words; an adverb in "-ly" may stand before the level word).  No base
# form: "could send shares lower" is to come, "Higher rates push prices up" a rule.
CAUSE_VERBS = frozenset(
    """sends sent sending pushes pushed pushing drives drove driven driving knocks knocked
    knocking pulls pulled pulling drags dragged dragging""".split()
)
CAUSE_UP = frozenset("higher up".split())
CAUSE_DOWN = frozenset("lower down".split())
CAUSE_REACH = 4

# Words after a linking verb that say which way a thing went: "Sales were higher",
# "numbers were down", "inflation was unchanged", "the index closed lower".
LEVEL_UP = frozenset("higher up".split())
LEVEL_DOWN = frozenset("lower down".split())
# Level words too common to read wherever they stand: only after one of LINKS and at most
# one word ("Sales were up", "numbers were also down", "the index closed higher"; not "set
# up", "shut down", "higher education").
LINKED_ONLY = frozenset("up down higher lower".split())
LEVEL_FLAT = frozenset("unchanged flat steady stable changed frozen".split())
# Level words that say no change only after one of their words: "were little changed".
FLAT_AFTER = {"changed": frozenset("little barely".split())}
LINKS = frozenset(
    """is are was were been remained remains stayed stays held holds closed ended
    finished""".split()
)
# Verbs that keep their object as it was: "left interest rates unchanged", "held its
# key rate steady", and with "at" and a level, "held borrowing costs at 5.25%".
KEEPING_VERBS = frozenset("left leaves kept keeps held holds".split())
# Verbs that say no change with "at" and a level after them: "inflation held at 2.2%",
# "barley stayed at 5.8 tonnes".
HOLDING_VERBS = frozenset("held holds stayed stays remained remains".split())
HOLDING_AT = frozenset({"at"})

# Nouns of change before "in" and what changed: "a sharp rise in burglaries".
CHANGE_NOUNS_UP = frozenset("rise increase jump surge climb rebound".split())
CHANGE_NOUNS_DOWN = frozenset("fall decline decrease drop slump dip reduction".split())
# Articles that open a noun of change within three words before it: "a rise", "a sharp
# rise", "a further steep fall", "the rise in shoplifting".
CHANGE_NOUN_ARTICLES = frozenset("a an the".split())
# Nouns of an amount before "of" and what changed: "a fall in the number of rough
# sleepers" is a fall in sleepers.
AMOUNT_OF = frozenset("number level amount".split())

# Words passed over between what moved and the verb, or the verb and what follows:
# "Exports also fell", "prices rose sharply", "rates have been left unchanged",
# "Prices, however, rose" (what moved is the word before the aside).
CHANGE_SKIP = frozenset(
    """also again further sharply slightly steeply strongly modestly marginally broadly
    little largely only just still both all has have had was were is are been be
    significantly substantially considerably somewhat fast faster however meanwhile
    though too""".split()
)
# Words before the verb that deny or defer the change: "did not fall", "failed to rise".
CHANGE_DENIALS = frozenset(
    """not never no n't didn't don't doesn't hasn't haven't hadn't wasn't weren't
    isn't aren't fail fails failed to will would could may might should""".split()
)
# Words in a change's clause before it that make it no change said: a condition or a
# question ("If inflation rises again", "whether exports rose"), a denial of both
# ("Neither exports nor imports fell").
CHANGE_CONDITIONS = frozenset("if whether unless neither nor".split())
# The auxiliaries of a passive: "Interest rates were cut" moves its subject.
CHANGE_PASSIVE = frozenset("is are was were been be being".split())
# Objects after which a verb of change says something else: "lifted sanctions" (ended),
# "raised concerns", "raised money".
OBJECT_BLOCKS = frozenset(
    """ban bans sanction sanctions restriction restrictions curb curbs embargo lockdown
    concern concerns question questions fear fears doubt doubts hope hopes alarm
    awareness eyebrows money funds glass glasses""".split()
)
# Words after the verb that make it no change of a quantity: "fell ill", "rose to
# prominence", "fell victim", "grew up".
CHANGE_IDIOMS = frozenset(
    """ill silent short victim asleep apart behind prey foul up out off into back""".split()
)
# After "to", the words that keep a verb a change: "fell to a record low", "rose to its
# highest level"; any other ("rose to power", "fell to the ground") makes it none.
LEVEL_NOUNS = frozenset("record high low highest lowest level levels peak".split())
# After "than", a comparison with a forecast or another thing, no change over time:
# "profit was higher than expected".
COMPARATIVE_THAN = frozenset({"than"})
# ... unless an earlier time follows within three words: "higher than a year earlier",
# "lower than last year" are changes over time.
THAN_EARLIER = frozenset("earlier before ago last previously".split())
# How far (characters) after the change's words a figure makes it the figure's change
# ("rose 5%", "fell sharply to 3.4%"), and before them ("a 5% rise", "12% higher").
FIGURE_AFTER = 30
FIGURE_BEFORE = 12
