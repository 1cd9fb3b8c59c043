"""Cricket's words: what makes a text one of the game, and the words of its scores
(claimdiff/extract/cricket.py)."""

# Words of cricket: a text holding one may write an innings "356-7" or "356 for 7" and a
# bowler's figures "5-41" or "five for 41". Some are other games' or business's too
# ("Test", "declared", "deliveries", "balls"), but two numbers read as a score must also
# be of an innings' or a bowler's shape, and where another text's score words read them,
# the score is the same (claimdiff/extract/cricket.py).  Not "runs" alone ("runs the
# firm") nor "batter" (baseball's).
CRICKET_WORDS = frozenset(
    """wicket wickets innings stumps overs bowler bowlers batsman batsmen cricket
    cricketer cricketers bowled declared deliveries balls sixes fours spinner seamer
    paceman century half-century Test T20 ODI""".split()
) | frozenset({"all out", "not out"})
# Runs counted in digits mark a text of the game too: "trailing by 268 runs".
RUN_NOUNS = frozenset({"run", "runs"})
# Words that may follow an innings: "356-7 declared", "356 for 7 dec".
INNINGS_AFTER = frozenset({"declared", "dec", "overnight"})
# The most wickets an innings loses or a bowler takes.
MOST_WICKETS = 10
