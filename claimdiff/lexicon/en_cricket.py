"""Cricket's words: what makes a text one of the game, and the words of its scores
(claimdiff/extract/cricket.py)."""

# Words only cricket writes: a text holding one may write an innings "356-7" or "356 for
# 7" and a bowler's figures "5-41" or "five for 41" (claimdiff/extract/cricket.py).  Not
# "runs" alone ("runs the firm"), "batter" (baseball's), "spinner" (politics').
CRICKET_WORDS = frozenset(
    """wicket wickets innings stumps overs bowler bowlers batsman batsmen cricket
    cricketer cricketers bowled paceman seamer T20 ODI""".split()
)
# Words cricket writes that other games or business write too ("declared" a state of
# emergency, a "Test" of rugby, parcel "deliveries", staff who "went all out"): two of
# them make a text of the game.
CRICKET_HINTS = frozenset(
    "declared balls deliveries Test century half-century sixes fours unbeaten".split()
) | frozenset({"all out", "not out"})
# Words after a score that count nothing: "took 5-41 yesterday", "245-6 overnight".
SCORE_TIME_WORDS = frozenset(
    """yesterday today tonight tomorrow overnight morning afternoon evening monday tuesday
    wednesday thursday friday saturday sunday""".split()
)
# Runs counted in digits are a word of the game shared with others ("trailing by 268
# runs"; "bus number 9 runs hourly"): one of CRICKET_HINTS' two.
RUN_NOUNS = frozenset({"run", "runs"})
# Words that may follow an innings: "356-7 declared", "356 for 7 dec".
INNINGS_AFTER = frozenset({"declared", "dec", "overnight"})
# The most wickets an innings loses or a bowler takes.
MOST_WICKETS = 10
# Whether "Test" after an ordinal ("the second Test", "the final Test") names a match of
# the game, a word only cricket writes.
TEST_MATCH = True
