"""English tables of people and their events: ages, counts of one, votes, verbs of an
event's beginning or end, decades of life and ages in words.

Held with the rest of :mod:`claimdiff.lexicon.en`, which imports them: the lexicon reads
that one module.
"""

from __future__ import annotations

# Age limits of a group of people (claimdiff/extract/ages.py): "children under 15",
# "people aged over 65" bound an age, not a count, after a word for persons;
# "younger than fifteen" does after any word.  Each maps to (lower, upper) as
# fractions of the figure, None for unbounded.
AGE_LIMITS_AFTER_PERSONS = {
    "under": (0.0, 1.0), "over": (1.0, None), "below": (0.0, 1.0), "above": (1.0, None),
    "aged under": (0.0, 1.0), "aged over": (1.0, None),
}  # fmt: skip
AGE_COMPARATIVES = {
    "younger than": (0.0, 1.0), "older than": (1.0, None),
    "under the age of": (0.0, 1.0), "below the age of": (0.0, 1.0),
    "over the age of": (1.0, None), "above the age of": (1.0, None),
}  # fmt: skip
# Words between two sides of a fixture: a bracketed number beside one is a score, not an
# age ("Leeds United (2) v Sheffield Wednesday (1)").
VERSUS_WORDS = frozenset({"v", "vs", "versus"})
# "the woman, who is 34", "since he was seven", "Mrs Morley, now 105,": words before a
# bare whole number up to 120 that make it a person's age when no noun follows it.
AGE_COPULAS = (
    "who is", "who was", "who turned", "who turns", "who will be", "turned", "turns",
    "has turned", "has just turned",
    "he is", "he was", "she is", "she was", "he turned", "she turned", ", now",
    "who is now", "he is now", "she is now",
    "the youngest", "the oldest", "youngest was", "oldest was", "youngest is", "oldest is",
    "age is", "age was", "is", "was", "is only", "was only", "is just", "was just",
    "is now", "was then", "who at", ", then", ", both", ", at",
)  # fmt: skip
# A relative clause's copula ("A man who is 29 has been charged", "who at 73 is now the
# oldest"): its clause ends at the age, and the sentence's own verb may come next.
AGE_RELATIVE_COPULAS = frozenset({"who is", "who was", "who is now", "who at"})
# Verbs that may open the sentence's own predicate after such a clause ("has been
# charged", "will appear"), besides COMMON_VERBS and any form only a verb makes.
# Verbs that agree with many ("Everton, who at 17 are level"): a team's, not a person's.
PLURAL_VERBS = frozenset({"are", "were", "have"})
# Words before a month that make it a time ("in April, then 45"), not a name ("Theresa
# May, then 60,").
MONTH_PREPOSITIONS = frozenset("in on by since until from of to through during".split())
AUXILIARIES = frozenset(
    "has had have was is were will would could can may might must should did does".split()
)
# Copulas alone ("The boy is 15", "Mrs Cole was 79"): an age only after a word for one
# person in lower case, or a name after a title or a first name ("Mrs Cole", "John
# Smith"), never after other words ("Turnout in Leeds was 60", "The score was 24"); and
# only where the number ends its clause or one of AFTER_A_PLAIN_AGE follows ("The driver
# was 7 in the standings", "The batsman was 45 at lunch" are no ages).
AGE_PLAIN_COPULAS = frozenset({"is", "was"})
# Words between a plain copula and its age: "The boy was only 15", "Her son is now 7".
AGE_PLAIN_MODIFIERS = frozenset({"only", "just", "now", "then"})
AFTER_A_PLAIN_AGE = frozenset({"when", "years"})
# After "was 19 when", the words that say the age was a person's, where the word before
# "was" opens the sentence and may be no name ("Parker was only 19 when he was jailed").
PERSONS_AFTER_WHEN = frozenset({"he", "she", "his", "her", "they", "their"})
# "and" before a verb goes on the sentence ("The boy is 15 and attends …").
AND_WORDS = frozenset({"and"})
# "At 17, she signed …", "At 88, Mr Haddad is …": a preposition opening a sentence
# before a bare number, a comma and "he", "she" or a title and a name (AGE_OPENER_PERSONS);
# not a name alone ("At 40, Manchester United were top", "At 10, Downing Street").
AGE_OPENERS = frozenset({"at", "now"})
# Articles opening a noun phrase ("Now 58, the former Olympic sprinter").
ARTICLES = frozenset({"the", "a", "an"})
# Of the openers, the ones a clock's hour may follow ("At 10, the minister will speak").
CLOCK_OPENERS = frozenset({"at"})
AGE_OPENER_PERSONS = frozenset({"he", "she"})
# After "At" and an age, a name alone is a person's only when one of these says it is one
# ("At 39, Lena Ortiz became the oldest woman to win"): a club or a place may follow too.
AGE_NAME_COPULAS = frozenset({"became", "becomes", "is", "was"})
# Lower-case words inside a name ("Virgil van Dijk", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("van von de da der den du le la bin al di del dos".split())
# "The actor died at 88": words before a bare number that make it the age of a death,
# when the number ends its clause or a word that may follow an age comes next.  Such an
# age, and one after "At" and a title, is past a clock's hours (FEWEST_YEARS_NOT_AN_HOUR:
# "died at 4 in the morning", "died at 8", "At 3, Mr Smith arrived").
AGE_DEATH_CUES = ("died at", "dies at", "dying at")
# Other events of a life read the same way: "Having retired at 65", "she married at 19".
AGE_EVENT_CUES = (
    "retired at", "retires at", "retiring at", "married at", "emigrated at",
    "left school at", "made his debut at", "made her debut at",
)  # fmt: skip
FEWEST_YEARS_NOT_AN_HOUR = 13
# Copulas of turning ("turned", "has just turned"): with no pronoun in them they read an
# age only after a person's name or a word for a person ("Maloney turned 105", not "the
# car turned 90"), and the further words that may end the age they give ("turned 105 on
# Sunday").
AGE_TURN_WORDS = frozenset({"turned", "turns"})
AFTER_A_TURN = frozenset({"on", "next"})
# Pronouns that stand for a person, in a copula ("who turned") or before it ("She has
# just turned 100").
AGE_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "who"})
# Words that may follow an age said with a copula ("he was 16 when", "who turned 50
# last week"); any other word makes the figure a score or a count ("87 not out").
AFTER_AN_AGE = frozenset(
    "when while as at in last next this and but until before after since years or by".split()
)
# After an age of a death, besides those: "died at 88 on Sunday".
AFTER_A_DEATH_AGE = frozenset({"on", "after", "from", "to"})
# After an age in apposition with "at", besides stop words: "The judge, at 91 still a keen
# golfer" (claimdiff/extract/ages.py).
AFTER_AN_APPOSED_AGE = frozenset({"still", "already"})
# Or an article and one of these: "Jones, at 36 the oldest member" (not "Croatia, at 15
# the highest-ranked side", "Seville, at 46 the hottest").
AGE_SUPERLATIVES = frozenset({"oldest", "youngest", "eldest"})
# "one" counts the noun after it ("One man was killed", "one new case") except after
# these ("no one", "not one", "at one point", "number one", "the one thing", "with one
# voice", "the old one", "a second one", "a one horse race") or before these ("one of",
# "one another", "one by one", "one or two", "one in five", "one could argue", "one day
# he left", "one way or another", "one to watch", "one in, one out", "one last time",
# "one such case", "one hell of", "one step towards", "one eye on", "One cannot help",
# "One key issue", "phase one work", "Which one do you prefer?": a pronoun, found by
# Recognizers-Text's number cases) (claimdiff.extract.ones).
ONE_NOT_AFTER = frozenset(
    """no not any every each the this which whichever number at in on from a first
    second third last next other another old new right wrong big small little same phase
    stage""".split()
)
ONE_NOT_BEFORE = frozenset(
    """of another by or and in to than more less could can would should might must may
    will way day thing time point side hand moment voice out up off over last such hell
    step eye cannot key main do does did""".split()
)
# Phrases that count one as "one" does, before what they count (lower case): "A single
# firefighter was hurt", "by a single vote" (claimdiff.extract.singles).
ONE_PHRASES = ("a single",)
# Words before such a phrase that make it none: "not a single passenger", "without a
# single win", "never a single complaint".
ONE_PHRASES_NOT_AFTER = frozenset("not without never nor".split())
# Nouns after such a phrase that it describes rather than counts: "a single mother", "a
# single market", "a single room", "a single malt".
ONE_PHRASES_NOT_BEFORE = frozenset(
    "mother mum mom father dad parent market currency room bed malt file".split()
)
# After the counted noun, words that make the phrase no count ("one win away").
ONE_NOT_AFTER_NOUN = frozenset({"away"})
# The classes (WordNet's) of what a count of one counts, in one of a noun's two commonest
# meanings: not only an idea, a time, a state, a quantity or a possession ("One reason",
# "One morning", "one problem", "one option"; "one goal" is a score in its second).
ONE_COUNTED_CLASSES = frozenset(
    "person animal plant artifact body group food substance event act location".split()
)
# A count of one naming a person who then speaks is someone, not a count ("One witness
# said", "One victim, now 51, told the jury").
ONE_SPEAKER_VERBS = frozenset(
    "said says told tells added explained recalled described claimed insisted".split()
)
# Before a hedged age said of someone ("who is about 45", "The victim, thought to be
# about 30,", "The victim was about 70", "He was about 20 at the time"): the person is
# named before these, or is the pronoun in them (claimdiff.extract.ages.hedged_age).
AGE_ESTIMATES = (
    "who is", "who was", "who is now", "is", "was", "he is", "he was", "she is", "she was",
    "thought to be", "believed to be", "understood to be", "said to be", "estimated to be",
    "is thought to be", "is believed to be", "was thought to be", "was believed to be",
    "described as", "was described as", "is described as",
)  # fmt: skip
# "One of the victims, now 51,", "The youngest of the three, 17,": one person of a group
# of people, named by these before "of" (the first ones name a member of the group by
# its own word: one of the victims is a victim).
NUMBER_ONE_WORDS = frozenset({"one"})
ONE_OF_PEOPLE = NUMBER_ONE_WORDS | AGE_SUPERLATIVES
# Of those, the words only people are ("the oldest" may be a building).
PEOPLE_SUPERLATIVES = frozenset({"youngest", "eldest"})
# "a man of 43", "a boy of nine" (claimdiff/extract/ages.py): the word between "a", a word
# for one person and a bare number that makes the number that person's age.
AGE_OF_WORDS = frozenset({"of"})
# Words for a parent: after them "of" and a number below FEWEST_YEARS_OF_A_PARENT counts
# children ("a father of three", "a mother of two"); "a grandmother of 72" is her age.
PARENT_WORDS = frozenset(
    """father mother parent dad mum mom grandfather grandmother grandparent grandad
    granddad grandma grandpa granny""".split()
)
FEWEST_YEARS_OF_A_PARENT = 20
# Votes (claimdiff/tallies.py): a sentence holding one of VOTE_WORDS may give a tally,
# and the side words name whose figure is whose ("backed ... by 34 votes to 19", "34
# opposing", "288 in favour", "1,244 voting to accept").
VOTE_WORDS = frozenset(
    """vote votes voted voting ballot ballots balloted referendum majority backed backing
    approved rejected favour favor supporting opposing abstained abstaining abstention
    abstentions""".split()
)
SIDE_FOR = frozenset(
    """for favour favor support supporting supported backing backed approve approved
    approving accept accepted accepting endorsed passed carried yes""".split()
)
SIDE_AGAINST = frozenset(
    """against oppose opposing opposed reject rejected rejecting defeated refused no""".split()
)
# Words right before a vote's margin, a figure outside a tally: "a majority of 15", "a
# margin of 12" (claimdiff/tallies.py); each a tuple of words.  "by" makes one only after
# a verb of winning or losing and before a count of votes: "winning by 75 votes", "lost by
# just 12 votes"; not "backed by 312 MPs", "voted by 93% to strike", "raise taxes by 3.5%".
MARGIN_BEFORE = (("majority", "of"), ("margin", "of"))
MARGIN_VERBS = frozenset(
    """won win wins winning lost lose loses losing carried passed defeated beaten
    beat""".split()
)
MARGIN_BY = (("by",), ("by", "just"), ("by", "only"))
# Nouns a margin may count besides votes: "a majority of 80 seats".
MARGIN_NOUNS = frozenset({"seat", "seats"})
# Side words that are also everyday function words ("£12m for 40 new homes"): read
# after a figure only, never before it.
SIDE_AFTER_ONLY = frozenset("for no yes".split())
# Whether a change's ends ("from X to Y", Claim.role) are read surely enough to keep a
# change's old and new levels apart in pairing (claimdiff/align.py).
CHANGE_ENDS = True
# Verbs that name no event of their own (claimdiff/verbs.py): two years beside "became"
# or "said" are not one event's for that ("Smith became chief executive in 2015", "Smith
# got a knighthood in 2018"; "closed in 2009, the company said").  Verbs whose object
# names the event are light too: "underwent a major renovation in 1923", "gained its
# new wing in 2004", "suffered a fire in 1976" (claimdiff/year_events.py).
LIGHT_VERBS = frozenset(
    """be have do get make take go come become give put set see say tell report announce
    state add note show undergo gain receive suffer hold carry""".split()
)
# Verbs that date when a thing came to be (claimdiff/year_events.py): news writes one
# beginning with any of them ("built in 1847", "opened in 1874"; "founded in 1921",
# "launched in 1921"), where WordNet files them apart; a year of each may be one
# event's.  Lemmas; reopening, extending or renaming is another event.
BEGINNING_VERBS = frozenset(
    """build construct erect open found establish form create launch start begin
    complete date inaugurate unveil incorporate debut""".split()
)
# A light verb and its particle that name a beginning or an end, and the lemma they
# stand for (claimdiff/year_events.py): "was set up in 2006" is "founded in 2006".
PHRASAL_EVENTS = {"set up": "found", "broke up": "split", "break up": "split", "wound up": "end"}
# Words right before a year that date a beginning of what is not said ("operating since
# 2003", "mayor since 2017", "traces its roots to 1868", "dates back to 1882", "dates from
# 1912"); words
# before "since" that make its year the last time of something ("the first time since
# 1994", "the first win at Anfield since 1994"), as a superlative does after one of
# SUPERLATIVE_CUES ("their lowest level since 2011"; not "house arrest since 2021").
YEAR_BEGINNING_CUES = ("since", "back to", "roots to", "origins to", "dates from", "date from")
YEAR_LAST_TIME_WORDS = frozenset("time most least best worst first only last".split())
SUPERLATIVE_CUES = frozenset("the its their his her our".split())
# Words before a year that make it an adjective even of a name: "the 1932 Hallam Street
# Bridge", "its 1966 World Cup win" (claimdiff/prepare.py keeps it a fact of its own).
NAME_YEAR_DETERMINERS = frozenset("the a an its their his her our".split())
# Words before a verb of a beginning or an end written as its lemma that make it the
# verb, not a noun ("the mine that shut in 2011", "which was split in 1990").
VERB_CUES = frozenset("that which who was were been had has have is are".split())
# Words before a verb of a beginning or an end written as its lemma that make it the verb
# of a time to come: "is due to open in 2030", "will close in 2027" (claimdiff/year_events.py).
FUTURE_VERB_CUES = frozenset("to will would could should may might shall can".split())
# Words after which a year is the time of the verb before it, not an adjective of the
# word after it: "in 1974 storms swept", "since 2019 rents" (claimdiff/year_events.py).
YEAR_TIME_CUES = frozenset(
    "in since from by until till during before after of to and or circa c".split()
)
# Words between a noun and a year that make the year the noun's event, not a verb's
# before it: "defences built after the floods of 2000" (claimdiff/year_events.py).
YEAR_OF_WORDS = frozenset({"of"})
# Nouns of a part of a year, which WordNet files as no time ("the middle of 2019"): the
# year is then the verb's, as after a word of time ("the end of 2019", "the summer of 2022").
YEAR_OF_TIMES = frozenset(
    "middle turn rest course part height bulk remainder wake aftermath style spirit".split()
)
# Particles after a lemma that make it a verb: "split up in 2009", "shut down in 2020".
VERB_PARTICLES = frozenset("up down out off over".split())
# Words before a verb's -ing form that make it a year's event: "since winning office in
# 2015", "before retiring".
GERUND_OPENERS = frozenset("since after before on upon by while when".split())
# Verbs of a thing's or a person's end, or of a one-off disaster (claimdiff/prepare.py):
# a year they govern is a fact of its own even where it also dates another figure of
# its sentence ("which killed 19 people in 2015", "retired in 2016 with 41 titles",
# "capsized with the loss of 41 lives in 1987").  Lemmas.
ENDING_VERBS = frozenset(
    """close shut retire resign die kill sink capsize collapse crash demolish destroy
    disband dissolve abolish split end cease""".split()
)
# A person's decade of life (claimdiff/extract/decades.py): "in her eighties", "in his
# early 40s".  The possessives that open it, the decades in words, and the parts of a
# decade as (first, last) years into it; "and" or "or" joins a second decade ("in their
# 20s and 30s").
DECADE_POSSESSIVES = ("his", "her", "their")
# Words whose next word, after an age, is someone else's kin: "a 58-year-old woman … that
# killed her husband" (claimdiff.align, opposites of ages); not "Sarah Hill, 39, the boy's
# mother", whose kin word is her own.
OTHERS_KIN_BEFORE = ("his", "her", "their", "whose")
# An age's part in its story (claimdiff.age_parts): the verb right after the age, or after
# the noun phrase it stands in ("A man, 27, has been charged", "A 23-year-old student was
# stabbed"), says whether its person did something or had it befall them.  Two ages of
# two parts are two people.  The auxiliaries that may come first; a passive's forms of
# "be" among them; the negations that leave the part unread ("was not hurt").
AGE_AUXILIARIES = frozenset(
    "who has have had was were is are been being be will would later also then since".split()
)
AGE_PASSIVE_MARKS = frozenset("was were is are been being be".split())
AGE_NEGATIONS = frozenset("not never n't".split())
# Words between the age and its verb that are the person's place ("Smith, 34, of Leeds,
# denies"): skipped to the next comma.
AGE_PLACE_WORDS = frozenset({"of", "from"})
# Passive participles of a suspect ("was arrested") and of someone harmed or saved ("was
# stabbed", "was rescued"); "held", "found", "taken" and "released" are left out, each
# said of both ("held hostage", "found guilty", "taken into custody", "released from
# hospital").
AGE_DOER_PASSIVES = frozenset(
    """arrested charged detained jailed sentenced convicted remanded bailed questioned
    fined accused imprisoned prosecuted cautioned""".split()
)
AGE_BEFALLEN_PASSIVES = frozenset(
    """stabbed shot killed injured hurt wounded robbed attacked assaulted punched kicked
    beaten struck hit mugged rescued pulled airlifted hospitalised hospitalized kidnapped
    abducted bitten trapped knocked run""".split()
)
# Active verbs of the same two parts: "denies the charge", "died at the scene".
AGE_DOER_ACTIVES = frozenset(
    "admitted admits denied denies pleaded pleads appeared appears".split()
)
AGE_BEFALLEN_ACTIVES = frozenset("died dies drowned suffered suffers sustained".split())
# Where no verb after it says, one of the participles above right before the age, an
# article between, gives its part as the object of that verb: "Police arrested a
# 23-year-old man", "a gunman who shot a 19-year-old" (claimdiff.age_parts.part_before).
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
# The parts overlap by a year, as writers round: "in his late forties" holds 45.
DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "mid-": (3, 7), "mid–": (3, 7), "late": (5, 9)}
# Ages given by a word (claimdiff/extract/age_words.py): the years of life each names, as
# (first, last); None for no last ("a centenarian" is 100 or more).  A noun
# (``AGE_NOUNS``) counts in the singular, alone or before a word for a person; any other
# (an adjective: "teenage") only before one person ("a teenage girl").
AGE_WORDS: dict[str, tuple[int, int | None]] = {
    "teenager": (13, 19), "teenage": (13, 19), "teen": (13, 19), "toddler": (1, 3),
    "sexagenarian": (60, 69), "septuagenarian": (70, 79), "octogenarian": (80, 89),
    "nonagenarian": (90, 99), "centenarian": (100, None),
}  # fmt: skip
AGE_NOUNS = frozenset(AGE_WORDS) - {"teenage"}
# Words that make four digits and an "s" a decade ("the 1990s", "a 1970s law", "their
# 1980s heyday"), where a count may stand bare ("owns 2010s of them").
DECADE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "those", "these", "a", "an", "its", "their", "his", "her", "our", "my", "your"}
)
# Words for persons WordNet does not file as persons.
AGE_LIMIT_PERSONS = frozenset({"those", "anyone", "everyone", "people"})
