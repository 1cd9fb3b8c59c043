"""English tables of measures: unit words, weights in pounds, temperatures and angles.

Held with the rest of :mod:`claimdiff.lexicon.en`, which imports them: the lexicon reads
that one module.
"""

from __future__ import annotations

# Measure words after a number, and the pint unit each names.  Only these
# words ever reach pint: never raw text.
MEASURE_UNITS = {
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer",
    "kilometres": "kilometer", "kilometer": "kilometer", "kilometers": "kilometer",
    "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter",
    "centimeter": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetre": "millimeter", "millimetres": "millimeter",
    "mile": "mile", "miles": "mile", "mi": "mile",
    "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "in": "inch",
    "yard": "yard", "yards": "yard",
    "mph": "mile / hour", "km/h": "kilometer / hour", "kph": "kilometer / hour",
    "kmh": "kilometer / hour", "knots": "knot", "knot": "knot",
    "tonne": "metric_ton", "tonnes": "metric_ton", "metric tons": "metric_ton",
    "ton": "metric_ton", "tons": "metric_ton", "t": "metric_ton",
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "kilo": "kilogram", "kilos": "kilogram", "g": "gram", "gram": "gram", "grams": "gram",
    "lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound",
    "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "acre": "acre", "acres": "acre",
    "sq km": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2",
    "square miles": "mile ** 2", "square mile": "mile ** 2", "sq mi": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "sq m": "meter ** 2",
    "square feet": "foot ** 2", "sq ft": "foot ** 2",
    "square metre": "meter ** 2", "square meter": "meter ** 2", "square foot": "foot ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2",
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter",
    "gallon": "gallon", "gallons": "gallon", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "c": "degree_Celsius", "°c": "degree_Celsius", "degrees celsius": "degree_Celsius",
    "celsius": "degree_Celsius", "degrees c": "degree_Celsius",
    "f": "degree_Fahrenheit", "°f": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit",
    "degrees f": "degree_Fahrenheit", "° celsius": "degree_Celsius",
    "° fahrenheit": "degree_Fahrenheit",
    "kw": "kilowatt", "kilowatts": "kilowatt", "mw": "megawatt", "megawatts": "megawatt",
    "gw": "gigawatt", "gigawatts": "gigawatt", "kwh": "kilowatt_hour",
    "gb": "gigabyte", "mb": "megabyte", "tb": "terabyte",
    "kmph": "kilometer / hour", "km/hr": "kilometer / hour",
    "m": "meter", "m2": "meter ** 2", "m²": "meter ** 2", "cm2": "centimeter ** 2",
    "dm": "decimeter", "decimetre": "decimeter", "decimetres": "decimeter",
    "decimeter": "decimeter", "decimeters": "decimeter", "millimeter": "millimeter",
    "millimeters": "millimeter", "picometre": "picometer", "picometres": "picometer",
    "picometer": "picometer", "picometers": "picometer", "nm": "nanometer",
    "nanometre": "nanometer", "nanometres": "nanometer", "nanometer": "nanometer",
    "nanometers": "nanometer",
    "ml": "milliliter", "millilitre": "milliliter", "millilitres": "milliliter",
    "milliliter": "milliliter", "milliliters": "milliliter", "cl": "centiliter",
    "cubic feet": "foot ** 3", "cubic foot": "foot ** 3", "cubic metres": "meter ** 3",
    "cubic meters": "meter ** 3", "cubic metre": "meter ** 3", "cubic meter": "meter ** 3",
    "tablespoon": "tablespoon", "tablespoons": "tablespoon", "tbsp": "tablespoon",
    "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tsp": "teaspoon",
    "cup": "cup", "cups": "cup", "pint": "pint", "pints": "pint",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram",
    "microgram": "microgram", "micrograms": "microgram", "microgramme": "microgram",
    "microgrammes": "microgram", "μg": "microgram", "µg": "microgram", "mcg": "microgram",
    "gramme": "gram", "grammes": "gram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "bit": "bit", "bits": "bit", "megabit": "megabit", "megabits": "megabit",
    "kilobyte": "kilobyte", "kilobytes": "kilobyte", "megabyte": "megabyte",
    "megabytes": "megabyte", "gigabyte": "gigabyte", "gigabytes": "gigabyte",
    "terabyte": "terabyte", "terabytes": "terabyte",
    "degree": "degree", "degrees": "degree", "°": "degree",
    "radian": "radian", "radians": "radian", "rad": "radian",
}  # fmt: skip
# Units that are a single letter or clash with words: only taken glued to the
# digits ("40C", "5t"), never after a space ("5 t", "at 5 C").
GLUED_ONLY_UNITS = frozenset({"c", "f", "t", "g", "mi", "ha", "rad", "nm", "cl", "in"})
# Glued units that are prepositions too: "5in of rain" is inches, "top 10in the charts" a
# space left out (the words after it read on as the preposition's object).
PREPOSITION_UNITS = frozenset({"in"})
# Units whose capital is something else: "5G" is a network, "10T" no tonnage.
LOWER_CASE_ONLY_UNITS = frozenset({"g", "t", "m", "mg", "ml", "in"})
# "m" is a metre ("1.8m tall", "48m", "12 m") unless money is near or a counted noun
# follows ("1.8m people" is 1.8 million): the extractor decides, this names it.
METRE_OR_MILLION = "m"
# Words after a measure that say what it measures: "1.8m tall" is a height, not a count.
MEASURE_ADJECTIVES = frozenset(
    "tall high long wide deep thick away across deeper higher longer wider below above".split()
)
# Of those, the ones that are also prepositions: a size only at a clause's end ("a
# crater 5m across."; "topped 1m across the region" is a count).
SIZE_ONLY_AT_CLAUSE_END = frozenset({"across"})
# Words that make a figure ending in "m" a length: "a 7.4m wave", "the 2.5m-deep pool".
# Without one, "7.4m" given to a tenth is a million ("the list fell to 7.4m").
# The nouns among them count on either side of the figure, the adjectives only right
# after it (claimdiff/extract/amounts.py).
LENGTH_NOUNS = frozenset(
    """metre metres meter meters length height depth width distance jump throw
    altitude wave waves swell tide wall tower crane bridge pool ship vessel yacht
    tanker liner tunnel runway skyscraper dam pier
    river sea level levels water floodwater floodwaters flood snow drift drifts
    sprint race hurdles relay freestyle butterfly breaststroke backstroke""".split()
)
LENGTH_CUES = MEASURE_ADJECTIVES | LENGTH_NOUNS
# Verbs of size right before a figure ending in "m" make it a length: "a crocodile
# measuring 4.2m", "the shark measured 5m".
LENGTH_VERBS = frozenset({"measuring", "measures", "measured", "measure"})
# A figure ending in "m" that sizes one thing is a length ("a 30m fall"), unless the thing
# is people, a group, a holding or a quantity (WordNet's class of the noun's first sense:
# "its 4m electorate", "a 2m fund", "a 2m increase") and no sense of it is a thing one
# can measure ("the 22m line", "a 14m whale"), or the level a count reaches ("passed the
# 1m mark"): claimdiff/extract/metre_or_million.py.
MILLION_CLASSES = frozenset({"person", "group", "possession", "quantity"})
PHYSICAL_CLASSES = frozenset({"artifact", "animal", "body", "object", "shape", "plant"})
COUNT_LEVELS = frozenset({"mark", "milestone", "target", "threshold"})
# Words that make a bare figure ending in "m" a count of millions: "visitor numbers
# climbed to 12m", "monthly active users had reached 500m".  What is counted in millions
# in the news: people, and the things they buy, make, use or cast.
MILLION_CUES = frozenset(
    """number numbers population people sales users viewers viewing audience audiences
    visitor visitors passenger passengers journeys trips customers subscribers members
    downloads streams copies votes voters tickets prescriptions doses vaccinations jabs
    cases deaths jobs homes households residents patients tourists fans followers
    listeners readers accounts workers unemployment unemployed attendance adults children
    pupils students""".split()
)
# Units a second, smaller figure may continue: "5 ft 2 in" is 5 2/12 feet, "5 feet and
# 2 inches" too.  unit -> {the smaller unit's words: how many make one of the unit}.
COMPOUND_UNITS = {
    "foot": {"in": 12, "inch": 12, "inches": 12, '"': 12},
    "pound": {"oz": 16, "ounce": 16, "ounces": 16},
}
# Denominators of a rate after a unit: "km/h", "miles per hour", "188 miles an hour".
PER_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "second": "second", "sec": "second",
    "s": "second", "minute": "minute", "min": "minute", "millisecond": "millisecond",
    "ms": "millisecond", "day": "day",
    # Rain and water by area: "491 litres per square metre" is 491 mm of rain.
    "square metre": "meter ** 2", "square meter": "meter ** 2",
}  # fmt: skip
# What an amount of money may be per: "$50 a month", "$0.13 per share", "$50/user per
# month", "£9 per head".  Word → its normal form.
MONEY_PER = {
    "month": "month", "mo": "month", "year": "year", "yr": "year", "annum": "year",
    "week": "week", "wk": "week", "day": "day", "night": "night", "hour": "hour",
    "minute": "minute", "fortnight": "fortnight", "quarter": "quarter",
    "hr": "hour", "user": "user", "person": "person", "head": "person",
    "capita": "person", "adult": "person", "child": "child", "share": "share",
    "seat": "seat", "unit": "unit", "barrel": "barrel", "tonne": "tonne",
    "litre": "litre", "liter": "litre", "gallon": "gallon", "kilo": "kilogram",
    "kg": "kilogram", "passenger": "passenger", "employee": "employee",
    "household": "household", "customer": "customer", "ticket": "ticket",
    "mile": "mile", "kwh": "kWh", "megawatt-hour": "MWh", "mwh": "MWh",
}  # fmt: skip
# Adverbs right after an amount that say what it is per: "£14,400 annually", "paid £1,000
# weekly" (claimdiff/extract/per.py).
MONEY_PER_ADVERBS = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "nightly": "night", "hourly": "hour", "quarterly": "quarter",
    "fortnightly": "fortnight",
}  # fmt: skip
# Words that may stand between "per" and what it is per: "per diluted common share".
MONEY_PER_FILLERS = frozenset("diluted basic common ordinary adjusted class".split())
# "pounds" is money unless a word of weight is near: "weighs 25 pounds", "lose 10 pounds".
# "lost" is left out ("it lost 2.5 million pounds" is money), and an amount with a scale
# ("2.5 billion pounds") stays money whatever the words around it.
WEIGHT_CUES = frozenset(
    """weigh weighs weighed weighing weight weights lose losing loses drop dropping gain
    gaining heavy heavier lighter kg kilograms ton tons tonne tonnes ounces""".split()
)
# ... or a phrase of weighing ("tipped the scales at 2,146 pounds"; not "pay scales", "the
# scales of justice").
WEIGHT_PHRASES = ("tipped the scales at", "tip the scales at", "tips the scales at")
POUND_WORDS = frozenset({"pound", "pounds", "lb", "lbs"})
# What "pounds" weighs, by the WordNet class of the noun after it (extract/weighed.py):
# goods, living things and things made are weighed ("40 pounds of cocaine", "a 5-pound
# baby"); in bulk, with a scale, only what is grown, caught or dug ("2 million pounds of
# ground beef", not "1 million pounds of new equipment").
WEIGHED_CLASSES = frozenset("food substance plant animal body object artifact person".split())
WEIGHED_IN_BULK = frozenset("food substance plant animal object".split())
# A noun first of these senses is what money buys or befalls: "pounds of damage",
# "pounds of funding", "pounds of investment", "pounds of aid".
NOT_WEIGHED_CLASSES = frozenset("possession act event state attribute".split())
# Before a noun, a figure's pounds are its price when either of the noun's first two
# senses is money or a document: "a 10-pound note", "a 20-pound voucher", "a 50-pound fee".
NOT_WEIGHED_BEFORE_NOUN = frozenset({"possession", "communication"})

# Words of temperature (claimdiff/degrees.py): a sentence with one of them reads a bare
# "26 degrees" in the scale the reports give ("28C"); without, degrees are an angle.
TEMPERATURE_WORDS = frozenset(
    """temperature temperatures temp temps heat heatwave hot hotter hottest cold colder
    coldest warm warmer warmest chilly freezing frost mercury thermometer thermometers
    highs lows minus celsius fahrenheit weather forecast forecasters meteorology
    meteorological sweltered sweltering scorching sizzling baking fever oven""".split()
)
# Words of an angle: a sentence with one reads "degrees" as an angle ("a 90-degree bend",
# "rotated 45 degrees", "The plane banked 30 degrees").
ANGLE_WORDS = frozenset(
    """angle angles bend bends bent turn turned turns rotate rotated rotation slope slopes
    incline tilt tilted latitude longitude arc compass pitch gradient spin corner banked
    banking listed listing shifted swivels swivel swivelled coverage climbs climb
    view""".split()
)
# Words right after "degrees" that make a bearing or a latitude: "37 degrees north".
BEARING_WORDS = frozenset("north south east west northeast northwest southeast southwest".split())

# Words before a measure that give the peak it reached, in a report of what happened:
# "gusts of up to 90mph", "as much as 8 inches of rain" (claimdiff.peaks).  Not "at most",
# "no more than", "a maximum of": those name a limit.
PEAK_HEDGES = ("up to", "as much as")
# Words of the clause that make "up to" a ceiling: a forecast, a cap, a limit, what a
# thing can do ("could see up to 20cm", "can run at up to 350km/h", "a limit of up to 40
# tonnes"), or what is feared ("warned of up to 20cm of snow").
PEAK_NOT_WORDS = frozenset(
    """could can may might would should must cannot forecast forecasts forecasted
    predicted predicts predict warned warns warning warnings expected expect expects
    likely possible possibly capable able allowed permitted limit limits limited maximum
    designed rated forecaster forecasters alert tomorrow tonight carries carry
    generates generate offers offer holds produces produce supports capacity""".split()
)
# Words right after a length that make "up to" a reach from a place, a ceiling: "homes up
# to 500 metres from the fire", "felt up to 10 miles away".
PEAK_NOT_AFTER = frozenset("from away".split())

# Words before a figure that name it a cap or a limit (claimdiff.caps): "grants capped at
# $7,500", "a maximum penalty of £2,500", "the speed limit … to 140km/h"; and pairs of
# words that do ("a top speed of 320km/h", "the most expensive seats cost €395", "allowed
# to travel at 80mph", "a debt ceiling of $31.4tn").  "Limited", "allowed", "permitted"
# and "ceiling" only in a pair: "a limited period of two weeks", "The Jets allowed 28
# points", "A ceiling collapse injured 12" name no cap.
CAP_WORDS = frozenset("capped cap caps maximum limit limits".split())
CAP_PAIRS = frozenset(
    {
        ("top", "speed"), ("top", "price"), ("top", "prices"), ("most", "expensive"),
        ("limited", "to"), ("allowed", "to"), ("permitted", "to"), ("ceiling", "of"),
    }
)  # fmt: skip
# Words of the clause that make the figure an outcome or a reading, not a cap: "The
# maximum gust recorded was 90mph", "given the maximum sentence of 10 years", "hit its
# borrowing limit after spending £4.2m".
CAP_NOT_WORDS = frozenset(
    """recorded measured reached hit given fined jailed sentenced held during won scored
    spent spending sustained""".split()
)

# Words after a temperature that put it below zero (claimdiff.extract.below_zero): "5C below
# zero" is -5C; each with the one scale it holds for, or None for any ("14F below
# freezing" is 18F, not -14F).
BELOW_ZERO: dict[str, str | None] = {"below zero": None, "below freezing": "degree_Celsius"}

# Units read with an article as one of them (claimdiff/extract/article_measures.py): "about
# a foot of snow", "nearly a tonne of cocaine", "a mile long"; the unit as the figure scan
# names it.  Not "pound" (money as often), "ton" ("a ton of work"), "yard" (a garden),
# "meter" (as often a device: "fitted a meter above the door"), nor
# what goods are priced by ("A litre of unleaded now costs 140p", "a kilo of cocaine
# sells for").
ARTICLE_MEASURES = {
    "foot": "foot", "inch": "inch", "metre": "meter", "mile": "mile",
    "kilometre": "kilometer", "kilometer": "kilometer", "centimetre": "centimeter",
    "tonne": "metric_ton", "hectare": "hectare", "acre": "acre",
}  # fmt: skip
# Words before "of" that make the unit after it a price's ("the cost of a tonne of
# wheat", "the price of an acre").
ARTICLE_MEASURE_PRICED = frozenset("cost costs price prices value".split())
# Verbs after "a tonne of wheat" that make the unit the one a price is quoted by: "A tonne
# of wheat now sells for 180 pounds", "A tonne of carbon dioxide costs 80 euros".
ARTICLE_MEASURE_PRICE_VERBS = frozenset(
    "cost costs sells sold fetches fetched trades traded retails retailed".split()
)
# Idioms holding such a unit: no measure.
ARTICLE_MEASURE_IDIOMS = (
    "within an inch of", "within about an inch of", "a tonne of bricks", "not an inch",
    "give an inch", "gave an inch", "budge an inch", "moved an inch", "a tonne of work",
    "a tonne of interest", "a tonne of fun",
)  # fmt: skip
# Words after such a unit that make it a measure without a hedge: "a foot of snow", "a
# mile long", "a metre deep", "an inch across", "a kilometre away".
ARTICLE_MEASURE_AFTER = frozenset(
    "of long deep high tall wide thick across away offshore inland below above".split()
)
