"""English grammar data for quotes and attribution: plain tables, no logic.

:class:`claimdiff.lexicon.speech.Speech` compiles these into regexes once per
lexicon; ``claimdiff.extract.names``, ``phrases``, ``speakers``, ``quotes`` and
``attribution`` read them through it.  Every language's ``<lang>_attribution.py``
defines the same names (``de_attribution.py``); a table a language has no use for
is empty.  The lists are claimdiff's own, drawn from the reporting verbs, titles
and role nouns of English-language wire copy (Reuters, AP, the BBC and British
broadsheets); docs/quotes.md says how each table is used.
"""

from __future__ import annotations

# Verbs that introduce what someone said, in every form a report uses them
# ("said", "says", "saying", "told", "has told").  They attribute both quotes
# and figures.
REPORTING_VERBS = frozenset(
    """say says said saying tell tells told telling state states stated
    explain explains explained note notes noted warn warns warned insist insists
    insisted argue argues argued declare declares declared write writes wrote
    claim claims claimed admit admits admitted acknowledge acknowledges acknowledged
    announce announces announced stress stresses stressed emphasise emphasises
    emphasised emphasize emphasizes emphasized suggest suggests suggested
    conclude concludes concluded
    report reports reported estimate estimates estimated accuse accuses accused
    allege alleges alleged confirm confirms confirmed deny denies denied
    believe believes believed predict predicts predicted tweeted""".split()
)

# Verbs that introduce a quotation (“…,” he added; promised to “hold war
# criminals to account”) but whose subject is an actor, not a source, when a
# figure follows: "Britain has pledged 1 million pounds" is Britain's act and
# "the firm added 300 jobs" its hiring, both reported by the text.
QUOTE_ONLY_VERBS = frozenset(
    """add adds added adding continue continues continued ask asks asked
    reply replies replied recall recalls recalled remark remarks remarked
    posted promise promises promised pledge pledges pledged vow vows vowed
    urge urges urged call calls called calling describe describes described
    describing""".split()
)

# Reporting verbs that attribute a figure but do not introduce a quotation:
# "figures from the ONS show 3%" — a document speaks, not a person.
FIGURE_ONLY_VERBS = frozenset("show shows showed shown found finds".split())

# Phrases whose object is the source: "according to police".
SOURCE_PREPOSITIONS = ("according to", "as reported by", "citing")

# Words that may stand between a subject and its reporting verb without
# changing who speaks ("Russia has publicly said", "Kostin also told").
VERB_FILLERS = frozenset(
    """has have had was were is are will would could did does do also publicly
    previously earlier later repeatedly again then now already often has
    separately reportedly privately officially initially""".split()
)

# Nouns for documents that carry a source's figure: "figures from the UN"
# names the UN as the source.
DATA_NOUNS = frozenset(
    """figures figure data statistics estimates estimate numbers report reports
    survey study analysis research records statement count tally""".split()
)

# Words that open a clause: a subject phrase never reaches back past them.
CLAUSE_BREAKS = frozenset(
    """that which who whom whose and but or while whereas as because when after
    before since if though although where so yet than""".split()
)

# A reporting verb right after one of these shares the subject of the verb before it:
# "Greenway estimated the damage at £3m and said it hoped to reopen" (Greenway said).
COORDINATORS = frozenset("and but or then".split())

# Prepositions: a name right after one is not the head of the phrase
# ("police in Kent" is the police, not Kent).
PREPOSITIONS = frozenset(
    """in of from at for with by on to into near across within under over""".split()
)

# Personal pronouns that stand for the nearest person named before them.
PERSON_PRONOUNS = frozenset("he she".split())
# Pronouns that stand for an organisation or a group: left unresolved, since
# nothing in a sentence says which organisation they mean.
OTHER_PRONOUNS = frozenset("it they we i you".split())

# Titles and offices written before a name; stripped when naming the speaker
# ("Prosecutor General Andriy Kostin" is Andriy Kostin).  Lower-case forms;
# matching ignores case.
TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron
    president vice prime minister ministers secretary chancellor prosecutor general
    attorney chief judge justice king queen prince princess pope governor mayor
    senator sen rep representative congressman congresswoman commissioner
    ambassador director chairman chairwoman chair ceo spokesman spokeswoman
    spokesperson deputy foreign defence defense interior finance home health
    justice commander colonel col general gen lieutenant lt captain capt sergeant
    sgt major admiral sheikh emir crown opposition leader premier speaker
    superintendent inspector detective officer chief executive head constable
    councillor councilman councilwoman alderman gov rev reverend""".split()
)

# Titles written in capitals: "Labour MP Keith Dunn" is Keith Dunn.  Matched as
# written, since most words in capitals are names ("ICC", "NATO").
ACRONYM_TITLES = frozenset("MP MPs MEP MSP AM TD CEO CFO COO PM".split())

# Titles that only persons bear: a name after one of these is a person.
PERSONAL_TITLES = frozenset("mr mrs ms miss mx dr prof sir dame lord lady".split())

# Role nouns that refer back to a person described by them ("the prosecutor"
# after "Karim Khan, the ICC prosecutor").
ROLE_NOUNS = frozenset(
    """prosecutor minister president secretary chancellor judge governor mayor
    senator commissioner ambassador director chairman chairwoman chair spokesman
    spokeswoman spokesperson envoy lawyer adviser advisor official leader premier
    general commander chief executive head officer economist analyst expert
    researcher professor scientist doctor founder manager coach captain"""
    # Occupations that news copy writes as a "false title" before a name
    # ("economist Tariq Aziz", "Volunteer Elsie Grant" opening a sentence) and
    # refers back to ("the teacher said").
    """ teacher headteacher headmaster headmistress principal lecturer dean
    nurse surgeon paramedic midwife pharmacist firefighter constable detective
    inspector investigator engineer architect pilot driver farmer volunteer
    campaigner activist organiser organizer negotiator diplomat historian
    meteorologist forecaster hydrologist geologist seismologist epidemiologist
    virologist biologist physicist chemist psychologist statistician strategist
    solicitor barrister attorney accountant consultant banker trader investor
    entrepreneur owner shopkeeper landlord author novelist writer journalist
    editor reporter photographer presenter broadcaster producer artist singer
    actor actress referee goalkeeper striker midfielder defender councillor
    chairperson treasurer trustee boss""".split()
)

# Nouns for someone who speaks for a body: "a spokesman for Network Rail" says
# what Network Rail says, so the body is the speaker.
VOICE_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())

# Prepositions after a role noun that name the body or place the role belongs
# to: in "chief executive of Harbour Telecom" and "head teacher at Millbrook
# Primary" the capitalised run is no person.
ROLE_PREPOSITIONS = frozenset("of at for".split())

# Last words that mark a capitalised name as an organisation or a place, not a
# person ("International Criminal Court", "Security Council").
ORGANISATION_WORDS = frozenset(
    """court council ministry office union nations commission government agency
    department party bank company inc ltd plc corp university college school
    association organization organisation committee parliament assembly army
    navy force forces police service services institute foundation fund
    times news post press agency hospital group board authority federation
    league club republic kingdom states emirates region province county city
    hague airport station street road square""".split()
)

# Capitalised words that begin a sentence or a date rather than a name.
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december
    last next this today yesterday tomorrow earlier later after before during
    meanwhile however but and the a an in on at of for to it he she they we
    i you his her its their our my""".split()
)

# Words that negate a reporting verb: "Russia has not said" attributes nothing.
NEGATIONS = frozenset("not never".split())

# Words that cannot head a subject: "an estimated 300" and "the reported
# toll" use the verb as an adjective, with no one reporting.
DETERMINERS = frozenset("a an the this that these those some any such".split())

# Auxiliaries that make a reporting verb passive ("Putin was accused of …"):
# the grammatical subject is then the accused, not the source.
PASSIVE_AUXILIARIES = frozenset("was were is are be been being".split())

# The longest tail after a trailing attribution (", the ministry said on
# Monday in a statement."): longer tails are a new clause.
MAX_ATTRIBUTION_TAIL_WORDS = 6

# --- Word order.  English needs none of these: they are empty or off, and the rules
# that read them run exactly as they did before German.

# Verbs that report only with a particle later in their sentence (German "teilte …
# mit"): verb → particles.  None in English ("set out" is no reporting verb).
SEPARABLE_VERBS: dict[str, tuple[str, ...]] = {}

# Words that report only when they open an attribution after a comma or a quote,
# with the source after them (German ", so die Polizei").
TRAILING_ONLY_VERBS: frozenset[str] = frozenset()

# Words that, opening the words before a reporting verb, put its subject after it
# (German word order: "Am Montag sagte der Minister").  English inverts only after
# a quote or a comma, which the rules read on their own.
INVERTING_OPENERS: frozenset[str] = frozenset()

# Prepositions that, opening the words before a verb of speech with an impersonal
# subject, name the source (German "Aus dem Ministerium hieß es").
SOURCE_OPENERS: frozenset[str] = frozenset()

# Negations that follow their verb (German "sagte nicht"); English puts them first
# ("has not said", NEGATIONS).
NEGATIONS_AFTER_VERB: frozenset[str] = frozenset()

# Words that may join a trailing attribution to its comma (German ", wie das Amt
# mitteilte").
TRAILING_LEAD_WORDS: tuple[str, ...] = ()

# Whether every noun is capitalised (German): a source's phrase is then read as a
# noun phrase (articles, adjectives, capitalised nouns, genitives) rather than as
# words up to a preposition, and a capitalised role noun is still a description.
NOUNS_CAPITALISED = False

# Words inside a noun phrase that link a noun to its genitive or its name's second
# part (German "Sprecher der Bahn", "Bundesagentur für Arbeit"); English keeps "of"
# in its phrases by the rule of PREPOSITIONS.
PHRASE_LINKS: frozenset[str] = frozenset()

# Words after a document noun that name its source: "figures from the UN".
DATA_NOUN_LINKS = frozenset("from by of".split())

# Articles a source phrase opens with, lower-cased when it is returned as written
# ("The ministry said" → "the ministry").
LOWERED_ARTICLES = ("The", "A", "An")

# Endings that make a word a role noun or an organisation word: German writes them
# as compounds ("Innenminister", "Bahnsprecherin", "Bundesamt").  English lists
# whole words only.
ROLE_SUFFIXES: tuple[str, ...] = ()
ORGANISATION_SUFFIXES: tuple[str, ...] = ()

# Abbreviated titles whose full stop does not end a name ("Dr. Meier" in German).
# Empty in English, which writes "Dr Smith" in the house style of its wire copy.
TITLE_ABBREVIATIONS: frozenset[str] = frozenset()

# Words after a person's name that say whom the person works for: "Tariq Aziz of the
# Halden Institute", "Karim Khan at the ICC".
AFFILIATION = frozenset("of from at".split())

# Words that open an aside after a subject: an apposition or a relative clause
# ("Lena Hart, the coach, said"; "Ruth Adler, who chairs …, said"; "His father, aged
# 53, said"; "The man, thought to be about 30, said").
ASIDE_OPENERS = frozenset(
    "the a an his her its their who whose which aged thought believed".split()
)

# Of those, the ones whose aside says something of the subject itself ("Unifor, which
# represents 1,400 members, said", "The man, thought to be about 30, said"): a figure in
# such an aside is no one's statement (claimdiff.extract.attribution).
OWN_ASIDE_OPENERS = frozenset("who whose which aged thought believed".split())

# Words that open a description standing in apposition to a name (", the deputy
# prime minister," after a name; "the coach, Lena Hart," before one).
APPOSITION_OPENERS = ("the", "a", "an", "his", "her", "its", "their")
