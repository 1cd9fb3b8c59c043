"""English tables of time: units and lengths of time, months, times of day, days of the
week, and the words that make four digits a year.

Held with the rest of :mod:`claimdiff.lexicon.en`, which imports them: the lexicon reads
that one module.
"""

from __future__ import annotations

# Time units: durations ("13 months ago") and ages ("73-year-old").
TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip

# A run of days, wins or falls counted by an ordinal (claimdiff/extract/streaks.py): the
# words between the ordinal and what it counts ("the 14th consecutive day", "a ninth
# straight win"), and the phrases after it ("the third month in a row", "a fifth day
# running").  A length of time after "a" and an ordinal is one too ("for a fifth day"),
# never a fraction of it.
STREAK_WORDS = ("consecutive", "straight", "successive")
STREAK_AFTER = ("in a row", "running", "on the trot")
STREAK_ARTICLES = ("a", "an")
# ... the words that end the run's noun ("a sixth straight day above 30C", "a 10th
# consecutive night below freezing"), and the adjectives of time that make a run of things
# a length of time ("a fourth straight monthly fall" is four months of falls, as "the third
# month running" is three months).
STREAK_NOUN_ENDS = frozenset(
    """above below over under after before since during from into through without against
    between beyond amid""".split()
)
STREAK_TIME_ADJECTIVES = {
    "daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year",
}  # fmt: skip
# ... and nouns a run counts as units of time: "the ninth night in a row" is nine days of
# it, "a fifth consecutive weekend" five weeks.
STREAK_TIME_NOUNS = {"night": "day", "nights": "day", "weekend": "week", "weekends": "week"}

# Words after a length of time that make it a time before now: "35 years ago".
AGO_WORDS = ("ago",)

# Lengths of time written with an article (claimdiff/extract/durations.py): "a year",
# "an hour", "half an hour", "a quarter of an hour", "a single day", "a year and a
# half".  "second" is left out: "a second referendum" is an ordinal.
ARTICLE_UNITS = ("year", "month", "week", "fortnight", "day", "hour", "minute", "decade", "century")
DURATION_FRACTIONS = {"half": 0.5, "a quarter of": 0.25, "one quarter of": 0.25, "quarter of": 0.25,
                      "three quarters of": 0.75, "three-quarters of": 0.75}  # fmt: skip
DURATION_MODIFIERS = ("single", "full", "whole", "entire", "extra", "further", "additional")
# The word before the article that makes "a year" a length: "for a year", "took a day",
# "waited an hour" (a hedge, a fraction or "and a half" does too).  Elsewhere "a day"
# is often a point in time or a thing: "on a day when", "a day to remember".
DURATION_CUES_BEFORE = frozenset(
    "for in within over after during lasted lasting lasts last took take takes taking "
    "spent spend spends spending waited wait waits waiting served serve serves serving "
    "lost gained saved delayed extended miss misses missed missing".split()
)
# ... and after the unit: "a week-long strike", "a decade-long ban"; a delay's words: "a
# year late", "a year overdue", "a month behind schedule", "a week ahead of schedule".
DURATION_CUES_AFTER = frozenset({"long", "late", "overdue", "behind", "ahead"})
# Lengths of time that say how late or early something is, not how long it lasts
# (claimdiff/extract/duration_senses.py): the words before the length ("delayed by three
# weeks", "a slip of ten days", "postponed for a month", "held up for half an hour": a
# hold-up's length is the delay it makes) and after it ("two years late",
# "18 months behind schedule", "a year overdue", "a six-month delay").  "early" is left
# out: "two hours early on Sunday" is when, and "late" before a part of the day is too
# ("ran for two hours late into the night").
DELAY_BEFORE = (
    "delayed by",
    "delayed for",
    "delayed",
    "postponed by",
    "postponed for",
    "postponed",
    "pushed back by",
    "pushed back",
    "put back by",
    "put back",
    "set back by",
    "slipped by",
    "slipped",
    "slip of",
    "slippage of",
    "delay of",
    "delays of",
    "late by",
    "overran by",
    "overrun of",
    "brought forward by",
    "brought forward",
    "held up for",
    "held up by",
    "halted for",
)
# A verb of a delay earlier in the clause makes a length after "by" one: "postponed the
# launch of its new weather satellite by three weeks", "delaying 186 travellers by five
# hours", "held up a Dublin-Boston flight by almost three hours".
DELAY_VERBS = frozenset({
    "delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed",
    "postponing", "defer", "defers", "deferred", "deferring", "pushed back", "put back",
    "pushing back", "putting back", "held up", "holding up", "holds up", "hold up",
})  # fmt: skip
DELAY_BY = frozenset({"by"})
DELAY_VERB_REACH = 10
# A hold-up's words among them: "delayed by three weeks", "held up for 20 minutes", "a
# six-month delay" say how long a thing was stopped or put off, which a report may give
# as a plain length ("stopped for 60 minutes"); "two years late", "late by 20 minutes"
# say how late it came, which no plain length tells (claimdiff/extract/duration_senses.py).
LATE_BEFORE = frozenset({"late by", "brought forward by", "brought forward"})
HOLDUP_AFTER = frozenset(
    "delay delays slip postponement overrun wait hold-up holdup interruption".split()
)
DELAY_AFTER = (
    "late",
    "behind schedule",
    "behind time",
    "overdue",
    "ahead of schedule",
    "ahead of time",
    "later than planned",
    "later than expected",
    "later than scheduled",
    "later than forecast",
    "later than originally planned",
    "earlier than planned",
    "earlier than expected",
    "earlier than scheduled",
    "delay",
    "delays",
    "slip",
    "postponement",
    "overrun",
    "wait",
    "hold-up",
    "holdup",
    "interruption",
)
# A length of time right before one of these is how long before or after another event
# something happened ("the boat had left port two days earlier", "crashed eight minutes
# after take-off", "half an hour into its journey"; not "before", which follows how long
# a thing lasted as often: "the jury deliberated 10 hours before its verdict", "the
# ceasefire held 72 hours before collapsing"), unless a word before the length makes it
# a stretch of its own ("for two weeks after the blast", "in the 90 minutes after
# kick-off", "talks lasted 45 days after the vote", "up from 14 weeks after", a margin "by
# two seconds after a late surge", "a lead of 45 seconds into the final stage", "every
# 10 minutes after"): an offset (claimdiff/extract/duration_senses.py).
OFFSET_AFTER = frozenset(
    "earlier later sooner beforehand after afterwards afterward prior into".split()
)
OFFSET_NOT_AFTER = frozenset(
    "for in within during throughout spanning from with by of every each the its "
    "their his her past last first "
    "next final lasted lasting lasts took take takes taking spent spend spends spending "
    "waited wait waits waiting ran run runs running stayed remained continued serve serves "
    "served serving deliberated survived worked raged lived those these".split()
)
# Words between such a word and the length that do not end the look back: "for just two
# weeks", "lasted only 45 days", "for a further six months".
OFFSET_LOOK_PAST = frozenset(
    "just only barely merely mere fully another further extra full whole entire good exactly "
    "precisely a an some nearly almost about around roughly over under more less than at "
    "least most".split()
)
DELAY_NOT_BEFORE = frozenset({"into", "night", "evening", "afternoon", "morning", "last", "in the"})
# Lengths of time a court gives: a sentence, not how long something lasted.  The words
# before the length ("jailed for six years", "sentenced to 18 months", "a sentence of
# five years and three months", "a minimum term of 22 years"), and the words of the
# length or right after it ("a four-year prison term", "seven years behind bars", "five
# years in jail", "a 30-month sentence").  A sentence is its length's predicate
# (claimdiff/extract/duration_senses.py): two reports' sentences pair on it, never
# the length of the offending or of the trial by the same figure.
SENTENCE_BEFORE = (
    "jailed for",
    "imprisoned for",
    "locked up for",
    "sentenced to",
    "sent to prison for",
    "sent to jail for",
    "put behind bars for",
    "sentence of",
    "jail term of",
    "prison term of",
    "minimum term of",
    "custodial term of",
)
SENTENCE_AFTER = (
    "sentence",
    "prison sentence",
    "jail sentence",
    "custodial sentence",
    "suspended sentence",
    "suspended prison sentence",
    "suspended jail sentence",
    "prison term",
    "jail term",
    "term of imprisonment",
    "of imprisonment",
    "imprisonment",
    "in prison",
    "in jail",
    "in federal prison",
    "in state prison",
    "behind bars",
)
# Lengths of time that say how long since something was last so: "the lowest in over a
# decade", "its highest for 40 years", "the largest seizure at Rotterdam in a decade",
# "the first home win in 12 years", "for the first time for 40 years", "a level not seen
# in 40 years", "a 15-year high".  The length follows one of RECORD_BEFORE, and within
# RECORD_REACH words before that, with no verb or figure between, stands "record", one
# of RECORD_PHRASES, a superlative (SUPERLATIVE_WORDS or a form in -est after one of
# SUPERLATIVE_CUES: "the most", not "Most borrowers"), or an ordinal before "in" or
# "time" ("the first phase will run for two years" is a length); or an attributive
# length is followed by one of RECORD_AFTER.
RECORD_BEFORE = ("in", "for")
RECORD_WORDS = frozenset({"record"})
RECORD_PHRASES = frozenset({"not seen", "never seen", "not been seen", "never been seen"})
SUPERLATIVE_WORDS = frozenset("most least best worst".split())
RECORD_ORDINALS = frozenset({"first"})
RECORD_ORDINAL_PREPOSITIONS = frozenset({"in"})
RECORD_ORDINAL_NOUNS = frozenset({"time"})
RECORD_AFTER = ("high", "low", "highs", "lows", "peak")
RECORD_REACH = 6
# Words before the article that make it a rate's: "twice a week", "three times a year".
RATE_WORDS_BEFORE = frozenset("once twice thrice times per every each".split())
# Words after the unit that make it no length: "a year ago", "a day of action", "a
# year's salary" ("old" makes it an age: AGE_AFTER_LENGTH).
NOT_DURATION_AFTER = frozenset("ago of old s".split())
# ... of which this makes the length an age instead: "a week-old baby", "half a year
# old", "a century-old church".
AGE_AFTER_LENGTH = frozenset({"old"})
# Words before four digits and "hrs" that make them a 24-hour clock's time, not hours:
# "called at 2300 hrs", "from 0600 hrs until 1800 hrs".
CLOCK_HOURS_AFTER = frozenset("at from until till to by before after since".split())
# After "and a half" only these: "a year and a half of building work" is a length, as "a
# day of action" is not; "a year and a half ago" is a point in time.
NOT_DURATION_AFTER_HALF = frozenset("ago old s".split())
# A part after a unit of time, joined by "and": "a year and a half", "an hour and a
# quarter", "a day and three quarters", "two hours and a half".
PART_JOINERS = ("and",)
AND_PARTS = {"a half": 0.5, "a-half": 0.5, "a quarter": 0.25, "a-quarter": 0.25,
             "a third": 1 / 3, "a-third": 1 / 3, "three quarters": 0.75,
             "three-quarters": 0.75, "two thirds": 2 / 3, "two-thirds": 2 / 3}  # fmt: skip
# Parts that stay the number's before "of": English says "half of" for a share, so "a year
# and a half of building work" is a length, where "an hour and a third of the jurors" is
# an hour and a share.
PARTS_BEFORE_OF = frozenset({"a half", "a-half"})
# Words after the unit that make it a point in time, unless a word of length comes first:
# "a year after the attack", "a week on Monday", "a day when" — but "jailed for a year
# after admitting fraud", "walk out for a single day on Friday".
POINT_IN_TIME_AFTER = frozenset("earlier later before after since on when that which where".split())
# A length after a level's comparative and "than" and before one of these is the time a
# level is compared with, no length: "passenger numbers were higher than a year earlier",
# "profit was lower than a year before" (claimdiff/extract/durations.py).
COMPARISON_BASE_AFTER = frozenset({"earlier", "before", "ago", "previously"})
LEVEL_COMPARATIVES = frozenset(
    "higher lower greater larger bigger smaller stronger weaker better worse".split()
)
# Time units from the longest: the parts of one length fall ("2 years and 3 months").
DURATION_ORDER = {"century": 9, "decade": 8, "year": 7, "month": 6, "fortnight": 5, "week": 4,
                  "day": 3, "hour": 2, "minute": 1, "second": 0}  # fmt: skip

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Months that are also everyday words: as a figure's period only in a date.
MONTH_WORDS = frozenset({"march", "may"})
# After an ordinal in digits, the age it marks: "her 105th birthday".
BIRTHDAY_WORDS = ("birthday",)
# Words before a month named alone (claimdiff/extract/months.py): "Payments begin in
# June", "from March", "until September", "next April".  Not "to" ("spoke to June"),
# "and" ("Johnson and May") or "of" ("the end of March" is a part of the month).
MONTH_CUES = frozenset(
    "in from until till by since before after through during throughout next last this".split()
)
# Quarters and halves of a year named alone are claims (claimdiff/extract/year_parts.py):
# "in the third quarter", "between July and September", "the first half".
YEAR_PARTS_ALONE = True
# ...but not a half whose months the text does not say: "the half-year", "interim" results
# are a company's first half, which need not be January to June.
UNSAID_HALVES = ("half-year", "half year", "interim")
# Words that make a half or a quarter, in their sentence, one of a game: "scored twice in
# the first half", "12 points in the third quarter" (written in lower case: "Match Group"
# is a name; "points" not after "percentage" or "basis"). A score ("31-18") does too.
GAME_WORDS = frozenset(
    """goal goals scored scoring scorer try tries touchdown touchdowns hat-trick half-time
    halftime game innings inning wicket wickets whistle quarter-final points trailed
    outscored rebounds assists quarterback""".split()
)
# A month that is a name in the news as often ("Since May took office"): followed by a
# word, a month only before one of these ("in May when", "by May next year").
MONTHS_AS_NAMES = frozenset({"may"})
WORDS_AFTER_A_NAMED_MONTH = frozenset(
    "when after before until to or next last this each every of at".split()
)
# A part of a month with no day: "mid-March", "early June 2024", read as a date spanning
# those days (claimdiff.extract.dates).
# The parts meet at their edges, as writers round: "mid-March" holds 10 March.
MONTH_PARTS = {
    "early": (1, 10), "mid": (10, 20), "mid-": (10, 20), "late": (20, 31),
    "start of": (1, 10), "beginning of": (1, 10), "middle of": (10, 20), "end of": (20, 31),
}  # fmt: skip
# Times of day (claimdiff/extract/clock_times.py): "2.20pm", "7:30 a.m.", "14:20",
# "noon".  The words for an hour, in minutes after midnight ("midnight" after "before"
# is the day's end, 1440); the hedges before a time as the minutes they reach before and
# after it; and words before a time that make it a bound of something else ("open until
# 10pm", "by 6am"), where no time of an event is said.
CLOCK_WORDS = {"noon": 720, "midday": 720, "midnight": 0}
CLOCK_HEDGES = {
    "about": (-15, 15), "around": (-15, 15), "approximately": (-15, 15),
    "roughly": (-15, 15), "some time around": (-30, 30),
    "shortly after": (0, 20), "just after": (0, 10), "soon after": (0, 30),
    "shortly before": (-20, 0), "just before": (-10, 0),
}  # fmt: skip
CLOCK_BOUND_WORDS = frozenset("until till before after by since between".split())
# Nouns after a time that make it a bound, not an event's time ("before a 5pm deadline").
CLOCK_BOUND_NOUNS = frozenset({"deadline", "deadlines", "cut-off", "cutoff"})
# Words before "midnight" or "noon" that make a clock idiom ("ten to midnight", "half past
# noon"), no time read here; words before a 24-hour time ("at 14:20") without which
# "3:16" is a verse, a score or a race time; words after a time that leave it an event's
# ("at 7.30pm local time", "at 9pm yesterday"), where any other noun is one it qualifies
# ("the 9am train").
CLOCK_IDIOM_WORDS = frozenset({"to", "past"})
CLOCK_CUES = frozenset({"at", "from"})
# The word after an hour of the clock with no half of the day: "10 o'clock", "ten
# o'clock" (its half from the words after it, CLOCK_DAY_PARTS, else as on a 24-hour clock).
CLOCK_OCLOCK = ("o'clock", "o’clock")
CLOCK_FOLLOWERS = frozenset("local yesterday today tonight tomorrow sharp".split())
# Words after an hour with minutes and no "am" or "pm", within its clause, that say
# which half of the day it is in ("1:30 in the afternoon", "4:30 on Tuesday afternoon",
# "10:30 last night"): the hour from which hours up to 11 stand 12 hours on, and what
# 12 is.  At night an hour from 6 is in the evening, one before it after midnight ("2:45
# at night" is 02:45, "10:30 at night" 22:30).
CLOCK_DAY_PARTS = {
    "morning": (12, 0), "afternoon": (1, 12), "evening": (1, 12), "tonight": (6, 0),
    "night": (6, 0),
}  # fmt: skip
# Days of the week, read as the day an event falls on: "on Tuesday", "Sunday morning"
# (claimdiff.extract.dates).  Only written in full and capitalised: "Sat" and "sun" are
# other words.
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}  # fmt: skip
# Capitalised words besides the stop words that may open a sentence before a day and leave
# it a day ("Last Friday, the ICC …", "Early Sunday"); any other capitalised word makes a
# name of the day ("Black Friday", "Super Tuesday", "Good Friday").
WEEKDAY_LEADS = frozenset("last next this early late".split())
# The words before a day of the week that count it back or forward from when its report
# was written ("last Saturday", "next Monday"; claimdiff.weekday_dates).
WEEKDAY_LEADS_PAST = frozenset({"last"})
WEEKDAY_LEADS_AHEAD = frozenset({"next"})
# Words beside a day of the week that count it from another day than the report's
# ("the following Monday"; "Thursday next week", "a week on Monday" with WEEKDAY_LEADS and
# WEEKDAY_CLOCK_GAP): no date is read for it (claimdiff.weekday_dates).
WEEKDAY_FROM_ANOTHER = frozenset({"the following", "the previous", "the preceding"})
WEEKDAY_WEEKS = frozenset("week fortnight".split())
# A day after these words is one a thing lasts to, of a clause whose tense is not read
# ("was closed until Tuesday, when it reopened").
WEEKDAY_UNTIL = frozenset("until till".split())
# Words that join two days into a span ("Monday to Friday") and make a habit of a day
# ("every Friday"): neither is the day of one event.
WEEKDAY_SPAN_WORDS = frozenset({"to", "through", "thru", "till", "until"})
WEEKDAY_HABITS = frozenset({"every", "each"})
# Words that end a clause, as commas and brackets do: a day of the week is said of its
# own clause's verb ("the ICC issued a warrant on Friday", claimdiff.prepare).
CLAUSE_BREAK_WORDS = frozenset("and but while whereas after before as when".split())
# An article before a day and a capitalised word after it make a title: "the Sunday Times".
WEEKDAY_NAME_ARTICLES = frozenset({"the"})
# The part of the day written with a day of the week, after it ("Sunday evening") or
# before it ("early on Monday", "late Friday"), and the words that may stand between a
# day and its time of day ("9.40pm on Saturday", "at about 3pm on Friday"): what ties two
# different days to one event (claimdiff.weekday_ties).
WEEKDAY_PARTS_AFTER = frozenset("morning afternoon lunchtime evening night".split())
WEEKDAY_PARTS_BEFORE = frozenset("early late".split())
WEEKDAY_CLOCK_GAP = frozenset("on at about around from".split())
# What may stand between a reporting verb and the day it was said on ("said on
# Monday"; not "said from Monday the road would close": claimdiff.weekday_ties.told).
WEEKDAY_TOLD_GAP = frozenset({"on"})
# Words before a day that name another of a thing ("a second man was arrested on
# Wednesday"): its verb ties it to no other day of that verb.
WEEKDAY_OTHER_WORDS = frozenset("second third fourth another further other".split())
# Abbreviated months only count after or before a number; a month in full stands alone
# only after a word of time (MONTH_CUES).

# Words before a four-digit number that make it a year ("founded in 1998").
YEAR_CUES = frozenset(
    "in for since by until till from during of before after early late mid fiscal "
    "year financial season class between and to through".split()
)
# Words before four digits that make them a year whatever follows: "its 2022 sales", "the
# 2023 floods", "their 2019 accounts" (a count of thousands takes its comma in news
# writing: "its 2,022 stores"); without one, a plural after the digits counts it ("in 2000
# stores").
YEAR_DETERMINERS = frozenset("the its their his her our my your whose".split())
# Dates counted from when the text was written, with their grain (claimdiff/relative_dates.py):
# compare() pairs them, as compatible, with a date of that grain the other text gives
# ("last month" / "in March", "next year" / "2026", "last week" / "on Thursday").
RELATIVE_DATES: dict[str, str] = {
    **{f"{w} {unit}": unit for w in ("last", "this", "next") for unit in ("week", "month", "year")},
    **{
        f"{w} this {unit}": unit for w in ("earlier", "later") for unit in ("week", "month", "year")
    },
    **{
        f"{w} {season}": "season"
        for w in ("last", "this", "next")
        for season in ("spring", "summer", "autumn", "fall", "winter")
    },
    "yesterday": "day",
    "tomorrow": "day",
}
# Verbs that move a date: "postponed from May 9 to 23" names the day it moved to, no span
# of days (claimdiff/extract/dates.py).
RESCHEDULED = frozenset(
    """postponed delayed moved pushed brought rescheduled deferred adjourned switched
    changed put""".split()
)
# Words before a relative date that count a step further than it ("the day before
# yesterday"), which no step of RELATIVE_STEPS reads (claimdiff/relative_dates.py).
RELATIVE_FURTHER = frozenset({("day", "before"), ("day", "after")})
# How far on from a dateline's day each relative date counts, and in what unit ("last
# month" is the month before the dateline's): claimdiff/dated_relatives.py.  Seasons and
# weeks have no step: a week is no period a date is read in.
RELATIVE_STEPS: dict[str, tuple[str, int]] = {
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    **{
        f"{w} {unit}": (unit, n)
        for w, n in (("last", -1), ("this", 0), ("next", 1))
        for unit in ("month", "year")
    },
    **{f"{w} this {unit}": (unit, 0) for w in ("earlier", "later") for unit in ("month", "year")},
}
# The tense each relative date's first word gives it (claimdiff/tenses.py): "last month" is
# past and "next year" to come, so neither meets a date whose own clause says the
# opposite ("will close next year" never meets "broke out on 4 October").  "this" gives none.
RELATIVE_PAST_WORDS = frozenset({"last", "earlier", "yesterday"})
# The year a day falls in, said right after it against the report's own year ("ended on
# October 14 last year", "opens on 3 March next year"): a day of another year than one
# said with no year is another day (claimdiff/said_years.py).
DAY_YEAR_AFTER = {"last year": -1, "this year": 0, "next year": 1}
RELATIVE_FUTURE_WORDS = frozenset({"next", "later", "tomorrow"})
# Words of a clause that put its event to come ("will reopen in April", "is due to open in
# 2027", "said it would close in March", "is to shut in May"), and the pairs of words that
# do; and words that put it past besides past forms of verbs ("was", "two years ago"; a
# date after "since" is past too).  A clause holding both ("was due to open in 2020") has
# no tense here.
FUTURE_WORDS = frozenset(
    """will shall would won't won’t due scheduled expected plans planned planning intends
    intend aims going""".split()
)
FUTURE_PAIRS = frozenset({("is", "to"), ("are", "to"), ("set", "to")})
PAST_WORDS = frozenset("was were had did ago".split())
# Words before a past form that make it describe a noun ("the revised timetable"), and
# those before "planned" that make it a plan's verb ("is planned for September").
TENSE_DETERMINERS = frozenset("the a an its their his her our my your this these those".split())
TENSE_AUXILIARIES = frozenset("is are was were be been".split())
# Words before a date that make it what a past act aimed at, not when it was done
# ("adjourned until 16 July", "called a strike for 21 March", "pushed back to
# mid-March", "promised results by 24 September"): such a date is not past.
TENSE_TARGETS = frozenset("for until till to by".split())
# Words in -ing that are no verb's form, which the reading of a past verb passes over
# ("died on the morning of 3 May"), where a form in -ing stops it.
TENSE_ING_NOUNS = frozenset("morning evening during".split())
# Verbs and the words after them before a form in -ing that make it an act a person is
# accused of, held for or charged with ("accused of stabbing a shopkeeper on 2 November
# will stand trial"): the act's date takes no tense from the words after it.
TENSE_ACT_VERBS = frozenset(
    """accused charged convicted suspected arrested jailed sentenced cleared acquitted
    detained held fined guilty""".split()
)
TENSE_ACT_LINKS = frozenset("of with for".split())

# Centuries written with an ordinal (claimdiff/extract/centuries.py): "the 19th century",
# "19th-century", "the early twentieth century".  The word, the ordinals in words, and
# the eras: a century before Christ is not read (a year below one is no year here).
CENTURY_WORDS = ("century",)
CENTURY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
CENTURY_ERAS_BEFORE = ("bc", "bce", "b.c.", "b.c.e.")
CENTURY_ERAS_AFTER = ("ad", "ce", "a.d.", "c.e.")
# Words before an ordinal century that make it a batsman's hundred runs: "scored his 19th
# century", "their first century".
CENTURY_NOT_AFTER = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# Articles before a century read only as the adjective ("a 19th-century house"): "hit a
# first century on debut" is a hundred runs.
CENTURY_ARTICLES = frozenset({"a", "an"})

# A date's bound (claimdiff/date_bounds.py): whether a date says when a thing begins
# ("from 1 August", "opens on 14 January", "takes effect on July 7") or when it ends ("to
# 25 August", "until Oct. 15", "closes on 24 August", "the deadline is 10 October").  A
# beginning and an end are two facts, however close the days.  The word right before the
# date (past DATE_BOUND_FILLERS) may be a preposition of either; "to" ends a range only
# after a figure, a month or a length of time ("from 1 August to 25 August", "the year
# to March"), not after a move ("pushed back to mid-March").  Further back, past
# DATE_BOUND_AUXILIARIES, a verb (lemma), a phrase of lemmas or a noun of either.
DATE_BEGIN_WORDS = frozenset("from since starting beginning effective commencing".split())
DATE_END_WORDS = frozenset("until till through thru by".split())
DATE_RANGE_END_WORDS = frozenset({"to"})
DATE_BEGIN_VERBS = frozenset("begin start open launch commence reopen resume".split())
DATE_END_VERBS = frozenset("end close finish expire conclude cease lapse".split())
DATE_BEGIN_PHRASES = ("take effect", "come into force", "come into effect", "kick off", "go live")
DATE_END_PHRASES = ("wrap up", "run out")
DATE_END_NOUNS = frozenset({"deadline"})
# Verbs of a pause or a closure: "until" after one dates when a thing resumes, which a
# report may give as either bound ("adjourned the inquest until 16 July", "will resume
# in mid-July"; "stay shut till 9 November", "the closure runs until"): no bound, where
# "the ban stays until Oct. 15" ends. Lemmas.
DATE_PAUSE_VERBS = frozenset("adjourn postpone suspend delay defer pause halt close shut".split())
# "until" and "till" after one of DATE_PAUSE_VERBS name no bound ("by 3 May" still ends).
DATE_PAUSE_ENDS = frozenset({"until", "till"})
# A negation in the clause before "until" makes its day when a thing happens, no bound:
# "not until 4 June that the road reopened", "The road didn't reopen until 4 June".
DATE_BOUND_NEGATIONS = frozenset(
    """not never wasn't isn't weren't aren't didn't doesn't don't won't hasn't haven't
    hadn't wasn’t isn’t weren’t aren’t didn’t doesn’t don’t won’t hasn’t haven’t
    hadn’t""".split()
)
# The ending of a verb's form that is no state after "is": "is closing on 3 May" ends.
DATE_PROGRESSIVE_ENDINGS = ("ing",)
# Verbs of moving a day: its "from" and "to" name no bound ("moved the vote from 3 May to
# 10 May", "pushed back two weeks to 12 March"). Lemmas.
DATE_MOVE_VERBS = frozenset(
    "move push postpone bring reschedule shift switch change put delay".split()
)
# Words opening a noun phrase: the word after one is its noun, no verb ("adjourned the
# hearing until 16 July").
DATE_BOUND_DETERMINERS = frozenset("the a an its their his her our this that".split())
# What ends a time of day between a bound's words and its date: "at 7am on 18 January".
DATE_CLOCK_WORDS = ("am", "pm", "a.m", "p.m")
DATE_BOUND_FILLERS = frozenset("on at the of noon midday midnight".split())
DATE_BOUND_AUXILIARIES = frozenset(
    """will would shall should can could may might must do does did is are was were be
    been being due to set expected scheduled planned has have had now officially formally
    finally then also""".split()
)
# Words before a verb of an end that make it a state, not an end: a road "was closed at
# 7am" or "will remain closed on Friday" is shut from then, where "polls closed at 10pm"
# ended.
DATE_BOUND_STATES = frozenset(
    "is are was were be been being remain remains remained stay stays stayed".split()
)

# A figure's period named against the figure's before it, right after it
# (claimdiff.extract.earlier_periods): "3.9% the previous month", "86% a year earlier",
# "1.2m in the same quarter last year" (a year back), "4.4% over the same period" (the
# last figure's period).  Groups: the unit stepped back, "year_back", or "same".
EARLIER_PERIOD = (
    r"\s*,?\s+(?:(?:in|for|over|during)\s+)?(?:"
    r"the\s+(?:previous|prior|preceding)\s+(?P<u1>month|quarter|year|week)"
    r"|(?:a|one)\s+(?P<u2>month|quarter|year|week)\s+(?:earlier|ago|previously|before(?=_END))"
    r"|the\s+(?P<u3>month|quarter|year|week)\s+before(?=_END)"
    r"|the\s+same\s+(?:period|month|quarter|week)\s+"
    r"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+last\s+year)(?P<year_back>)"
    r"|the\s+same\s+(?:period|time)(?P<same>)"
    r")(?![\w’'])"
).replace(
    # "before" ends the phrase only where no noun phrase follows it: not "2.1m the year
    # before the pandemic", "2% the month before Christmas".
    "_END",
    r"\s*(?:[,.;:)!?]|$)|\s+(?:and|but|while|as|when|after|according|despite|amid|with)\b",
)
# Words one of whose forms any such phrase holds: a text with none reads none.
EARLIER_CUES = ("previous", "prior", "preceding", "earlier", "before", "ago", "same")
