"""English grammar data for what a figure states: plain tables, no logic.

Two reports of one event name the same fact with different words ("killed" and
"died", "turnover" and "revenue", "set aside" and "earmarked") and different
facts with words of one family ("revenue" and "profit").  A figure's
*predicate* is the class of the word in its clause that says what the figure
is: alignment pairs figures of one predicate and never pairs two figures whose
predicates are both known and differ (docs/compare.md).

The classes are claimdiff's own, drawn from the verbs and nouns of wire copy
(casualties, arrests, money) and of earnings reports (the metrics of an income
statement as companies report them: revenue, profit, earnings per share,
dividend, margin, guidance).  Each entry is a phrase in the forms a report
writes it; matching is case-insensitive and on whole words.  A class is a
family of words that state the same fact, never a topic: "killed" and "died"
state one toll, "injured" another.

Counts read :data:`COUNT_PREDICATES`, amounts (money, measures) read
:data:`AMOUNT_PREDICATES`, and percentages both: "the loss of 4,500 positions" is
no financial loss, and "a 5% loss" may be either.  :data:`METRICS` marks the
classes that are financial metrics: ``check()`` reads those strictly (a source's
revenue never supports an output's profit).
"""

from __future__ import annotations

COUNT_PREDICATES: dict[str, tuple[str, ...]] = {
    # --- people and things: tolls, counts of those affected -----------------
    "deaths": (
        "killed", "kill", "kills", "killing", "died", "die", "dies", "dying", "dead",
        "death", "deaths", "death toll", "toll", "fatalities", "fatality", "lost their lives",
        "perished", "bodies", "drowned", "shot dead",
    ),
    "injuries": (
        "injured", "injuring", "injure", "injures", "injury", "injuries", "wounded",
        "wounding", "hurt", "hospitalised", "hospitalized", "treated in hospital",
        "taken to hospital", "admitted to hospital", "treated for injuries",
        "critical condition", "rushed to hospital", "sent to hospital", "taken to hospitals",
    ),
    "missing": ("missing", "unaccounted for"),
    "arrests": (
        "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining",
        "detention", "held by police", "in custody", "into custody",
    ),
    "charges": ("charged", "charges", "indicted", "prosecuted"),
    "evacuations": (
        "evacuated", "evacuate", "evacuating", "evacuation", "evacuations", "fled",
        "displaced", "forced from their homes", "from their homes", "to shelters",
        "told to leave", "ordered to leave", "urged to leave", "forced to leave",
        "leave their homes", "left their homes", "leaving their homes", "flee their homes",
        "fleeing their homes",
    ),
    "rescues": (
        "rescued", "rescue", "rescuing", "winched to safety", "saved", "pulled from",
        "airlifted to safety", "brought to safety", "pulled alive", "dug out alive",
    ),
    "attendance": (
        "attended", "attend", "attendance", "crowd", "spectators", "visitors", "audience",
        "turned out", "drew",
    ),
    "votes": ("votes", "voted for", "ballots cast", "backed by"),
    "turnout": ("turnout", "took part", "cast their ballots"),
    "margin": ("majority", "won by", "margin of victory"),
    "population": ("population", "inhabitants", "residents", "lives in", "live in", "census"),
    "employment": ("employs", "employ", "employed", "employees", "workforce", "headcount"),
    "job cuts": (
        "job cuts", "cut jobs", "layoffs", "laid off", "lay off", "redundancies",
        "lose their jobs", "losing their jobs", "axed", "shed",
    ),
    # Those sent to an incident, not those it befell: "60 firefighters tackled the blaze"
    # is not "two firefighters were hurt", "120 officers were deployed" not "12 people
    # were arrested".
    "deployment": (
        "deployed", "deploying", "responded", "responding", "dispatched", "mobilised",
        "mobilized", "drafted in", "called to", "called out", "sent to", "scrambled",
        "rushed to", "tackled", "tackling", "battled", "battling", "on duty",
    ),
    "damage": ("damaged", "destroyed", "flattened", "collapsed", "razed", "burned down"),
    "power cuts": (
        "without power", "lost power", "power cut", "power cuts", "blackout",
        "without electricity", "lost electricity", "cut electricity", "cut power",
    ),
    "affected": ("affected", "hit by", "impacted"),
    "customers": ("customers", "subscribers", "users", "accounts"),
}  # fmt: skip

AMOUNT_PREDICATES: dict[str, tuple[str, ...]] = {
    # --- money ---------------------------------------------------------------
    "cost": (
        "cost", "costs", "costing", "price", "priced", "price tag", "bill", "spend",
        "spent", "spending", "expenditure", "paid", "pay", "pays", "paying", "fee",
    ),
    "funding": (
        "funding", "funded", "fund", "funds", "pledged", "pledge", "pledges", "donated",
        "donation", "donations", "grant", "grants", "aid", "earmarked", "set aside",
        "allocated", "allocation", "invest", "invested", "investment", "raised",
        "fundraising",
    ),
    "fine": ("fined", "fine", "penalty", "damages", "compensation", "settlement", "settle"),
    "budget": ("budget", "budgets", "budgeted"),
    "debt": ("debt", "debts", "borrowing", "borrowed", "loan", "loans", "owes", "owed"),
    "valuation": ("valued at", "valuation", "market value", "market capitalisation"),
    # --- earnings: an income statement's lines, as companies report them -----
    "revenue": (
        "revenue", "revenues", "sales", "net sales", "turnover", "takings", "receipts",
        "top line", "top-line",
    ),
    "profit": (
        "profit", "profits", "net income", "net profit", "earnings", "bottom line",
        "pre-tax profit", "pretax profit", "profit before tax", "net earnings", "earned",
        "earns", "earn",
    ),
    "operating profit": (
        "operating profit", "operating income", "ebit", "ebitda", "adjusted ebitda",
        "operating earnings",
    ),
    "loss": ("loss", "losses", "net loss", "deficit", "lost"),
    # An amount "per share" carries that in Claim.per; the words here name the metric.
    "eps": ("eps", "earnings per share", "diluted eps"),
    "dividend": ("dividend", "dividends", "payout"),
    "gross margin": ("gross margin", "gross margins"),
    "operating margin": ("operating margin", "operating margins", "margin", "margins"),
    "guidance": ("guidance", "outlook", "forecast", "forecasts", "expects", "projected"),
    "capex": ("capex", "capital expenditure", "capital expenditures", "capital spending"),
    "cash flow": ("cash flow", "free cash flow", "operating cash flow"),
    "orders": ("orders", "bookings", "backlog", "order intake"),
    "share": ("market share", "stake", "share of"),
    "rate": ("interest rate", "interest rates", "base rate", "borrowing costs", "inflation"),
}  # fmt: skip

METRICS = frozenset(
    {
        "revenue", "profit", "operating profit", "loss", "eps", "dividend", "gross margin",
        "operating margin", "guidance", "capex", "cash flow", "orders", "debt",
    }
)  # fmt: skip
"""Predicate classes that are financial metrics, read strictly by check()."""

# Words that name a figure a difference of two others: check() works a level out as a
# difference of two source figures only where its clause holds one of these ("£15
# dearer", "about $1.4 million not covered by the grant", "a majority of 2,325",
# "leaving 117 open"); "sales of $1bn" is no gap between two of the source's figures
# (claimdiff/derive.py; docs/check.md, "Derived").
GAP_WORDS = frozenset(
    """dearer cheaper more fewer less higher lower bigger smaller greater larger longer
    shorter short shortfall remaining remainder rest gap difference margin majority lead
    leaving left balance extra additional below above behind ahead covered uncovered
    saving savings saved excess surplus deficit overspend overspent underspend
    underspent""".split()
)

# Classes that may name one fact: an aligned pair of these is no evidence
# against a pairing.  "paid" and "fee", "budget" and "spending" state one amount
# from two sides; "profit" and "earnings" are one class already.
RELATED = (
    frozenset({"cost", "budget", "funding"}),
    frozenset({"funding", "fine"}),
    frozenset({"employment", "job cuts"}),
    frozenset({"attendance", "turnout"}),
    # "three appliances attended the blaze" is "Three fire engines were sent".
    frozenset({"attendance", "deployment"}),
    frozenset({"damage", "affected"}),
    # "the outage affected 1.1 million homes" is "1.1 million customers lost electricity".
    frozenset({"power cuts", "affected"}),
    frozenset({"operating margin", "gross margin"}),
    # Guidance is a forecast of a metric: "guided revenue to $2.2bn-$2.4bn" and "guidance
    # of $2.3bn at the midpoint" state one amount.
    *(
        frozenset({"guidance", m})
        for m in (
            "revenue",
            "profit",
            "operating profit",
            "eps",
            "capex",
            "cash flow",
            "gross margin",
            "operating margin",
            "loss",
        )
    ),
)

# Classes that say who was sent, not what befell them: they differ from a toll only ("60
# firefighters tackled the blaze" is not "two firefighters were hurt", but "officers on
# duty" may be the same officers a poll "took part"), and a toll's word in the same
# clause wins the figure over theirs ("Two firefighters battling the fire are missing").
YIELDING_PREDICATES = frozenset({"deployment"})

# Classes whose verb's doers are what is counted: "attended by 40 relatives", "backed by
# 312 MPs", "About 200 firefighters tackled the blaze". Any other class's verb befalls
# its passive subject, not the count after its "by" ("winched to safety by two
# helicopters"), and its active object, not the count before it ("Two gunmen killed
# three men").
COUNTED_BY = frozenset({"attendance", "votes", "turnout", "deployment"})

# Verbs of a class whose object is what their doers fight, not who is counted: the count
# right after one is no figure of its class ("Crews were battling 58 bushfires",
# "Firefighters responded to 27 calls"), as the count before it is ("60 firefighters
# tackled the blaze").
FOUGHT_VERBS = frozenset({
    "tackled", "tackling", "battled", "battling", "responded", "responding", "responded to",
    "responding to",
})  # fmt: skip
# What may stand between such a verb and the count it is followed by: "responded to 27
# calls", "battling some 40 fires".
FOUGHT_GAP_WORDS = ("to", "the", "some", "about", "around")

# Classes that are tolls of an event: a count whose noun is one of their words counts the
# toll ("11 bodies" recovered: deaths), where a noun of another class's words names what
# is counted, not what befell it ("40,000 members", "52,000 users": customers).
TOLLS = frozenset(
    {"deaths", "injuries", "missing", "arrests", "charges", "evacuations", "rescues", "attendance"}
)
# Classes of a standing total, not of an event: who or what there is ("the bank's 14
# million customers", "the firm employs 9,000 staff", "the town's 38,000 residents").
# Verbs of having right before a count, which make its own noun's class a total stated
# ("The village has about 900 residents", "home to 38,000 residents"): claimdiff/extract.
HELD_TOTAL_VERBS = frozenset({"has", "have", "had", "having", "houses"})
HELD_TOTAL_BEFORE_TO = frozenset({"home"})
HELD_TOTAL_AFTER_THERE = frozenset({"are", "were", "is", "was"})  # "There are 900 residents"
# Two counts of one such class ten times apart are a part and its whole ("about 90,000
# accounts" hit), not one fact misreported (claimdiff/align.py).
STANDING_COUNTS = frozenset({"customers", "employment", "population"})
# General nouns a report counts things by where another names them ("85 trains", "85
# services"; "Four schools", "seven sites"; "14 seats", "Fourteen councillors"): what
# they stand for is read from the story, not from WordNet, so two counts one of which
# names its things by one of these are not known to differ (claimdiff.block_evidence:
# nothing forbids their pair, and nothing speaks for it).  Lemmas, as WordNet gives
# them ("premises": premise), each with the WordNet classes the other noun must have in
# one of its first senses for the general noun to stand for it, or None for any: what a
# firm counts as customers are people, households, homes, properties or accounts
# ("14,000 customers", "Some 14,000 homes"; not "about 400 cakes").
GENERAL_COUNT_NOUNS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys(
        """site place location premise property facility venue outlet unit service
        seat""".split()
    ),
    "customer": frozenset({"person", "organization", "location", "possession", "communication"}),
}
# Classes that stay apart though one was read from a count's own noun, which elsewhere
# says only who is counted (claimdiff/align.py): a firm's customers are not its staff,
# whatever befell either ("1,200 customers had pre-orders cancelled", "1,200 staff would
# lose their jobs").
APART_WHOEVER = frozenset(
    {frozenset({"customers", "employment"}), frozenset({"customers", "job cuts"})}
)
# Classes that name one person's part in one story, for ages only: the suspect a report
# says was arrested is the one another says was charged ("A man aged 47 has been
# charged", "police have arrested a 44-year-old"). Counts of them stay apart: twelve
# arrested and five charged are two facts.
AGE_KIN = (frozenset({"arrests", "charges"}),)
