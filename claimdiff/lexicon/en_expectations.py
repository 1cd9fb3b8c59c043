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

# Who forecasts a release: outside the company or office that publishes it.  Matched
# lower case, but for those written capitalised here: "the City" (London's financial
# markets) is not "the city had pencilled in £3m".
FORECASTERS = frozenset(
    {
        "economist", "economists", "analyst", "analysts", "market", "markets", "traders",
        "investors", "strategists", "consensus", "poll", "polled", "survey", "surveyed",
        "City",
    }
)  # fmt: skip

# What they do.  Not "estimated" nor the verb "estimate": "Analysts estimate the deal is
# worth $2bn" and "an estimated 5,000" state a figure, not a forecast of one (the noun
# is ESTIMATE_NOUNS').
EXPECTING_WORDS = frozenset(
    {
        "expected", "expect", "expects", "expecting", "expectation", "expectations",
        "forecast", "forecasts", "forecasting", "forecasted", "predicted", "predict",
        "predicts", "predicting", "prediction", "predictions", "tipped", "anticipated",
        "anticipate", "anticipating", "projected", "projecting", "projection",
        "projections", "pencilled", "penciled", "priced", "median", "consensus",
    }
)  # fmt: skip

# Words that alone, right before the figure, name the market's forecast of it: "below
# expectations of 1.2m", "the consensus of 0.3%".  Not "forecast": "The Bank forecast
# growth of 1.3%", "kept its forecast of about £2.8bn" are a publisher's own outlook,
# which the other report gives as "expects" or "guidance".
EXPECTATION_NOUNS = frozenset({"expectations", "consensus"})

# A forecast's noun counts alone where the figure is measured against it: "ahead of
# forecasts of 2.6%", "beating forecasts of $2.1bn", "below the forecast 1.2m".
FORECAST_NOUNS = frozenset({"forecast", "forecasts", "predictions", "projections", "estimates"})
MEASURED_AGAINST = frozenset(
    {
        "ahead", "beating", "beat", "beats", "above", "below", "topping", "topped", "missing",
        "missed", "exceeding", "exceeded", "short", "versus", "against", "than",
    }
)  # fmt: skip

# "Estimate" is a forecast where it is a noun, before one of these words: "analysts'
# average estimate of $90.0bn", "the consensus estimate was 0.2%"; not "Analysts estimate
# the deal is worth $2bn".
ESTIMATE_NOUNS = frozenset({"estimate", "estimates"})
AFTER_ESTIMATE_NOUNS = frozenset({"of", "for", "at", "was", "is", "had", "stood", "were"})
