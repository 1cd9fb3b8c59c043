"""Words that make a figure what others expected, not what happened (claimdiff.expectations).

"Economists had expected 4.8%", "the 0.3% rise analysts had predicted", "beating the
consensus estimate of $2.1bn": a forecast by economists, analysts or markets is not the
figure it forecast, and two reports of one release pair its actual with the other's
actual, its expectation with the other's expectation (docs/compare.md, "Evidence
against").  Weather forecasters and a company's own outlook are not here: "temperatures
are expected to reach 35C" and "the project is expected to cost £3bn" state the fact the
other report states with "will".
"""

from __future__ import annotations

# Who forecasts a release: outside the company or office that publishes it.  Not
# "market": "the AI chip market is expected to reach $400bn" sizes a market.  A word
# joined by hyphens is one word ("emerging-market growth").
FORECASTERS = frozenset(
    {
        "economist", "economists", "analyst", "analysts", "markets", "trader", "traders",
        "investor", "investors", "strategist", "strategists", "consensus", "poll", "polls",
        "polled", "survey", "surveys", "surveyed",
    }
)  # fmt: skip
# ... and two words, the second as written: "the City" (London's financial markets) and
# "Wall Street", not "Leicester City", "Downing Street", "the city had pencilled in £3m".
FORECASTER_PHRASES = frozenset({("the", "City"), ("wall", "Street")})

# What they do.  Not "estimated" nor the verb "estimate": "Analysts estimate the deal is
# worth $2bn" and "an estimated 5,000" state a figure, not a forecast of one (the noun
# is ESTIMATE_NOUNS').  Not "median" ("median pay of £34,963"): a survey's finding.
# "priced" ("Markets had priced in a reading of 3.4%") counts before the figure only, as
# every word of expecting after it needs its forecaster right after the figure ("a 30%
# premium to where markets priced it" is no forecast).  "consensus" is a
# forecaster only: "reached a consensus" forecasts nothing.
EXPECTING_WORDS = frozenset(
    {
        "expected", "expect", "expects", "expecting", "expectation", "expectations",
        "forecast", "forecasts", "forecasting", "forecasted", "predicted", "predict",
        "predicts", "predicting", "prediction", "predictions", "tipped", "anticipated",
        "anticipate", "anticipating", "projected", "project", "projects", "projecting",
        "projection", "projections", "pencilled", "penciled", "looking", "called",
        "pointed", "braced", "eyed", "eyeing", "priced",
    }
)  # fmt: skip

# Words that alone, right before the figure, name the market's forecast of it, when one
# of NAMING follows them: "below expectations of 1.2m", "the consensus of 0.3%", "the
# consensus estimate was 0.2%"; not "inflation expectations fell to 3.0%" (a survey's
# finding) nor "reached a consensus on a 2% target".  Not "forecast": "The Bank forecast
# growth of 1.3%", "kept its forecast of about £2.8bn" are a publisher's own outlook,
# which the other report gives as "expects" or "guidance".
EXPECTATION_NOUNS = frozenset({"expectations", "consensus"})
NAMING = frozenset({"of", "for", "at", "was", "is", "had", "stood", "were", "estimate"})

# A forecast's noun counts alone where the figure is measured against it: "ahead of
# forecasts of 2.6%", "beating forecasts of $2.1bn", "below the forecast 1.2m".
FORECAST_NOUNS = frozenset(
    {
        "forecast", "forecasts", "prediction", "predictions", "projection", "projections",
        "estimate", "estimates",
    }
)  # fmt: skip
# Words that make a forecast's noun a figure stated before, by whoever now states the
# new one, not what forecasters expected of a release: "against an original estimate of
# €500 million" is the project's first price, which another report gives as "the
# government put the price at €500 million".
EARLIER_FIGURES = frozenset("original initial earlier first previous prior".split())
MEASURED_AGAINST = frozenset(
    {
        "ahead", "beating", "beat", "beats", "above", "below", "topping", "topped", "missing",
        "missed", "exceeding", "exceeded", "short", "versus", "against", "compared",
    }
)  # fmt: skip

# Right after a figure (one noun between, or read into the figure's own words), or right
# before it, a participle of expecting names it the forecast even with no forecaster:
# "versus 443,000 expected", "the 0.2% expansion expected by economists", "short of the
# 180,000 forecast", "more than the expected 0.3%".
EXPECTED_AFTER = frozenset(
    {"expected", "forecast", "predicted", "projected", "anticipated", "pencilled", "penciled"}
)
# ... where the figure is named as a thing ("the 443,000 expected") or set against
# ("versus 443,000 expected"): not "with more than 300 speakers expected over five days",
# who are expected to come.
PARTICIPLE_OPENERS = frozenset({"the", "versus", "vs", "against"})
# Not after a verb of its own: "1,200 services are expected to be cancelled", "A
# two-year-old boy is expected to recover" forecast what comes, not a figure.
VERB_BEFORE_PARTICIPLE = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "not"}
)

# "Estimate" is a forecast where it is a noun, before one of NAMING: "analysts' average
# estimate of $90.0bn"; not "Analysts estimate the deal is worth $2bn".
ESTIMATE_NOUNS = frozenset({"estimate", "estimates"})

# Words opening a clause whose forecast is the base of a comparison, not the figure after
# it: "rose more than economists expected, to 4.7%"; a definite article right before the
# figure makes it a thing named, not a forecast's value ("Analysts expect the $2bn
# takeover to close", "No economist had predicted the 0.5% fall").
COMPARISON_OPENERS = frozenset({"than"})
NAMED_BEFORE = frozenset({"the", "this", "that", "its", "their"})

# Words that end a clause among a figure's own words, besides punctuation: what follows
# is said of something else ("fell to 3.2% in March as economists had expected").
EXPECTATION_BREAKS = frozenset({"than", "but", "while", "whereas", "as", "after", "despite"})

# What a sale was expected to make, named right before the figure, with no forecaster: an
# auction house's estimate, an agent's guide or asking price, a price a lot was expected
# to fetch.  It is not what the thing sold for ("a pre-sale estimate of £150,000 to
# £200,000" against "sold for more than £300,000").  Each phrase is its words, lower case,
# hyphenated compounds whole; it may stand up to two words before the figure ("a guide
# price of £650,000", "expected to fetch up to $5m").
SALE_EXPECTATIONS = frozenset(
    {
        ("pre-sale", "estimate"), ("presale", "estimate"), ("guide", "price"),
        ("asking", "price"), ("expected", "to", "fetch"), ("expected", "to", "sell", "for"),
        ("tipped", "to", "fetch"), ("estimated", "to", "fetch"), ("could", "fetch"),
        ("could", "sell", "for"), ("listed", "at"), ("listed", "it", "at"),
        ("listing", "price"),
    }
)  # fmt: skip

# Between a forecaster after a count and its word of expecting, where the count is what
# they expected ("the 240,000 economists had expected", "the 150,000 economists polled by
# Reuters had forecast": claimdiff.extract.forecast_nouns); names may stand there too.
FORECAST_GAP = frozenset({"had", "have", "has", "were", "are", "been", "polled", "surveyed", "by"})
# ... and the words that may follow its word of expecting where the count is what they
# expected: a word of time or place, a conjunction ("had expected for May", "had
# forecast, and"); any other word is what they expected ("had expected a rise of 0.3%":
# the count is of forecasters).
FORECAST_AFTER = frozenset(
    """for in by on at last this earlier before beforehand previously and but while as
    according ahead until""".split()
)

# After a participle of expecting, words that open a clause of who forecast: the
# publisher itself ("the $2bn forecast it gave in March"), which another report gives as
# its guidance, not what forecasters expected (claimdiff.expectations).
OWN_FORECAST_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
