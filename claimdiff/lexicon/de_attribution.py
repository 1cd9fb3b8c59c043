"""German grammar data for quotes and attribution: plain tables, no logic.

The same tables as ``en_attribution.py`` (docs/quotes.md says how each is used),
for German news copy (dpa, Reuters Deutschland, regional papers): reporting verbs
in the forms a report uses ("sagte", "teilte … mit", "wie … mitteilte"), "laut X"
and "nach Angaben von X", ", so X" after a quote, titles ("Herr", "Frau", "Dr.")
and role nouns, many of them written as compounds ("Innenminister").  The lists
are claimdiff's own.

German differs from English in four ways the rules read from here rather than
guess: the verb comes second, so a sentence opened by a time or place has its
subject after the verb ("Am Montag sagte der Minister", INVERTING_OPENERS);
separable verbs put their particle at the clause end ("teilte … mit",
SEPARABLE_VERBS); negation follows the verb ("sagte nicht"); and every noun is
capitalised, so a capital says nothing about a name (NOUNS_CAPITALISED).
"""

from __future__ import annotations

# Verbs of saying, in the forms news copy uses: main clause ("sagte"), subordinate
# clause and perfect ("mitteilte", "gesagt").  Matched as written (lower case): "So"
# opening a sentence is no attribution.
REPORTING_VERBS = frozenset(
    """sagte sagten sagt sagen gesagt erklärte erklärten erklärt betonte betonten
    betont berichtete berichteten berichtet mitteilte mitteilten mitgeteilt
    ankündigte ankündigten angekündigt bekanntgab bekanntgaben bestätigte
    bestätigten bestätigt warnte warnten warnt meldete meldeten meldet schrieb
    schreibt erläuterte erläuterten meinte meinten schätzte schätzten schätzt
    hieß heißt""".split()
)

# Verbs that introduce a quotation but whose subject is an actor when a figure follows
# (as "pledged", "added" in English): "ergänzte", "forderte", "versprach".
QUOTE_ONLY_VERBS = frozenset(
    """ergänzte ergänzten fragte fragten antwortete antworteten versprach
    versprachen forderte forderten kommentierte kommentierten fügte fügten""".split()
)

# A document speaks, not a person: "Daten des Amtes zeigen 3 Prozent".  Not "ergab":
# "ergibt sich ein Minus" (there is a fall) is reflexive and reports nothing.
FIGURE_ONLY_VERBS = frozenset("zeigt zeigte zeigen".split())

# Phrases whose object is the source: "laut Polizei", "nach Angaben der Feuerwehr".
SOURCE_PREPOSITIONS = (
    "laut",
    "nach Angaben",
    "nach Angaben von",
    "nach Informationen",
    "nach Informationen von",
    "unter Berufung auf",
)

# Words between a subject and its verb in a clause with the verb last ("wie das Amt
# am Montag mitteilte" is cut as a noun phrase instead: NOUNS_CAPITALISED).
VERB_FILLERS = frozenset(
    """hat haben hatte hatten habe wurde wurden wird werden ist sind war waren auch
    bereits zudem außerdem ebenfalls erneut jedoch nun später zuvor""".split()
)

# Documents that carry a source's figure: "eine Studie der Universität Mannheim".
DATA_NOUNS = frozenset(
    """zahlen daten statistik statistiken schätzung schätzungen studie umfrage
    analyse bericht berichte erhebung auswertung bilanz angaben""".split()
)

# Words that open a clause.  Not the articles: "der", "die", "das" are relative
# pronouns too, but they open every subject.
CLAUSE_BREAKS = frozenset(
    """dass weil und aber oder wie als wenn ob obwohl während nachdem bevor
    sondern denn damit sodass wo""".split()
)

COORDINATORS = frozenset("und aber oder dann".split())

PREPOSITIONS = frozenset(
    """in im an am auf aus bei beim mit nach seit von vom vor zu zum zur für gegen
    ohne um unter über durch""".split()
)

PERSON_PRONOUNS = frozenset("er sie".split())
OTHER_PRONOUNS = frozenset("es wir ich man ihr".split())

# Titles and offices before a name; stripped when naming the speaker.  Compounds
# ending in a role ("Finanzminister") are titles by ROLE_SUFFIXES.
TITLES = frozenset(
    """herr herrn frau dr prof professor professorin minister ministerin
    präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat
    landrätin senator senatorin richter richterin staatsanwalt staatsanwältin
    direktor direktorin kommissar kommissarin""".split()
)

ACRONYM_TITLES = frozenset("MdB MdL CEO".split())

PERSONAL_TITLES = frozenset("herr herrn frau dr prof".split())

# Role nouns that describe a person and refer back to them ("der Minister").
ROLE_NOUNS = frozenset(
    """minister ministerin präsident präsidentin kanzler kanzlerin bürgermeister
    bürgermeisterin landrat landrätin sprecher sprecherin vorsitzende
    vorsitzender chef chefin leiter leiterin direktor direktorin trainer
    trainerin geschäftsführer geschäftsführerin staatsanwalt staatsanwältin
    richter richterin experte expertin ökonom ökonomin analyst analystin
    professor professorin arzt ärztin polizeisprecher feuerwehrsprecher
    einsatzleiter einsatzleiterin abgeordnete abgeordneter senator senatorin
    kommissar kommissarin gründer gründerin anwalt anwältin""".split()
)

# "ein Sprecher der Deutschen Bahn" says what the Deutsche Bahn says.
VOICE_NOUNS = frozenset("sprecher sprecherin sprecherinnen".split())

# After a role noun, the words that name the body it belongs to: "Chef der Bahn".
ROLE_PREPOSITIONS = frozenset("der des von für".split())

ORGANISATION_WORDS = frozenset(
    """polizei feuerwehr regierung bundesregierung landesregierung ministerium
    behörde amt gericht rat stadt gemeinde kreis verband bank konzern unternehmen
    firma gesellschaft institut universität hochschule partei bundestag landtag
    senat agentur kommission klinik krankenhaus bahn kreuz kreuzes zeitung
    sender""".split()
)

# Capitalised words that open a sentence or a date, not a name: German capitalises
# every sentence's first word and every noun, so articles and prepositions that open
# a sentence are listed, with days and months.
NOT_NAMES = frozenset(
    """der die das den dem des ein eine einer eines einem einen am im in an auf
    aus bei mit nach von vor zu zum zur laut wie so es er sie wir ich ihr man
    dass und aber oder auch doch dazu zudem außerdem heute gestern morgen
    anfang ende mitte montag dienstag mittwoch donnerstag freitag samstag
    sonntag januar februar märz april mai juni juli august september oktober
    november dezember""".split()
)

NEGATIONS = frozenset("nicht nie".split())

DETERMINERS = frozenset("ein eine einer eines einem einen dieser diese dieses".split())

# A subject of "wurde … vorgeworfen" is accused, not a source.
PASSIVE_AUXILIARIES = frozenset("wurde wurden wird werden".split())

MAX_ATTRIBUTION_TAIL_WORDS = 6

# --- Word order (en_attribution.py says what each table does).

SEPARABLE_VERBS: dict[str, tuple[str, ...]] = {
    "teilte": ("mit",),
    "teilten": ("mit",),
    "teilt": ("mit",),
    "kündigte": ("an",),
    "kündigten": ("an",),
    "kündigt": ("an",),
    "gab": ("an", "bekannt"),
    "gaben": ("an", "bekannt"),
    "räumte": ("ein",),
    "räumten": ("ein",),
    "fügte": ("hinzu",),
    "fügten": ("hinzu",),
}

TRAILING_ONLY_VERBS = frozenset({"so"})

INVERTING_OPENERS = frozenset(
    """am im an auf in nach vor bei seit zu zum zur dazu dabei darüber daraufhin
    zudem außerdem ebenfalls gestern heute zuvor später bereits damals jetzt nun
    dort hier""".split()
)

SOURCE_OPENERS = frozenset("aus".split())

NEGATIONS_AFTER_VERB = frozenset("nicht nie".split())

TRAILING_LEAD_WORDS = ("wie",)

NOUNS_CAPITALISED = True

PHRASE_LINKS = frozenset("der des einer eines für von".split())

DATA_NOUN_LINKS = frozenset("der des von".split())

LOWERED_ARTICLES = ("Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Einer")

# A role written as a compound: "Innenminister", "Bahnsprecherin", "Stadtdirektor".
ROLE_SUFFIXES = (
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "meister",
    "meisterin",
    "präsident",
    "präsidentin",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "chef",
    "chefin",
    "führer",
    "führerin",
    "vorsitzende",
    "vorsitzender",
)
# A body written as a compound, also in the genitive: "Bundesamt", "Innenministeriums".
ORGANISATION_SUFFIXES = (
    "amt",
    "amtes",
    "amts",
    "ministerium",
    "ministeriums",
    "behörde",
    "gericht",
    "gerichts",
    "verband",
    "verbands",
    "verbandes",
    "institut",
    "instituts",
    "agentur",
    "polizei",
    "werke",
    "bank",
    "kasse",
    "kammer",
    "gesellschaft",
    "regierung",
    "verwaltung",
)

TITLE_ABBREVIATIONS = frozenset("dr prof".split())

AFFILIATION = frozenset("von aus bei".split())

ASIDE_OPENERS = frozenset(
    """der die das ein eine sein seine ihr ihre dessen deren welche welcher
    welches""".split()
)

# Asides that say something of the subject itself: "Die Firma, die 1.400 Menschen
# beschäftigt, teilte mit" (claimdiff.extract.attribution).
OWN_ASIDE_OPENERS = frozenset("dessen deren welche welcher welches".split())

APPOSITION_OPENERS = ("der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre")
