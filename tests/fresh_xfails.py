"""Items compare() still gets wrong on the fresh pairs of tests/test_compare_fresh.py, and why.

Kept apart from the tests that read them: when an xfail test fails, pytest parses the
source file of the failing test to show its statement, once per failure, so a test file
that held these thousands of lines spent most of its time reading them again.
"""

from __future__ import annotations

# Items compare() still gets wrong, and why: "<case>" for a case's conflicts,
# "<case>:<words in A>/<words in B>" for a gold or a forbidden pairing.
XFAIL: dict[str, str] = {
    # Figures not read, or read as something else.
    "cumbria-flooding:Some 120mm/Almost 5in": "'5in' not read as inches",
    "bt-job-cuts:2030/end of the decade": "'the end of the decade' not read as 2030",
    "nhs-waiting-list-october": "'a year and a half' read as 'a half'; a target paired",
    "old-firm-derby-result:20 minutes/quarter of an hour": (
        "'in the first 20 minutes' read as exactly 20, not as a ceiling"
    ),
    "old-firm-derby-result": "'in the first 20 minutes' read as exactly 20, not as a ceiling",
    # Scores.
    # Hedges dropped or misread.
    "hull-academy-ofsted:23%/Nearly a quarter": "hedge 'nearly' dropped before 'a quarter'",
    # Nouns misread, or synonyms not known.
    # Dates.
    # Figures of different things, or scopes, paired.
    "nhs-waiting-list-october:58.3%/Around 58%": "58.3% paired with the target 92% instead",
    "nhs-waiting-list-october:58.3%/92%": "58.3% paired with the target 92%",
    "knife-crime-direction:50,510/more than 50,000": "London's 14,577 takes 50,510",
    "knife-crime-direction:50,510/14,577": "a scope the texts state (London alone) not compared",
    "knife-crime-direction": "a scope the texts state (London alone) not compared",
    "london-burglary-scope:4%/3 per cent": "a share of cases paired with a change",
    "london-burglary-scope": "a scope the texts state (London) not compared",
    "cumbria-flooding:12 flood warnings/21 flood warnings": "the county paired with the north-west",
    "cumbria-flooding": "the county paired with the north-west",
}


_UNPAIRED = "the two figures are not paired"
_ELSEWHERE = "paired with another figure"
_FALSE_CONFLICT = "a conflict no reader marks"
_KEPT_APART = "a pair the reader keeps apart is made"
_READ_AS_OTHER = "paired, with a verdict the reader does not give"
# The count pairs (count_pairs_fresh.json), written blind for the count rules of
# issue 10's last round: what compare() still gets wrong there.
COUNT_XFAIL: dict[str, str] = {
    "council-election-greens:14 seats/fourteen councillors": _ELSEWHERE,
    "council-election-greens:14 seats/five seats": _KEPT_APART,
    "council-election-greens": _FALSE_CONFLICT,
    "lombok-ferry": _FALSE_CONFLICT,
    "lombok-ferry:96 survivors/Sixty-nine people": "the best total pairs '96 survivors' "
    "with '128 people' and '120 passengers' with 'Sixty-nine people'",
    # "Up to 70" and "Seventy" read as one figure (docs/compare.md); this writer said
    # compatible, four others' pairs say agree.
    "bird-flu-farms:Seventy workers/Up to 70 staff": _READ_AS_OTHER,
    "drug-raids:14 addresses/forty properties": _UNPAIRED,
    "nurses-strike-ballot:12,000 nurses/12,000 union members": _ELSEWHERE,
    "nurses-strike-ballot:8,450 voted in favour/Some 8,500 nurses": _ELSEWHERE,
    "nurses-strike-ballot": _FALSE_CONFLICT,
    "retail-group-acquisitions:3 rival firms/two competitors": _UNPAIRED,
    "dublin-emergency-landing:6 crew/six cabin and flight crew": _ELSEWHERE,
    "dublin-emergency-landing": _FALSE_CONFLICT,
    # "Some 25 Conservative MPs rebelled against the government": no vote in its
    # sentence, so no side (claimdiff.tallies), and it meets "312 MPs in favour".
    "commons-vote-rebellion:Some 25 Conservative MPs/Twenty-five Tory backbenchers": _ELSEWHERE,
}
XFAIL.update(COUNT_XFAIL)

# The money pairs (money_pairs_fresh.json), written blind for the same round.
MONEY_XFAIL: dict[str, str] = {
    "coastal-research-grant:12/21": _UNPAIRED,
    "food-group-profit-warning:8%/18 per cent": _UNPAIRED,
    # "operating profit fell 8% to £96m": the change's end takes its size's predicate
    # (operating profit), which the other's "earnings … to £96 million" (profit) clashes
    # with, two financial metrics.
    "food-group-profit-warning:£96m/£96 million": _UNPAIRED,
    "cyclist-injury-settlement:£3.2m/£2.3 million": _ELSEWHERE,
    "cyclist-injury-settlement:just over £400,000/£412,000": _ELSEWHERE,
    "cyclist-injury-settlement": _FALSE_CONFLICT,
    "startup-revenue-and-loss-years:$6m/$9 million": _ELSEWHERE,
    "startup-revenue-and-loss-years:$9m/$6 million": _ELSEWHERE,
    "startup-revenue-and-loss-years:$6m/$6 million": _KEPT_APART,
    "startup-revenue-and-loss-years:$9m/$9 million": _KEPT_APART,
    "parking-fine-revenue:£50/£50": _READ_AS_OTHER,
    # The range is one claim ("range from £50 to £70"); "fine" and "penalty" stand beside
    # other figures of each text (claimdiff.anchors), and the range meets B's £80.
    "parking-fine-revenue:£50/£80": _KEPT_APART,
}
XFAIL.update(MONEY_XFAIL)

# The roles pairs (pairs_roles_fresh.json), written blind for the anchors rule: two or
# three figures of one kind per text, roles named by paraphrase in B, half of them
# swapped.  Measured before the rule: 17 of 40 right; after: 22.  What is left needs the
# role read from paraphrase ("exports" / "shipments to the Nordic state", "listed at" /
# "guide price", "arrived" / "landed"), tallies' sides ("by 34 votes to 19" / "19
# supporting and 34 opposing") or a change's ends ("from 19% to 25%" / "19 per cent,
# down from 25 per cent").
ROLES_XFAIL: dict[str, str] = {
    "norway-trade:£4.6bn/£4.6 billion": _ELSEWHERE,
    "norway-trade:£2.1bn/£2.1 billion": _ELSEWHERE,
    "norway-trade:£4.6bn/£2.1 billion": _KEPT_APART,
    "norway-trade:£2.1bn/£4.6 billion": _KEPT_APART,
    "norway-trade": _FALSE_CONFLICT,
    "bath-saracens:31/17 points": _UNPAIRED,
    "bath-saracens:17/31": _UNPAIRED,
    "bath-townhouse-listing:listed at £1.45m/£1.2 million guide price": _ELSEWHERE,
    "bath-townhouse-listing:£1.2m/£1.45 million": _ELSEWHERE,
    "bath-townhouse-listing:listed at £1.45m/£1.45 million": _KEPT_APART,
    "bath-townhouse-listing:£1.2m/£1.2 million guide price": _KEPT_APART,
    "rolls-royce-guidance:£1.1bn/£1.1 billion": _UNPAIRED,
    "rolls-royce-guidance:£2.58bn/about £2.6bn": _READ_AS_OTHER,
    "heathrow-busiest-day:Some 131,000/about 131,000": _ELSEWHERE,
    "heathrow-busiest-day:127,000 departed/Roughly 127,000": _ELSEWHERE,
    "heathrow-busiest-day:Some 131,000/Roughly 127,000": _KEPT_APART,
    "heathrow-busiest-day:127,000 departed/about 131,000": _KEPT_APART,
    "uk-migration:1.2 million people/532,000 arrived": _ELSEWHERE,
    "uk-migration:532,000 left/1.2 million people": _ELSEWHERE,
    "uk-migration:1.2 million people/1.2 million people": _KEPT_APART,
    "uk-migration:532,000 left/532,000 arrived": _KEPT_APART,
    "spain-unemployment:11.7%/26.5 per cent": _ELSEWHERE,
    "spain-unemployment:26.5%/11.7 per cent": _ELSEWHERE,
    "spain-unemployment:11.7%/11.7 per cent": _KEPT_APART,
    "spain-unemployment:26.5%/26.5 per cent": _KEPT_APART,
    "arsenal-transfer:£58m/£7m up front": _ELSEWHERE,
    "arsenal-transfer:£7m/£58m more": _ELSEWHERE,
    "arsenal-transfer:£58m/£58m more": _KEPT_APART,
    "arsenal-transfer:£7m/£7m up front": _KEPT_APART,
    "nepal-earthquake:38 people died/312 dead": _READ_AS_OTHER,
    "newcastle-crowd:52,214/52,000 spectators": _READ_AS_OTHER,
    "corporation-tax:from 19%/from 25 per cent": _ELSEWHERE,
    "corporation-tax:to 25%/a 19 per cent": _ELSEWHERE,
    "corporation-tax:from 19%/a 19 per cent": _KEPT_APART,
    "mpc-vote:Six members/the other six": _ELSEWHERE,
    "mpc-vote:Six members/Three of the nine": _KEPT_APART,
    "mpc-vote": _FALSE_CONFLICT,
    "game-sales:1.3 million copies/11 million copies": _ELSEWHERE,
    "game-sales:11 million worldwide/1.3 million": _ELSEWHERE,
    "game-sales:1.3 million copies/1.3 million": _KEPT_APART,
    "game-sales:11 million worldwide/11 million copies": _KEPT_APART,
}
XFAIL.update(ROLES_XFAIL)

# The noun pairs (pairs_nouns_fresh.json), written blind for the rule of one count named
# by two nouns (block_evidence.one_count_two_nouns): 20 counts named two ways, 16 controls
# with counts of different things near in value.  Measured before it: 15 of 36 right;
# after: 22.  Left: things and people named for one count ("3,500 jobs", "3,500
# workers": kept apart, as "125 paintings" and "125 visitors" must be), counts whose
# figures conflict (the rule never pairs a conflict across nouns), and two made wrong by
# it: a round "30,000 of the tickets" within rounding of "a total attendance of 31,452".
NOUNS_XFAIL: dict[str, str] = {
    "measles-cases:48 cases/Forty-eight patients": _UNPAIRED,
    "bus-fare-cap-operators:Twelve bus operators/21 companies": _UNPAIRED,
    "northfield-majority:a majority of 3,120/3,120 votes": _ELSEWHERE,
    "northfield-majority:a majority of 3,120/some 3,100 postal ballots": _KEPT_APART,
    "wembley-trophy-final:A crowd of 31,000/a total attendance of 31,452": _ELSEWHERE,
    "wembley-trophy-final:30,000 of the tickets/30,000 supporters": _ELSEWHERE,
    "wembley-trophy-final:A crowd of 31,000/30,000 supporters": _KEPT_APART,
    "wembley-trophy-final:30,000 of the tickets/a total attendance of 31,452": _KEPT_APART,
}
XFAIL.update(NOUNS_XFAIL)

# The tally pairs (pairs_tallies_fresh.json), written blind for votes' sides
# (claimdiff.tallies): 14 tallies reported right, 12 with the sides swapped, 4 with one
# number wrong.  Measured before the rule: 12 of 30 right; after: 18.  Left: turnouts and
# majorities named two ways ("turnout of 53%" / "53% of members", "a majority of 75" /
# "75 votes"), hyphen tallies read as one claim ("34-19"), and a tally the two texts give
# opposite outcomes in the same words ("rejected ... by 28 votes to 17" / "approved ... by
# 28 votes to 17").
TALLIES_XFAIL: dict[str, str] = {
    "bellmont-pay-package:71.4% voting in favour/71% supported": _READ_AS_OTHER,
    "bellmont-pay-package:28.6% against/29%, opposed": _READ_AS_OTHER,
    "birmingham-budget:61 votes/61": _UNPAIRED,
    "birmingham-budget:four abstentions/four councillors abstaining": _ELSEWHERE,
    "judiciary-committee-nomination:12/10 senators voting yes": _UNPAIRED,
    "judiciary-committee-nomination:10 along/12 voting no": _UNPAIRED,
    "kelbrook-incinerator:to 17 on/28 votes": _ELSEWHERE,
    "kelbrook-incinerator:28 votes/to 17 at": _ELSEWHERE,
    "kelbrook-incinerator:28 votes/28 votes": _KEPT_APART,
    "kelbrook-incinerator:to 17 on/to 17 at": _KEPT_APART,
    "ucu-marking-boycott:to 2,987/nearly 3,000": _READ_AS_OTHER,
    "treasury-committee-report:one member abstaining/one abstained": _UNPAIRED,
}
XFAIL.update(TALLIES_XFAIL)

# Given up after a review, each for false agreements or conflicts on ordinary text:
# people of two roles pair by the same figure only from 1,000 or when one text says
# "people" ("20 soldiers" / "20 civilians" stay apart), "hospital treatment" is no injury
# word ("waiting for hospital treatment"), and "more than six" excludes a plain "six".
REVIEW_XFAIL: dict[str, str] = {
    # "next" (spring) beside "120 branches" and B's "40" ties them (claimdiff.anchors).
}
XFAIL.update(REVIEW_XFAIL)

# The third round's pairs (pairs_fresh_c.json): counts named by different words, and
# several figures at once, four swapped between roles.  What compare() still gets wrong:
# things a reader equates that WordNet files apart (farms and holdings, trains and
# units), and roles told only by the sides of a game (home and away).
FRESH_C_XFAIL: dict[str, str] = {
    "steelworks-job-cuts:300 jobs/Around 800 workers": _UNPAIRED,
    "heathrow-fog-cancellations:Hundreds of flights/Just 12 services": _UNPAIRED,
    "shots-home-away-swap:14 shots/only five": _ELSEWHERE,
    "shots-home-away-swap:just 5/14 efforts": _ELSEWHERE,
    "shots-home-away-swap:14 shots/14 efforts": _KEPT_APART,
    "shots-home-away-swap:just 5/only five": _KEPT_APART,
}
XFAIL.update(FRESH_C_XFAIL)

# Pairs D (pairs_fresh_d.json), written blind with traps for precision: figures of
# different things side by side.  What compare() still misses: lengths of time written
# as words it does not read ("a day", "decade-long", "quarter-point"), an ordinal age
# ("her 105th birthday"), two years of one event each text gives once.
FRESH_D_XFAIL: dict[str, str] = {
    "warehouse-blaze:About 200/Some 150": _UNPAIRED,
    "ouse-flooding:24 hours/a day": _UNPAIRED,
    "minimum-vs-living-wage:£11.44/£11.44": _READ_AS_OTHER,
}
XFAIL.update(FRESH_D_XFAIL)

# Pairs E (pairs_fresh_e.json), written blind: 3 to 5 facts a report, 12 of them swapping
# two figures between roles.  What compare() still misses: times of day (no claims),
# temperatures in bare "degrees", scores told as "scored three times" / "replying once",
# votes for and against told by the verbs around them, ordinal days ("the ninth day").
FRESH_E_XFAIL: dict[str, str] = {
    "football-goals-home-away-swap:three times/conceded one": _UNPAIRED,
    "football-goals-home-away-swap:replying once/three goals": _UNPAIRED,
    "assisted-dying-vote-swap:312 votes/287 MPs supported": _ELSEWHERE,
    "veltra-job-cuts:2,400 jobs/as many as 2,400": _READ_AS_OTHER,
    "seville-heat-record:ninth day/12 days": _UNPAIRED,
    "swindon-murder-ages-swap:22 years/22 years": _READ_AS_OTHER,
    "auckland-census:five years/five years": _UNPAIRED,
    "championship-medals-swap:14 gold/22 golds": _ELSEWHERE,
    "championship-medals-swap:22 silver/14 silvers": _ELSEWHERE,
    "championship-medals-swap:22 silver/22 golds": _KEPT_APART,
    "sewage-fine-teme:19 occasions/19 illegal": _UNPAIRED,
    "patagonia-dinosaur-swap:95 million years/95 million years": _UNPAIRED,
}
XFAIL.update(FRESH_E_XFAIL)

# Set F and the owners set (fourth round): misses after the owners and scores rules.
FRESH_F_XFAIL: dict[str, str] = {
    "rents-manchester-leeds-city-swap:over the past year/Over 12 months": _UNPAIRED,
    "senate-confirmation-vote-agree:51-49/51 votes to 49": _UNPAIRED,
    "sinner-alcaraz-aces-swap:6-4 3-6 7-5/4-6 6-3 5-7": _READ_AS_OTHER,
    "sinner-alcaraz-aces-swap:14 aces/the Italian's nine": _ELSEWHERE,
    "sinner-alcaraz-aces-swap:the Spaniard's nine/14 aces": _ELSEWHERE,
    "sinner-alcaraz-aces-swap:14 aces/14 aces": _KEPT_APART,
    "sinner-alcaraz-aces-swap:the Spaniard's nine/the Italian's nine": _KEPT_APART,
    "lloyds-scotland-branches-third:40 of its 120 branches/"
    "A third of Lloyds' 120 Scottish branches": _ELSEWHERE,
    "capsized-boat-rescued-missing:64 passengers/64 on board": _ELSEWHERE,
    "capsized-boat-rescued-missing:58 were rescued/pulled 52 people": _ELSEWHERE,
    "capsized-boat-rescued-missing": _FALSE_CONFLICT,
    "wildfire-evacuations:More than 3,000 residents/roughly 1,800 locals": _UNPAIRED,
    "striker-weekly-wage:£15.6m annually/£300,000 every week": _READ_AS_OTHER,
    "profits-slump-fifth:18%/nearly a fifth": _READ_AS_OTHER,
    "swap-quins-tryscorers:two tries/once": _UNPAIRED,
    "swap-quins-tryscorers:one/twice": _UNPAIRED,
    "swap-quins-tryscorers:two tries/twice": _KEPT_APART,
    # "three of the four goals" is read as two figures, each agreeing with its like.
    "hartlepool-gateshead-goals-swap:Three of the four goals/three of the four goals": (
        "found twice"
    ),
    "swap-germany-france-gdp:0.3%/0.5%": _ELSEWHERE,
    "swap-germany-france-gdp:0.5%/0.3%": _ELSEWHERE,
    "swap-germany-france-gdp:0.3%/0.3%": _KEPT_APART,
    "swap-germany-france-gdp:0.5%/0.5%": _KEPT_APART,
    "same-celtics-knicks:31 points/31": _UNPAIRED,
    "same-spain-england-final:29th minute/29 minutes": _UNPAIRED,
    "trap-olympic-final-duration:7-6, 7-6/7-6, 7-6": _READ_AS_OTHER,
    "trap-rolls-royce-shares:£2.5bn/up to £2.5bn": _READ_AS_OTHER,
    "trap-hojlund-fee": _FALSE_CONFLICT,
    # Both texts' 4.2% share "in the three months to June", now one claim of a quarter,
    # whose words no longer count as the figures' context: Scotland's 4.5% loses the tie.
    "trap-unemployment-scotland-uk:4.2%/4.5%": _ELSEWHERE,
    "trap-unemployment-scotland-uk:4.2%/4.2%": _KEPT_APART,
    "trap-unemployment-scotland-uk": _FALSE_CONFLICT,
}
XFAIL.update(FRESH_F_XFAIL)

# Years of events written blind (fourth round): misses after the event-verb rule.
YEARS_XFAIL: dict[str, str] = {
    # The same year left over in both texts is paired (claimdiff.leftovers): a swap of
    # years between events whose verbs share no word pairs each year with itself.
    "mayor-terms-swap:2009/2009": "years swapped between 'elected' and 'won': same years paired",
    "mayor-terms-swap:2013/2013": "years swapped between 'elected' and 'won': same years paired",
    "library-wing-swap:2012/2004": _UNPAIRED,
    "mayor-terms-swap:2009/2013": _UNPAIRED,
    "mayor-terms-swap:2013/2009": _UNPAIRED,
    "rail-listing-merger-swap:2015/2006": _UNPAIRED,
}
XFAIL.update(YEARS_XFAIL)

# Set G (fourth round): several figures swapped between roles, money in many notations.
FRESH_G_XFAIL: dict[str, str] = {
    # "Three" and "four goals" each pair with their like: two findings cover the span.
    "manchester-airport-flows-swap:2.1 million arriving passengers/1.8 million": _ELSEWHERE,
    "manchester-airport-flows-swap:1.8 million departures/2.1 million": _ELSEWHERE,
    "manchester-airport-flows-swap:1.8 million departures/1.8 million": _KEPT_APART,
    "uk-india-trade-swap:£14.6bn/£22.3 billion": _ELSEWHERE,
    "uk-india-trade-swap:£22.3bn/£14.6 billion": _ELSEWHERE,
    "uk-india-trade-swap:£14.6bn/£14.6 billion": _KEPT_APART,
    "uk-india-trade-swap:£22.3bn/£22.3 billion": _KEPT_APART,
    "leinster-munster-halves-swap:8 after the interval/19 in the second period": _ELSEWHERE,
    "leeds-burglary-years-swap:4,310/5,020 break-ins": _ELSEWHERE,
    "leeds-burglary-years-swap:5,020/4,310": _ELSEWHERE,
    "leeds-burglary-years-swap:4,310/4,310": _KEPT_APART,
    "leeds-burglary-years-swap:5,020/5,020 break-ins": _KEPT_APART,
    "norfolk-school-transport-overspend-swap:£52m/£25 million": _ELSEWHERE,
    "norfolk-school-transport-overspend-swap:£25m/£52 million": _ELSEWHERE,
    "norfolk-school-transport-overspend-swap:£52m/£52 million": _KEPT_APART,
    "norfolk-school-transport-overspend-swap:£25m/£25 million": _KEPT_APART,
    "bristol-scaffold-fine-compensation-swap:£80,000/£12,000 penalty": _ELSEWHERE,
    "bristol-scaffold-fine-compensation-swap:£12,000 in compensation/£80,000": _ELSEWHERE,
    "bristol-scaffold-fine-compensation-swap:£80,000/£80,000": _KEPT_APART,
    "bristol-scaffold-fine-compensation-swap:£12,000 in compensation/£12,000 penalty": _KEPT_APART,
    "water-bond-senate-vote-swap:Two members/Two lawmakers": _UNPAIRED,
    "uk-migration-flows-swap:About 1.2 million people/532,000": _ELSEWHERE,
    "uk-migration-flows-swap:532,000/Roughly 1.2 million people": _ELSEWHERE,
    "uk-migration-flows-swap:About 1.2 million people/Roughly 1.2 million people": _KEPT_APART,
    "uk-migration-flows-swap:532,000/532,000": _KEPT_APART,
    "rmt-saturday-strike:14 train operators/fourteen rail companies": _UNPAIRED,
    "clark-county-measles:47 measles cases/Forty-seven people": _UNPAIRED,
    "panasonic-wakayama-battery:roughly $340m/JPY 50 billion": _ELSEWHERE,
    "sydney-builder-penalty:about £1.3 million/5.2 million Australian dollars": _ELSEWHERE,
    "texas-hospital-medicare-settlement:$45 million/$4.5 million": _ELSEWHERE,
    "texas-hospital-medicare-settlement:$4.5 million/$450,000": _ELSEWHERE,
    "texas-hospital-medicare-settlement:$4.5 million/$4.5 million": _KEPT_APART,
    "texas-hospital-medicare-settlement": _FALSE_CONFLICT,
}
XFAIL.update(FRESH_G_XFAIL)


# pairs_fresh_h.json: written blind at the start of this round, read for diagnosis; 36 of
# 50 right before its rules (measures' conversions, possessives, decades, sources named
# short, one side of a vote), 40 after them, 42 at the round's end.
_PARAPHRASED_ROLES = "roles named by paraphrase: the same figure wins"
_LOST_7 = "'lost 7' and 'eight defeats' share no word: 7 takes '21 victories'"
FRESH_H_XFAIL: dict[str, str] = {
    "vietnam-rice-trade:2.1 million tonnes/1.4 million tonnes": _PARAPHRASED_ROLES,
    "vietnam-rice-trade:1.4 million tonnes/2.1 million tonnes": _PARAPHRASED_ROLES,
    "vietnam-rice-trade:2.1 million tonnes/2.1 million tonnes": _PARAPHRASED_ROLES,
    "vietnam-rice-trade:1.4 million tonnes/1.4 million tonnes": _PARAPHRASED_ROLES,
}
XFAIL.update(FRESH_H_XFAIL)


# pairs_fresh_i.json: written blind this round, each text adding figures the other
# lacks; read for diagnosis: 30 of 50 right before its rules (basis points, parts of a
# month, a hedge right before its number, race times on a clock), 34 after.  Most misses
# are figures only one text states, paired as each other's best once the shared figures
# are paired.
_LEFT_PAIRED = "figures only one text states, paired as each other's best"
_ZLOTY = "'złoty' and 'zł36.2m' are not read as money"
FRESH_I_XFAIL: dict[str, str] = {
    "gdansk-lotto-jackpot": _ZLOTY,
    "frankfurt-storm-cancellations": _LEFT_PAIRED,
    "scotland-hpv-uptake:90%/91.2%": "'About 90%' holds 91.2%: read as agree",
    "scotland-hpv-uptake": _LEFT_PAIRED,
    "arklow-quay-road-closure:10 weeks/two and a half months": "2.5 months holds 10 weeks",
}
XFAIL.update(FRESH_I_XFAIL)


# pairs_fresh_j.json: written blind this round, five cases of each of ten kinds of fact,
# and read for diagnosis (6 of 50 right at the round's start).  Many of its facts are
# not figures here: parts of a day, relative times ("this year"), quarters.
FRESH_J_XFAIL: dict[str, str] = {
    "skyraja-q3-profit:October-December quarter/third quarter of the financial year": (
        "'October-December quarter' is not read as a figure"
    ),
    "skyraja-q3-profit:this year/over the next twelve months": (
        "'this year' is not read as a figure"
    ),
    "prado-transfer-fee:three-year deal/three-season contract": "not paired",
    "dublin-asking-prices:€452,000/more than €450,000": "not paired",
    "dublin-asking-prices:€452,000/€298,000": "paired, though two facts",
    "dublin-asking-prices": "false conflict: '€452,000' / '€298,000'",
    "queensland-hospital-beds:Eleven hospitals/11 existing sites": "not paired",
    "queensland-hospital-beds:three new ones/Three brand-new hospitals": "not paired",
    "queensland-hospital-beds": (
        "false conflict: 'a A$9.8 billion capacity expansion plan' / '$9.8bn'"
    ),
    "uk-cpi-march": "false conflict: '4.2%' / '6.0 per cent'",
    "inmo-pay-ballot:82%/18 per cent": "read as conflict, not agree|compatible",
    "cotswold-ultra-winner:7 hours 41 minutes/7:41": "'7:41' is not read as a figure",
    "storm-aoife-red-warning:up to 130km/h/around 80mph": "read as compatible, not agree",
    "storm-aoife-red-warning:on Sunday night/9pm on Sunday": "read as agree, not compatible",
    "route9-bridge-closure:10 weeks/by mid-August": "not paired",
    "nova-scotia-snap-election:31 days/eight months": "paired, though two facts",
    "nova-scotia-snap-election": ("false conflict: 'November 26' / 'November 16'"),
    "mumbai-marathon-91:half-marathon at/21km race": "'half-marathon at' is not read as a figure",
    "meridian-ceo-named:January 1/start of next year": (
        "'start of next year' is not read as a figure"
    ),
    "bath-victoria-bridge:closed in 2010/more than a decade": "not paired",
    "california-ev-wiring-law:about $1,200/$1,000 to $1,500": "read as conflict, not compatible",
    "california-ev-wiring-law": "false conflict: 'about $1,200' / '$1,500'",
    "sydney-train-strike:4am on Friday/Friday morning": "read as agree, not compatible",
    # The gold's surfaces hold each figure's month ("6.5% in October", "6.5 per cent last
    # month"), which are now paired as well: two findings overlap them.
    "canada-jobless-rate-oct:6.5% in October/6.5 per cent last month": "found twice",
    "mpumalanga-fraud-sentence:15 years/ten years": "read as conflict, not compatible",
    "mpumalanga-fraud-sentence": "false conflict: '15 years' / 'ten years'",
    "victoria-burglary-stats:year to June/12 months to June 30": (
        "'year to June' is not read as a figure"
    ),
    "delcoa-q3-earnings": "'shares fell' / 'Shares gained 3%': a conflict of the texts the gold"
    " does not list (read since the thirty-first session: changes said in words)",
    "gisborne-offshore-quake:2.14am on Thursday/early on Thursday morning": (
        "read as agree, not compatible"
    ),
    "wales-covid-booster:31 January/end of January": "'end of January' is not read as a figure",
}
XFAIL.update(FRESH_J_XFAIL)

# pairs_weekdays_fresh.json: days of the week, written blind for their rule (docs/compare.md,
# "Evidence against"): 8 of 30 right before it, 17 after.
_OTHER_DAY = "two different days of the week are never paired (docs/compare.md)"
WEEKDAYS_XFAIL: dict[str, str] = {
    "irish-budget-tuesday-10-october:Tuesday/Tuesday": "a day before a calendar date is the date's",
    "boe-rates-hold-thursday:Six members/six to three": "not paired",
    "boe-rates-hold-thursday": (
        "false conflict: 'Six members of the Monetary Policy Committee' / 'nine-member'"
    ),
    "nhs-fraud-trial-monday-vs-wednesday:Monday/Wednesday": _OTHER_DAY,
    "denver-shooting-arrest-sunday-vs-saturday:Sunday/Saturday": _OTHER_DAY,
    "denver-shooting-arrest-sunday-vs-saturday:first-degree murder/first-degree murder": (
        "'first-degree murder' is not read as a figure"
    ),
    "galway-cycleway-vote-monday-vs-thursday:Monday/Thursday": _OTHER_DAY,
    "route9-hit-and-run-report-days:Route 9/Route 9": "'Route 9' is not read as a figure",
    "super-tuesday-dropout-rally:14 of the 15/winning only Vermont": (
        "'winning only Vermont' is not read as a figure"
    ),
}
XFAIL.update(WEEKDAYS_XFAIL)


# pairs_periods_fresh.json: one period named two ways (a financial year's quarter and the
# calendar's months, a span of months and a calendar quarter) and controls of two periods,
# written blind for the financial quarter rule (docs/compare.md): 9 of 24 right before it,
# 11 after; its controls of a financial quarter against other calendar months are a known
# loss (a company's financial year is not known).
PERIODS_XFAIL: dict[str, str] = {
    "fy-bhp-q3-jan-mar:61.2 million tonnes/61.2Mt": "'61.2Mt' is not read as a figure",
    "ctl-wipro-q2-vs-q1:₹22,302 crore/₹21,964 crore": "paired, though two facts",
    "ctl-wipro-q2-vs-q1": "false conflict: '\u20b922,302 crore' / '\u20b921,964 crore'",
    "ctl-unilever-h1-vs-q3:3.4%/3.6%": "paired, though two facts",
    "ctl-unilever-h1-vs-q3": "false conflict: '3.4%' / '3.6%'",
    "ctl-microsoft-jul-sep-vs-fiscal-q4:$65.6bn/$64.7bn": "paired, though two facts",
    "ctl-microsoft-jul-sep-vs-fiscal-q4:16%/15%": "paired, though two facts",
    "ctl-microsoft-jul-sep-vs-fiscal-q4:$24.7bn/$22.0bn": "paired, though two facts",
    "ctl-microsoft-jul-sep-vs-fiscal-q4:11%/10%": "paired, though two facts",
    "ctl-microsoft-jul-sep-vs-fiscal-q4": "false conflict: '16%' / '15%'; '$65.6bn' / '$64.7bn'",
    "ctl-india-gdp-oct-dec-vs-fy:8.4%/8.2%": "paired, though two facts",
    "ctl-india-gdp-oct-dec-vs-fy:11.6%/9.9%": "paired, though two facts",
    "ctl-india-gdp-oct-dec-vs-fy": "false conflict: '8.4%' / '8.2%'; '11.6%' / '9.9%'",
    "ctl-us-jobs-march-vs-q1-average:303,000 jobs/276,000": "paired, though two facts",
    "ctl-us-jobs-march-vs-q1-average": "false conflict: '303,000 jobs' / '276,000'",
    "ctl-german-cpi-april-vs-q1:2.2%/2.5%": "paired, though two facts",
    "ctl-german-cpi-april-vs-q1": "false conflict: '2.2%' / '2.5%'",
}
XFAIL.update(PERIODS_XFAIL)
# A rate's level reached by a movement ("eased to 3.4%") against the same figure as the
# size of a change ("prices rose 3.4%"), and controls of directions that truly differ,
# written blind for the rule that a level's direction never clashes with a change's
# (docs/compare.md, "Verdicts"): 21 of 30 right before it, 27 after.
LEVELS_XFAIL: dict[str, str] = {
    "lv-ctl-rbi-cut-vs-raised:6.25%/6.25%": "the level after 'by 25 basis points to' takes"
    " no direction",
}
XFAIL.update(LEVELS_XFAIL)
# A general set in which each text adds figures the other lacks, written blind at the
# start of the fifth session with the held-out set's brief and read for diagnosis (9 of 50
# right at the session's start).
FRESH_K_XFAIL: dict[str, str] = {
    "money-dayton-settlement:$200m/up to $375 million": _LEFT_PAIRED,
    "money-galway-seaweed:€120,000/€80,000": _LEFT_PAIRED,
    "money-galway-seaweed": "false conflict: '€120,000' / '€80,000'",
    "count-lismore-flood:340 flood rescues/about 300 people": _UNPAIRED,
    "count-london-marathon:56,000 runners/Some 54,000 finishers": "read as agree, not conflict",
    "count-london-marathon:780 people in fancy dress/1,100 runners": _LEFT_PAIRED,
    "count-london-marathon": "false conflict: '780 people' / '1,100 runners'",
    "count-kruger-rhino:17 rhino carcasses/Seventeen rhinos": _UNPAIRED,
    "percent-manitoba-turnout:55 per cent/54.8%": "read as agree, not compatible",
    "percent-skipped-meals:32%/Almost a third of parents": _LEFT_PAIRED,
    "percent-cbse-results:87.33%/Nearly 87.3 per cent": "read as conflict, not agree|compatible",
    "percent-cbse-results:99.91%/above 90 per cent": _LEFT_PAIRED,
    "percent-cbse-results": "false conflict: '87.33%' / 'Nearly 87.3 per cent of students'",
    "percent-nurse-shortage:about 8%/1 in 10 hospitals": _LEFT_PAIRED,
    "percent-nurse-shortage": "false conflict: 'about 8%' / '1 in 10 hospitals'",
    "measure-gisborne-quake:25km/about 15 miles": "read as agree, not compatible",
    "measure-delhi-heat:48.2°C/30.1°C": _LEFT_PAIRED,
    "measure-delhi-heat": "false conflict: '48.2\u00b0C' / '30.1\u00b0C'",
    "date-kerala-monsoon:June 1/8 June": _LEFT_PAIRED,
    "date-kerala-monsoon:three days later/four days": _LEFT_PAIRED,
    "date-kerala-monsoon": "false conflict: 'three days' / 'minus four days'; 'June 1' / '8 June'",
    "year-hollis-arena:next year/for 2025": "'next year' is not read as a figure",
    "duration-goldcoast-fraud:three years and six months/at least 42 months": "read as"
    " compatible, not agree",
    "duration-vande-bharat:in 8 hours/eight hours and 15 minutes": "read as agree, not"
    " conflict|compatible",
    "duration-ns-er-waits:90 minutes/11 hours": _LEFT_PAIRED,
    "duration-ns-er-waits": "false conflict: '90 minutes' / '11 hours'",
    "duration-kaitaki-ferry:nearly an hour/50 minutes": "read as conflict, not compatible",
    "duration-kaitaki-ferry": "false conflict: 'nearly an hour' / '50 minutes'",
    "direction-rupee-close:fell 23 paise/down 0.3%": _UNPAIRED,
    "direction-rupee-close:rose 1.1%/dropped 0.6%": _LEFT_PAIRED,
    "direction-rupee-close": "false conflict: '1.1%' / '0.6%'; '$86.40 a barrel' / 'Rs"
    " 1,200 crore'",
    "direction-sa-murders:fell 9%/jumped by 11%": _LEFT_PAIRED,
    "direction-sa-murders": "false conflict: '9%' / '11%'",
    "direction-nz-arrivals:38% of all arrivals/rose 62%": _LEFT_PAIRED,
    "direction-nz-arrivals": "false conflict: '38%' / '62%'",
    "mixed-hurricane-delia:more than 300,000 customers/About 280,000 homes and"
    " businesses": _UNPAIRED,
}
XFAIL.update(FRESH_K_XFAIL)
# Small counts (10 to 99) of one set of things named two ways, and controls of different
# things with the same small figure, written blind to decide whether one count named two
# ways should reach below 100 (docs/compare.md): 24 of 40 right as it stands, 20 with the
# threshold at 10 (ten more forbidden pairs), so it stays at 100.
SMALL_COUNTS_XFAIL: dict[str, str] = {
    "sc-ctrl-retailer-stores-warehouses:15 stores/16 warehouses": _LEFT_PAIRED,
    "sc-ctrl-retailer-stores-warehouses": "false conflict: '15 stores' / '16 warehouses'",
    "sc-ctrl-kullu-bridges-roads:22 bridges/22 roads": _LEFT_PAIRED,
    "sc-ctrl-vancouver-fire-apartments-floors:24 apartments/24 floors": _LEFT_PAIRED,
    "sc-ctrl-nsw-flood-towns-centres:19 towns/19 evacuation centres": _LEFT_PAIRED,
}
XFAIL.update(SMALL_COUNTS_XFAIL)
# Counts of what befell one kind of thing ("120 flights were cancelled", "35 flights
# were diverted"), the same event often named with other words, written blind for the
# rule that a count's class read from its own noun naming who is counted ("42
# residents") forbids no pair but with a toll (docs/compare.md): 24 of 40 right before it, 25 after.
PREDICATES_XFAIL: dict[str, str] = {
    # The residents' class (population) is read from their noun; the other's is a toll.
    "ambercross-floods:65 people/more than 60 residents": _UNPAIRED,
    "ashgrove-ae-night:74/Forty-one": _KEPT_APART,
    "ashgrove-ae-night": "false conflict: '74' / 'Forty-one'",
    "brennick-redundancies:90 roles/Ninety positions": _UNPAIRED,
    "greyfield-homes-results:2,300 homes/2,300 completions": _UNPAIRED,
    # "properties", a general noun, is no longer kept from "homes": the two counts of one
    # sentence's words pair, though each text gives the other's figure of the other count.
    "greyfield-homes-results:2,050/2,050 properties": _ELSEWHERE,
    "greyfield-homes-results:2,300 homes/2,050 properties": _KEPT_APART,
    "greyfield-homes-results:2,050/2,300 completions": _KEPT_APART,
    "greyfield-homes-results": "false conflict: '2,300 homes' / '2,050 properties'",
    "rothby-warehouse-thefts:Two/Three others": _KEPT_APART,
    "rothby-warehouse-thefts": "false conflict: 'Two' / 'Three others'",
}
XFAIL.update(PREDICATES_XFAIL)
# Ages given by a word ("a teenager", "an octogenarian") against number ages, and
# controls (another person's age, "teenagers" as a group), written blind for the reading
# of age words (docs/claims.md, "Measures, percent, time"): 13 of 30 right before it, 21
# after.
AGE_WORDS_XFAIL: dict[str, str] = {
    "lyndhurst-octogenarian-scam:£42,000/£42,000": "'over £42,000' read as more than",
    "cedar-falls-nonagenarian-centenarian:1 minute 12 seconds/1:12": "race clock '1:12' not read",
    "stallbridge-pensioner-71:A pensioner/aged 71": "'a pensioner' is no age read",
    "dunmore-pensioner-58:A pensioner/58": "'a pensioner' is no age read",
    "harbor-city-septuagenarian-81:4 hours 51 minutes/4:51": "race clock '4:51' not read",
    "hollins-cross-pensioner-octogenarian:A pensioner/An octogenarian": "'a pensioner' is "
    "no age read",
}
XFAIL.update(AGE_WORDS_XFAIL)
# Ages of several people in each report (victim and suspect, driver and passenger), each
# named with other words, and ages one report alone gives, written blind and read for
# diagnosis: 15 of 30 right when written, 16 with the one rule it led to (a definite "the
# teenager" names again someone already aged).  Whose age it is (a name shared by a
# family, "the boy" and "the teenager") is what the aligner cannot yet read.
PERSON_AGES_XFAIL: dict[str, str] = {
    "leeds-burglars:29/(29)": _UNPAIRED,
    "pelham-close-fire:in her seventies/74-year-old": _UNPAIRED,
    "grendon-school-arson:is 14/14-year-old": _UNPAIRED,
    "clearwater-phone-scam:88/88": _UNPAIRED,
    "clearwater-phone-scam:85/85": _UNPAIRED,
    "clearwater-phone-scam:88/85": _KEPT_APART,
    "clearwater-phone-scam": "false conflict: '88' / '85'; '85' / '19-year-old grandson'",
    "truro-tennis-coach:13/age of 13": _UNPAIRED,
    "lewisham-murder:17-year-old/A teenager": _UNPAIRED,
    "swindon-brothers:23/22": _UNPAIRED,
    "swindon-brothers:27/22": _KEPT_APART,
    "swindon-brothers": "false conflict: '27' / '22'; '23' / 'aged 50'",
}
XFAIL.update(PERSON_AGES_XFAIL)


# What the rule on figures left over costs in sets kept before it (docs/compare.md, "Figures
# left over"): two figures more than twice apart, paired on no evidence of their own, are
# now kept apart, where the writer meant one fact misreported ("40,000 birds", "Around
# 14,000 chickens"); and the exchange it allows lets two counts each text writes pair
# crosswise where their nouns keep the same figures apart ("350 staff", "350 jobs").
_APART_NOW = "more than twice apart on no evidence of their own: kept apart as two facts"
LEFTOVER_RULE_XFAIL: dict[str, str] = {
    "driffield-bird-flu-cull:40,000/Around 14,000": _APART_NOW,
    "lisbon-airline-strike:about 30,000 passengers/Some 13,000 travellers": _APART_NOW,
    "mayfair-jewel-raid:£1.8m/£800,000": _APART_NOW,
    "mayfair-jewel-raid:19/19": "'aged 19 to 25' is one range, compatible with 'the youngest 19'",
    "toyota-airbag-recall:3 crashes/thirteen accidents": _APART_NOW,
    "software-layoffs:1,800 jobs/800 roles": _APART_NOW,
    "striker-transfer-fee-wages:€90,000 a week/€190,000 per week": _APART_NOW,
    "kelsey-bay-toddler-four:four-year-old/a toddler": _APART_NOW,
    "brennick-redundancies:350 staff/350 jobs": _UNPAIRED,
    "brennick-redundancies:90 roles/350 jobs": _KEPT_APART,
    "brennick-redundancies": "false conflict: '350 staff redundant' / 'Ninety positions'",
}
XFAIL.update(LEFTOVER_RULE_XFAIL)

# tests/data/pairs_leftovers_fresh.json: several figures of one kind in each report, some
# only one report gives (written blind for the rule on figures left over).
LEFTOVERS_XFAIL: dict[str, str] = {
    "count-warehouse-fire:Fourteen/14": _UNPAIRED,
    "percent-welsh-byelection:44 per cent/29%": _KEPT_APART,
    "percent-welsh-byelection": "false conflict: '44 per cent of the vote' / '29%'",
    "percent-nurses-pay:5.5%/4.5 per cent": _UNPAIRED,
    "percent-nurses-pay": "false conflict: '5.5%' / '12 per cent'; '8.7%' / '4.5 per cent'",
    "percent-retail-sales:4%/3.5 per cent": _KEPT_APART,
    "percent-retail-sales": "false conflict: '4%' / '3.5 per cent'",
    "percent-london-house-prices:3.8%/8.3 per cent": _UNPAIRED,
    "percent-london-house-prices": "false conflict: '3.8%' / '6 per cent'",
    "percent-flu-jab:41%/48 per cent": _KEPT_APART,
    "percent-flu-jab": "false conflict: '41%' / '48 per cent'",
    "percent-birmingham-tax:25%/40 per cent": _KEPT_APART,
    "percent-birmingham-tax": "false conflict: '25%' / '40 per cent'",
    "money-water-boss-pay:£520,000/£610,000": _KEPT_APART,
    "money-water-boss-pay": "false conflict: 'a £520,000 bonus' / '£610,000'",
    "money-bank-theft:£18,000/£24,000": _KEPT_APART,
    "money-bank-theft": "false conflict: '£18,000' / '£24,000'",
    "money-nhs-ransomware:£1.5m/£900,000": _KEPT_APART,
    "money-nhs-ransomware": "false conflict: '£1.5m' / '£900,000'",
    "mixed-m6-crash:four/eight": _KEPT_APART,
    "mixed-m6-crash": "false conflict: 'four of them seriously' / 'eight ambulances'",
    "mixed-scotland-doctors-pay:£61m/around £60m": _UNPAIRED,
    "mixed-scotland-doctors-pay": "false conflict: '£61m' / '£96,000'; '71% of members' / '12.4%'",
    "mixed-fenwright-closures:18%/6 per cent": _KEPT_APART,
    "mixed-fenwright-closures": "false conflict: '18%' / '6 per cent'",
    "mixed-hatton-garden-raid:£40,000/£50,000": _KEPT_APART,
    "mixed-hatton-garden-raid": "false conflict: '£40,000' / '£50,000'",
    "mixed-bristol-housing:1,850/Some 3,400": _KEPT_APART,
    "mixed-bristol-housing": "false conflict: '1,850 households' / 'Some 3,400 families'",
}
XFAIL.update(LEFTOVERS_XFAIL)

# tests/data/pairs_family_ages_fresh.json: ages of two or three people of one family.
FAMILY_AGES_XFAIL: dict[str, str] = {}
XFAIL.update(FAMILY_AGES_XFAIL)

# A bare "$" may be the dollar the other report names (claimdiff.dollars): the kinder of
# the two readings stands, so a figure reused unconverted is no conflict.
_EITHER_DOLLAR = "a bare '$' read as the other's dollar: the same figure agrees"
DOLLARS_XFAIL: dict[str, str] = {
    "wind-farm-aud-usd-conflict:A$80 million/$80 million": _EITHER_DOLLAR,
    "power-line-cad-usd-conflict:C$2.4 billion/$2.4 billion": _EITHER_DOLLAR,
    # tests/data/pairs_dollars_fresh.json
    "ctl-sg-bond-usd-conflict:S$500 million/$500 million": "'US$1.2 billion' takes S$500m",
    "ctl-sg-bond-usd-conflict:S$500 million/US$1.2 billion": _KEPT_APART,
    "ctl-sg-bond-usd-conflict": "false conflict: 'S$500 million' / 'US$1.2 billion'",
    "ctl-tw-packaging-plant-usd:NT$32 billion/$1 billion": _UNPAIRED,
    "tw-chip-engineers-different:NT$80 billion/$60 billion": (
        "no rate joins TWD and USD: a '$' that may be US dollars is not compared"
    ),
    "hk-rail-property-profit-rounded": "false conflict: '15 per cent' / '9 per cent'",
}
XFAIL.update(DOLLARS_XFAIL)

# tests/data/pairs_bounds_fresh.json: a bound against a figure.  Its writer calls a bound
# met closely an agreement ("at least 12" and "12"); the writers of the sets before, on
# 80 such pairs, called it compatible, as compare() does (docs/compare.md).
_BOUND_MET = "a bound met closely is compatible, not agree (80 earlier pairs say so)"
BOUNDS_XFAIL: dict[str, str] = {
    "rally-50k-as-many-as:As many as 50,000 people/Some 50,000 demonstrators": _BOUND_MET,
    "quake-at-least-12:At least 12 people/12 people": _BOUND_MET,
    "vaccine-over-90pct:Over 90% of children/reached 92%": _BOUND_MET,
    "school-fewer-than-200:Fewer than 200 pupils/187 pupils": _BOUND_MET,
    "layoffs-more-than-400:more than 400 jobs/412 workers": _BOUND_MET,
    "flights-more-than-1000:More than 1,000 flights/1,030 flight cancellations": _UNPAIRED,
    "attendance-more-than-1000-vs-3000:More than 1,000 people/Around 3,000 mourners": _UNPAIRED,
    "unemployment-under-5-vs-about-2:under 5%/about 2%": _UNPAIRED,
    "village-fewer-than-1000-vs-400:Fewer than 1,000 residents/about 400 people": _UNPAIRED,
    "damage-at-least-3bn-vs-7bn:at least $3bn/$7bn": _UNPAIRED,
    # A measured peak said "up to" is read as its figure (claimdiff.peaks), as eight of
    # nine such pairs in the held-out sets were judged; this writer said compatible.
    "winds-up-to-120kmh-vs-95:winds of up to 120km/h/Winds of 95km/h": _READ_AS_OTHER,
    "winds-up-to-120kmh-vs-95": "false conflict: 'up to 120km/h' / '95km/h'",
}
XFAIL.update(BOUNDS_XFAIL)
# tests/data/pairs_count_nouns_fresh.json: counts named by two nouns, and counts of two
# things.  The counts left over pair when nothing but WordNet kept their nouns apart
# (claimdiff.leftovers.counts_named_apart); WordNet does not tell "ships" and
# "containers" from "pubs" and "venues", so some counts of two things pair as well.
_TWO_THINGS_PAIRED = "the last counts left, of two things WordNet does not set apart, pair"
COUNT_NOUNS_XFAIL: dict[str, str] = {
    "jobs-workers-conflict:300 jobs/Around 800 workers": (
        "figures left over more than twice apart pair only on evidence"
    ),
    "staff-employees-conflict:Two staff members/Three employees": (
        "'employees' reads the class employment, which clashes with injuries"
    ),
    "schools-campuses-agree:Three elementary schools/three campuses": _ELSEWHERE,
    "flood-toll-displaced:3 provinces/three rescue helicopters": _TWO_THINGS_PAIRED,
    "football-goals-home-away-swap:three times/three goals": _TWO_THINGS_PAIRED,
    "sc-ctrl-sydney-storm-homes-cars:12 homes/12 cars": _TWO_THINGS_PAIRED,
    "sc-ctrl-surrey-school-fire-classrooms-laptops:40 classrooms/about 40 laptops": (
        _TWO_THINGS_PAIRED
    ),
    "sc-ctrl-cork-hospital-ambulances-beds:Eleven ambulances/11 beds": _TWO_THINGS_PAIRED,
    "sc-ctrl-victoria-windfarm-turbines-properties:48 turbines/48 farming properties": (
        _TWO_THINGS_PAIRED
    ),
    "sc-ctrl-port-botany-ships-containers:Thirty-one ships/31 containers": _TWO_THINGS_PAIRED,
    "sc-ctrl-ontario-polling-stations-ridings:15 polling stations/14 ridings": (_TWO_THINGS_PAIRED),
    "sc-ctrl-ontario-polling-stations-ridings": "false conflict: polling stations / ridings",
    "sc-ctrl-ncr-factories-construction-sites:35 factories/35 construction sites": (
        _TWO_THINGS_PAIRED
    ),
    "ctrl-villages-camps-diff:48 villages/12 relief camps": _TWO_THINGS_PAIRED,
    "ctrl-villages-camps-diff": "false conflict: villages / relief camps",
}
XFAIL.update(COUNT_NOUNS_XFAIL)
# tests/data/pairs_misprints_fresh.json: one figure misprinted far off ("40,000 birds",
# "14,000 chickens"), and controls whose two figures of two facts look like one misprinted
# ("12 people" arrested, "120 officers" deployed).  Figures left over more than twice
# apart pair only as a slip of scale or transposed digits (docs/compare.md, "Figures
# left over"); a dropped digit is no exception (measured: two cases gained, two lost).
_FAR = "figures left over more than twice apart pair only on evidence"
_SLIP_OF_TWO = "two facts ten times apart taken for a slip of scale"
MISPRINTS_XFAIL: dict[str, str] = {
    "mis-bird-flu-cull:40,000 birds/14,000 chickens": _FAR,
    "mis-car-plant-jobs:1,800 jobs/800 roles": _FAR,
    "mis-nurses-pay:15% pay rise/5 per cent uplift": _FAR,
    "mis-uk-inflation:11.1%/1.1 per cent": "'3%' is nearer 11.1% than '1.1 per cent' is",
    "mis-uk-inflation": "false conflict: 11.1% / 3%",
    "mis-shoplifting:rose by 25%/2.5 per cent increase": (
        "a percentage ten times another is no slip of scale"
    ),
    "mis-indore-water:170 people/Seventeen residents": "'as many as 170' holds 17",
    "agree-beef-recall:three states/14 states": "the last counts of states left pair",
    "agree-beef-recall": "false conflict: three states / 14 states",
    "ctrl-storm-agnes:13 metres/130-metre section": _SLIP_OF_TWO,
    "ctrl-storm-agnes": _SLIP_OF_TWO,
    "ctrl-rents-prices:Rents on new tenancies rose 9%/House prices edged up 0.9%": (
        "rents and house prices: the last percentages left pair"
    ),
    "ctrl-rents-prices": "false conflict: rents / house prices",
    "ctrl-time-trial:40km time trial/4km climb": _SLIP_OF_TWO,
    "ctrl-time-trial:38 seconds/51 seconds": "40km takes 4km first; the margins pair",
    "ctrl-time-trial": _SLIP_OF_TWO,
}
XFAIL.update(MISPRINTS_XFAIL)
# Ages said with "is"/"was" alone or after an opening "At N," are read only after a word
# for a person or a title (docs/claims.md, "Ages"): a review found names and places read.
_AGE_UNREAD = "an age after 'is' or 'At N,' with no word for a person or title is not read"
AGE_FORMS_XFAIL: dict[str, str] = {
    "grendon-school-arson:is 15/15-year-old": _AGE_UNREAD,
    # Times of day are claims: 'noon on Friday, July 7' gives the date its pair, and the
    # last dates left pair.
}
XFAIL.update(AGE_FORMS_XFAIL)
# tests/data/pairs_times_fresh.json: times of day.  A report gives the times of several
# things; two texts' times of two events ("broke out at 2am", "extinguished at 6am") share
# the words around them and pair (docs/claims.md, "Times of day"), unless one begins a
# thing and the other ends it ("Polls opened at 7am", "closed at 10pm"; docs/compare.md).
_TWO_EVENTS = "times of two events pair: their verbs differ, their words do not"
TIMES_XFAIL: dict[str, str] = {}
for _case in (
    "ctrl-bolton-fire-start-vs-out:2am/6am",
    "ctrl-holyhead-ferry-depart-vs-arrive:08:15/11.45am",
    "ctrl-a9-closed-vs-reopened:7am/3.30pm",
    "ctrl-logan-robbery-callout-vs-arrest:9.50am/11.20am",
):
    TIMES_XFAIL[_case] = _TWO_EVENTS
    TIMES_XFAIL[_case.split(":")[0]] = "false conflict: " + _TWO_EVENTS
XFAIL.update(TIMES_XFAIL)
# tests/data/pairs_degrees_fresh.json: temperatures, "26 degrees" against "28C"
# (claimdiff.degrees).  A hedge within 5% of a figure is that figure (docs/compare.md,
# "Verdicts"), where this writer calls it compatible.
_HEDGED_SAME = "a hedged figure within 5% of another is the same figure, not compatible"
DEGREES_XFAIL: dict[str, str] = {
    "in-churu-48c-vs-50-5c-conflict-both-scaled:48\u00b0C/50.5\u00b0C": (
        "'a maximum of 50.5°C' is read as a ceiling, which 48°C meets"
    ),
    "us-sacramento-around-100-degrees-vs-99f-compatible:around 100 degrees/99F": _HEDGED_SAME,
    "es-vuelta-90-degree-bend-control:39 degrees/39C": (
        "'a 90-degree bend' in its sentence makes '39 degrees' an angle too"
    ),
    "es-seville-40-degrees-agree:40 degrees/40\u00b0C": (
        "'just under 40 degrees' is read as a bound, which the writer calls 40"
    ),
    "uk-cairngorms-35-degree-slope-control:minus 7 degrees/-9C": (
        "'a 35-degree slope' in its sentence makes 'minus 7 degrees' an angle too"
    ),
    "in-delhi-180-degree-turn-control:47 degrees/47\u00b0C": (
        "no word of temperature beside '47 degrees' ('The capital had recorded')"
    ),
}
XFAIL.update(DEGREES_XFAIL)
# tests/data/pairs_several_ages_fresh.json: ages of several people, some only one report
# names (docs/compare.md, "two ages are two people's").
_AT_LARGE = "'a 66-year-old woman' may be anyone's age, and takes the grandson's 9"
_COUNT = "the age is read as a count, and cannot meet the other text's age"
SEVERAL_AGES_XFAIL: dict[str, str] = {
    "ages_fresh_12": "false conflict: '62' and '55', two people's ages left over",
}
XFAIL.update(SEVERAL_AGES_XFAIL)
# tests/data/pairs_ages_check_fresh.json, the rest.
AGES_CHECK_XFAIL: dict[str, str] = {
    "post_office_raid_hull:19-year-old/19": "'A 19-year-old man' (anyone) takes the pensioner",
    "charity_fraud_accountant:45-year-old/55": "'55' pairs with the other text's '63'",
    "charity_fraud_accountant:63/55": "paired: both texts' last ages left",
    "charity_fraud_accountant": "false conflict: '63' and '55', two people's",
    "rescue_ben_nevis:47/in his forties": "'in his forties' takes 'a 29-year-old volunteer'",
    "rescue_ben_nevis": "false conflict: 'a 29-year-old volunteer' and 'in his forties'",
    "murder_trial_son_witness": "false conflict: '23' and '54'",
}
XFAIL.update(AGES_CHECK_XFAIL)
# tests/data/pairs_ages_review_fresh.json: a reviewer's, half of them one person named by
# two roles, which the rule reads as two people (docs/compare.md).
_WALSALL = "'A 16-year-old boy' takes '47', '47' takes '16'"
_NOTHING_SAYS = "paired: two people's ages, and nothing the rule reads says so"
AGES_REVIEW_XFAIL: dict[str, str] = {
    "ennis-cyclist-death:47/44": "not paired: not read as ages",
    "oxford-road-hit-and-run:in her twenties/22": "not paired: not read as ages",
    "walsall-stabbing-wife:16-year-old/16": _WALSALL,
}
XFAIL.update(AGES_REVIEW_XFAIL)
# Ages of two people, one only each text names, paired as the last ages left (a rule
# that kept them apart was tried and not kept: docs/compare.md, "Tried and not kept").
_TWO_PEOPLE_PAIRED = "two people's ages paired as the last ages left"
TWO_PEOPLE_XFAIL: dict[str, str] = {
    "age-snowdon-rescue:aged 68/Hughes, 59,": _TWO_PEOPLE_PAIRED,
    "hatton-pedestrian:aged 67/70": _TWO_PEOPLE_PAIRED,
    "ages_fresh_12:62/55": _TWO_PEOPLE_PAIRED,
    "ages_fresh_15:58/aged 60": _TWO_PEOPLE_PAIRED,
    "luton-shop-assault:70/66": _TWO_PEOPLE_PAIRED,
    "age-snowdon-rescue": "false conflict: " + _TWO_PEOPLE_PAIRED,
    "hatton-pedestrian": "false conflict: " + _TWO_PEOPLE_PAIRED,
    "ages_fresh_02": "false conflict: " + _TWO_PEOPLE_PAIRED,
    "ages_fresh_15": "false conflict: " + _TWO_PEOPLE_PAIRED,
    "luton-shop-assault": "false conflict: " + _TWO_PEOPLE_PAIRED,
}
XFAIL.update(TWO_PEOPLE_XFAIL)
# A count of one read ("at least one dose") moves the percentages' pairing (docs/claims.md,
# "Counts of one"): "About 90% of girls" is paired with the target, "95%".
_GIRLS_TARGET = "'About 90% of girls' pairs with the target '95%', '84.5%' with '91.2%'"
XFAIL["scotland-hpv-uptake:84.5%/91.2%"] = _GIRLS_TARGET
XFAIL["scotland-hpv-uptake:90%/95%"] = _GIRLS_TARGET
XFAIL["ages_fresh_02:aged 68/59"] = "two people's ages 15% apart, paired as the last left"
# tests/data/pairs_ages_people_fresh.json: ages of two or three people in each report,
# written blind after the rule for ages left over (docs/compare.md, "Figures left over").
AGES_PEOPLE_XFAIL: dict[str, str] = {
    "ap11-36:58/35": "not paired: 27 years apart, and 'Adviser Nigel Cross' not read as an adviser",
    "ap11-03:58-year-old/who is 64": "two people's ages 10% apart, paired as the last left",
    "ap11-03": "false conflict: '58-year-old Peter Mills' and '64', the last ages left",
    "ap11-33:50/aged 53": "two people's ages 6% apart, paired as the last left",
    "ap11-33": "false conflict: '50' and 'aged 53', the last ages left",
}
XFAIL.update(AGES_PEOPLE_XFAIL)
# tests/data/pairs_ages_rule_review.json: a reviewer's, at the weak points of the rule
# for ages left over (docs/compare.md, "Figures left over").
_CLOSE_PAIRED = "two people's ages paired as the last left: close, a digit apart, or one each"
_CLOSE_CONFLICT = "false conflict: two people's ages, close or one each, paired as the last left"
AGES_RULE_REVIEW_XFAIL: dict[str, str] = {
    "s11-one-passenger-agrees:29/36": "not paired: one person's ages 24% apart, two ages each",
    "lewisham-murder:19/A teenager": "'A teenager' takes the 19, within its span",
    "s11-two-50-53:50/53": _CLOSE_PAIRED,
    "s11-two-45-65:45/65": _CLOSE_PAIRED,
    "s11-two-61-66:61/66": _CLOSE_PAIRED,
    "s11-two-29-39:29/39": _CLOSE_PAIRED,
    "s11-two-72-79:72/79": _CLOSE_PAIRED,
    "s11-two-wife-passerby:38/45": _CLOSE_PAIRED,
    "s11-two-44-30:44/30": _CLOSE_PAIRED,
    "s11-two-24-40:24-year-old/40": _CLOSE_PAIRED,
    "s11-two-55-33:55/33": _CLOSE_PAIRED,
    "s11-two-70-48:70/48": _CLOSE_PAIRED,
    "s11-two-16-27:16-year-old/27": _CLOSE_PAIRED,
    "s11-two-60-37:37/60": _CLOSE_PAIRED,
    "s11-child-6-9:6/9": _CLOSE_PAIRED,
    "s11-child-4-7-two:four-year-old/7": _CLOSE_PAIRED,
    "s11-child-11-14:11-year-old/14": _CLOSE_PAIRED,
    "s11-child-8-12:8/12": _CLOSE_PAIRED,
    "s11-teen-15-19:15-year-old/19": "two teenagers' ages paired as the last left",
    "mis-fraud-sentence": "false conflict: one age each, 'aged 93' and 'The 47-year-old'",
    "s11-two-50-53": _CLOSE_CONFLICT,
    "s11-two-45-65": _CLOSE_CONFLICT,
    "s11-two-44-30": _CLOSE_CONFLICT,
    "s11-two-61-66": _CLOSE_CONFLICT,
    "s11-two-24-40": _CLOSE_CONFLICT,
    "s11-two-55-33": _CLOSE_CONFLICT,
    "s11-two-29-39": _CLOSE_CONFLICT,
    "s11-two-70-48": _CLOSE_CONFLICT,
    "s11-two-72-79": _CLOSE_CONFLICT,
    "s11-two-16-27": _CLOSE_CONFLICT,
    "s11-two-wife-passerby": _CLOSE_CONFLICT,
    "s11-two-60-37": _CLOSE_CONFLICT,
    "s11-child-11-14": _CLOSE_CONFLICT,
    "s11-child-6-9": _CLOSE_CONFLICT,
    "s11-child-8-12": _CLOSE_CONFLICT,
    "s11-child-4-7-two": _CLOSE_CONFLICT,
    "s11-teen-15-19": _CLOSE_CONFLICT,
}
XFAIL.update(AGES_RULE_REVIEW_XFAIL)
# tests/data/pairs_one_fresh.json: counts of one ("One man" / "Two men"), written blind
# for the rule of counts of one (docs/claims.md, "Counts of one").
_A_SINGLE = "'a single' is not read (docs/claims.md, 'Counts of one')"
ONE_XFAIL: dict[str, str] = {
    "one-pair-agree-08:one death/a single heat-related fatality": _A_SINGLE,
    "one-pair-agree-03": "false conflict: 'a crowd of 41,000' and 'two players', left over",
    "one-pair-agree-06": "false conflict: 'Forty-six other schools' and '30 buildings'",
}
XFAIL.update(ONE_XFAIL)
# tests/data/pairs_one_review.json: a reviewer's, at the weak points of that rule.
ONE_REVIEW_XFAIL: dict[str, str] = {
    "p05:one point/three points": "'point' after 'one' makes it no count ('at one point')",
    "p14:one race/three races": "'won one race last season': 'season' is read as its noun",
    "p22:one home/Three homes": "'Not one home' is no count of zero",
}
XFAIL.update(ONE_REVIEW_XFAIL)
# tests/data/pairs_responders_fresh.json: those sent to an incident and those it befell,
# written blind for the predicate class "deployment" (docs/compare.md).
_BOUND_MET = "a bound the other figure meets is compatible, where the writer calls it so"
RESPONDERS_XFAIL: dict[str, str] = {
    "rs-15:50 mountain rescue volunteers/50 volunteers": _BOUND_MET + " ('agree')",
    "rs-20:eight people/Ten people": "'At least eight' and 'Ten' are compatible; a conflict",
    "rs-24:900 officers/1,000 officers": "not paired",
    "rs-26:1,500 staff/2,000 ESB staff": "not paired",
    # The gold leaves out "power to 700,000 customers" / "768,000 homes and businesses
    # lost power": one count of those cut off, which compare() now pairs (customers are
    # a general noun) and finds 9.7% apart.
    "rs-26": "a conflict the gold leaves out: '700,000 customers' / '768,000 homes'",
    "rs-05": "false conflict: two counts of one noun for two facts",
}
XFAIL.update(RESPONDERS_XFAIL)
RESPONDERS_XFAIL_LATER: dict[str, str] = {}
XFAIL.update(RESPONDERS_XFAIL_LATER)
# tests/data/pairs_deployment_review.json: a reviewer's, written against the class's first
# form (which clashed with any other class, and let "battling" win over "missing").
DEPLOYMENT_REVIEW_XFAIL: dict[str, str] = {
    "C03:Some 40 ambulances/Four ambulances": "'Four ambulances' has no predicate read",
    "C03": "false conflict: 'Some 40 ambulances' and 'Four ambulances'",
    "C11:2,000 officers/2,000 visitors": "deployment is kin to attendance ('appliances attended')",
}
XFAIL.update(DEPLOYMENT_REVIEW_XFAIL)
# Employment and a deployment clash no longer (a deployment clashes with tolls only).
# Two nouns of people, the other text writing the first's noun: kept apart
# (docs/compare.md, "one count named two ways").
XFAIL["table-mountain-fire:More than 200 firefighters/Some 220 personnel"] = "not paired"

# tests/data/pairs_count_synonyms_fresh.json: one count named by two related nouns, often
# misreported far apart, and controls of two facts (a rule pairing such counts however far
# apart was measured on it and not kept: docs/compare.md, "Figures left over").
COUNT_SYNONYMS_XFAIL: dict[str, str] = {
    "cs-13:3,000 troops/Around 1,200 soldiers": _UNPAIRED,
    "cs-14:400 flights/150 departures": _ELSEWHERE,
    "cs-30:41,000 season tickets/39,500": _KEPT_APART,
    "cs-08": "false conflict: '3,400 vehicles' / 'Around 1,100 cars'",
    "cs-30": "false conflict: '41,000 season tickets' / '39,500'",
}
XFAIL.update(COUNT_SYNONYMS_XFAIL)
# tests/data/pairs_expectations_fresh.json: data releases and results with what was
# expected of them, written blind for claimdiff.expectations.
EXPECTATIONS_XFAIL: dict[str, str] = {
    "ex-03:$12.43bn/$12.4bn": _READ_AS_OTHER,
    "ex-07:386,810/387,000": _READ_AS_OTHER,
    "ex-11:$84.65bn/$85bn": _ELSEWHERE,
    "ex-13:8.05 million/8 million": _READ_AS_OTHER,
    "ex-15:3.5%/3.5%": _ELSEWHERE,
    "ex-19:190,000/200,000": _ELSEWHERE,
    "ex-20:74 trillion won/74 trillion won": _ELSEWHERE,
    "ex-31:3 million/3.08 million": _READ_AS_OTHER,
    "ex-05:0.7%/0.5%": _KEPT_APART,
    "ex-05": "false conflict: 'more than half of output' / 'a quarter'; '0.7%' / '0.5%'",
    "ex-07": "false conflict: '433,371 cars' / '369,783'",
    "ex-12": "false conflict: 'up to 0.9%' / '1.1%'",
    "ex-15": "false conflict: '3.8%' / '3.5%'",
    "ex-22": "false conflict: '1.4%' / '2.3%'",
    "ex-29": "false conflict: '7.0%' / '5.6% of GDP'",
}
XFAIL.update(EXPECTATIONS_XFAIL)

# tests/data/pairs_expectations_review.json: a reviewer's, written against the first form
# of claimdiff.expectations at its weak points (words of expecting said of something
# else, phrasings of forecasts it did not know, one report's forecast read and the other's
# not).
EXPECTATIONS_REVIEW_XFAIL: dict[str, str] = {
    "xr-26:190,000/200,000 analysts": "'the 200,000 analysts had forecast' is read as a "
    "count of analysts",
    "xr-28:2.0%/1.9%": "'It had been forecast at 1.9%': a passive forecast with no "
    "forecaster is not read, and the two are kept apart",
}
XFAIL.update(EXPECTATIONS_REVIEW_XFAIL)

# tests/data/pairs_agents_fresh.json: counts after a passive verb's "by" (those who did it), and
# controls where the count after "by" is what is counted or a change's size.
AGENTS_XFAIL: dict[str, str] = {
    "ag-06:about 150 special forces troops/Around 150 soldiers": _ELSEWHERE,
    "ag-23:9,400 members/Some 9,600 union members": _READ_AS_OTHER,
    "ag-05:At least 30 passengers/57 people": _KEPT_APART,
}
XFAIL.update(AGENTS_XFAIL)

# tests/data/pairs_rate_directions_fresh.json: rates moving with verbs of speed and softness
# ("slowed to", "edged up to", "picked up to"), levels against sizes of change.
RATE_DIRECTIONS_XFAIL: dict[str, str] = {
    "rd-03:49.5/49.5": _ELSEWHERE,
    "rd-14:18.45 per dollar/18.45 against the dollar": _ELSEWHERE,
    "rd-16:10.50%/10.50 percent": _READ_AS_OTHER,
    "rd-30:47.2/47.2": _ELSEWHERE,
    "rd-01": "false conflict: '4.2%' / '6.0 per cent'",
    "rd-03": "false conflict: '50.4' / '51.7'; '51.1' / '49.5'",
    "rd-06": "false conflict: '7.6%' / '6.5 per cent'",
    "rd-04": "false conflict: '4%' / '6.5 per cent'",
    "rd-10": "false conflict: '6.39%' / '6.16 percent'",
    "rd-13": "false conflict: '50 threshold' / '51.1'",
    "rd-24": "false conflict: '55.8' / '51.4'",
    "rd-27": "false conflict: '2.5%' / '4 per cent'",
    "rd-30": "false conflict: '47.2' / '52.9'",
    "rd-28": "false conflict: '1.3%' / '1.1 per cent'",
}
XFAIL.update(RATE_DIRECTIONS_XFAIL)

# tests/data/pairs_fresh_l.json: the sixteenth held-out set (twelfth session).
HELDOUT16_XFAIL: dict[str, str] = {
    "h16-39:about two days/52 hours": _ELSEWHERE,
    "h16-47:at least 46/64": _READ_AS_OTHER,
    "h16-50:three years/3.2 years": _ELSEWHERE,
    "h16-39:about two days/for a day": _KEPT_APART,
    "h16-39": "false conflict: 'about two days' / 'a day'",
    "h16-50": "false conflict: 'three years' / '3.2 years'",
}
XFAIL.update(HELDOUT16_XFAIL)

# tests/data/pairs_event_years_fresh.json: years of several events, written blind for the reading
# of each year's event (thirteenth session), and two pairs that reading lost: years of one
# event whose verbs WordNet keeps apart ("opened", "built"; "amended", "updated").
EVENT_YEARS_XFAIL: dict[str, str] = {
    "ey-01:opened in 1898/Portobello's 1901": _ELSEWHERE,
    "ey-03:built in 1736/18th-century": _ELSEWHERE,
    "ey-09:debut in 2015/in 2016": _ELSEWHERE,
    "ey-12:retired in 2003/for 18 years": _ELSEWHERE,
    "ey-16:opened in 1908/for more than a century": _ELSEWHERE,
    "ey-23:extended in 1985/1985 extension": _ELSEWHERE,
    "ey-25:since 2008/15 years ago": _ELSEWHERE,
    "ey-26:completed in 1966/1960s-built": _UNPAIRED,
    "ey-30:formed in Leeds in 2005/in 2003": _UNPAIRED,
    # "the severe gales of 1958" are that year's event; "in a storm in 1953" is read by
    # its verb ("lost"), and a noun and a verb of no one meaning are two events.
    "ey-27:a storm in 1953/the severe gales of 1958": _UNPAIRED,
    "ey-32:20 millionth/20 million journeys": _ELSEWHERE,
    "ey-39:first elected in 2012/winning the post in 2013": _UNPAIRED,
    "ey-39:re-elected in 2021/three years ago": _UNPAIRED,
    "ey-08:from 2009/began in 2017": _KEPT_APART,
    "ey-18:from 2011/in 2017": _KEPT_APART,
    "ey-18:to 2015/in 2017": _KEPT_APART,
    "ey-20:put up in 1971/in 2023": _KEPT_APART,
    "ey-31:in 1277/in 1400": _KEPT_APART,
    "ey-33:bakery in 2016/opened in 2022": _KEPT_APART,
    "ey-08": "false conflict: '2009' / '2017'",
    "ey-18": "false conflict: 'from 2011 to 2015' / '2017'",
    "ey-23": "false conflict: '1911' / '1985'; '1985' / '2009'",
    "ey-20": "false conflict: '1971' / '2023'",
    "ey-32": "false conflict: '20 millionth rider' / '20 million journeys'",
    "ey-31": "false conflict: '1277' / '1400'",
    "ey-33": "false conflict: '2016' / '2022'",
}
XFAIL.update(EVENT_YEARS_XFAIL)

# tests/data/pairs_event_years_review.json: a reviewer's, at the weak points of the reading of
# each year's event (thirteenth session); and a swap whose two events are named by verbs
# WordNet keeps apart ("listed on the London Stock Exchange", "floated").
EVENT_YEARS_REVIEW_XFAIL: dict[str, str] = {
    "rail-listing-merger-swap:2006/2015": _ELSEWHERE,
    "rail-listing-merger-swap:2006/2006": _KEPT_APART,
    "eyr-04:2009/2010": _ELSEWHERE,
    "eyr-06:2011/2010": _ELSEWHERE,
    "eyr-07:2006/2007": _ELSEWHERE,
    "eyr-08:1902/1901": _ELSEWHERE,
    "eyr-11:1904/1903": _ELSEWHERE,
    "eyr-14:1998/1996": _UNPAIRED,
    "eyr-16:1887/1885": _ELSEWHERE,
    "eyr-19:1978/1979": _ELSEWHERE,
    "eyr-20:1988/1989": _ELSEWHERE,
    "eyr-28:2014/2015": _ELSEWHERE,
    "eyr-29:1905/1903": _READ_AS_OTHER,
    "eyr-30:1900/1898": _READ_AS_OTHER,
    "eyr-31:1760/1762": _READ_AS_OTHER,
    "eyr-32:1998/1999": _ELSEWHERE,
    "eyr-33:1850/1852": _ELSEWHERE,
    "eyr-20:1862/1996": _KEPT_APART,
    "eyr-34:2014/2014": _KEPT_APART,
    "eyr-20": "false conflict: '1862' / '1996'",
    "eyr-29": "false conflict: '1905' / '1903'",
    "eyr-30": "false conflict: '1900' / '1898'",
    "eyr-08": "false conflict: '1902' / '1998'; '2016' / '1901'",
}
XFAIL.update(EVENT_YEARS_REVIEW_XFAIL)

# tests/data/pairs_far_counts_fresh.json: counts of one fact far apart and counts of two facts,
# written blind for the rule on counts an order of magnitude apart (thirteenth session); and
# what that rule and the verbs of a beginning cost elsewhere: two counts within ten times of
# each other paired once a far pair was forbidden (Murcia, Dublin), and a year of another
# beginning or of an unknown event paired by elimination (Saltburn, the Portobello
# campaign group formed in 2011).
FAR_COUNTS_XFAIL: dict[str, str] = {
    "fc-02:Dozens of flights/More than 200 flights": _READ_AS_OTHER,
    "fc-04:Scores of residents/More than 1,500 residents": _ELSEWHERE,
    "fc-14:8 cases/120 cases": _ELSEWHERE,
    "fc-15:A crowd of 41,000/6,000 fans": _ELSEWHERE,
    "fc-20:a majority of 2,105/just over 2,100": _ELSEWHERE,
    "fc-20:41,300 ballots/about 41,000 ballots": _ELSEWHERE,
    "fc-25:600 will be affordable/40% of the properties": _ELSEWHERE,
    "fc-25:240 objections/about 240 letters of objection": _ELSEWHERE,
    "fc-36:about 30 volunteers/Around 30 volunteer wardens": _ELSEWHERE,
    "fc-38:143 runs/Root's 143": _ELSEWHERE,
    "fc-34:more than 180 councillors/about 800 councillors": _KEPT_APART,
    "fc-35:More than 150 patients/47 patients": _KEPT_APART,
    "fc-31": "false conflict: 'more than a million' / 'some 100,000 workers'",
    "fc-35": "false conflict: 'More than 150 patients' / '47 patients'",
    "dublin-emergency-landing:166 passengers/172 people": _KEPT_APART,
    "ey-01": "false conflict: '1898' / '2011'",
    # The second event of a swap named by a light verb ("gained its new wing", "underwent
    # a major renovation") is read as no event, and no pair is made by elimination.
    "gallery-opened-extended-swap:extended in 2012/wing in 2004": _UNPAIRED,
    "stadium-open-renovate-swap:1995/1923": _UNPAIRED,
}
XFAIL.update(FAR_COUNTS_XFAIL)

# tests/data/pairs_fresh_m.json: the seventeenth held-out set (thirteenth session).
HELDOUT17_XFAIL: dict[str, str] = {
    "h17-06:More than 1,200/some 2,100": _ELSEWHERE,
    "h17-10:19 frogs/nine frog species": _ELSEWHERE,
    "h17-19:since 1987/more than three decades": _UNPAIRED,
    "h17-30:Vaughan, 15/14-year-old": _ELSEWHERE,
    "h17-32:around AD 200/third century": _ELSEWHERE,
    "h17-49:1,400 sewage spills/some 1,400 discharges": _ELSEWHERE,
    "h17-48:45.4C/0.7C": _KEPT_APART,
    "h17-42": "false conflict: '2019' / '2022'",
    "h17-48": "false conflict: '45.4C' / '0.7C'",
}
XFAIL.update(HELDOUT17_XFAIL)

# One length of time in two units (pairs_duration_units_fresh.json): what compare()
# still gets wrong.
DURATION_UNITS_XFAIL: dict[str, str] = {
    "dur18-14:10 days/a month": _UNPAIRED,
}
XFAIL.update(DURATION_UNITS_XFAIL)
# Changes written with a comparative after the figure (pairs_comparatives_fresh.json).
COMPARATIVES_XFAIL: dict[str, str] = {
    "cmp18-7:$300m less/$300m under budget": _ELSEWHERE,
    "cmp18-7:$1.2bn/$1.2bn": _ELSEWHERE,
    "cmp18-7": "false conflict: '$1.2bn' / '$300m'; '$300m' / '$1.2bn'",
    "cmp18-16:£6m more/£6m under budget": _ELSEWHERE,
    "cmp18-16:£48m/£48m": _ELSEWHERE,
    "cmp18-16": "false conflict: '£48m' / '£6m'; '£6m' / '£48m'",
    "cmp18-17:11% more/rose 4%": _UNPAIRED,
    "cmp18-19:160 million more/an increase of 60 million": _UNPAIRED,
    "cmp18-26:12 points more/by 12": _UNPAIRED,
}
XFAIL.update(COMPARATIVES_XFAIL)
# Levels and their changes (pairs_level_directions_fresh.json); its writer sets a level
# whose verbs differ against the other as a conflict, as compare() does.
LEVEL_DIRECTIONS_XFAIL: dict[str, str] = {
    "lvl18-5:31,000/31,000": _UNPAIRED,
    # The writers split: this set's holds a level reached in opposite directions a
    # conflict where the sizes of the change are compared too; the levels set's and
    # three held-out sets' hold it agrees, the direction judged on the sizes
    # (docs/compare.md, "Levels beside the sizes of their change").
    "lvl18-5:150,000/150,000": "the level agrees; the direction is judged on the sizes",
    "lvl18-9:up 9%/a 2% increase": _READ_AS_OTHER,
    "lvl18-9": "false conflict: '9%' / '2%'",
    "lvl18-24:7,650 points/7,650": _UNPAIRED,
    "lvl18-34:£1.2bn/£1.2bn": _KEPT_APART,
    "lvl18-35:9,000/9,000 jobs": _KEPT_APART,
}
XFAIL.update(LEVEL_DIRECTIONS_XFAIL)

# Ages in months, weeks or days (pairs_young_ages_fresh.json): what compare() still gets wrong.
YOUNG_AGES_XFAIL: dict[str, str] = {
    "yng18-1:18-month-old/one-and-a-half-year-old": _ELSEWHERE,
    "yng18-5:newborn/three-day-old": _UNPAIRED,
    "yng18-6:two-day-old/born two days earlier": _UNPAIRED,
    "yng18-7:three-day-old/born a week earlier": _UNPAIRED,
    "yng18-16:11-month-old/who was almost one": _UNPAIRED,
}
XFAIL.update(YOUNG_AGES_XFAIL)

# A reviewer's pairs at the eighteenth session's rules (pairs_review18_fresh.json).
REVIEW18_XFAIL: dict[str, str] = {
    "age-4:10-month-old/aged 10 months": _UNPAIRED,
    "age-7:century-old/150-year-old": _UNPAIRED,
    "age-9:28 days/28 days": _UNPAIRED,
    "age-11:18-month-old/18 months": _UNPAIRED,
    "op-5:£2.8bn/£2.8bn": _UNPAIRED,
    "sw-1:£5/£5": _ELSEWHERE,
    "sw-1:£799/£799": _ELSEWHERE,
    "sw-1:£5/£799": _KEPT_APART,
    "sw-1:£799/£5": _KEPT_APART,
    "sw-1": "false conflict: '£5' / '£799'; '£799' / '£5'",
}
XFAIL.update(REVIEW18_XFAIL)

# Sports results (pairs_sports_fresh.json): what compare() still gets wrong.
SPORTS_XFAIL: dict[str, str] = {
    "spo18-1:60,214/just over 60,000": _READ_AS_OTHER,
    "spo18-3:2-1/2-1": _READ_AS_OTHER,
    "spo18-6:12th/more than ten": _UNPAIRED,
    "spo18-8:4-2/2-4": _UNPAIRED,
    "spo18-9:5-3/3-4": _UNPAIRED,
    "spo18-15:Some 17,000/16,850": _UNPAIRED,
    "spo18-16:11th/12 league wins": _UNPAIRED,
    "spo18-18:2.1m/1.2 million": _UNPAIRED,
    "spo18-20:25m/25 metres": _UNPAIRED,
    "spo18-21:18,006/roughly 18,000": _READ_AS_OTHER,
    "spo18-24:fifth/four": _UNPAIRED,
}
XFAIL.update(SPORTS_XFAIL)
# The eighteenth held-out set (pairs_fresh_n.json): what compare() still gets wrong.
HELDOUT18_XFAIL: dict[str, str] = {
    "h18-money-4:63 hospitals/nine rural hospitals": _KEPT_APART,
    "h18-money-4": "false conflict: '63 hospitals' / 'nine rural hospitals'",
    "h18-count-5:twice/A brace": _UNPAIRED,
    # "a brace" is read only before "of": "twice", a count of times, takes "11 games".
    "h18-count-5:14 matches/11 games": _ELSEWHERE,
    "h18-count-5": "false conflict: 'twice' / '11 games'",
    "h18-percent-4": "false conflict: '28 per cent' / 'around a third of Greyford's voters'",
    "h18-measure-1:about 30C/33C": _KEPT_APART,
    "h18-date-4:400,000 copies/3 million copies": _KEPT_APART,
    "h18-date-4": "false conflict: '400,000 copies' / '3 million copies'",
    "h18-age-1:at 19/18-year-old": _UNPAIRED,
}
XFAIL.update(HELDOUT18_XFAIL)

# One number in two units, and 'plus' (pairs_units_plus_fresh.json): what compare()
# still gets wrong.
UNITS_PLUS_XFAIL: dict[str, str] = {
    "unit18-2:2,000 runners/2,000 runners": _READ_AS_OTHER,
    "unit18-20:$50,000/$50,000": _ELSEWHERE,
    "unit18-20": "false conflict: 'a $25,000 bonus' / '$50,000'",
}
XFAIL.update(UNITS_PLUS_XFAIL)


# A date against a year (claimdiff/date_years.py): a year after "since" bounds a period
# and dates no event ("cut since 2019"), though here it is the scheme's start.
XFAIL["bus-fare-cap-rise:January 2023/2023"] = "a year after 'since' is not paired with a date"


# The nineteenth held-out set (pairs_fresh_o.json): what compare() still gets wrong.
FRESH_O: dict[str, str] = {
    "h19-money-1:£3m/£8m": _UNPAIRED,
    "h19-percent-1": "false conflict: '14.1%' / '11.7 per cent'",
    "h19-direction-1": "false conflict: '4,300 homes' / 'about 3,900'",
    "h19-mixed-2": "false conflict: 'eight hours' / 'a single day'",
}
XFAIL.update(FRESH_O)

# Results and tallies in words (pairs_scores_words_fresh.json): margins ("by a majority
# of 25", "a two-goal victory") are not read as scores; a tally of votes stays two counts,
# paired count by count with another text's tally.
SCORES_WORDS: dict[str, str] = {
    "sc19-5:5-4/by five justices to four": _UNPAIRED,
    "sc19-6:312 to 287/by a majority of 25": _UNPAIRED,
    "sc19-13": "false conflict: '218-212' / '67-31'",
    "sc19-14:2-0/1-1": _KEPT_APART,
    "sc19-14": "false conflict: '2-0' / '1-1'",
    "sc19-16:a two-goal victory/3-1": _UNPAIRED,
    "sc19-17:2-1/a two-goal victory": _UNPAIRED,
    "sc19-19:81-74/81 to 77": _UNPAIRED,
    "sc19-23:32-22/by 13 points": _ELSEWHERE,
    "sc19-23": "false conflict: '12 points' / '13 points'",
    "sc19-24:by a majority of one/26 votes to 25": _UNPAIRED,
    "sc19-25:24-17/by ten points": _UNPAIRED,
    "sc19-27:10-2/eleven to one": _UNPAIRED,
    "sc19-28:4,312 to 1,189/by more than three to one": _UNPAIRED,
    "sc19-29:7-6, 3-6, 6-4/7-6 3-6 6-3": _UNPAIRED,
}
XFAIL.update(SCORES_WORDS)
XFAIL["sc19-8:6-4, 6-3/6-4 6-3"] = "each set is a score of its own: two findings, not one"
XFAIL["sc19-23:four tries to two/three tries to two"] = (
    "with no score word in its clause a tally is two counts: two findings, not one"
)
# Ages after "at" and a date against its year (pairs_at_ages_dates_fresh.json): an age
# after "at" is read only after the lexicon's cues; a season is read as its year; a text
# with two years pairs neither with a date; a date in another year than the other text's
# year conflicts only where the words around them meet (docs/compare.md).
AT_AGES_DATES: dict[str, str] = {
    "at19-1:19/19-year-old": _UNPAIRED,
    "at19-1:7.30pm/2.30pm": _KEPT_APART,
    "at19-1": "false conflict: '7.30pm' / '2.30pm'",
    "at19-2": "false conflict: '6pm' / '11am'",
    "at19-5:at 38/at 38": _UNPAIRED,
    "at19-5": "false conflict: '4.15am' / '9pm'",
    "at19-6": "false conflict: '£55' / 'more than $2 million'",
    "at19-7:17/aged 17": _ELSEWHERE,
    "at19-8:27/29": _UNPAIRED,
    "at19-10:34/at 36": _UNPAIRED,
    "at19-11:50/at the age of 50": _ELSEWHERE,
    "at19-11": "false conflict: '50' / '80 musicians'",
    "at19-12:at 20/21-year-old": _UNPAIRED,
    "at19-14:8am/9.05am": _KEPT_APART,
    "at19-14": "false conflict: '8am' / '9.05am'",
    "dy19-5:January 1, 2026/2026": _UNPAIRED,
    # A date in a year agrees with it since the thirty-first held-out round's writers and
    # a second blind set said so (docs/compare.md, "A date against a year"); this set's
    # writer said compatible.
    "dy19-1:April 2030/2030": _READ_AS_OTHER,
    "dy19-6:spring 2025/May 2025": _READ_AS_OTHER,
    "dy19-10:September 12, 2029/2029": _READ_AS_OTHER,
    "dy19-7:spring 2025/October 2025": _UNPAIRED,
    "dy19-13:early 2022/September 2022": _READ_AS_OTHER,
    "dy19-15:9 November 2019/autumn 2019": _UNPAIRED,
    "dy19-16:December 31, 2025/2026": _UNPAIRED,
}
XFAIL.update(AT_AGES_DATES)

# Years of events beside another figure of their sentence
# (pairs_event_years_figures_fresh.json): a year a verb of beginning or end governs is
# kept; one of any other event that also dates a figure is that figure's period, and
# different periods keep two amounts apart.
EVENT_YEARS_FIGURES: dict[str, str] = {
    "yb-10:3,800 metres/12,500 feet": _READ_AS_OTHER,
    "yb-12:2019/2020": _UNPAIRED,
    "yb-13:2014/2013": _UNPAIRED,
    "yb-13:$500m/$400 million": _UNPAIRED,
    "yb-14:1968/1966": _UNPAIRED,
    "yb-15:1992/1993": _UNPAIRED,
    "yb-18:1976/1978": _UNPAIRED,
    "yb-19:five members/four school friends": _UNPAIRED,
    "yb-24": "false conflict: '312 homicides' / '400 new officers'",
}
XFAIL.update(EVENT_YEARS_FIGURES)

# Months named alone (pairs_months_alone_fresh.json): a month after a word of time is a
# date of its days; beside another figure of its sentence it is that figure's period,
# compared only when the figures pair (docs/compare.md, 'Months alone').
MONTHS_ALONE: dict[str, str] = {
    "mb-5:November/November": "'scheduled for November': 'for' is no MONTH_CUES word",
    "mb-13": "false conflict: '3.8%' / '7 per cent'",
    "mb-17": "false conflict: '4.4%' / '3.5 percent'",
}
XFAIL.update(MONTHS_ALONE)
XFAIL["mis-menai-closure:18 months/eight-month shutdown"] = (
    "'from March' after the figure leaves it fewer words of its own to pair on"
)

# Years with two digits swapped (pairs_swapped_years_fresh.json): two years left over
# pair alone when one is the other's digits in another order, but events read apart
# still keep them apart (docs/compare.md, 'Years of events').
SWAPPED_YEARS: dict[str, str] = {
    "sy-1": "false conflict: 'three local clubs' / 'four stations'",
    "sy-17:1923/1932": _KEPT_APART,
    "sy-17": "false conflict: '1923' / '1932'",
    "sy-5:1954/1945": _UNPAIRED,
    "sy-13:1898/1988": _ELSEWHERE,
    "sy-13:2019/2019": _ELSEWHERE,
    "sy-13": "false conflict: '2019' / '1988'",
    "sy-21:2001/2010": _KEPT_APART,
    "sy-21": "false conflict: '2001' / '2010'",
    "sy-23:1738/1783": _KEPT_APART,
    "sy-23": "false conflict: '1738' / '1783'",
}
XFAIL.update(SWAPPED_YEARS)

# A reviewer's pairs at the twentieth session's rules (pairs_review20.json), written
# from the docs before the code was read: months of two events, months dating different
# figures, years of beginnings against years of totals.
REVIEW20: dict[str, str] = {
    "ry-4:2023/2022": _UNPAIRED,
    "ry-9:2016/2017": _UNPAIRED,
    "ry-9:41/41": _UNPAIRED,
    "rm-5:January/January": _ELSEWHERE,
    "rm-5:March/April": _ELSEWHERE,
    "rm-5:January/April": _KEPT_APART,
    "rm-5:March/January": _KEPT_APART,
    "rm-5": "false conflict: 'January' / 'April'",
    "rm-11:March/April": _UNPAIRED,
    # "the year to March" and "the twelve months to April" are two years to two months,
    # neither month a date to compare the figure through: kept apart (thirtieth session).
    "rm-11:5%/5%": _UNPAIRED,
}
XFAIL.update(REVIEW20)

# A hedged figure against an exact one (pairs_hedged_exact_fresh.json), written blind in
# the twentieth session to test reading a one-sided hedge ('nearly', 'just over')
# against a different figure as compatible: the writer called most such pairs agree (21
# right with that reading, 26 without), and it was not kept.
HEDGED_EXACT: dict[str, str] = {
    "hb-4:78mph/50mph": _KEPT_APART,
    "hb-4": "false conflict: '78mph' / '50mph'",
    "hb-18:around £2m/£2.3m": _READ_AS_OTHER,
    "hb-23:About 50/54": _READ_AS_OTHER,
    "hb-27:Approximately 3.2 million/3.4 million": _READ_AS_OTHER,
}
XFAIL.update(HEDGED_EXACT)

# The twentieth held-out set (pairs_fresh_p.json), written blind at the twentieth
# session's start and scored only then and at its end (30 right both times).
FRESH_P: dict[str, str] = {
    "h20-money-1": "false conflict: '£650,000' / '4.2 million pounds'",
    "h20-count-3:230 acts/230": _UNPAIRED,
    "h20-count-5:nine/7": _UNPAIRED,
    "h20-percent-1:3.2%/3.2 per cent": _ELSEWHERE,
    "h20-percent-1:5.1%/5.7 per cent": _ELSEWHERE,
    "h20-percent-1": "false conflict: '3.2%' / '5.7 per cent'",
    "h20-percent-2:47%/41 percent": _ELSEWHERE,
    "h20-percent-2": "false conflict: '50%' / '41 percent of eligible voters'",
    "h20-year-2:£6m/£16m": _UNPAIRED,
    "h20-year-3:1982/1982": _KEPT_APART,
    "h20-duration-1:14 operators/13 companies": _UNPAIRED,
    "h20-duration-2:Four others/four charges": _KEPT_APART,
    "h20-direction-4:dropped by 4%/went up 4 per cent": _KEPT_APART,
    "h20-direction-4": "false conflict: '4%' / '4 per cent'",
    "h20-direction-5:about $82/$81.90": _READ_AS_OTHER,
    "h20-mixed-5:2,300-year-old/3rd century BC": _UNPAIRED,
}
XFAIL.update(FRESH_P)

_OUTWEIGHED_SAME = "a far pair with over twice the same figure's evidence keeps it"
# A figure far from its rival gives way to the same figure written in the other text
# (assignment.yield_to_same_figures): mended 34 items; these three it made.
XFAIL["leinster-munster-halves-swap:19 points/eight points"] = (
    "a swap of figures more than twice apart: the same figure wins over the halves' words"
)
XFAIL["leinster-munster-halves-swap:8 after the interval/eight points"] = (
    "a swap of figures more than twice apart: the same figure wins over the halves' words"
)
XFAIL["money-landlord-fine:£30,000/thirty thousand pounds"] = _OUTWEIGHED_SAME
XFAIL["money-landlord-fine:£4,500/thirty thousand pounds"] = _OUTWEIGHED_SAME
XFAIL["money-landlord-fine"] = "false conflict: '£4,500' / 'thirty thousand pounds'"
XFAIL["murder_trial_son_witness:61/54"] = (
    "with the 23s paired, the last two ages left (the judge's, the father's) pair alone"
)

# One figure written in both texts against a rival far from it
# (pairs_same_figure_fresh.json): a far pair gives way to the same figure
# (assignment.yield_to_same_figures); controls misreport a figure ten times over beside
# an equal figure of another fact.
SAME_FIGURE: dict[str, str] = {
    "sf-23:4.5%/45%": _ELSEWHERE,
    "sf-23:4.5%/4.5%": _KEPT_APART,
    "sf-31:five years/five years": _KEPT_APART,
}
XFAIL.update(SAME_FIGURE)

# Counts of accounts, jobs, homes and the like said with an event verb in one text and
# another noun in the other (pairs_counted_nouns_fresh.json), written blind for a rule
# reading every own noun of a class that is no toll as naming what is counted: it lost
# two (26 -> 24) and was not kept.
COUNTED_NOUNS: dict[str, str] = {
    "cb-17:3 million users/340,000 accounts": _UNPAIRED,
    "cb-28:Some 12,500 members/30,000 members": _KEPT_APART,
    "cb-28": "false conflict: 'Some 12,500 members' / '30,000 members'",
    "cb-31:800 employees/1,100 workers": _KEPT_APART,
    "cb-31": "false conflict: '800 employees' / '1,100 workers'",
}
XFAIL.update(COUNTED_NOUNS)

# Counts more than ten times apart (pairs_far_tolls_fresh.json): one toll misreported
# pairs, a part and its whole of a standing class do not (docs/compare.md, 'Counts an
# order of magnitude apart').
FAR_TOLLS: dict[str, str] = {
    "fc20-3:27 flights/400 flights": _UNPAIRED,
    "fc20-11:19 trains/250 trains": _UNPAIRED,
}
XFAIL.update(FAR_TOLLS)

# Lengths of time, several in each report (pairs_lengths_two_units_fresh.json): one
# length in two units pairs as a word in common would; the same length of two things is
# the controls'.
LENGTHS_TWO_UNITS: dict[str, str] = {
    "lb-2:18 months/year-and-a-half": _UNPAIRED,
    "lb-10": "false conflict: 'just under two years' / '14 months'",
    "lb-13:45 minutes/three-quarters of an hour": _ELSEWHERE,
    "lb-13:two hours/90 minutes": _ELSEWHERE,
    "lb-13": "false conflict: '45 minutes' / '90 minutes'",
    "lb-15:three days/72-hour": _KEPT_APART,
    "lb-16:eight weeks/six weeks": _UNPAIRED,
    "lb-16:12-month/12 months": _KEPT_APART,
    "lb-17:eight years/eight years": _KEPT_APART,
    "lb-18:six-hour/six hours": _KEPT_APART,
    "lb-19:10 days/ten days": _KEPT_APART,
    "lb-20:nearly two years/23rd month": _UNPAIRED,
    "lb-21:two hours/two hours": _KEPT_APART,
    "lb-22:four days/four days": _KEPT_APART,
    "lb-23:five-year/five years": _KEPT_APART,
    "lb-24:six weeks/six-week": _KEPT_APART,
}
XFAIL.update(LENGTHS_TWO_UNITS)

# A second reviewer's pairs at the twentieth session's late rules
# (pairs_review20b.json), written from the docs before the code was read: the same
# figure against a far pair, tolls ten times apart, lengths in two units.
REVIEW20B: dict[str, str] = {
    "rb-y1:£650,000/£4.2 million": _ELSEWHERE,
    "rb-y1:£4.2m/£4.2 million": _KEPT_APART,
    "rb-y3:19/71-year-old": _ELSEWHERE,
    "rb-y3:71/71-year-old": _KEPT_APART,
    "rb-t2:12/150": _KEPT_APART,
    "rb-t2": "false conflict: '12 people' / '150 people'",
    "rb-t6:250/4,000": _UNPAIRED,
}
XFAIL.update(REVIEW20B)


# Counts named by a general word of the writer's own (pairs_general_words_fresh.json),
# written blind for the rule on general nouns: people by two roles with two figures,
# kinds WordNet files under rarer senses, and households against customers.
GENERAL_WORDS: dict[str, str] = {
    "gw-21:340 lobsters/More than 900 shellfish": _UNPAIRED,
    "gw-24:About 200 marine mammals/Around 60 grey seals": _UNPAIRED,
}
XFAIL.update(GENERAL_WORDS)


# Levels beside the sizes of their change (pairs_levels_sizes_fresh.json): levels
# misread as compatible or agreeing within rounding, and percentages of two things
# paired as the last left; 'fell to a median of' gives no direction.
LEVELS_SIZES: dict[str, str] = {
    "lv-8:3.6%/6.5 per cent": _KEPT_APART,
    # "reached £2.7bn", "reached 3.1m": a comparison's level, no end of a change.
    "lv-15:3.1 metres/3.1m": _READ_AS_OTHER,
    "lv-28:£2.7bn/£2.7 billion": _READ_AS_OTHER,
    "lv-8": "false conflict: '3.6%' / '6.5 per cent'",
    "lv-9:$4.6bn/$4.62 billion": _READ_AS_OTHER,
    "lv-9:3%/3.2 percent": _READ_AS_OTHER,
    "lv-9": "false conflict: '3%' / '3.2 percent'",
    "lv-11:7.09%/7 percent": _KEPT_APART,
    "lv-21:€340,000/€338,000": _READ_AS_OTHER,
    "lv-25:A$795,000/A$795,000": _READ_AS_OTHER,
    "lv-26:1.1 percentage points/7.5 percentage points": _KEPT_APART,
    "lv-26": "false conflict: '1.1 percentage points' / '7.5 percentage points'",
    "lv-27": "false conflict: '151.2p' / '$82 a barrel'",
}
XFAIL.update(LEVELS_SIZES)


# A reviewer's pairs at the twenty-first session's rules (pairs_review21.json): a #
# general noun's count of another set ('60,000 seats', '52,000 fans'; '23 seats' beside
# '40 candidates' where the same figure stands bare), a hypernym's total larger than
# its # kind read as near ('25,000 chickens', '40,000 birds'), a listed plural before a
# reduced relative clause ('40 arms smugglers had hidden'), and lengths of two facts #
# swapped across units.
REVIEW21: dict[str, str] = {
    "rv21-3:60,000 seats/52,000 fans": _KEPT_APART,
    "rv21-3": "false conflict: '60,000 seats' / '52,000 fans'",
    "rv21-4:30 outlets/12": _ELSEWHERE,
    "rv21-4:30 outlets/30 stores": _KEPT_APART,
    "rv21-7:23 seats/23": _ELSEWHERE,
    "rv21-7:23 seats/40 candidates": _KEPT_APART,
    "rv21-7": "false conflict: '23 seats' / '40 candidates'",
    "rv21-8:25,000 chickens/40,000 birds": _KEPT_APART,
    "rv21-8": "false conflict: '25,000 chickens' / '40,000 birds'",
    "rv21-17:40 arms/40 weapons": _UNPAIRED,
    "rv21-18:18 months/24 months": _ELSEWHERE,
    "rv21-18:two years/a year and a half": _ELSEWHERE,
    "rv21-18:18 months/a year and a half": _KEPT_APART,
    "rv21-18:two years/24 months": _KEPT_APART,
}
XFAIL.update(REVIEW21)


# Counts of customers against homes, accounts, passengers and the like #
# (pairs_customers_fresh.json), written blind for 'customer' as a general noun: a #
# control of customers compensated against homes still cut off, a service's paying #
# customers against its users, and passengers WordNet keeps from customers.
CUSTOMERS: dict[str, str] = {
    "cu-8:18,412 customers/Nearly 18,500 season ticket holders": _READ_AS_OTHER,
    "cu-21:9,000 customers/1,300 homes": _KEPT_APART,
    "cu-21": "false conflict: '9,000 customers' / '1,300 homes'",
    "cu-28:5 million paying customers/22 million users": _KEPT_APART,
    "cu-28": "false conflict: '5 million paying customers' / '22 million users'",
}
XFAIL.update(CUSTOMERS)


# The twenty-first held-out set (pairs_fresh_q.json), scored at the session's start and
# end (34 right both times): hedged or round figures near an exact one that its writer
# calls compatible, the same figure of two facts paired ('2,000 runners', '2,000 #
# volunteers'; '15%' of two groups), counts of one group by two nouns, years read as two
# events, and figures left over paired by elimination.
FRESH_Q: dict[str, str] = {
    "h21-money-4:40 narrow-body jets/fourteen aircraft": _ELSEWHERE,
    "h21-money-4": "false conflict: '40 narrow-body jets' / '63 destinations'",
    "h21-money-5:€500,000/€512,300": _READ_AS_OTHER,
    "h21-money-5:2,000 runners/2,000 volunteers": _KEPT_APART,
    "h21-percent-3:15%/15 per cent": _KEPT_APART,
    "h21-measure-5:40 hectares/about 100 acres": _READ_AS_OTHER,
    "h21-age-2": "false conflict: '9' / 'eight'",
    "h21-year-2": "false conflict: 'five generations' / '3 England captains'",
    "h21-year-4:1994/1991": _UNPAIRED,
    "h21-duration-2": "false conflict: '3 addresses' / '2 burglaries'",
    "h21-direction-4:down 11%/rose by 11 per cent": _KEPT_APART,
    "h21-direction-4": "false conflict: '11%' / '11 per cent'",
    "h21-mixed-3:400/400,000 doses": _KEPT_APART,
    "h21-mixed-3": "false conflict: '400 of the fatalities' / '400,000 doses'",
    "h21-mixed-5:£200/£200": _KEPT_APART,
}
XFAIL.update(FRESH_Q)


# The second review's pairs (pairs_review21b.json), at customers as a general noun: a #
# firm's whole base paired with those affected, staff against jobs, hedged figures its #
# writer calls agreeing, and 'A total of 14 lives' read as a count of a total.
REVIEW21B: dict[str, str] = {
    "rv21b-2:2 million users/2.5 million customers": _ELSEWHERE,
    "rv21b-2:24 million customers/2.5 million customers": _KEPT_APART,
    "rv21b-2": "false conflict: '24 million customers' / '2.5 million customers'",
    "rv21b-3:16,000 homes/16,000 customers": _ELSEWHERE,
    "rv21b-3:160,000 customers/16,000 customers": _KEPT_APART,
    "rv21b-3": "false conflict: '160,000 customers' / 'Around 16,000 customers'",
    "rv21b-4:9,000 homes/9,500 customers": _READ_AS_OTHER,
    "rv21b-6:1,200 staff/1,500 jobs": _UNPAIRED,
    "rv21b-9:45,000 accounts/48,000 users": _UNPAIRED,
}
XFAIL.update(REVIEW21B)


# Relative dates against absolute ones (pairs_relative_dates_fresh.json), written blind
# for the rule of claimdiff/relative_dates.py: 'last month' against 'March', 'this year'
# against '2025' are one event's date a reader cannot check without the publication
# date (compatible). Left: dates whose sentences share no figure and no verb of one
# meaning ('to launch its lunar orbiter next year', 'due to lift off in 2026').
RELATIVE_DATES: dict[str, str] = {
    # Tied by their sentences' words or figures, though of two events: "Water bills rose
    # 4% last month" and "will review the utility's charges in September" share the
    # verbs "bill" and "charge"; "will open later this year with 14 stations" and "which
    # has 14 stations, began in 2019" share a figure.
    "rl-2:next spring/April": _UNPAIRED,
    "rl-4:October/next month": _UNPAIRED,
    "rl-5:earlier this month/Monday": _UNPAIRED,
    "rl-5:25 cents/25 cents": _ELSEWHERE,
    "rl-5:$2.75/$2.75": _ELSEWHERE,
    "rl-5": "false conflict: '$2.75' / '25 cents'",
    "rl-7:next year/2026": _UNPAIRED,
    "rl-8:this autumn/October": _UNPAIRED,
    "rl-9:August/last month": _UNPAIRED,
    "rl-9:3.1%/3.1%": _ELSEWHERE,
    "rl-9:4.4%/4.4%": _ELSEWHERE,
    "rl-9": "false conflict: '3.1%' / '4.4%'",
    "rl-14:18,000/20,000": _READ_AS_OTHER,
    "rl-20:later this year/November": _UNPAIRED,
}
XFAIL.update(RELATIVE_DATES)


# (pairs_people_words_fresh.json), written blind for the rule that each report's only
# count of people is one group: predicates read from a noun ('employees', 'inhabitants')
# still clash with a toll, the far-apart rule keeps 1.28 million from 3.5 million, and
# two controls pair.
PEOPLE_WORDS: dict[str, str] = {
    "pw-12:Nearly 2,000 passengers/About 2,000 travellers": _READ_AS_OTHER,
    "pw-16:1.28 million demonstrators/3.5 million workers": _UNPAIRED,
    "pw-25:45 residents/60 soldiers": _KEPT_APART,
    "pw-25": "false conflict: '45 residents' / '60 soldiers'",
    "pw-30:24 crew members/12 masked commandos": _KEPT_APART,
    "pw-30": "false conflict: '24 crew members' / '12'",
    "pw-32:nearly 12,000 pounds/12,000-pound ball": _READ_AS_OTHER,
    # The only lengths of each text pair, a blast "felt up to 10 miles away" and "a 1-mile
    # radius"; read as a peak, the reach conflicts where it was compatible.
}
XFAIL.update(PEOPLE_WORDS)


# (pairs_year_beginnings_fresh.json), written blind for the readings of phrasal verbs,
# 'since' and a name's year: years of two things' beginnings pair (nothing reads which
# thing began), a durative verb before 'since' ('has guided ships since 1856') is read
# as its own event, and a decade against a year is left.
YEAR_BEGINNINGS: dict[str, str] = {
    "yob-1": "false conflict: '1961' / '1997'",
    "yob-15:2000/2000s": _UNPAIRED,
    "yob-15": "false conflict: '2003' / '2015'",
    "yob-17": "false conflict: '20 new turboprops' / '34 cities'",
    "yob-18:2014/2015": _UNPAIRED,
    "yob-20:1851/1853": _UNPAIRED,
    "yob-20:1970s/1974": _UNPAIRED,
    "yob-21": "false conflict: '2019' / '2022'",
    "yob-23:1854/1856": _UNPAIRED,
    "yob-24:2006/2004": _UNPAIRED,
    "yob-25:2014/2019": _KEPT_APART,
    "yob-25": "false conflict: '2014' / '2019'",
    "yob-27:1990/2008": _KEPT_APART,
    "yob-27": "false conflict: '1990' / '2008'",
    "yob-28:2003/2018": _KEPT_APART,
    "yob-28": "false conflict: '2003' / '2018'",
    "yob-29": "false conflict: '2018' / '2016'",
    "yob-30:2021/2026": _KEPT_APART,
    "yob-30": "false conflict: '2021' / '2026'",
    "yob-31:1902/2011": _KEPT_APART,
    "yob-31": "false conflict: '1902' / '2011'",
    "yob-35": "false conflict: '1950s' / '2012'",
}
XFAIL.update(YEAR_BEGINNINGS)


# (pairs_times_before_nouns_fresh.json), written blind for times in figures read before
# the noun they qualify: two things' times pair where their words meet (a train's
# departure and its late arrival), 'o'clock' and a time after 'until' are not read, and
# 'magnitude-5.8' is no figure.
TIMES_BEFORE_NOUNS: dict[str, str] = {
    "tbn-3:10pm/10 o'clock at night": _UNPAIRED,
    "tbn-7:5 p.m./5:00 p.m.": _UNPAIRED,
    "tbn-11:about 600 foot passengers and drivers/Roughly 600 travellers": _UNPAIRED,
    "tbn-13:midnight/6pm": _UNPAIRED,
    "tbn-21:6.12am/9.40am": _KEPT_APART,
    "tbn-21": "false conflict: '6.12am' / '9.40am'",
    "tbn-22:10:40 a.m./2:15 p.m.": _KEPT_APART,
    "tbn-22": "false conflict: '10:40 a.m.' / '2:15 p.m.'",
    "tbn-23:About 35,000 tickets/35,000 ticket holders": _UNPAIRED,
    "tbn-23:12.30pm/9.30am": _KEPT_APART,
    "tbn-23": "false conflict: '12.30pm' / '9.30am'",
    "tbn-24:2 p.m./8 p.m.": _KEPT_APART,
    "tbn-24": "false conflict: '2 p.m.' / '8 p.m.'",
    "tbn-25:5am/5am": _KEPT_APART,
    "tbn-26:10 a.m./3 p.m.": _KEPT_APART,
    "tbn-26": "false conflict: '10 a.m.' / '3 p.m.'",
    "tbn-27:6pm/11am": _KEPT_APART,
    "tbn-27": "false conflict: '6pm' / '11am'",
    "tbn-28:3:42 a.m./9 a.m.": _KEPT_APART,
    "tbn-28": "false conflict: '3:42 a.m.' / '9 a.m.'",
    "tbn-29:5.04am/1am": _KEPT_APART,
    "tbn-29": "false conflict: '5.04am' / '1am'",
    "tbn-30:6:50 p.m./12:35 a.m.": _KEPT_APART,
    "tbn-30": "false conflict: '6:50 p.m.' / '12:35 a.m.'",
}
XFAIL.update(TIMES_BEFORE_NOUNS)


# (pairs_two_figures_units_fresh.json), two figures of one kind in each report, one
# written in another unit: the same figure pairs across a swap of roles, a bound against
# its opposite bound ('below 30C', 'above 30 degrees') is read as two facts apart, and a
# hedge's reach makes 1,500 and 'some 2,000' compatible.
TWO_FIGURES_UNITS: dict[str, str] = {
    "tfu-9:30C/30 degrees": _READ_AS_OTHER,
    "tfu-22:1,500 barrels/2,000 barrels": _READ_AS_OTHER,
    "tfu-25:five-day/three days": _ELSEWHERE,
    "tfu-25:72 hours/five days": _ELSEWHERE,
    "tfu-25:five-day/five days": _KEPT_APART,
    "tfu-25:72 hours/three days": _KEPT_APART,
    "tfu-26:eight kilometres/5,000 metres": _ELSEWHERE,
    "tfu-26:5km/8km": _ELSEWHERE,
    "tfu-26:eight kilometres/8km": _KEPT_APART,
    "tfu-26:5km/5,000 metres": _KEPT_APART,
}
XFAIL.update(TWO_FIGURES_UNITS)


# (pairs_review22.json), a reviewer's at the twenty-second session's rules: two groups
# of people each its text's only count pair ('20 soldiers' in one attack, '20 civilians'
# in another), and years of two things' beginnings, or a beginning and an end, pair
# where each text gives one.
REVIEW22: dict[str, str] = {
    "rv22-5:20 soldiers/20 civilians": _KEPT_APART,
    "rv22-17:1989/2004": _KEPT_APART,
    "rv22-17": "false conflict: '1989' / '2004'",
}
XFAIL.update(REVIEW22)


# (pairs_beginnings_endings_fresh.json), one year in each report, of a beginning against
# an end or of one event: 'shut in 2011' (a lemma as written) names no event, an ordinal
# ('50th') is no figure, and two ends named by verbs WordNet keeps apart ('split',
# 'called it a day') stay unpaired.
BEGINNINGS_ENDINGS: dict[str, str] = {
    "bge-22:1989/1990": _UNPAIRED,
    "bge-23:120/120": _UNPAIRED,
}
XFAIL.update(BEGINNINGS_ENDINGS)


# (pairs_fresh_r.json), the twenty-second held-out set: a part of a count ('21 of them
# uncontained'), an age bound after its figure ('aged 65 and older'), years and wickets
# of two facts paired alone, a hedged figure the writer calls compatible, a target
# against an outcome ('target is 26 weeks'), a compound's modifier as the other's noun
# ('11 convenience store robberies').
HELD_OUT_R: dict[str, str] = {
    "h22-count-5:21 of them uncontained/12 still not under control": _ELSEWHERE,
    "h22-count-5:Around 2,000 volunteers/Fewer than 1,500 firefighters": _UNPAIRED,
    "h22-count-5": "false conflict: '21' / '14 regions'",
    "h22-percent-2:over 65/aged 65 and older": _READ_AS_OTHER,
    "h22-age-4:412 first-class wickets/61 wickets": _KEPT_APART,
    "h22-age-4": "false conflict: '412 first-class wickets' / '61 wickets'",
    "h22-age-5:102-year-old/Keller, 102": _ELSEWHERE,
    "h22-age-5": "false conflict: '90' / '102'",
    "h22-duration-2:target is 26 weeks/31 weeks a year ago": _KEPT_APART,
    "h22-duration-2": "false conflict: '26 weeks' / '31 weeks'",
}
XFAIL.update(HELD_OUT_R)
# A hold-up's length against a delay, kept apart since delays have a block of their own
# (docs/compare.md, "Blocks").
_HOLD_UP = "a hold-up's length ('stuck for', 'resumed two hours later') is no delay as read"
XFAIL.update(
    {
        "tbn-4:two hours later/about two hours": _HOLD_UP,
        # A break's length is not read as a record's span: breaks are as often lengths
        # of their own ("a 20-minute break for rain"; docs/claims.md).
        "hokitika-wildfoods:two-year/two years": "a break's length against a record's span",
    }
)


# (pairs_delays_records_fresh.json) lengths of time that are delays or records' spans,
# and ages of groups: 'a week of sea trials' not read as a length, a hanging hyphen's
# age ('16- and 17-year-olds'), a group named by its age against a general word.
DELAYS_RECORDS: dict[str, str] = {
    "dl-26:16- and 17-year-olds/aged 16 and 17": (
        "two ages each side, paired one by one (16 with 16, 17 with 17); the gold names them as one"
    ),
    "dl-8:Five days of sea trials/almost a week of sea trials": _UNPAIRED,
    "dl-27:two 8-year-olds/Two boys, both aged eight": "found twice",
    "dl-34:Two 14-year-olds/Two teenagers": _READ_AS_OTHER,
}
XFAIL.update(DELAYS_RECORDS)


# (pairs_predicate_words_fresh.json) counts beside words of tolls that are not theirs:
# one group named two ways left unpaired ('80 crew members', '80 firefighters'), two
# groups of one noun paired, a compound WordNet lacks ('bushfires') paired by its word
# in the other text.
PREDICATE_WORDS: dict[str, str] = {
    "pdw-15:80 crew members/80 firefighters": _UNPAIRED,
    "pdw-17:58 bushfires/58 homes": _KEPT_APART,
    "pdw-22:310 passengers/31 passengers": _KEPT_APART,
    "pdw-23": "false conflict: 'More than 60 rescuers' / 'Seven people'",
    "pdw-24:33 players/six players": _KEPT_APART,
    "pdw-24": "false conflict: '33 players' / 'six players'",
    "pdw-26": "false conflict: '19' / 'Twenty-three police officers'",
    "pdw-30:6 inches/Nearly 6 inches": _READ_AS_OTHER,
    "pdw-30": "false conflict: '40 low-water crossings' / '27 high-water calls'",
}
XFAIL.update(PREDICATE_WORDS)


# (pairs_standing_fresh.json) those sent to an incident against a place's standing
# totals: groups named two ways ('1,500 soldiers' / 'About 800 troops', 'eleven miners'
# / 'nine workers'), a standing total with its verb ('has 750 members'), customers
# against homes.
STANDING: dict[str, str] = {
    "sd-8:1,500 soldiers/About 800 troops": _UNPAIRED,
    "sd-16:has 750 members/570 members": _UNPAIRED,
    "sd-23:eleven miners/nine workers": _ELSEWHERE,
    "sd-23": "false conflict: 'Some 70 rescue workers' / 'nine workers'",
}
XFAIL.update(STANDING)


# (pairs_review23.json) a reviewer's, at the twenty-third session's rules: 'held up for'
# of a robbery read as a delay, a standing total that is the responders, ranges of ages
# that overlap, 'postponed ... by a month' not read, '14 months' within a year's
# rounding.
REVIEW23: dict[str, str] = {
    "rv23-18:45 firefighters/All 45": _UNPAIRED,
    "rv23-19:3,000 residents/3,000": _UNPAIRED,
    "rv23-20:three weeks/a month": _UNPAIRED,
    "rv23-22:14 months/a year": _READ_AS_OTHER,
}
XFAIL.update(REVIEW23)


# (pairs_fresh_s.json), the twenty-third held-out set: a hedged figure the writer calls
# compatible, two parties' shares paired, those evacuated against firefighters whose
# verb another count took, dates and a length of two events paired alone ('October 2024'
# launch, 'December 2026' arrival; '15 days' against 'five days earlier'), a same figure
# lost to a near rival ('jailed for six years' / 'six years in prison'), a count against
# its attributive form ('45-turbine').
HELD_OUT_S: dict[str, str] = {
    "h23-money-1:54 to 12/52 to 14": "found twice",
    "h23-percent-1:3.2% in March/3.1% in March": "found twice",
    "h23-percent-3:30.6%/31.9 percent": _KEPT_APART,
    "h23-percent-3": "false conflict: '30.6% of the vote' / '31.9 percent'",
}
XFAIL.update(HELD_OUT_S)


# Counts named two ways (pairs_count_names_fresh.json): a group counting someone else, a
# margin, a backlog read as a group.
COUNT_NAMES: dict[str, str] = {
    "cn-11:14 podiums/14 podium finishes": _UNPAIRED,
    "cn-18": "false conflict: '62% of teachers' / '6.5%'",
    "cn-25": "false conflict: '45 comedy shows' / '38'",
    "cn-26:a gang of 5/5 security guards": _KEPT_APART,
    "cn-28:a flock of 200/200 birdwatchers": _KEPT_APART,
}
COUNT_NAMES["rv21b-18:2,000/2,000 residents"] = (
    "'a poll of 2,000' counts who was polled, not a figure of unknown things"
)
XFAIL.update(COUNT_NAMES)


# Years left over (pairs_lone_years_fresh.json): near years of two events, beginnings of
# two things read as one, ordinals and anniversaries not read.
LONE_YEARS: dict[str, str] = {
    "ly-3:£11m/about £11 million": _READ_AS_OTHER,
    "ly-6:first elected in 1999/since 2007": _UNPAIRED,
    "ly-9:launched in 2018/extended in 2021": _KEPT_APART,
    "ly-9": "false conflict: '2018' / '2021'",
    "ly-11:by 40%/about 40 percent": _READ_AS_OTHER,
    "ly-13:60th anniversary/Sixty years": _UNPAIRED,
    "ly-15:crowd of 4,300/4,312 fans": _READ_AS_OTHER,
    "ly-16:in 10 weeks/about two and a half months": _READ_AS_OTHER,
    "ly-19:between March and May/over three months": _UNPAIRED,
    "ly-20:since 1978/in 1987": _UNPAIRED,
    "ly-23:cutting 140 jobs/About 140 workers": _READ_AS_OTHER,
    "ly-26:1,200 roof slates/Around 1,200 slates": _READ_AS_OTHER,
    "ly-28:100th anniversary/a century": _UNPAIRED,
    "ly-29:since 2015/in 2019": _KEPT_APART,
    "ly-29": "false conflict: '2015' / '2019'",
}
XFAIL.update(LONE_YEARS)
# Read wrong once "a single" counts one (docs/claims.md, "Counts of one"): the count takes
# words that tied two amounts, and leftovers pair with it.
XFAIL.update(
    {
        "hospice-charity-appeal:more than £300,000/Some £340,000": _ELSEWHERE,
        "hospice-charity-appeal:£25,000/£52,000": _ELSEWHERE,
        "hospice-charity-appeal": "false conflict: 'more than £300,000' / '£52,000'",
        "mis-car-plant-jobs": "false conflict: 'two electric models' / 'a single shift'",
    }
)


# A review's pairs (pairs_review24.json): a synonym of an act's verb, groups and shared
# words that still pair, years tied by their words.
REVIEW24: dict[str, str] = {
    "rv24-4:46 branch closures/46 branches": _UNPAIRED,
    "rv24-7:12 fire stations/12 fire engines": _KEPT_APART,
    "rv24-17:2014/2018": _KEPT_APART,
    "rv24-17": "false conflict: '2014' / '2018'",
    "rv24-18:1971/1994": _KEPT_APART,
    "rv24-18": "false conflict: '1971' / '1994'",
    "rv24-20:2010/2001": _KEPT_APART,
    "rv24-20": "false conflict: '2010' / '2001'",
    "rv24-23:40 people carriers/40 people": _KEPT_APART,
    "rv24-24:1,200 children/1,200 children": _UNPAIRED,
}
XFAIL.update(REVIEW24)
# A compound counting acts on a thing meets a count of the thing only where the other
# text names the act by a verb WordNet derives its noun with (docs/compare.md).
_NO_ACT_VERB = "the other text names the act by no verb derived with its noun"
XFAIL.update(
    {
        "hadley-keeper-retires:14 Tests/41 Test appearances": _NO_ACT_VERB,
        "count-london-marathon:14 new world records/fourteen record attempts": _NO_ACT_VERB,
        "h18-direction-3:450,000 spill events/about 450,000 spills": _NO_ACT_VERB,
        "h22-mixed-3:11 convenience store robberies/11 convenience stores": _NO_ACT_VERB,
        "cn-2:8 cars/9 car break-ins": _NO_ACT_VERB,
        "cn-8:Five tornadoes/6 tornado touchdowns": _NO_ACT_VERB,
        "cn-24:a herd of 600/600 dairy farms": "'a herd of' counts unknown things",
    }
)


# Rates of named things (pairs_subjects_fresh.json): no reading of what a rate is of
# yet; secondary figures of different things pair as the last ones left.
SUBJECTS: dict[str, str] = {
    "sj-2:rose by 11%/rose 11 per cent": _KEPT_APART,
    "sj-5:reached 79.2%/Nearly 80%": _READ_AS_OTHER,
    "sj-5:coverage was 41.5%/fell to 38 per cent": _KEPT_APART,
    "sj-5": "false conflict: '41.5%' / '38 per cent'",
    "sj-7:slipped to 12%/gained a point to 19 per cent": _KEPT_APART,
    "sj-7": "false conflict: '12%' / '19 per cent'",
    "sj-9:jumped 47%/up 52 per cent": _ELSEWHERE,
    "sj-9": "false conflict: '47%' / '70 per cent'",
    "sj-10:rose 0.4%/around 0.5%": _READ_AS_OTHER,
    "sj-10:dropped 2.2%/increase 2.2%": _KEPT_APART,
    "sj-10": "false conflict: '0.4%' / 'around 0.5%'",
    "sj-11:rose by 9%/improved by 6 per cent": _KEPT_APART,
    "sj-11": "false conflict: '9%' / '6 per cent'",
    "sj-13:slowed to 2.4%/eased to 2.6 per cent": _ELSEWHERE,
    "sj-13": "false conflict: '2.4%' / '6.9 per cent'",
    "sj-14:down 21%/surged 39%": _KEPT_APART,
    "sj-14": "false conflict: '21%' / '39%'",
    "sj-15:increased by 7.6%/grew 8.4 per cent": _KEPT_APART,
    "sj-15": "false conflict: '7.6%' / '8.4 per cent'",
    "sj-16:was 78.6%/increased to 79.5 per cent": _KEPT_APART,
    "sj-16": "false conflict: '78.6%' / '79.5 per cent'",
    "sj-19:fell 3%/around 3 per cent": _READ_AS_OTHER,
    "sj-22:Turnout was 59.7%/Some 60 per cent": _READ_AS_OTHER,
}
XFAIL.update(SUBJECTS)


# The twenty-fourth held-out set (pairs_fresh_t.json), read after the session's end:
# dates of a range against a beginning and an end, adjective years, swapped rates.
HELD_OUT_T: dict[str, str] = {
    "h24-count-2:17 people/12 suspects": _UNPAIRED,
    "h24-count-5:within 3km/10km zone": _UNPAIRED,
    "h24-percent-3:31%/18 percent": _KEPT_APART,
    "h24-percent-3": "false conflict: '31%' / '18 percent'",
    "h24-year-5:1988 murder/1986 killing": _UNPAIRED,
    "h24-duration-2": "false conflict: '2022' / '2023'",
    "h24-direction-1": "false conflict: '3.6%' / '4.9%'",
    "h24-direction-3:21,600 state schools/increased by 22,000": _KEPT_APART,
    "h24-direction-4:fell 8%/rose 3 percent": _UNPAIRED,
    "h24-mixed-1:150 new police positions/150 additional officers": _UNPAIRED,
}
XFAIL.update(HELD_OUT_T)


# A second review's pairs (pairs_review24b.json): a year in digits before 1800 is no
# year read.
REVIEW24B: dict[str, str] = {
    "rv24b-1:the 12th century/1150": _UNPAIRED,
    "rv24b-2:the 12th century/1320": _UNPAIRED,
}
XFAIL.update(REVIEW24B)


# The days a thing begins and ends (pairs_date_bounds_fresh.json): hedged figures read
# as agreeing, and two things' beginnings.
DATE_BOUNDS: dict[str, str] = {
    "db-2:Roughly 1,400 drivers/1,400 Riverton bus drivers": _READ_AS_OTHER,
    "db-5:up to 60%/as steep as 50 percent": _READ_AS_OTHER,
    "db-7:$840,000 in public funds/about $840,000": _READ_AS_OTHER,
    "db-8:until 10 June/deadline falling on the 10th": _UNPAIRED,
    "db-11:about 15 minutes/a 15-minute detour": _READ_AS_OTHER,
    "db-12:fines of up to $500/fined $250": _READ_AS_OTHER,
    "db-14:1.2 million customers in Kent/about 1.2 million customers": _READ_AS_OTHER,
    "db-16:opens on 3 May/begins on 4 May": _KEPT_APART,
    "db-16": "false conflict: '3 May' / '4 May'",
    "db-17:up to 70 per cent/cut by 70%": _READ_AS_OTHER,
    "db-19:About 38,000 new students/36,000 new students": _READ_AS_OTHER,
    "db-21:fines of up to £200/fines of £200": _READ_AS_OTHER,
    "db-24:5.5 million people/about 5.5 million customers": _READ_AS_OTHER,
    "db-26:Some 1,000 places/offered 1,200 places": _READ_AS_OTHER,
    "db-27:up to $1,000/fined $1,000": _READ_AS_OTHER,
    "db-29:eight months of detours/about eight months": _READ_AS_OTHER,
}
XFAIL.update(DATE_BOUNDS)


# Lengths of time of several things said of one person or body
# (pairs_duration_owners_fresh.json): the last lengths left pair however far apart (up
# to ten times), a delay's sense keeps 'halted for' apart from a plain length, and
# "Sh4.5 million" (shillings, a symbol of several currencies) is read as no amount.
DURATION_OWNERS: dict[str, str] = {
    "do-1:over a four-year period/for 10 years": _KEPT_APART,
    "do-1": "false conflict: 'a four-year period' / '10 years'",
    "do-2:over a period of 30 months/three years of supervised release": _KEPT_APART,
    "do-2": "false conflict: '30 months' / 'three years'",
    "do-3": "false conflict: '11 months' / 'five weeks'",
    "do-8:over a three-year period/for 14 years": _KEPT_APART,
    "do-8": "false conflict: 'a three-year period' / '14 years'",
    "do-9:for two years/would take three months": _KEPT_APART,
    "do-9": "false conflict: 'two years' / 'three months'",
    "do-11:more than 52,000 yards/52,314 passing yards": _UNPAIRED,
    "do-11:spent 11 years with the Denver Broncos/the last four years": _KEPT_APART,
    "do-11": "false conflict: '11 years' / 'four years'",
    "do-12:spent 18 months preparing its bid/a transition period of six months": _KEPT_APART,
    "do-12": "false conflict: '18 months' / 'six months'",
    "do-13:for more than two years/within 90 days": _KEPT_APART,
    "do-13": "false conflict: 'more than two years' / '90 days'",
    "do-14:grounded for three days/within 48 hours": _KEPT_APART,
    "do-14": "false conflict: 'three days' / '48 hours'",
    "do-20:a median of 52 weeks/reached a full year": _UNPAIRED,
    "do-28:after 20 months/for two years": _READ_AS_OTHER,
    "do-29:after nearly two hours in the air/two hours into its journey": _READ_AS_OTHER,
    "do-29:a delay of six hours/nine hours after their scheduled departure": _UNPAIRED,
    "do-30:up to 45 minutes/reach an hour": _UNPAIRED,
}
XFAIL.update(DURATION_OWNERS)


# A reviewer's pairs at the twenty-fifth session's rules (pairs_review25.json): a range
# of days against a bound, days moved, a deadline against a move, two brothers' terms in
# a gapped sentence, a ceiling 'within 8km', a hedged range against 'between'.
REVIEW25: dict[str, str] = {
    "rv25-6:from 8/begins on 8 July": _READ_AS_OTHER,
    "rv25-6:to 10 July/ends on 11 July": _ELSEWHERE,
    "rv25-13:for three years/for five years": _UNPAIRED,
    "rv25-24:about 2,000 to 3,000/between 2,000 and 3,000": _UNPAIRED,
    # A reach from a place said "up to" is a ceiling (claimdiff.peaks): "up to 5 miles from
    # the site" and "within 8km" overlap, no longer one figure.
    "rv25-18:up to 5 miles/within 8km": _READ_AS_OTHER,
}
XFAIL.update(REVIEW25)


# A second reviewer's pairs at the twenty-fifth session's rules as mended
# (pairs_review25b.json): a date moved away still pairs with the other text's, a date
# with no bound meets any other, a range of days pairs with one bound only, and 'over'
# after 'delayed by' is not read.
REVIEW25B: dict[str, str] = {
    "rv25b-6:8 to 10 July/11 July": _ELSEWHERE,
    "rv25b-16:more than a year/over 52 weeks": _READ_AS_OTHER,
}
XFAIL.update(REVIEW25B)


# The twenty-fifth held-out set (pairs_fresh_u.json), read at the session's end: a
# tally's side against a count of voters, a bound 'longer than' unread, hedged figures
# judged compatible where the writer calls them one, rates of two things paired alone, a
# price and a year of two events paired as the last left.
HELD_OUT_U: dict[str, str] = {
    "h25-money-5:voted 5-2/Three board members": _UNPAIRED,
    "h25-count-5:More than 2,300 patients/Some 3,200 people": _READ_AS_OTHER,
    "h25-date-1:Tickets cost £45/priced at £39": _KEPT_APART,
    "h25-date-1": "false conflict: '£45' / '£39'",
    "h25-age-4:in 1919/in 1962": _KEPT_APART,
    "h25-age-4": "false conflict: '1919' / '1962'",
    "h25-duration-2:almost three hours/2 hours 50 minutes": _READ_AS_OTHER,
    "h25-direction-4:went up 9%/fell by 12%": _KEPT_APART,
    "h25-direction-4": "false conflict: '9%' / '12%'",
}
XFAIL.update(HELD_OUT_U)


# A reviewer's pairs at the twenty-second session's readings of numbers
# (pairs_review26.json): digits grouped by plain spaces are no one number, and "a pair
# of trousers" counts nothing.
_PLAIN_SPACES = "a plain space groups no digits ('2 345 678'): docs/claims.md"
REVIEW26: dict[str, str] = {
    "rv26p-1:2 345 678/2,345,678": _PLAIN_SPACES,
    "rv26p-2:250 000/250,000": _PLAIN_SPACES,
    "rv26p-9:a pair of trousers/two pairs of trousers": "'a pair of trousers' counts nothing",
}
XFAIL.update(REVIEW26)
XFAIL["rv26bp-11:more than once/three times"] = _UNPAIRED  # the second review's


# The twenty-sixth held-out set (pairs_fresh_v.json): what compare() still gets wrong.
HELDOUT26_XFAIL: dict[str, str] = {
    "h26-money-1": "false conflict: 'almost a decade' / 'two years'",
    "h26-money-5": "false conflict: 'two-bedroom' / 'four'",
    "h26-count-3:12.3 metres/10 metres": _KEPT_APART,
    "h26-count-3": "false conflict: '12.3 metres' / 'below 10 metres'",
    "h26-count-5:At least 14 people/killing 14 people": _READ_AS_OTHER,
    "h26-count-5:180 passengers/carry 150 people": _KEPT_APART,
    "h26-count-5": "false conflict: '180 passengers' / '150 people'",
    "h26-percent-3:12 weeks/41 weeks": _KEPT_APART,
    "h26-percent-5:38,000 breeding pairs/36,000 pairs": _ELSEWHERE,
    "h26-percent-5": "false conflict: '38,000 breeding pairs' / '55,000 pairs'",
    "h26-measure-2:$480 million project/$240 million federal grant": _KEPT_APART,
    "h26-measure-2": "false conflict: '$480 million' / 'a $240 million federal grant'",
    "h26-age-2": "false conflict: '41' / '23 novels'",
    "h26-duration-2:9 hospitals/28 hospitals": _KEPT_APART,
    "h26-duration-2": "false conflict: '9 hospitals' / '28 hospitals'",
    "h26-duration-4:more than 10 years/12 years ago": _UNPAIRED,
    "h26-duration-5:2 hours 8 minutes/2:08": _UNPAIRED,
    "h26-duration-5:Around 28,000 runners/27,500 people": _KEPT_APART,
    "h26-direction-5:at $6.05/is $3.21": _KEPT_APART,
    "h26-direction-5": "false conflict: '$6.05' / '$3.21'",
    "h26-mixed-4:3,000-year-old/about 3,000 years ago": _UNPAIRED,
}
XFAIL.update(HELDOUT26_XFAIL)


# The second review's pairs (pairs_review27b.json): the reviewer's own gold for a hedged
# share against a one-digit hedged figure ('More than a third' / 'Some 30%') and 'a two-
# third majority' against 60% is a conflict, where the documented precision makes them
# overlap.
REVIEW27B_XFAIL: dict[str, str] = {
    "rv27bp-11:More than a third/Some 30%": _READ_AS_OTHER,
    "rv27bp-12:two-third/60%": _READ_AS_OTHER,
}
XFAIL.update(REVIEW27B_XFAIL)


# The twenty-seventh held-out set (pairs_fresh_w.json), written blind at the twenty-
# third session's start: 39 right before any change and 39 at the session's rules, read
# only then; two faults it showed were mended after (a length whose unit follows a word,
# '30 more months', read with no unit; 'an original estimate' taken for a forecast), 41
# right. What is left: figures each text gives alone paired, two people's ages, a month
# against a day, a label ('grade 4'), and 'six and a half hours' read exactly against '6
# hours and 31 minutes'.
FRESH_W_XFAIL: dict[str, str] = {
    "h27-count-5:almost 25,000 households/24,800 applicants": _UNPAIRED,
    "h27-percent-5:grade 4/grade 4": _UNPAIRED,
    "h27-age-5:under 18/16-year-old": _ELSEWHERE,
}
XFAIL.update(FRESH_W_XFAIL)


# Figures said of different subjects (pairs_subjects2_fresh.json), written blind at the
# twenty-third session: each text adds a figure of the same kind about a subject the
# other never names, or names both subjects in other words. 24 of 40 right; a reading of
# each figure's subject, measured on the kept pairs first, would have lost 85 true
# conflicts to keep 29 false ones apart, and was not built.
SUBJECTS2_XFAIL: dict[str, str] = {
    "sb-extra-1:went up 9%/fell by 12%": _KEPT_APART,
    "sb-extra-1": "false conflict: '9%' / '12%'",
    "sb-extra-6:12 minutes/2 minutes": _KEPT_APART,
    "sb-renamed-3:31%/31 per cent": _ELSEWHERE,
    "sb-renamed-3:28%/33 per cent": _ELSEWHERE,
    "sb-renamed-3": "false conflict: '31% of Britain's electricity' / '33 per cent of British"
    " generation'",
    "sb-renamed-5:112 million tonnes/106 million tonnes": _ELSEWHERE,
    "sb-renamed-5:137 million tonnes/between 135 and 140 million tonnes": _ELSEWHERE,
    "sb-renamed-5": "false conflict: '112 million tonnes' / 'between 135 and 140 million tonnes'",
    "sb-renamed-7:84.1%/About 84 percent": _READ_AS_OTHER,
    "sb-sameval-1:dropped by 4%/went up 4 per cent": _KEPT_APART,
    "sb-sameval-1": "false conflict: '4%' / '4 per cent'",
    "sb-sameval-2:£45/£45 a year": _KEPT_APART,
    "sb-sameval-3:Roughly 3,000 dairy farms/3,012": _READ_AS_OTHER,
    "sb-sameval-3:120 holdings/120 jobs": _KEPT_APART,
    "sb-sameval-4:3km bypass/3-kilometre path": _KEPT_APART,
    "sb-sameval-5:30 minutes/30 minutes": _KEPT_APART,
    "sb-sameval-6:rose 10%/increased by 10 per cent": _KEPT_APART,
    "sb-sameval-7:$25 per stay/$25 for non-residents": _KEPT_APART,
    "sb-sameval-8:250 newly built houses/250 construction firms": _KEPT_APART,
    "sb-sameval-9:12%/12 percent": _KEPT_APART,
    "sb-sameval-10:17 minutes late/17 minutes last month": _UNPAIRED,
}
XFAIL.update(SUBJECTS2_XFAIL)


# Fractions in words against exact figures (pairs_spoken_fractions_fresh.json), written
# blind at the twenty-third session's end: 20 of 40 right while a fraction in words was
# read exactly; 33 since a whole number and a fraction is rounded to its part, and a time
# compared across units to its last written part, at most ±20% (docs/claims.md,
# 'Precision'). Left: readers allow a spoken fraction more than its part ('nine and a half
# tonnes' and '9.8 tonnes'; 'half a million pounds' and '£540,000' agree since the
# fortieth session, a round figure spelled out), and a hedge on a time
# does not yet widen it to that rounding ('about half an hour' and '37 minutes').
SPOKEN_FRACTIONS_XFAIL: dict[str, str] = {
    "hp-1:six and a half hours/6 hours 31 minutes": _UNPAIRED,
    "hp-7:four and a quarter per cent/4.3%": _ELSEWHERE,
    "hp-7": "false conflict: '6 per cent' / '4.3%'",
    "hp-26:up to three and a half thousand jobs/1,200 job cuts": _UNPAIRED,
    "hp-27:half a mile/2-kilometre": _UNPAIRED,
    "hp-31:half an hour/37 minutes": _READ_AS_OTHER,
    "hp-31": "false conflict: 'about half an hour' / '37 minutes'",
    "hp-37:nine and a half tonnes/9.8 tonnes": _READ_AS_OTHER,
    "hp-37": "false conflict: 'nine and a half tonnes' / '9.8 tonnes'",
}
XFAIL.update(SPOKEN_FRACTIONS_XFAIL)

# A second set of fractions in words against exact figures
# (pairs_spoken_fractions2_fresh.json), written blind and scored before the rule above was
# built: 20 of 40 right before it, 37 after. Left: two lengths of time never paired, and
# '€2.35 million' is 6% below 'two and a half million euros', outside the ±5% every
# unhedged figure keeps.
SPOKEN_FRACTIONS2_XFAIL: dict[str, str] = {
    "hq-33:two and a half million euros/€2.35 million": _READ_AS_OTHER,
    "hq-33": "false conflict: 'two and a half million euros' / '€2.35 million'",
    "hq-40:well over a year and a half/21 months": _UNPAIRED,
}
XFAIL.update(SPOKEN_FRACTIONS2_XFAIL)


# Whole numbers in words against the same fact in digits (pairs_word_numbers_fresh.json),
# written blind and scored before numbers in words were read as their digits: 23 of 40
# right before, 26 after, 32 once a round figure spelled out was read within 10% of it
# (fortieth session, docs/compare.md 'Verdicts': 'five hundred jobs' and '540 jobs',
# 'fifty days' and '49 days'). Left: figures 10% apart or more ('one billion dollars' and
# '$1.1 billion', 'Three thousand spectators' and '3,400').
WORD_NUMBERS_XFAIL: dict[str, str] = {
    "wp-8:230 metres/five hundred metres": _UNPAIRED,
    # A figure opening its sentence is spelled out by style, not said round.
    "wp-21:Five hundred jobs/512 jobs": _READ_AS_OTHER,
    "wp-21": "false conflict: 'Five hundred jobs' / '512 jobs'",
    "wp-14:14%/forty per cent": _UNPAIRED,
    "wp-15:55 years/ninety years": _UNPAIRED,
    "wp-27:one billion dollars/$1.1 billion": _READ_AS_OTHER,
    "wp-27": "false conflict: 'one billion dollars' / 'a $1.1 billion expansion'",
    "wp-33:£41,000/a hundred thousand pounds": _UNPAIRED,
    "wp-34:3,400/Three thousand spectators": _READ_AS_OTHER,
    "wp-34": "false conflict: '3,400' / 'Three thousand spectators'",
    "wp-38": "false conflict: 'A dozen' / '17 states'",
}
XFAIL.update(WORD_NUMBERS_XFAIL)


# The fifth review's pairs (pairs_review28.json), written from the docs before reading the
# code: 9 of 16 right at the session's start, 15 at its end. 'Half an hour' opening a
# sentence before 'after take-off' is not read.
REVIEW28_XFAIL: dict[str, str] = {
    "rv28p-15:Half an hour/Forty minutes": _UNPAIRED,
}
XFAIL.update(REVIEW28_XFAIL)

# The sixth review's pairs (pairs_review28b.json), at the fifth's mends: 5 of 12 right
# before them, 10 after, 11 with its own mends. An age in whole years is a floor, so
# 'aged 2' holds '30 months old': read as agree, where the reviewer calls it compatible.
REVIEW28B_XFAIL: dict[str, str] = {
    "rv28bp-9:aged 2/30 months old": _READ_AS_OTHER,
}
XFAIL.update(REVIEW28B_XFAIL)


# The twenty-eighth held-out set (pairs_fresh_x.json), written blind at the twenty-fourth
# session's start and scored then: 37 of 50 right, and 37 once every rule of the session
# was in; read only then, and one fault it showed mended ("2c per litre" read as 2°C): 38.
FRESH_X_XFAIL: dict[str, str] = {
    "h28-money-1:voted 9 to 4/8 votes to 5": "found twice",
    "h28-money-3:three-year deal/three seasons": _UNPAIRED,
    "h28-measure-3:30cm deep/about 30cm across": _KEPT_APART,
    "h28-date-4:3.2 million children/2.9 million children": _KEPT_APART,
    "h28-age-5:2,000th winner/2,000 winners": _UNPAIRED,
    "h28-year-2:sank in 1872/in 1887": _UNPAIRED,
    "h28-duration-1": "false conflict: 'two' / 'three'",
    "h28-duration-4:350 drivers and loaders/About 400 bin crew members": _READ_AS_OTHER,
    "h28-duration-5:eight hours and 23 minutes/about nine hours": _KEPT_APART,
    "h28-mixed-3:DKK 64.2bn/64.2 billion crowns": _UNPAIRED,
    "h28-mixed-5:1,250 people/1,250 cases": _UNPAIRED,
}
XFAIL.update(FRESH_X_XFAIL)


# Ages of suspects and victims in crime and crash reports (pairs_suspect_ages_fresh.json),
# written blind at the twenty-fifth session for the rule that an arrest and a charge name one
# person's age: 29 of 40 right before it and after (its reports gave both words of one person
# on one side only); 31 once a day of the week no longer had an owner.
SUSPECT_AGES_XFAIL: dict[str, str] = {
    "sa-16:A 22-year-old man/The victim, 23,": _ELSEWHERE,
    "sa-16:A 19-year-old/a man, 19,": _ELSEWHERE,
    "sa-16:A 22-year-old man/a man, 19,": _KEPT_APART,
    "sa-16": "false conflict: 'A 22-year-old man' / '19'",
    "sa-20:and 17,/and 17,": _UNPAIRED,
    "sa-25:A motorcyclist, 27,/A 28-year-old man": _ELSEWHERE,
    "sa-25:pillion passenger, 24,/a woman aged 26": _ELSEWHERE,
    "sa-25:pillion passenger, 24,/A 28-year-old man": _KEPT_APART,
    "sa-25": "false conflict: '27' / 'aged 26', '24' / 'A 28-year-old man'",
    "sa-26:More than 400/more than 400": _UNPAIRED,
    "sa-26:to three years/for three": _UNPAIRED,
    "sa-27:and 19/Two 18-year-olds": _ELSEWHERE,
    "sa-33:An elderly driver, 78,/A woman aged 76": _KEPT_APART,
    "sa-33": "false conflict: '78' / 'aged 76'",
    "sa-34:A 47-year-old carer/A 92-year-old widow": _KEPT_APART,
    "sa-34": "false conflict: 'A 47-year-old carer' / 'A 92-year-old widow'",
    "sa-36:A 20-year-old man/A second man, 22,": _KEPT_APART,
    "sa-36": "false conflict: 'A 20-year-old man' / '22'",
}
XFAIL.update(SUSPECT_AGES_XFAIL)


# Months and days of one event, and traps of two events' months (pairs_months_left_fresh.json),
# written blind at the twenty-fifth session for the rule on months left over: 15 of 40 right
# before it, 20 with it, 22 once months placed relative to the writing were left out.
MONTHS_LEFT_XFAIL: dict[str, str] = {
    "ml-2:in August/9 and 10 August": _ELSEWHERE,
    "ml-3:14 November/the 14th": _UNPAIRED,
    "ml-3:16 November/16th": _UNPAIRED,
    "ml-4:12 cents/12-cent": _UNPAIRED,
    "ml-4:six months/half-year": _UNPAIRED,
    # "first-half" and "the six months to June 30" are two claims of one half: the first
    # meets June, and "June 30" is read within the second.
    "ml-4:June 30/ended in June": _UNPAIRED,
    "ml-7:wettest July/wettest July": _UNPAIRED,
    "ml-8:22 May/in May": _UNPAIRED,
    "ml-12:after 150 years/150-year-old": _UNPAIRED,
    "ml-15:in June/in June": _UNPAIRED,
    "ml-17:on 3 March/in April": _UNPAIRED,
    "ml-18:in May/in May": _UNPAIRED,
    "ml-18:majority of 312/312 votes": _UNPAIRED,
    "ml-19:Jan. 9/in February": _UNPAIRED,
    "ml-20:17 April/in May": _ELSEWHERE,
    "ml-21:in July/5 to 8 June": _UNPAIRED,
    "ml-21:25th year/25th edition": _UNPAIRED,
    "ml-22:set for June/trial in June": _UNPAIRED,
    "ml-24:Sept. 22/in October": _UNPAIRED,
    "ml-25:from 4 November/from December": _UNPAIRED,
    "ml-26:3% in May/1.5% in May": _KEPT_APART,
    "ml-26:€12.4bn/€10.9 billion": _KEPT_APART,
    "ml-26": "false conflict: '3%' / '1.5%', '€12.4bn' / '€10.9 billion'",
    "ml-31:capped attendance at 35,000/capped at 35,000": _ELSEWHERE,
    "ml-31:40,000 people/capped at 35,000": _KEPT_APART,
    "ml-31": "false conflict: '40,000 people' / '35,000'",
    "ml-39:up 0.4%/0.2% in May": _KEPT_APART,
    "ml-39:June alone/in May": _KEPT_APART,  # dated through the pair above
    "ml-39": "false conflict: '0.4%' / '0.2%'",
}
XFAIL.update(MONTHS_LEFT_XFAIL)


# Ages of two or three people in each report, each with what befell them or what they did,
# often two of one noun (pairs_roles_ages_fresh.json), written blind at the twenty-fifth
# session: 21 of 40 right before its rules, 22 with them (a kin word beside an age that is
# not its own noun no longer sets two ages apart: read from ra-1, the case it mends).
ROLES_AGES_XFAIL: dict[str, str] = {
    "ra-4:A boy, 15/A 16-year-old boy": _ELSEWHERE,
    "ra-5:18 volunteers/Eighteen team members": _UNPAIRED,
    "ra-6:The man who died, 32/a 32-year-old man": _ELSEWHERE,
    "ra-6:A second man, 27/a 32-year-old man": _KEPT_APART,
    "ra-6": "false conflict: '27' / 'a 32-year-old man'",
    "ra-8:at 7.05am/just after 7am": _UNPAIRED,
    "ra-9:A man, 22, is/The victim, also 22": _ELSEWHERE,
    "ra-9:Another man, 22/A 22-year-old man": _ELSEWHERE,
    "ra-9:A man, 22, is/A 22-year-old man": _KEPT_APART,
    "ra-10:The labourer, 19/a 19-year-old apprentice": _ELSEWHERE,
    "ra-15:a man aged 57/A 57-year-old bus driver": _UNPAIRED,
    "ra-17:eighth-floor/eighth floor": _UNPAIRED,
    "ra-18:The victim, 16/a 16-year-old who": _ELSEWHERE,
    "ra-22:An 18-year-old driver/The driver, who was also 18": _ELSEWHERE,
    "ra-22:A passenger, also 18/an 18-year-old man": _ELSEWHERE,
    "ra-22:second passenger, 19/a 19-year-old man": _UNPAIRED,
    "ra-22:An 18-year-old driver/an 18-year-old man": _KEPT_APART,
    "ra-22:A passenger, also 18/The driver, who was also 18": _KEPT_APART,
    "ra-22": "false conflict: 'three' / 'Two teenagers'",
    "ra-29:The man, 60/the missing man is 60": _UNPAIRED,
    "ra-31:A woman, 80/The woman who died was 80": _UNPAIRED,
    "ra-32:a 15-year-old girl/The girl, 15": _ELSEWHERE,
    "ra-37:A man, 38/The worker who died was 38": _UNPAIRED,
    "ra-40:the 14th hole/the 14th green": _UNPAIRED,
}
XFAIL.update(ROLES_AGES_XFAIL)


# Lengths of time worded as a delay in one report and plainly in the other, and traps of two
# things' lengths (pairs_holdups_fresh.json), written blind at the twenty-fifth session for a
# rule pairing a delay and a plain length left over that agree: 14 of 30 right before it and
# 14 with it (two gained, two traps lost), so it was not kept.
HOLDUPS_XFAIL: dict[str, str] = {
    "hu-1:07:12 service/07:12 departure": _UNPAIRED,
    "hu-3:junctions 18 and 19/junctions 18 and 19": "found twice",
    "hu-5:18 months late/a year and a half later than planned": _UNPAIRED,
    "hu-9:49,500 fans/49,512": _ELSEWHERE,
    "hu-9": "false conflict: '49,500 fans' / 'thousands of supporters'",
    "hu-10:nearly 18 hours underground/17 hours and 40 minutes below ground": _READ_AS_OTHER,
    "hu-18:17:30 LNER service/LNER's 17:30": _UNPAIRED,
    "hu-22:for 20 minutes/normally takes 35 minutes": _KEPT_APART,
    "hu-22": "false conflict: '20 minutes' / '35 minutes'",
    "hu-23:jailed for six years/six-year investigation": _KEPT_APART,
    "hu-25:beat Ons Jabeur 6-4, 6-3/Jabeur 6-4, 6-3": "found twice",
    "hu-25:suspended for an hour and a half/just 90 minutes on court": _KEPT_APART,
    "hu-26:restored by 11pm/back on by 11pm": _UNPAIRED,
    "hu-28:trapped for 30 hours/lasted 12 hours": _KEPT_APART,
    "hu-28": "false conflict: '30 hours' / '12 hours'",
    "hu-30:expected to last four weeks/adjourned for four weeks": _KEPT_APART,
}
XFAIL.update(HOLDUPS_XFAIL)


# Sale prices and what sales were expected to make (pairs_sale_estimates_fresh.json), written
# blind at the twenty-fifth session for the rule on a sale's expected price: 9 of 30 right
# before it and after.
SALE_ESTIMATES_XFAIL: dict[str, str] = {
    "se-2:£1.1m/£1.24m": _READ_AS_OTHER,
    "se-2": "false conflict: '£1.1m' / '£1.24m'",
    "se-7:throughout the 1970s/1970s Stratocaster": _UNPAIRED,
    "se-13:50 years/half a century": _UNPAIRED,
    "se-14:$3 million to $5 million/$2 million to $3 million": _UNPAIRED,
    "se-15:guide price of £650,000/market for £650,000": _ELSEWHERE,
    "se-15:sold for £720,000/£70,000 over its guide price": _ELSEWHERE,
    "se-15:guide price of £650,000/£70,000 over its guide price": _KEPT_APART,
    "se-15": "false conflict: '£650,000' / '£70,000', '£720,000' / '£650,000'",
    "se-16:rise to €75m/€10m more": _KEPT_APART,
    "se-16": "false conflict: '€75m' / '€10m'",
    "se-17:£300,000-£350,000/£300,000 to £350,000": _ELSEWHERE,
    "se-17:£410,000/£412,500": _ELSEWHERE,
    "se-17:£300,000-£350,000/£412,500": _KEPT_APART,
    "se-17": "false conflict: '£300,000-£350,000' / '£412,500', "
    "'£410,000' / '£300,000 to £350,000'",
    "se-18:£1m to £1.5m/more than £1m": _UNPAIRED,
    "se-18:60-year-old/for 60 years": _UNPAIRED,
    "se-19:about 26 feet long/about 8 metres": _READ_AS_OTHER,
    "se-20:£30,000-£50,000/£30,000 to £50,000": _UNPAIRED,
    "se-22:made in 1908/The 1908 Steiff": _ELSEWHERE,
    "se-22:in 2004/in 2004": _ELSEWHERE,
    "se-22": "false conflict: '2004' / '1908'",
    "se-23:£400,000 to £600,000/£520,000": _KEPT_APART,
    "se-24:£2.25m/£2.25m including": _ELSEWHERE,
    "se-24:hammer for £2m/£2.25m including": _KEPT_APART,
    "se-24": "false conflict: '£2m' / '£2.25m'",
    "se-25:£82,000/£102,500": _KEPT_APART,
    "se-25": "false conflict: '£82,000' / '£102,500'",
    "se-26:a week after/seven days after": _UNPAIRED,
    "se-27:at £50m/for £42m": _KEPT_APART,
    "se-27": "false conflict: '£50m' / '£42m'",
    "se-28:£3.4m/£340,000": _KEPT_APART,
    "se-28": "false conflict: '£3.4m' / '£340,000'",
    "se-29:$15,000-$20,000/$24,000": _KEPT_APART,
    "se-29": "false conflict: '$15,000-$20,000' / '$24,000'",
    "se-30:£1.8bn/£1.5bn": _KEPT_APART,
    "se-30": "false conflict: 'a £1.8bn takeover offer' / '£1.5bn'",
}
XFAIL.update(SALE_ESTIMATES_XFAIL)


# A reviewer's (pairs_review29.json), written from the docs at the twenty-fifth session's
# rules before the code was read: 10 of 24 right before the session, 11 with its rules as
# first written, 12 once the review's faults were mended.
REVIEW29_XFAIL: dict[str, str] = {
    "rv29-3:30-year-old/42-year-old": _KEPT_APART,
    "rv29-3": "false conflict: 'A 30-year-old woman' / 'A 42-year-old man'",
    "rv29-9:4.1%/2.8 per cent": _ELSEWHERE,
    "rv29-9:2.8%/4.1 per cent": _ELSEWHERE,
    "rv29-9:on Tuesday/on Tuesday": _KEPT_APART,
    "rv29-9:on Thursday/on Thursday": _KEPT_APART,
    "rv29-10:Friday/Friday": _KEPT_APART,
    "rv29-15:November/November": _KEPT_APART,
    "rv29-16:March/March": _KEPT_APART,
    "rv29-17:March/March": _UNPAIRED,
    "rv29-18:August/17 August": _UNPAIRED,
    "rv29-19:70-year-old/70": _UNPAIRED,
    "rv29-20:44/44-year-old": _KEPT_APART,
    "rv29-23:72/75": _ELSEWHERE,
    "rv29-23:75/72": _ELSEWHERE,
    "rv29-23:72/72": _KEPT_APART,
    "rv29-24:22 years/22 years": _READ_AS_OTHER,
}
XFAIL.update(REVIEW29_XFAIL)


# The twenty-ninth held-out set (pairs_fresh_y.json), written blind at the twenty-fifth
# session's start and scored then: 28 of 50 right, and 28 once every rule of the session was
# in; read only then.
FRESH_Y_XFAIL: dict[str, str] = {
    "h29-count-1:the second farm/Three farms": _UNPAIRED,
    "h29-measure-1:112mm of rain/More than 11cm of rain": _READ_AS_OTHER,
    "h29-date-2:on Tuesday/on Wednesday": _UNPAIRED,
    "h29-date-4:last Friday night/Thursday": _UNPAIRED,
    "h29-date-5:about 200 vehicles/Around 200 drivers": _UNPAIRED,
    "h29-age-3:on Sunday/at the weekend": _UNPAIRED,
    "h29-age-4:16 years and 83 days/Sixteen-year-old": _UNPAIRED,
    "h29-age-5:more than 40 films/over 40 film roles": _UNPAIRED,
    "h29-year-3:until 2028/back to 2029": _UNPAIRED,
    "h29-duration-2:on Monday/on Tuesday": _UNPAIRED,
    "h29-direction-4:improved to 87%/slipped to 87%": _READ_AS_OTHER,
    "h29-mixed-2:€35m/£30 million": _READ_AS_OTHER,
    "h29-mixed-2:five-year contract/until 2030": _UNPAIRED,
    "h29-mixed-5:about 1.03 million sq km below/roughly 6% below": _UNPAIRED,
}
XFAIL.update(FRESH_Y_XFAIL)


# Years of events worded differently, with traps of two events' years
# (pairs_event_words_fresh.json), written blind at the twenty-sixth session.
EVENT_WORDS_XFAIL: dict[str, str] = {
    "ye-11:90th anniversary/90 years since": _UNPAIRED,
    "ye-16:both 84/both 84": _UNPAIRED,
    "ye-21:split in 1984/breaking up in 1984": _ELSEWHERE,
    "ye-21:reformed in 2010/reunited in 2010": _ELSEWHERE,
    "ye-21:split in 1984/reunited in 2010": _KEPT_APART,
    "ye-21": "false conflict: '1984' / '2010'",
    "ye-27:voted for in 1986/came into force in 1988": _KEPT_APART,
    "ye-27": "false conflict: '1986' / '1988'",
    "ye-28:239 crew/228 lives": _KEPT_APART,
    "ye-28": "false conflict: '239 crew' / '228'",
    "ye-31:empty for three years/closed three years ago": _UNPAIRED,
    # "from 1965 until 1979" is one span of years (claimdiff.extract.dates), whose ends no
    # longer meet "joined … in 1965" and "left in 1979", two years.
    "ye-36:Hollowmen in 1965/from 1965": _ELSEWHERE,
    "ye-36:left in 1979/until 1979": _ELSEWHERE,
    "ye-39:150th birthday/150 years": _UNPAIRED,
    "ye-40:George was 89/Pryce, 89": _UNPAIRED,
    "ye-40:Edna 87/Edna, 87": _UNPAIRED,
}
XFAIL.update(EVENT_WORDS_XFAIL)


# Years of a thing's beginning worded differently, beside years of other events
# (pairs_beginning_years_fresh.json), written blind at the twenty-sixth session.
BEGINNING_YEARS_XFAIL: dict[str, str] = {
    "bg-20:first published in 1821/Founded in 1828": _UNPAIRED,
    "bg-21:250 passengers/300 passengers": _KEPT_APART,
    "bg-21": "false conflict: 'up to 250 passengers' / '300 passengers'",
    "bg-26:opened in 1937/family since 1951": _KEPT_APART,
    "bg-26": "false conflict: '1937' / '1951'",
    "bg-27": "false conflict: '1976' / '1895'",
    "bg-28:founded in 1910/built in 1910": _KEPT_APART,
    "bg-29:established in 1962/since 1971": _KEPT_APART,
    "bg-29": "false conflict: '1962' / '1971'",
    "bg-30:first held in 1983/Park since 1993": _KEPT_APART,
    "bg-30": "false conflict: '1983' / '1993'",
}
XFAIL.update(BEGINNING_YEARS_XFAIL)


# Ages given as appositives ("A man, 19, was arrested"), of those who acted and those
# something befell, with traps of two people's ages (pairs_appositive_ages_fresh.json),
# written blind at the twenty-sixth session.
APPOSITIVE_AGES_XFAIL: dict[str, str] = {
    "ap-12:third-floor window/third-floor window": _UNPAIRED,
    "ap-12:woman, 38/girl, 12": _KEPT_APART,
    "ap-12": "false conflict: '38' / '12'",
    "ap-17:About 20 firefighters/22 firefighters": _UNPAIRED,
    "ap-18:man, 34/driver, 34": _KEPT_APART,
    "ap-21:driver, 61/woman, 73": _KEPT_APART,
    "ap-21": "false conflict: '61' / '73'",
    "ap-23:23-year-old nursing student/man, 30": _KEPT_APART,
    "ap-23": "false conflict: 'a 23-year-old nursing student' / '30'",
    "ap-24:the 1989 murder/more than 30 years ago": _UNPAIRED,
    "ap-31:officer, 26/man, 64": _KEPT_APART,
    "ap-31": "false conflict: '26' / '64'",
    "ap-35:£4,000/£4,000": _READ_AS_OTHER,
    # "A teenager has been charged" is the 19-year-old too: both charged, the teenager wins.
    "ap-35:19-year-old from Crawley/19-year-old is": _ELSEWHERE,
    "ap-37:the March shooting/in March": _UNPAIRED,
    "ap-38:Three other people/four people": _KEPT_APART,
    "ap-38": "false conflict: 'Three other people' / 'four people'",
    "ap-40:mother, 24/29-year-old woman": _UNPAIRED,
}
XFAIL.update(APPOSITIVE_AGES_XFAIL)


# Ages of one person at two stages of a story, and traps of two people's ages (a victim's
# and a suspect's; pairs_age_parts_fresh.json), written blind at the twenty-sixth session.
AGE_PARTS_XFAIL: dict[str, str] = {
    "pp-3:14 volunteers/14 members": _UNPAIRED,
    "pp-14:a 58-year-old father of three/The man, 58,": _KEPT_APART,
    "pp-20:A farmer, 55,/A man in his 30s": _KEPT_APART,
    "pp-20": "false conflict: '55' / 'in his 30s'",
    "pp-25:A woman, 33,/the mother, 33,": _UNPAIRED,
    "pp-25:on the third floor/on the third floor": _UNPAIRED,
    "pp-28:20 volunteers/20 rescue team members": _UNPAIRED,
}
XFAIL.update(AGE_PARTS_XFAIL)


# A review's pairs at the twenty-sixth session's rules (years of two events, an age's part,
# an age after 'At' before a name; pairs_review30.json), written from the docs before the
# code was read.
REVIEW30_XFAIL: dict[str, str] = {
    "rv30-2:built in 1891/in 1981": _KEPT_APART,
    "rv30-2": "false conflict: '1891' / '1981'",
    "rv30-3:founded in 1889/opened in 1893": _KEPT_APART,
    "rv30-3": "false conflict: '1889' / '1893'",
    "rv30-11:aged 81/A man, 46,": _KEPT_APART,
    "rv30-11": "false conflict: 'aged 81' / '46'",
    "rv30-18:At 38/Rafael Soto, 38,": _UNPAIRED,
    "rv30-19:At 39/Lena Ortiz, 38,": _UNPAIRED,
    "rv30-21:At 52/Tom Whelan, 52,": _UNPAIRED,
}
XFAIL.update(REVIEW30_XFAIL)


# The thirtieth held-out set (pairs_fresh_z.json): ten kinds of fact, five cases each,
# written blind at the twenty-sixth session's start, scored then and at its end, read only
# then.
FRESH_Z_XFAIL: dict[str, str] = {
    "h30-money-3:almost €48 million/€47.6m": _READ_AS_OTHER,
    "h30-count-1:Six fire engines/six stations": _KEPT_APART,
    "h30-count-5:31 cases/More than 30 people": _UNPAIRED,
    "h30-date-1:for nine hours/almost nine hours": _READ_AS_OTHER,
    "h30-date-2:Sunday/a Sunday": _UNPAIRED,
    "h30-date-5:More than 2,000 responses/Over 2,000 people": _UNPAIRED,
    "h30-year-3:2020 floods/February 2020": _UNPAIRED,
    # "the 2020 floods" read as a year (docs/claims.md) meets "the worst since 2000".
    "h30-year-3:since 2007/since 2000": _ELSEWHERE,
    "h30-year-3:2020 floods/since 2000": _KEPT_APART,
    "h30-year-3": "false conflict: '2020' / '2000'",
    "h30-year-4:early 1990s/in 1992": _UNPAIRED,
    "h30-duration-2:after three years/at least three years": _READ_AS_OTHER,
    "h30-mixed-2:at least three people/At least five people": _READ_AS_OTHER,
    "h30-mixed-2": "false conflict: 'at least three people' / 'At least five people'",
    "h30-mixed-5:41 votes to 22/39 to 24": "found twice",
}
XFAIL.update(FRESH_Z_XFAIL)


# One event dated by year in one report and by month or day in the other, several events'
# dates and years, and traps of two events in one year (pairs_date_years_fresh.json,
# written blind for the rule 'A date against a year'): what compare() still gets wrong.
DATE_YEARS_XFAIL: dict[str, str] = {
    # Tied by no word of their own and no verb of one lifetime ("closed", "shut its
    # gates" reads no event); a date after "from" bounds a period.
    "dy27-4:closed on 30 June 2019/shut its gates in 2018": _UNPAIRED,
    "dy27-18:from January 2026/in early 2026": _UNPAIRED,
    "dy27-6:on 14 September 2023/the 2023 floods": _UNPAIRED,
    "dy27-9:in January 2022/took office in 2022": _ELSEWHERE,
    "dy27-9:2021's election/election of October 2020": _ELSEWHERE,
    "dy27-9": "false conflict: 'January 2022' / 'October 2020', '2021' / '2022'",
    "dy27-10:closed in 2020/since 2020": _ELSEWHERE,
    "dy27-10": "false conflict: '1861' / '2020'",
    "dy27-11:last March/in March 2023": _UNPAIRED,
    "dy27-12:in late 2019/in February 2019": _READ_AS_OTHER,
    "dy27-13:built in 1972/The 1974 structure": _UNPAIRED,
    "dy27-13:on 1 March 2024/since March 2024": _READ_AS_OTHER,
    "dy27-13:open in 2027/completion in 2028": _UNPAIRED,
    "dy27-14:Exchange in 1997/floated in 1998": _UNPAIRED,
    "dy27-15:on 17 May 2025/in May 2025": _READ_AS_OTHER,
    "dy27-15:set in 1951/a 1951 cup tie": _UNPAIRED,
    "dy27-16:54% to 46%/54-46": _UNPAIRED,
    "dy27-17:on 28 August 2017/in August 2017": _READ_AS_OTHER,
    "dy27-17:Category 4 storm/Category 4 hurricane": _UNPAIRED,
    "dy27-19:revise it by 2030/accord by 2032": _UNPAIRED,
    # Since the forty-seventh round the same year of two events read is kept apart, and
    # the events read are wrong here ("flared into fighting in 1991", "settled a border
    # conflict dating back to 1991"): the years left then pair as each text's last.
    "dy27-19:fighting in 1991/dating back to 1991": _UNPAIRED,
    "dy27-19": "false conflict: '2030' / '1991'",
    "dy27-20:comet in 1986/her name in 1985": _UNPAIRED,
    "dy27-21:built in 1924/century-old": _UNPAIRED,
    "dy27-22:trial in Ghana in 2019/started in September 2019": _ELSEWHERE,
    "dy27-22:in April 2023/The Lancet in 2022": _ELSEWHERE,
    "dy27-22:from 2026/begin in 2026": _ELSEWHERE,
    "dy27-22": "false conflict: '2019' / '2026', 'April 2023' / 'September 2019'",
    "dy27-23:in March 2019/in 2019": _ELSEWHERE,
    "dy27-23": "false conflict: 'March 2019' / '12 June 2008'",
    "dy27-24:went down in 1999/built in 1999": _KEPT_APART,
    "dy27-25:passed by parliament in 2019/on 14 May 2019": _KEPT_APART,
    "dy27-26:opened in 2016/on 4 August 2016": _KEPT_APART,
    "dy27-27:first elected in 1998/in November 1996": _UNPAIRED,
    "dy27-28:on 21 October 2022/erupted in 2022": _ELSEWHERE,
    "dy27-28": "false conflict: '21 October 2022' / 'October 1963'",
    "dy27-29:office in 2015/in May 2015": _KEPT_APART,
    "dy27-30:since Storm Evert in 2018/in six years": _ELSEWHERE,
}
XFAIL.update(DATE_YEARS_XFAIL)


# Changes of several things in each report, the headline's and others', some named two
# ways (pairs_change_subjects_fresh.json, written blind; no rule was kept from it): what
# compare() still gets wrong.
CHANGE_SUBJECTS_XFAIL: dict[str, str] = {
    "ch27-1:year to March/twelve months to March": _UNPAIRED,
    "ch27-1:rose 4%/down 4%": _KEPT_APART,
    "ch27-1": "false conflict: '4%' / '4%'",
    "ch27-2:dropped 0.6%/slipped 0.6%": _KEPT_APART,
    "ch27-3:jumped 21%/fell 21%": _KEPT_APART,
    "ch27-3": "false conflict: '21%' / '21%'",
    "ch27-4:down 0.6 points/down from 28.1%": _UNPAIRED,
    "ch27-4:rose by 1.3 percentage points/declined 1.3 points": _KEPT_APART,
    "ch27-4": "false conflict: '1.3 percentage points' / '1.3 points'",
    "ch27-5:slipped 1.2%/edged up 1.2%": _KEPT_APART,
    "ch27-5": "false conflict: '1.2%' / '1.2%'",
    "ch27-6:fell by 8%/a 12% drop": _ELSEWHERE,
    "ch27-6:fell by 8%/grew by 8%": _KEPT_APART,
    "ch27-6": "false conflict: '8%' / '8%'",
    "ch27-7:fell 3%/up 3%": _KEPT_APART,
    "ch27-7": "false conflict: '3%' / '3%'",
    "ch27-8:rose 4.5%/increased 4.5%": _KEPT_APART,
    "ch27-9:grew 11%/fell 11%": _KEPT_APART,
    "ch27-9": "false conflict: '11%' / '11%'",
    "ch27-10:fell 12%/down 2%": _UNPAIRED,
    "ch27-10:rose by 5%/declined by 5%": _KEPT_APART,
    "ch27-10": "false conflict: '5%' / '5%'",
    "ch27-11:added 23,000 positions/grew by 23,000": _KEPT_APART,
    "ch27-12:dropped 3.2%/down 3.9%": _KEPT_APART,
    "ch27-12": "false conflict: '3.2%' / '3.9%'",
    "ch27-13:to £1,568/down to £1,586": _ELSEWHERE,
    "ch27-13:rise by 2%/fall 2%": _KEPT_APART,
    "ch27-13": "false conflict: '£122' / '£1,586', '2%' / '2%'",
    "ch27-14:year to March/twelve months to March": _UNPAIRED,
    "ch27-14:fell 2%/rose 2%": _KEPT_APART,
    "ch27-14": "false conflict: '2%' / '2%'",
    "ch27-15:closed down 1.2%/1.4% lower": _ELSEWHERE,
    "ch27-15:rose 0.4% against the dollar/fell 0.4% against the euro": _KEPT_APART,
    "ch27-15": "false conflict: '1.2%' / '1.8%', '0.4%' / '0.4%'",
    "ch27-16:fell 11%/up 11%": _ELSEWHERE,
    "ch27-16:rose 3%/went up 3 per cent": _ELSEWHERE,
    "ch27-16": "false conflict: '11%' / '3 per cent', '3%' / '11%'",
    "ch27-17:edged up 0.2%/little changed": _UNPAIRED,
    "ch27-19:slowed to 6.0%/held steady at 6%": _READ_AS_OTHER,
    "ch27-25:up from 14/seven more than last term": _READ_AS_OTHER,
    "ch27-25": "false conflict: '14' / 'seven'",
    "ch27-26:added 14,000/took on 4,000 staff": _UNPAIRED,
    "ch27-28:since 2000/since the turn of the century": _UNPAIRED,
    "ch27-30:from 78.9%/down 1.8 points": _UNPAIRED,
    "ch27-31:year to September/year to September": _UNPAIRED,
    "ch27-32:from 2.9%/dropped a full point": _ELSEWHERE,
    "ch27-32": "false conflict: '2.9%' / '4.2%'",
    "ch27-33:from 7.57 million/by about 30,000": _UNPAIRED,
    "ch27-34:rose 0.9%/climbed 0.4%": _UNPAIRED,
    "ch27-35:in July/a July record": _UNPAIRED,
    "ch27-36:at 5,186/end at 5,168": _UNPAIRED,
}
XFAIL.update(CHANGE_SUBJECTS_XFAIL)


# One group counted by its people in one report and by their cases, votes or tickets in
# the other, and traps of people against things (pairs_people_doings_fresh.json, written
# blind; no rule was kept from it): what compare() still gets wrong.
PEOPLE_DOINGS_XFAIL: dict[str, str] = {
    "pd27-1:47 cases of measles/Forty-seven people": _UNPAIRED,
    "pd27-3:4,200 tickets/4,600 Rovers fans": _UNPAIRED,
    "pd27-4:1,843 responses/1,843 people": _UNPAIRED,
    "pd27-5:more than 12,000 signatures/Over 12,000 people": _UNPAIRED,
    "pd27-6:9,400 claims/Around 9,000 families": _UNPAIRED,
    "pd27-6:top £120m/exceed £150m": _READ_AS_OTHER,
    "pd27-6": "false conflict: '£120m' / '£150m'",
    "pd27-7:36 new social rent flats/36 flats": _UNPAIRED,
    "pd27-8:first fortnight/first two weeks": _UNPAIRED,
    "pd27-10:41,000 calls/Around 41,000 people": _UNPAIRED,
    "pd27-11:2,871 complaints/2,781 viewers": _UNPAIRED,
    "pd27-17:600 jobs/Some 600 people applied": _KEPT_APART,
    "pd27-20:3,100 claims/3,100 customers": _KEPT_APART,
    "pd27-23:about 2,100 passengers/2,080 holidaymakers": _READ_AS_OTHER,
    "pd27-23:14-night/two-week": _UNPAIRED,
    "pd27-24:majority of 3,117/3,171 votes": _UNPAIRED,
    "pd27-25:85,000 tickets/85,000 revellers": _UNPAIRED,
    "pd27-25:212 people/212 incidents": _UNPAIRED,
    "pd27-26:1,200 outpatient appointments/Around 1,200 nurses": _KEPT_APART,
    "pd27-27:410 claims/410 households": _UNPAIRED,
    "pd27-28:since January's/since January": _UNPAIRED,
    "pd27-29:2,306 responses/Some 2,306 residents": _UNPAIRED,
    "pd27-29:5,400 signatures/5,400 people": _UNPAIRED,
    "pd27-29:3,200 registered members/3,200 visits": _KEPT_APART,
    "pd27-30:19 raids/19 addresses": _ELSEWHERE,
    "pd27-30": "false conflict: 'Twelve' / '19 addresses'",
}
XFAIL.update(PEOPLE_DOINGS_XFAIL)


# A reviewer's pairs, written from the docs at the rule 'A date against a year' before the
# code was read (pairs_review31.json): what compare() still gets wrong.
REVIEW31_XFAIL: dict[str, str] = {
    "rv31-1:shop in 2019/on 3 June 2019": _KEPT_APART,
    "rv31-5:the 2012 Olympics/2 February 2011": _KEPT_APART,
    "rv31-5": "false conflict: '2012' / '2 February 2011'",
    "rv31-7:in January 2020/repairs in 2020": _ELSEWHERE,
    "rv31-7:reopened in 2021/on 19 May 2021": _ELSEWHERE,
    "rv31-7:in January 2020/on 19 May 2021": _KEPT_APART,
    "rv31-7:reopened in 2021/repairs in 2020": _KEPT_APART,
    "rv31-7": "false conflict: 'January 2020' / '19 May 2021', '2021' / '2020'",
    "rv31-9:Euro 2020/on 11 July 2021": _KEPT_APART,
    "rv31-9": "false conflict: '2020' / '11 July 2021'",
    "rv31-12:in mid-2021/in June 2021": _UNPAIRED,
    "rv31-13:12/03/2021/in 2021": _UNPAIRED,
    "rv31-15:June 2019/'19": _UNPAIRED,
    "rv31-17:in early 2024/18 November 2024": _READ_AS_OTHER,
    "rv31-18:rebuilt in 2017/finished in 2018": _UNPAIRED,
}
XFAIL.update(REVIEW31_XFAIL)


# The thirty-first held-out set (pairs_fresh_za.json): ten kinds of fact, five cases each,
# written blind at the twenty-seventh session's start: what compare() still gets wrong.
FRESH_ZA_XFAIL: dict[str, str] = {
    "h31-money-2:on Tuesday/Tuesday's filing": _UNPAIRED,
    "h31-count-3:ninth consecutive league win/to nine games": _UNPAIRED,
    "h31-count-3:scored twice/first-half hat-trick": _UNPAIRED,
    "h31-percent-1:in February/year to February": _UNPAIRED,
    "h31-percent-4:roughly 6%/about 15 per cent": _UNPAIRED,
    "h31-measure-1:491 litres of rain per square metre/491mm of rain": _UNPAIRED,
    "h31-date-2:35-hour week/38 a week": _UNPAIRED,
    "h31-date-3:June 9 to June 13/June 9-13": _READ_AS_OTHER,
    "h31-date-3:10am Pacific time/11am PT": _UNPAIRED,
    "h31-date-5:19-year-old/She was 19": _ELSEWHERE,
    "h31-age-2:debut at 17/as a teenager": _UNPAIRED,
    "h31-age-2:award in 1984/Olivier in 1987": _UNPAIRED,
    "h31-age-4:average age at the start was 62/mean age was 64": _UNPAIRED,
    "h31-age-5:aged 84 and 86/husband, 86": _READ_AS_OTHER,
    "h31-year-3:came in 2016/2015-16 season": _UNPAIRED,
    "h31-year-3:5,000-1/5000/1": _UNPAIRED,
    "h31-year-3:relegated in 2023/flight in 2022": _UNPAIRED,
    "h31-year-3:a year later/returning in 2025": _UNPAIRED,
    "h31-year-5:Great Smog of 1952/December 1952": _ELSEWHERE,
    "h31-year-5:since 1993/came in 1995": _UNPAIRED,
    "h31-duration-1:half of the sentence/half in custody": _UNPAIRED,
    "h31-duration-3:286 days in space/more than nine months": _UNPAIRED,
    "h31-duration-4:lasted 20 months/almost two years ago": _UNPAIRED,
    "h31-duration-5:took five years/four and a half years": _READ_AS_OTHER,
    "h31-duration-5": "false conflict: 'five years' / 'four and a half years'",
    "h31-direction-1:also declined/dropped": _UNPAIRED,
    "h31-direction-2:pound strengthened/Sterling weakened": _UNPAIRED,
    "h31-direction-4:sharp increase/also down": _UNPAIRED,
    "h31-direction-5:rising fuel costs/climbing fuel bill": _UNPAIRED,
    "h31-direction-5:numbers were higher/traffic declined": _UNPAIRED,
    "h31-mixed-2:million in July/million in July": "found twice",
    "h31-mixed-5:€8.8bn/€9bn": _READ_AS_OTHER,
    "h31-mixed-5:levels were falling/still rising in some towns": _UNPAIRED,
}
XFAIL.update(FRESH_ZA_XFAIL)


# Decades of years against years and decades (pairs_decades_fresh.json), written blind at
# the twenty-eighth session for the reading of decades (docs/claims.md): what compare()
# still gets wrong.
DECADES_XFAIL: dict[str, str] = {
    "dc28-3:in Leeds in the 1980s/the 1987 killing": _UNPAIRED,
    "dc28-5:at the turn of the century/Arsenal in 2000": _UNPAIRED,
    "dc28-7:since measurements began in the 1970s/since 1974": _UNPAIRED,
    "dc28-8:every 30 minutes/two trains an hour": _UNPAIRED,
    "dc28-10:their '80s heyday/1980s hits": _UNPAIRED,
    "dc28-10:first album in 30 years/first for three decades": _UNPAIRED,
    "dc28-12:installed in the early-2010s/fitted in 2012": _UNPAIRED,
    "dc28-16:number four/No 4": _UNPAIRED,
    "dc28-17:since the turn of the century/since 1987": _UNPAIRED,
    "dc28-18:since the '90s/since 2001": _UNPAIRED,
    "dc28-18:2:19:46/2:19:31": _KEPT_APART,
    "dc28-18": "false conflict: '2:19:46' / '2:19:31'",
    "dc28-19:since a fire in March/since a blaze in the spring": _UNPAIRED,
    "dc28-21:in the early 2000s/in the late 2000s": _UNPAIRED,
    "dc28-22:since the 1970s/since 1983": _UNPAIRED,
    "dc28-24:in Sunderland in the 1970s/their 1977 single": _KEPT_APART,
    "dc28-25:built in the 1970s/opened in 1978": _KEPT_APART,
    "dc28-27:318 to 204/318 votes to 204": "found twice",
}
XFAIL.update(DECADES_XFAIL)


# Relative dates against dates of one tense and the other (pairs_relative_tense_fresh.json),
# written blind at the twenty-eighth session for the rule of tenses (docs/compare.md,
# "Relative dates"): what compare() still gets wrong.
RELATIVE_TENSE_XFAIL: dict[str, str] = {
    "rt28-2:260 converters/260 of the parts": _UNPAIRED,
    "rt28-3:this autumn/in October": _UNPAIRED,
    "rt28-4:last month/in January": _UNPAIRED,
    "rt28-4:until at least June/until June at the earliest": _UNPAIRED,
    "rt28-5:on Thursday 14 November/next week": _UNPAIRED,
    "rt28-5:seven names/Seven candidates": _UNPAIRED,
    "rt28-8:last year/2024 profits": _ELSEWHERE,
    "rt28-9:on 21 and 22 November/last week": _UNPAIRED,
    "rt28-10:three-year break/since 2022": _UNPAIRED,
    "rt28-19:three times a week/thrice-weekly": _UNPAIRED,
    "rt28-22:in 2022/in 2021": _KEPT_APART,
    "rt28-22": "false conflict: '2022' / '2021'",
    "rt28-25:1,795 people/1,800 patients": _READ_AS_OTHER,
    "rt28-27:43 miners/43 men": _UNPAIRED,
    "rt28-30:in 2019/in September 2019": _UNPAIRED,
}
XFAIL.update(RELATIVE_TENSE_XFAIL)


# Years of one fact and the same year of two events (pairs_same_years_fresh.json), written
# blind at the twenty-eighth session for a rule on one year left in both texts (not kept:
# docs/compare.md, "Assignment"): what compare() still gets wrong.
SAME_YEARS_XFAIL: dict[str, str] = {
    "sy28-2:22-date tour/22 shows": _UNPAIRED,
    "sy28-14:18 shows/18-date tour": _UNPAIRED,
    "sy28-16:19th in the table/sit 19th": _UNPAIRED,
    "sy28-19:app in 2015/Austin in 2015": _KEPT_APART,
    "sy28-20:opened in 1998/storm in 1998": _KEPT_APART,
    "sy28-21:Glasgow in 2008/Glastonbury in 2008": _KEPT_APART,
    "sy28-23:opened in 2006/Cup in 2006": _KEPT_APART,
    "sy28-24:launched in 2018/spotted in 2018": _KEPT_APART,
    "sy28-25:opened in 1987/built in 1987": _KEPT_APART,
    "sy28-26:prison in 2020/targeted in 2020": _KEPT_APART,
    "sy28-27:profit of £3m/spent £3m": _KEPT_APART,
    "sy28-28:bought in 1985/listed in 1985": _KEPT_APART,
    "sy28-29:cap in 2014/Everton in 2014": _KEPT_APART,
    "sy28-30:312 votes to 201/312 to 201": "found twice",
    "sy28-30:proposed in 2015/parliament in 2015": _KEPT_APART,
}
XFAIL.update(SAME_YEARS_XFAIL)


# Runs counted by ordinals (pairs_streaks_fresh.json), written blind at the
# twenty-eighth session for the reading of runs (docs/claims.md, "Runs"): what compare()
# still gets wrong.
STREAKS_XFAIL: dict[str, str] = {
    "st28-1:topped 30C/above 30C": _READ_AS_OTHER,
    "st28-1:day on Thursday/30C on Thursday": _ELSEWHERE,
    "st28-2:nine wins in a row/ninth consecutive league victory": _UNPAIRED,
    "st28-2:since 2002/in more than two decades": _UNPAIRED,
    "st28-3:voted 6-3/Six of the nine": _ELSEWHERE,
    "st28-3": "false conflict: 'two members' / 'nine MPC members'",
    "st28-5:seventh straight session/seventh consecutive daily decline": _UNPAIRED,
    "st28-5:closed lower/index fell": _UNPAIRED,
    "st28-7:sixth successive clean sheet/six games in a row": _UNPAIRED,
    "st28-8:eased/has now fallen": _UNPAIRED,
    "st28-10:11th successive quarterly loss/eleventh consecutive quarter": _UNPAIRED,
    "st28-12:fifth consecutive one-day international defeat/fifth ODI loss in a row": _UNPAIRED,
    "st28-12:bowled out for 214/Chasing 215": _UNPAIRED,
    "st28-12:in 46.3 overs/41 balls to spare": _KEPT_APART,
    "st28-12": "false conflict: '46.3 overs' / '41 balls'",
    "st28-13:at least 110F/topped 110F": _READ_AS_OTHER,
    "st28-15:eighth successive defeat/seven straight games": _UNPAIRED,
    "st28-15:4-0 loss/4-0 thrashing": _UNPAIRED,
    "st28-16:sixth consecutive day/its fourth day": _UNPAIRED,
    "st28-19:shrank/has contracted": _UNPAIRED,
    "st28-20:88th minute/two minutes from time": _UNPAIRED,
    "st28-22:third consecutive reduction/second rate cut in a row": _UNPAIRED,
    "st28-22:in February/February meeting": _UNPAIRED,
    "st28-23:10th consecutive victory/10 wins in a row": _UNPAIRED,
    "st28-25:second consecutive quarter/second quarter in a row": _UNPAIRED,
    "st28-25:narrowed/margin fell": _UNPAIRED,
    "st28-26:50th anniversary/half a century": _UNPAIRED,
    "st28-27:the fourth fire in the borough in as many days/fourth consecutive day": _UNPAIRED,
    "st28-30:fourth straight day/third consecutive day": _KEPT_APART,
    "st28-30": "false conflict: 'fourth straight day' / 'third consecutive day'",
}
XFAIL.update(STREAKS_XFAIL)


# A reviewer's pairs (pairs_review32.json), written from the docs at the twenty-eighth
# session's rules (decades, tenses of relative dates, years after "the") before the code
# was read: what compare() still gets wrong.
REVIEW32_XFAIL: dict[str, str] = {
    "rv32-4:their 1980s heyday/in 1986": _UNPAIRED,
    "rv32-4:20 million records/20 million albums": _UNPAIRED,
    "rv32-10:12 ski runs/12 runs at": _UNPAIRED,
    "rv32-13:2000 people/2,000 spectators": _UNPAIRED,
    "rv32-14:2022/2021": _UNPAIRED,
    "rv32-19:next spring/in April": _UNPAIRED,
    "rv32-21:next month/in March": _UNPAIRED,
    "rv32-22": "false conflict: '2015' / '2027'",
}
XFAIL.update(REVIEW32_XFAIL)


# tests/data/pairs_fresh_zb.json: the thirty-second held-out set (fifty pairs written blind, scored
# before the session's rules and read only at its end).
FRESH_ZB_XFAIL: dict[str, str] = {
    "h32-count-2:figure at 20,000/Tens of thousands": _UNPAIRED,
    "h32-count-4:on Tuesday/on Wednesday": _UNPAIRED,
    "h32-percent-1:eased/down from": _UNPAIRED,
    "h32-percent-2:rose to/climbed to": _UNPAIRED,
    "h32-percent-3:40,000 patients/some 14,000 people": _UNPAIRED,
    "h32-date-2:Thursday/Friday": _UNPAIRED,
    "h32-date-3:Saturday/a Saturday": _UNPAIRED,
    "h32-date-4:last 48 hours/until 4 March": _UNPAIRED,
    "h32-age-5:just fifteen/14-year-old": _UNPAIRED,
    "h32-age-5:world number 38/world No 38": _UNPAIRED,
    "h32-year-1:completed in 1386/14th century": _UNPAIRED,
    "h32-year-2:about 900 people/some 1,900 staff": _UNPAIRED,
    "h32-year-5:five votes to four/6-3 decision": _UNPAIRED,
    "h32-direction-2:in May from/year in May": _UNPAIRED,
    "h32-direction-5:third quarter/between July and September": _UNPAIRED,
    "h32-mixed-1:10km deep/35 kilometres": _UNPAIRED,
    "h32-mixed-4:rose by 40%/up from about 10,000": _UNPAIRED,
}
XFAIL.update(FRESH_ZB_XFAIL)


# tests/data/pairs_weekdays2_fresh.json: days of the week, written blind for the rule that ties two
# different days to one event (docs/compare.md, "Days of the week").
WEEKDAYS2_XFAIL: dict[str, str] = {
    "wd-4:early on Sunday/early on Monday": (
        "'struck' and 'shook' are read as two events' verbs, which keep the parts apart"
    ),
    "wd-6:in Bordeaux on Wednesday/to Bordeaux on Tuesday": _UNPAIRED,
    "wd-6:about three hours later/around three hours": _UNPAIRED,
    "wd-9:two goals down/2-0 down": _UNPAIRED,
    "wd-11:overnight on Tuesday/in the early hours of Wednesday": _UNPAIRED,
    "wd-12:9.40pm on Saturday/9.40pm on Friday": "found twice",
    "wd-13:for 14 months/14 months ago": _UNPAIRED,
    "wd-19:$13.50/$13.50": _READ_AS_OTHER,
    "wd-23:published on Friday/published on Friday 17 January": _UNPAIRED,
    "wd-24:detected last Saturday/spotted on Sunday": _UNPAIRED,
    "wd-26:in Spain on Tuesday/detained on Wednesday": _UNPAIRED,
    "wd-33:he was 41/man was 41": _UNPAIRED,
    "wd-37:up to 87mph/up to 80mph": _KEPT_APART,
    "wd-37": "false conflict: 'up to 87mph' / 'up to 80mph'",
    "wd-40:about 3.30pm/at 3.30pm": _READ_AS_OTHER,
}
XFAIL.update(WEEKDAYS2_XFAIL)


# tests/data/pairs_lone_dates_fresh.json: one calendar date in each text, written blind for
# the rules that keep two events' days apart (docs/compare.md, "Two events' days").
LONE_DATES_XFAIL: dict[str, str] = {
    "ld-1:two men/the pair": _UNPAIRED,
    "ld-5:About 1,000 residents/Nearly 1,000 people": _READ_AS_OTHER,
    "ld-9:on Christmas Day/on 25 December": _UNPAIRED,
    "ld-15:640 million kroner/540 million kroner": _KEPT_APART,
    "ld-15": "false conflict: '640 million kroner' / '540 million kroner'",
    "ld-20:125 years/125th anniversary": _UNPAIRED,
    "ld-26:to €750/up to €750": _UNPAIRED,
    "ld-30:Tuesday 7 November/from November 17": _KEPT_APART,
    "ld-30:by 0.25 percentage points to/rise by 0.25 percentage points": _KEPT_APART,
    "ld-30": "false conflict: '7 November' / 'November 17'",
    "ld-35:Category 3 storm/Category 3 hurricane": _UNPAIRED,
    "ld-36:on 6 August/August 6, 1945": _KEPT_APART,
}
XFAIL.update(LONE_DATES_XFAIL)


# tests/data/pairs_change_nouns_fresh.json: directions written as nouns ("a decline in
# burglaries of 8%"), written blind for that reading (docs/claims.md, "Hedges").
CHANGE_NOUNS_XFAIL: dict[str, str] = {
    "cn29-1:year to March/year to March": _UNPAIRED,
    "cn29-2:in June/year to June": _UNPAIRED,
    "cn29-3:£1,285/about £1,290": _READ_AS_OTHER,
    "cn29-3:twelve months to November/year to November": _UNPAIRED,
    "cn29-4:in August/in August": _ELSEWHERE,
    "cn29-6:in September/in September": _ELSEWHERE,
    "cn29-7:in July/end of July": _READ_AS_OTHER,
    "cn29-9:to 317,500/about 317,000": _READ_AS_OTHER,
    "cn29-15:a drop in passenger numbers of about a tenth/a jump in passengers of 10%": (
        _READ_AS_OTHER
    ),
    "cn29-16:four weeks to 14 July/four weeks to 14 July": "found twice",
    "cn29-21:16 weeks to 20 January/16 weeks to 20 January": "found twice",
    "cn29-24:last winter/last winter": _UNPAIRED,
    "cn29-25:year to March/year to March": _UNPAIRED,
    "cn29-25:a decline in burglaries of 8%/vehicle thefts fell 8%": _KEPT_APART,
    "cn29-26:over the decade/in ten years": _UNPAIRED,
    "cn29-27:brands' of 6.1%/up 6.1%": _ELSEWHERE,
    "cn29-27:rise 4.1%/grew 4.1%": _ELSEWHERE,
    "cn29-27": "false conflict: '6.1%' / '4.1%', '4.1%' / '6.1%'",
    "cn29-28:under 5/Under-five": _UNPAIRED,
    "cn29-28:between 2015 and 2022/seven years to 2022": _READ_AS_OTHER,
    "cn29-29:a rise in average rents of 6.4%/homes available to rent rose 6.4%": _KEPT_APART,
}
XFAIL.update(CHANGE_NOUNS_XFAIL)


# A reviewer's pairs (pairs_review33.json), written from the docs at the twenty-ninth
# session's rules (days of the week, two events' days, tenses of dates, directions as
# nouns, decades) before the code was read.
REVIEW33_XFAIL: dict[str, str] = {
    "rv33-2:on Saturday afternoon/on Sunday afternoon": _KEPT_APART,
    "rv33-2": "false conflict: 'Saturday' / 'Sunday'",
    "rv33-5:from 9pm on Sunday/on Saturday, around 9pm": "found twice",
    "rv33-7:at 7am on Tuesday/at 7am on Thursday": _KEPT_APART,
    "rv33-10:14 May/on 7 May": _KEPT_APART,
    "rv33-10": "false conflict: '14 May' / '7 May'",
    "rv33-17:since 4 August/on 14 August": _UNPAIRED,
}
XFAIL.update(REVIEW33_XFAIL)


# tests/data/pairs_fresh_zc.json: the thirty-third held-out set (fifty pairs written blind, scored
# before the session's rules and read only at its end).
FRESH_ZC_XFAIL: dict[str, str] = {
    "h33-money-1:two fingers/two earlier warnings": _KEPT_APART,
    "h33-money-2:in the third quarter/by September": _UNPAIRED,
    "h33-money-4:5-2/Two members opposed": _UNPAIRED,
    "h33-percent-2:51.3%/Just over half": _ELSEWHERE,
    "h33-percent-2:46% four years ago/49 percent at the last election": _ELSEWHERE,
    "h33-percent-2": "false conflict: '51.3%' / '49 percent'",
    "h33-measure-1:Gusts of 70mph/80mph on higher ground": _KEPT_APART,
    "h33-measure-1": "false conflict: '70mph' / '80mph'",
    "h33-date-1:last five weeks/until mid-October": _UNPAIRED,
    "h33-date-3:felled on Thursday/on Friday morning": _UNPAIRED,
    "h33-date-3:More than 3,000 people/3,400 signatures": _UNPAIRED,
    "h33-date-3:200-year-old oak/planted around 1820": _UNPAIRED,
    "h33-date-4:Three men/The trio": _UNPAIRED,
    "h33-date-5:30 June 2025/June 13, 2025": _UNPAIRED,
    "h33-age-5:average age of 14 years/on average, 11 years old": _ELSEWHERE,
    "h33-age-5:average age of 14 years/eight years in Manchester": _KEPT_APART,
    "h33-age-5": "false conflict: '14 years' / 'eight years'",
    "h33-year-4:listed in 1951/status in 1961": _UNPAIRED,
    "h33-year-5:the 2008 crash/2007-08 financial crisis": _READ_AS_OTHER,
    "h33-year-5": "false conflict: '2008' / '2007-08'",
    "h33-duration-2:35-hour working week/to 35": _ELSEWHERE,
    "h33-duration-2": "false conflict: 'a 35-hour working week' / '38 hours'",
    "h33-duration-4:within 48 hours/again on Wednesday": _UNPAIRED,
    "h33-direction-5:Homicides fell/homicides rose": _UNPAIRED,
    "h33-mixed-1:between 2019 and 2022/over three years": _UNPAIRED,
    "h33-mixed-2:Tuesday 4 June/Tuesday's derailment": _UNPAIRED,
    "h33-mixed-3:fell for a second month/dropped": _UNPAIRED,
    "h33-mixed-3:41% of patients/59% of patients": _READ_AS_OTHER,
    "h33-mixed-3:18-week target/18 weeks": _READ_AS_OTHER,
    "h33-mixed-3": (
        "false conflict: '41% of patients' / 'Some 59% of patients', "
        "'the 18-week target' / 'less than 18 weeks'"
    ),
}
XFAIL.update(FRESH_ZC_XFAIL)


# tests/data/pairs_stat_periods_fresh.json: statistics releases, periods named in different
# words (the year to a month, the previous month, a week earlier), written blind at the
# thirtieth session.
STAT_PERIODS_XFAIL: dict[str, str] = {
    "sp-2:added 175,000 jobs in April/created 175,000 positions last month": "found twice",
    "sp-3:held at 2.4% in April/2.4 per cent higher in April": "found twice",
    "sp-6:fell to 3.7% in December/dropped to 3.7 per cent last month": "found twice",
    "sp-8:eased to 2.2% in March/slowed to 2.2 per cent last month": "found twice",
    "sp-11:4.0% in the three months to November/"
    "4 per cent in the previous three-month period": "found twice",
    "sp-15": "false conflict: 'March' / 'February'",
    "sp-17:216,000 jobs in December/261,000 jobs last month": "found twice",
    "sp-18:6.5% in February/6.5 per cent in February": "found twice",
    "sp-19:rose to 6.1% in March/jumped to 6.1 per cent last month": "found twice",
    "sp-19:from 5.8% in February/from 5.9 per cent in February": "found twice",
    "sp-19:gain of 25,000/addition of 25,000 jobs": _UNPAIRED,
    "sp-20:3.6% over the twelve months to March/"
    "3.6 per cent in the year to the March quarter": _ELSEWHERE,
    "sp-20:annual inflation of 3.4%/pencilled in 3.4 per cent": _ELSEWHERE,
    "sp-20": "false conflict: '3.6%' / '3.4 per cent', '3.4%' / '3.6 per cent'",
    "sp-22:2.8% in February/2.8 per cent in February": "found twice",
    "sp-31:slowed to 4.2%/4 per cent higher": _KEPT_APART,
    "sp-31:from 6.1%/5 per cent in February": _KEPT_APART,
    "sp-31": "false conflict: '6.1%' / '5 per cent'",
    "sp-32:2.8% in January/3.3 per cent in January": _KEPT_APART,
    "sp-32": "false conflict: '2.8%' / '3.3 per cent', '3.1%' / '3.9 per cent'",
    "sp-33:rose 0.6% in March/climbed 0.6 per cent last month": "found twice",
    "sp-33:0.4% gain/grew 0.4 per cent": _KEPT_APART,
    "sp-35:rose 0.5% in February/1.2 per cent higher in February": _KEPT_APART,
    "sp-35": "false conflict: '0.5%' / '1.2 per cent'",
    "sp-36:climbed to 7.0%/rose to 7 per cent": _KEPT_APART,
    "sp-36": "false conflict: '6.1%' / '7.8 per cent'",
    "sp-37:0.2% higher/grew 0.4 per cent": _KEPT_APART,
    "sp-37": "false conflict: '0.2%' / '0.4 per cent'",
    "sp-38": "false conflict: '3.2%' / '2.0 per cent'",
    "sp-39:to 2.71 million/2.81 million people": _KEPT_APART,
    "sp-39": "false conflict: '2.71 million' / '2.81 million people'",
}
XFAIL.update(STAT_PERIODS_XFAIL)


# tests/data/pairs_forecasts_fresh.json: releases with what forecasters expected beside
# what came, written blind at the thirtieth session.
FORECASTS_XFAIL: dict[str, str] = {
    "fc30-4:eighth straight meeting/eight consecutive meetings": _UNPAIRED,
    "fc30-11:voted 8-1/Eight of the nine policymakers": _UNPAIRED,
    "fc30-12:4.45%/4.45%": _UNPAIRED,
    "fc30-17:roughly an 80% chance/about a 60% probability": _UNPAIRED,
    "fc30-19:412,300/412,300": _READ_AS_OTHER,
    "fc30-26:4.4%/around 4.25%": _KEPT_APART,
    "fc30-27:2.3%/2.3 per cent": _UNPAIRED,
    "fc30-27:2.5%/2.5 per cent": _KEPT_APART,
}
XFAIL.update(FORECASTS_XFAIL)


# tests/data/pairs_relative_periods_fresh.json: figures dated against other figures ("the
# previous month", "a year earlier", "over the same period"), written blind at the
# thirtieth session.
RELATIVE_PERIODS_XFAIL: dict[str, str] = {
    "rp-2:raised to 4.1p/payout of 4.1p": _ELSEWHERE,
    "rp-2:from 3.8p/up from 3.8p": _ELSEWHERE,
    "rp-2": "false conflict: '3.8p' / '4.1p'",
    "rp-3:Prices were flat/the index was unchanged": _UNPAIRED,
    "rp-5:little changed/held broadly steady": _UNPAIRED,
    "rp-7:2.98 million/2.98 million": _UNPAIRED,
    "rp-9:up from 27.2%/against 27.2%": _UNPAIRED,
    "rp-18:down from 78.8%/compared with 79.8%": _ELSEWHERE,
    "rp-18:compared with 78.8%/from 78.8%": _ELSEWHERE,
    "rp-18:down from 78.8%/from 78.8%": _KEPT_APART,
    "rp-18": "false conflict: '78.8%' / '79.8%'",
    # The food rate "over the same period" after a rate dated against "last month" is
    # of no period now, and no longer pairs December's rate; left over, it meets the
    # services rate by elimination (thirtieth session's review mend).
    "rp-23": "false conflict: '6.5%' / '4.4%'",
    "rp-25:rose 1.8%/increased 1.8%": _ELSEWHERE,
    "rp-25:fell 1.8%/increased 1.8%": _KEPT_APART,
    "rp-25": "false conflict: '1.8%' / '3.2%', '1.8%' / '1.8%'",
    "rp-27:stable compared with March/held at a record low": _UNPAIRED,
    "rp-27:down from 14.4% in March/compared with 14.4%": _KEPT_APART,
    "rp-27": "false conflict: 'March' / 'April'",
    "rp-28:Some 67.6%/to 67.6%": _ELSEWHERE,
    "rp-28:was 21.8%/to 21.8%": _ELSEWHERE,
    "rp-28": "false conflict: 'Some 67.6% of GCSE entries' / '21.8% of entries', '21.8%' / '22.0%'",
    "rp-29:1.61 billion/1.61 billion": _ELSEWHERE,
    "rp-29:the 1.39 billion/from 1.39 billion": _UNPAIRED,
    "rp-29:up from 371 million/compared with 376 million": _KEPT_APART,
    "rp-29": "false conflict: '1.61 billion rail journeys' / '1.74 billion', "
    "'371 million' / '376 million'",
    "rp-30": "false conflict: 'September' / 'October 2022'",
}
XFAIL.update(RELATIVE_PERIODS_XFAIL)


# tests/data/pairs_review34.json: a reviewer's, written from the docs at the thirtieth
# session's rules before the code was read; its misses are older limits ("in March" alone
# names no period; a period not reached across "on agency staff").
REVIEW34_XFAIL: dict[str, str] = {
    "rv34-2:rose 6%/rose 2%": _KEPT_APART,
    "rv34-2": "false conflict: '6%' / '2%'",
    "rv34-6:spent £95m/spent £8.1m": _KEPT_APART,
    "rv34-6": "false conflict: '£95m' / '£8.1m'",
    "rv34-14:with 0.1%/grown 0.3 per cent": _UNPAIRED,
}
XFAIL.update(REVIEW34_XFAIL)


# tests/data/pairs_fresh_zd.json: the thirty-fourth held-out set (fifty pairs written blind,
# scored at the thirtieth session's start and end, read only then).
FRESH_ZD_XFAIL: dict[str, str] = {
    "h34-money-2:19 to 6/19 votes to 6": "found twice",
    "h34-count-1:rescued 14 people/41 residents": _UNPAIRED,
    "h34-count-3:ninth straight league win/eight league games": _UNPAIRED,
    "h34-count-4": "false conflict: '40 luxury cars' / '23 firearms'",
    "h34-percent-4:raised its official cash rate/lifted the cash rate": _UNPAIRED,
    "h34-percent-5:rose 8%/up 18%": _UNPAIRED,
    "h34-date-4:on Sunday/on 20 October": _UNPAIRED,
    "h34-date-5:end of September/in November": _UNPAIRED,
    "h34-year-5:automated in 1969/since 1996": _UNPAIRED,
    "h34-duration-4:18 months on loan/year-and-a-half loan": _UNPAIRED,
    "h34-direction-2:increased sharply/a steep rise": _UNPAIRED,
    "h34-direction-4:left interest rates unchanged/held its key deposit rate steady": _UNPAIRED,
    "h34-direction-5:slowed to 0.2%/shrank by 0.2 per cent": _READ_AS_OTHER,
    "h34-mixed-1:three jackpot winners/Two tickets": _UNPAIRED,
    "h34-mixed-2:on Tuesday/next Tuesday": _ELSEWHERE,
    "h34-mixed-3:2.5 metres/around 3.5m": _UNPAIRED,
    "h34-mixed-5:youngest aged 23/aged 23 to 51": _READ_AS_OTHER,
}
XFAIL.update(FRESH_ZD_XFAIL)


# tests/data/pairs_changes_words_fresh.json: changes said without a figure ("Exports fell",
# "the pound strengthened", "left rates unchanged") against the other report's words or
# figure, written blind at the thirty-first session: 4 right before changes said in words
# were read, 6 after. Its misses: things named by other nouns ("trade deficit", "trade
# gap"; "economy", "gross domestic product"), quarters against their months, and a sort
# against the whole ("exports", "chip exports").
CHANGES_WORDS_XFAIL: dict[str, str] = {
    "cw-2:rose 6%/up 6 per cent": _ELSEWHERE,
    "cw-2:Revenue climbed/revenue increased 8.4%": _ELSEWHERE,
    "cw-2:kept its full-year forecast/left its annual profit guidance unchanged": _UNPAIRED,
    # Six months to September fill no calendar half: a company's half, not read as one.
    "cw-2:six months to September/first-half": _UNPAIRED,
    "cw-2": "false conflict: '6%' / '8.4%'",
    "cw-3:left interest rates unchanged/held borrowing costs": _UNPAIRED,
    "cw-3:voting 7-2/Seven of the nine": _UNPAIRED,
    "cw-4:Eurozone inflation eased/Inflation in the euro area slowed": _UNPAIRED,
    "cw-4": "false conflict: '4.3%' / '11.1%'",
    "cw-5:house prices rose/Property values increased by 0.8 per cent": _UNPAIRED,
    "cw-7:pound strengthened against the dollar/Sterling rose 0.6%": _UNPAIRED,
    "cw-8:lower second-quarter profit/fell 45%": _UNPAIRED,
    "cw-8:second-quarter/April-June quarter": _UNPAIRED,
    "cw-9:third quarter/between July and September": _UNPAIRED,
    "cw-9:fell by 95,300/shrank by about 95,000": _READ_AS_OTHER,
    "cw-10:rose 19%/jumped nearly a fifth": _ELSEWHERE,
    "cw-10:United States up strongly/American arrivals grew by a quarter": _ELSEWHERE,
    "cw-10": "false conflict: '19%' / 'a quarter'",
    "cw-11:coal dropped steeply/slumped 27%": _UNPAIRED,
    "cw-12:Attendances in the Bundesliga increased/"
    "Average crowds at German top-flight matches grew": _UNPAIRED,
    "cw-13:deficit narrowed/shortfall in Canada's goods trade shrank": _UNPAIRED,
    "cw-13:exports of crude oil increased/energy exports climbed": _UNPAIRED,
    "cw-14:economy shrank/domestic product fell 0.5%": _UNPAIRED,
    "cw-14:July-September quarter/third quarter": _UNPAIRED,
    "cw-14:Private consumption was flat/Consumer spending was unchanged": _UNPAIRED,
    "cw-16:rebound in car manufacturing/carmakers cutting production": _UNPAIRED,
    "cw-16:energy-intensive sectors, however, declined/"
    "Energy-intensive industries recorded a 2.1% drop": _UNPAIRED,
    "cw-18:trade deficit widened/trade gap narrowed": _UNPAIRED,
    "cw-18:$74.6 billion/$74.6bn": _READ_AS_OTHER,
    "cw-18:imports of consumer goods rose/purchases of foreign consumer goods fell": _UNPAIRED,
    "cw-18": "false conflict: '$74.6 billion' / '$74.6bn'",
    "cw-19:Retail sales in Britain were flat/retail sales volumes edged up 0.1%": _UNPAIRED,
    "cw-19:Online spending fell/Internet sales dropped 1.4%": _UNPAIRED,
    "cw-20:cut its key interest rate/kept its policy rate unchanged": _UNPAIRED,
    # The thirty-seventh session's verbs of change in every form give these levels
    # directions that clash: two levels one writer calls agreeing, and two exchange rates
    # against two currencies paired as left over.
    "cw-21:C$727,800/C$727,800": _READ_AS_OTHER,
    "cw-21": "false conflict: 'C$727,800' / 'C$727,800'",
    "cw-22:Inflation in India accelerated/consumer price inflation eased": _UNPAIRED,
    "cw-22:to 6.8%/to 6.83%": _READ_AS_OTHER,
    "cw-22": "false conflict: '6.8%' / '6.83%'",
    "cw-23:quarterly sales were lower/deliveries rose 2%": _UNPAIRED,
    "cw-23:demand in China weakened/sales in China fell 8%": _UNPAIRED,
    "cw-24:Oil prices rose/Brent crude slipped 0.4%": _UNPAIRED,
    "cw-25:were little changed/dipped 0.02 percentage point": _UNPAIRED,
    "cw-25:15-year rate rose to 6.29%/15-year average climbed to 6.29%": "found twice",
    "cw-26:China's exports grew/Chinese exports contracted 6.4%": _ELSEWHERE,
    "cw-26:imports shrank 6.4%/imports unexpectedly rose 3%": _ELSEWHERE,
    "cw-26:imports shrank 6.4%/exports contracted 6.4%": _KEPT_APART,
    "cw-27:FTSE 100 closed higher/finished Friday's session 0.3% lower": _ELSEWHERE,
    "cw-27:7,512 points/at 7,512": _UNPAIRED,
    "cw-27:mining shares rallied/gains for miners": _UNPAIRED,
    "cw-28:were broadly unchanged/down 9% from August": _UNPAIRED,
    "cw-29:exports rose/Chip exports jumped 30%": _KEPT_APART,
    "cw-31:prices were flat/national average was unchanged": _UNPAIRED,
    "cw-31:three months to June/quarter to June": _UNPAIRED,
    "cw-31:£539,000/£285,000": _KEPT_APART,
    "cw-31": "false conflict: '£539,000' / '£285,000'",
    "cw-33:1.1580 euros/$1.2710": _KEPT_APART,
    "cw-33": "false conflict: '1.1580 euros' / '$1.2710'",
    "cw-35:burglaries dropped/Burglaries in New Zealand rose": _UNPAIRED,
    "cw-35:31,200/about 31,000": _READ_AS_OTHER,
    "cw-35": "false conflict: '31,200' / 'about 31,000'",
    "cw-36:second quarter/April-June period": _UNPAIRED,
    "cw-37:attendance in the Premier League rose/"
    "Premier League grounds were fuller than ever": _UNPAIRED,
    "cw-39:petrol prices fell/gasoline prices dropped 3.6%": _ELSEWHERE,
    "cw-39": "false conflict: '3.3%' / '3.6%'",
}
XFAIL.update(CHANGES_WORDS_XFAIL)

# tests/data/pairs_year_sets_fresh.json: years of several events in each report, one event
# misdated in some, with traps of two events' years a few apart that each report gives
# alone; written blind at the thirty-first session for pairing the last year each text
# has left, which was tried and not kept (26 right before; 23 with it).
YEAR_SETS_XFAIL: dict[str, str] = {
    "ys-25:listed in 1972/protected status in 1974": _UNPAIRED,
    "ys-32:privatised in 2013/investors in 2014": _UNPAIRED,
    "ys-35:profitability in 2018/first profit in 2016": _UNPAIRED,
    "ys-35:Europe in 2012/Dublin in 2014": _KEPT_APART,
    "ys-35": "false conflict: '2012' / '2014'",
}
XFAIL.update(YEAR_SETS_XFAIL)


# tests/data/pairs_review35.json: a reviewer's, written from the docs at the thirty-first
# session's rule (changes said in words) before the code was read: 13 right as first
# written, 20 once the faults its review found were mended.
REVIEW35_XFAIL: dict[str, str] = {
    "rv35-4:Retail sales fell/Retail sales rose": _KEPT_APART,
    "rv35-4": "false conflict: 'Retail sales fell' / 'Retail sales rose'",
    "rv35-7:3.1% in May/3.1% in May": "found twice",
    "rv35-11:Sterling slumped/The pound tumbled": _UNPAIRED,
    "rv35-14:base rate remained at 5.25%/raised interest rates": _UNPAIRED,
    "rv35-18:Revenue at Burberry fell/Burberry's sales rose": _UNPAIRED,
    "rv35-20:2.2% in August/2.2% in August": "found twice",
}
XFAIL.update(REVIEW35_XFAIL)


# tests/data/pairs_fresh_ze.json: the thirty-fifth held-out set, ten kinds of fact, five cases
# each; written blind at the thirty-first session's start and scored then (28 right) and
# once its rules were in (28), read only then; 29 once a name written by its initials
# ("RBA") met its words.
FRESH_ZE_XFAIL: dict[str, str] = {
    "h35-money-2:120 new police officer positions/150 police positions": _UNPAIRED,
    # A converted figure ending in 0 read as rounded to a five (docs/compare.md,
    # "Verdicts") holds "nearly 5in" (127mm) within its hedge: agree, where the writer
    # said compatible.
    "h35-measure-3:120mm of rain/nearly 5in of rain": _READ_AS_OTHER,
    "h35-count-5:19 bus routes/twenty-one school bus services": _UNPAIRED,
    "h35-percent-2:on 28.7%/taking 18 percent": _KEPT_APART,
    "h35-percent-2": "false conflict: '28.7%' / '18 percent'",
    "h35-measure-2:15-metre/about 50ft": _READ_AS_OTHER,
    "h35-date-3:6am on Monday/Monday 17 November": _UNPAIRED,
    "h35-age-2:in his late teens/Dawson, 19": _UNPAIRED,
    "h35-age-4:aged 65 and over/Over-65s": _UNPAIRED,
    "h35-age-4:children aged two and three/toddlers aged two and three": "found twice",
    "h35-age-5:joined the company 25 years ago/25 years into her career": _UNPAIRED,
    "h35-year-3:80th anniversary/75 years since": _UNPAIRED,
    "h35-year-3:6 June 1944/in June 1944": _READ_AS_OTHER,
    "h35-year-5:by 2030/by the end of the decade": _UNPAIRED,
    "h35-duration-2:9pm on Friday/9pm Friday": "found twice",
    "h35-duration-3:eight days/week-long": _READ_AS_OTHER,
    "h35-duration-4:Some 44,000 people/46,000 patients": _READ_AS_OTHER,
    "h35-duration-4:more than 12 hours/12-hour waits": _READ_AS_OTHER,
    "h35-duration-5:Around 1,200 bookings/1,200 passengers": _READ_AS_OTHER,
    "h35-direction-1:profit had halved/30% drop in interim profit": _UNPAIRED,
    "h35-mixed-3:unchanged at 4.35%/lifted its cash rate to 4.35 per cent": "found twice",
    "h35-mixed-5:790,000 patient pathways/709,000 cases": _UNPAIRED,
}
XFAIL.update(FRESH_ZE_XFAIL)


# Quarters and halves of a year named two ways, two that differ, and traps of two figures'
# periods, fiscal quarters and the same quarter of another year (pairs_year_parts_fresh.json),
# written blind at the thirty-second session for the rule on quarters and halves named
# alone: 2 of 40 right before it, 19 with it.
YEAR_PARTS_XFAIL: dict[str, str] = {
    "pq-1:plant in the quarter/in August": _UNPAIRED,
    "pq-3:previous quarter/January-March quarter": _UNPAIRED,
    "pq-5:34 cents/34c": _UNPAIRED,
    "pq-6:September quarter/three months to September": _UNPAIRED,
    "pq-12:fiscal second quarter/January-to-March quarter": _UNPAIRED,
    "pq-13:previous three months/April-June quarter": _UNPAIRED,
    "pq-16:three months to August/June-to-August period": _UNPAIRED,
    "pq-17:end of December/year-end": _UNPAIRED,
    "pq-21:three months to May/three months to June": _UNPAIRED,
    "pq-22:fourth quarter/July-September quarter": _UNPAIRED,
    "pq-22:6.8 million/6.3 million": _UNPAIRED,
    "pq-23:between January and March/April-to-June quarter": _UNPAIRED,
    "pq-23:5.9 million/5.9 million": _UNPAIRED,
    "pq-24:first half/nine months to September": _UNPAIRED,
    "pq-27:between August and December/January to May": _UNPAIRED,
    "pq-28:second quarter/first six months of the year": _READ_AS_OTHER,
    "pq-28:12%/12 percent": _UNPAIRED,
    "pq-30:January-March/October-December quarter": _UNPAIRED,
    "pq-30:2.0%/1.8 percent": _UNPAIRED,
    "pq-30:fourth straight quarter/fourth consecutive quarter": _UNPAIRED,
    "pq-32:same quarter of 2023/a year earlier": _UNPAIRED,
    "pq-33:fiscal second quarter/three months to March": _UNPAIRED,
    "pq-34:same quarter last year/a year earlier": _UNPAIRED,
    "pq-37:April-September half/first half of its fiscal year": _UNPAIRED,
    "pq-38:previous quarter/April to June": _UNPAIRED,
    "pq-40:Q4 2023/a year before": _UNPAIRED,
}
XFAIL.update(YEAR_PARTS_XFAIL)


# A reviewer's 24 pairs written from the docs of quarters and halves named alone, before the
# code was read (pairs_review36.json): 6 right at the rule's start, 21 with its first form,
# 23 once its review's faults were mended.
REVIEW36_XFAIL: dict[str, str] = {
    # The quarter and its year are two claims, each agreeing: the reader's one pair is two.
    "rv36-12:Q3 2024/third quarter of 2024": "found twice",
    "rv36-17:final three months of 2023/third quarter of 2023": _UNPAIRED,
}
XFAIL.update(REVIEW36_XFAIL)


# The thirty-sixth held-out set (pairs_fresh_zf.json), written blind at the thirty-second
# session's start: 30 of 50 right then and at its end, read only then.
FRESH_ZF_XFAIL: dict[str, str] = {
    "h36-money-3:start in July/begin in August": _UNPAIRED,
    "h36-money-4:initial £9.5m/£9.5 million up front": _ELSEWHERE,
    "h36-money-4:rise to £12m/total to £11 million": _ELSEWHERE,
    "h36-money-4": "false conflict: '£9.5m' / '£11 million', '£12m' / '£9.5 million'",
    "h36-count-2:arrested 23 people/Two dozen people": _READ_AS_OTHER,
    "h36-count-3:174 passengers/All 180 people": _KEPT_APART,
    "h36-count-3": "false conflict: '174 passengers' / '180 people'",
    "h36-percent-1:from 5.3% in February/from 5.4 per cent in February": "found twice",
    "h36-percent-3:About 36,000 nurses/Some 63,000 members": _UNPAIRED,
    "h36-percent-4:survey of 2,000 people/poll of 2,013 adults": _READ_AS_OTHER,
    "h36-percent-5:1,500 job cuts/shed 1,500 jobs": _UNPAIRED,
    "h36-date-2:38 weather stations/dozens of stations": _KEPT_APART,
    "h36-date-3:3, 5 and 7 October/October 3, 5 and 8": "found twice",
    "h36-date-5:on the 9th/9 June": _UNPAIRED,
    "h36-date-5:on the 16th/June 17": _UNPAIRED,
    "h36-year-3:built in the 1920s/dates from 1926": _ELSEWHERE,
    "h36-year-3:closed in 2003/empty since 2008": _ELSEWHERE,
    "h36-year-3": "false conflict: '1920s' / '2008'",
    "h36-duration-3:More than 10,000/over 10,000": _UNPAIRED,
    "h36-direction-1:Unemployment rose/jobless rate fell": _UNPAIRED,
    "h36-direction-1:4.4%/4.4 per cent": _READ_AS_OTHER,
    "h36-direction-1": "false conflict: '4.4%' / '4.4 per cent'",
    "h36-direction-4:burglaries down/fewer break-ins": _UNPAIRED,
    "h36-mixed-3:112 Tests/112 Test matches": _UNPAIRED,
}
XFAIL.update(FRESH_ZF_XFAIL)


# Lengths of time of several things in each report, some a span of years in one report and
# a length in the other, with traps of two things' lengths of one figure
# (pairs_time_lengths_fresh.json), written blind at the thirty-third session for the rules
# on spans of years against lengths and on sentences: 18 of 40 right before them, 27 with
# them.
TIME_LENGTHS_XFAIL: dict[str, str] = {
    "lt-2:for ten months/for almost a year": _READ_AS_OTHER,
    "lt-2": "false conflict: 'ten months' / 'almost a year'",
    "lt-4:spent three years at Villarreal/three seasons at Villarreal": _UNPAIRED,
    "lt-4:lasted just 90 minutes/played 90 minutes": _KEPT_APART,
    "lt-8:took nine days/more than a week": _ELSEWHERE,
    "lt-8:took nine days/the final nine days": _KEPT_APART,
    "lt-10:a decade fronting/from 2009 to 2019": _UNPAIRED,
    "lt-12:for eight months/eight months ago": _ELSEWHERE,
    "lt-12": "false conflict: 'eight months' / '24 months'",
    "lt-15:minimum term of 22 years/at least 20 years": _READ_AS_OTHER,
    "lt-15:a two-week trial/a 10-day trial": _READ_AS_OTHER,
    "lt-15": "false conflict: 'a two-week trial' / 'a 10-day trial'",
    "lt-19:14 months of on-off talks/more than a year of failed negotiations": _UNPAIRED,
    "lt-20:a three-year deal/more than a year remaining": _KEPT_APART,
    "lt-23:lasted nine days/almost two weeks": _READ_AS_OTHER,
    "lt-23": "false conflict: 'nine days' / 'almost two weeks'",
    "lt-26:from 2012 to 2019/Over seven years": _UNPAIRED,
    "lt-36:lasted 12 days/almost two and a half weeks": _READ_AS_OTHER,
    "lt-36": "false conflict: '12 days' / 'almost two and a half weeks'",
    "lt-38:just eight months ago/eight months earlier": _UNPAIRED,
}
XFAIL.update(TIME_LENGTHS_XFAIL)


# Counts of two groups in each report, a dozen with the figures swapped between the groups,
# with traps of one group named by two nouns (pairs_noun_swaps_fresh.json), written blind at
# the thirty-third session for the rule on swapped nouns: 18 of 30 right before it, 19 with
# it.
NOUN_SWAPS_XFAIL: dict[str, str] = {
    "ns-6:down from/fell": _UNPAIRED,
    "ns-7:850 permanent jobs/320 permanent staff": _ELSEWHERE,
    "ns-7:320 contractor posts/850 contractors": _ELSEWHERE,
    "ns-7:850 permanent jobs/850 contractors": _KEPT_APART,
    "ns-8:11 gold/seven golds": _ELSEWHERE,
    "ns-8:7 silver/11 silvers": _ELSEWHERE,
    "ns-8:11 gold/11 silvers": _KEPT_APART,
    "ns-9:1,480 flu patients/another 212": _ELSEWHERE,
    "ns-9:212 in intensive care/reached 1,480": _ELSEWHERE,
    "ns-9:1,480 flu patients/reached 1,480": _KEPT_APART,
    "ns-9:212 in intensive care/another 212": _KEPT_APART,
    "ns-10:41 men/15 were men": _ELSEWHERE,
    "ns-10": "false conflict: '64 people' / '15'",
    "ns-11:67th minute/67th-minute": _UNPAIRED,
    "ns-16:Two crew members/two members of staff": _ELSEWHERE,
    "ns-16": "false conflict: 'About 200 people' / 'two members of staff'",
    "ns-20:19 miners/nineteen were pulled out": _ELSEWHERE,
    "ns-20:Four of their colleagues/Four miners died": _ELSEWHERE,
    "ns-20": "false conflict: '19 miners' / 'Four miners', 'Four of their colleagues' / 'nineteen'",
    "ns-21:300 tanks/about 300 armoured vehicles": _READ_AS_OTHER,
    "ns-27:three golds/three gold medals": _UNPAIRED,
}
XFAIL.update(NOUN_SWAPS_XFAIL)


# A reviewer's 24 pairs at the weak points of the thirty-third session's rules (spans of
# years against lengths, sentences, lengths far apart, swapped nouns), written from the
# docs before the code was read (pairs_review37.json): 16 right before the rules, 17 after
# them and after the mends its review asked for.
REVIEW37_XFAIL: dict[str, str] = {
    "rv37-12:lasted three days/lasted three months": _UNPAIRED,
    "rv37-16:2014-2018/for three years": _KEPT_APART,
    "rv37-17:between 2015 and 2018/over three years": _UNPAIRED,
    "rv37-18:between 2016 and 2020/took three years": _KEPT_APART,
    "rv37-22:80 children/80 pupils": _UNPAIRED,
}
XFAIL.update(REVIEW37_XFAIL)


# One fact's range or bound in both reports, its ends differing or the same in other words,
# with traps (pairs_stated_ranges_fresh.json), written blind at the thirty-third session for
# the rule on two stated ranges: 20 of 30 right before it, 26 with it.
STATED_RANGES_XFAIL: dict[str, str] = {
    "rg-4:At least 12 people were killed/at least 15": _READ_AS_OTHER,
    "rg-4": "false conflict: 'At least 12 people' / 'at least 15'",
    "rg-16:in the past year/in the last 12 months": _UNPAIRED,
    "rg-29:no more than a minute/under a minute": _READ_AS_OTHER,
}
XFAIL.update(STATED_RANGES_XFAIL)


# The thirty-seventh held-out set (pairs_fresh_zg.json): ten kinds of fact, five cases each,
# written blind at the thirty-third session's start; 30 right then and once the session's
# rules were in, read only then; 31 with the rule on two stated ranges it suggested.
FRESH_ZG_XFAIL: dict[str, str] = {
    "h37-money-1:six months/four weeks": _KEPT_APART,
    "h37-money-1": "false conflict: 'six months' / 'four weeks'",
    "h37-money-4:A$2.5 million/top estimate of $2.8 million": _ELSEWHERE,
    "h37-money-4:A$2 million/$2.2 million": _KEPT_APART,
    "h37-money-5:up to A$75,000/up to $7,500": _READ_AS_OTHER,
    "h37-count-3:down sharply/fell to": _UNPAIRED,
    "h37-count-5:all 11 accused/Eleven men": _UNPAIRED,
    "h37-measure-2:24,000 containers/some 20,000 boxes": _READ_AS_OTHER,
    "h37-measure-4:up to 350 km/h/capable of 320 km/h": _READ_AS_OTHER,
    "h37-date-1:on 2 April/on April 12": _UNPAIRED,
    "h37-age-4:a 58-year-old shift supervisor/the oldest of the group is 56": _ELSEWHERE,
    "h37-age-4:from 19/a 19-year-old": _ELSEWHERE,
    "h37-age-4:The 12 miners/All 12": _ELSEWHERE,
    "h37-age-4": "false conflict: '19' / '12', '58' / '56'",
    "h37-year-3:independence from Britain in 1964/independence in 1965": _UNPAIRED,
    "h37-year-5:dated 1642/mid-17th-century chart": _UNPAIRED,
    "h37-duration-1:Five years of the sentence were suspended/four suspended": _UNPAIRED,
    "h37-direction-1:rose on Tuesday/fell on Tuesday": _READ_AS_OTHER,
    "h37-direction-1:gained 2.4%/slipping": _UNPAIRED,
    "h37-direction-1:cut its harvest forecast/lower Russian crop estimate": _UNPAIRED,
    "h37-direction-2:monthly inflation eased/a slowdown from April": _UNPAIRED,
    "h37-direction-2:Annual inflation slowed/also decelerated": _UNPAIRED,
    "h37-direction-4:broadly flat/little changed": _UNPAIRED,
    "h37-direction-5:still rising/begun receding": _UNPAIRED,
    "h37-mixed-2:fell for a third straight week/slipped": _UNPAIRED,
    "h37-mixed-2:9.2 million kilograms/9.8 million kg": _READ_AS_OTHER,
    "h37-mixed-3:category 3 system/Category 2 Cyclone": _UNPAIRED,
}
XFAIL.update(FRESH_ZG_XFAIL)


# A measure said "up to" in one report against the other's figure: measured peaks, forecasts,
# caps and limits, money and counts with "up to", controls (pairs_peaks_fresh.json), written
# blind at the thirty-fourth session for the rule on peaks said "up to": 20 of 36 right
# before it, 26 with it, 28 with the rule on caps said in words (written after four of its
# misses were read).
PEAKS_XFAIL: dict[str, str] = {
    "pk-4:Up to 180mm/182mm": _READ_AS_OTHER,
    "pk-4": "false conflict: 'Up to 180mm' / '182mm'",
    "pk-8:third overall/third place": _UNPAIRED,
    "pk-9:89th minute/89th-minute": _UNPAIRED,
    "pk-11:up to magnitude 5.8/magnitude 5.6": _ELSEWHERE,
    "pk-11": "false conflict: 'dozens of aftershocks' / '5.6 tremor'",
    "pk-15:up to 150km/h/118km/h": _READ_AS_OTHER,
    "pk-15": "false conflict: 'up to 150km/h' / '118km/h'",
    "pk-16:35 cases/35 people": _UNPAIRED,
    "pk-17:from 6pm on Thursday/at 6pm on Thursday": "found twice",
    "pk-24:up to 150km/h/to 140km/h": _READ_AS_OTHER,
    "pk-29:up to €450/€395": _READ_AS_OTHER,
}
XFAIL.update(PEAKS_XFAIL)


# Caps, limits and maxima said in words in one or both reports, with traps of a cap against
# an average or an actual figure (pairs_maxima_fresh.json), written blind at the
# thirty-fourth session for the rule on caps said in words: 17 of 32 right before the
# session's rules, 18 with the rule on peaks, 19 with caps.
MAXIMA_XFAIL: dict[str, str] = {
    "mx-3:from next year/from next year": _UNPAIRED,
    "mx-4:top speed of 360km/h/reached 345km/h in tests": _ELSEWHERE,
    "mx-4:top speed of 360km/h/320km/h in passenger service": _KEPT_APART,
    "mx-5:most expensive seats costing €395/top out at €295": _READ_AS_OTHER,
    "mx-5:in June/June concerts": _UNPAIRED,
    "mx-6:highest reading on Sunday was 41.2C/top temperature on Sunday, 41C": "found twice",
    "mx-9:maximum of 14 years/maximum of life imprisonment": _UNPAIRED,
    "mx-12:from 1 October/in October": _READ_AS_OTHER,
    "mx-13:next 12 months/coming year": _UNPAIRED,
    "mx-17:penalties of up to A$50 million/will be A$10 million": _UNPAIRED,
    "mx-18:up to 62,000 fans/capacity of 62,000": _ELSEWHERE,
    "mx-18:up to 62,000 fans/in front of 40,000 fans": _KEPT_APART,
    "mx-25:up to 1,200 passengers/room for 1,000 passengers": _READ_AS_OTHER,
    "mx-27:last week/previous week": _UNPAIRED,
    "mx-30:under two hours and 10 minutes/break 2:10": _UNPAIRED,
    "mx-32:topped 45C/above 45C": _READ_AS_OTHER,
    "mx-32:until the weekend/before the weekend": _UNPAIRED,
}
XFAIL.update(MAXIMA_XFAIL)


# Spans of years in many written forms ("2016-21", "from 2016 until 2021") against spans,
# lengths and single years, with traps of seasons, scores, ages and page ranges
# (pairs_year_span_forms_fresh.json), written blind at the thirty-fourth session for the
# reading of those forms: 15 of 30 right before it, 18 with it, 19 once a span's short last
# year was read as a stated range.
YEAR_SPAN_FORMS_XFAIL: dict[str, str] = {
    "ys2-1:1,200 social housing units/1,200 affordable homes": _UNPAIRED,
    "ys2-4:2015-2018 drought/drought of 2015 to 2018": _UNPAIRED,
    "ys2-6:at 33/aged 33": _UNPAIRED,
    "ys2-7:4,000th object/some 4,000 finds": _UNPAIRED,
    "ys2-11:from the late 1990s until 2008/in 1998-2008": _UNPAIRED,
    "ys2-11:20-date tour/20 shows": _UNPAIRED,
    "ys2-24:2023-24 financial year/year to June 2024": _READ_AS_OTHER,
    "ys2-24:A$120 million/A$120m": _UNPAIRED,
    "ys2-24:A$45 million/A$45m": _UNPAIRED,
    "ys2-24:the year before/a year earlier": _UNPAIRED,
    "ys2-24": "false conflict: '2023-24' / 'June 2024'",
    "ys2-25:21-17/21-17": _UNPAIRED,
    "ys2-25:for seven years/since 2017": _ELSEWHERE,
    "ys2-25:in charge since 2013/11 years as coach": _ELSEWHERE,
    "ys2-25": "false conflict: 'seven years' / '11 years', '2013' / '2017'",
    "ys2-26:aged 18-24/18-to-24-year-olds": _UNPAIRED,
    "ys2-26:a year earlier/a year ago": _UNPAIRED,
    "ys2-27:from 2004 to 2009/five-year period": _UNPAIRED,
    "ys2-30:2021-22 season/two-season loan": _UNPAIRED,
}
XFAIL.update(YEAR_SPAN_FORMS_XFAIL)


# A bound a negation turns over ("will not cost more than £5m") in one report against the
# other's figure, with traps of a negation near a bound it does not bound
# (pairs_negated_bounds_fresh.json), written blind at the thirty-fourth session for the
# reading of negated bounds: 11 of 30 right before it, 21 with it.
NEGATED_BOUNDS_XFAIL: dict[str, str] = {
    "nb-3:more than £50,000/£72,000": _READ_AS_OTHER,
    "nb-10:more than an hour/45 minutes": _UNPAIRED,
    "nb-11:more than $2 million/$2.4 million": _READ_AS_OTHER,
    "nb-14:a week of protests/a week of protests": _UNPAIRED,
    "nb-20:more than 30 pupils/18 to 28 pupils": _READ_AS_OTHER,
    "nb-20": "false conflict: 'more than 30 pupils' / 'range from 18 to 28 pupils'",
    "nb-22:first Pride march/first Pride event": _UNPAIRED,
    "nb-23:more than 300 homes/120 homes": _KEPT_APART,
    "nb-23": "false conflict: 'more than 300 homes' / '120 homes'",
}
XFAIL.update(NEGATED_BOUNDS_XFAIL)


# A reviewer's 24 pairs (pairs_review38.json), written from the docs at the thirty-fourth
# session's rules (peaks said "up to", caps said in words, spans of years in more forms,
# negated bounds) before the code was read: 15 right before the rules, 20 with them as
# first written, 22 once the faults its review found were mended.
REVIEW38_XFAIL: dict[str, str] = {
    "rv38-9:1800-2000 people/About 1,900 people": _UNPAIRED,
    "rv38-18:2016 to 2021/five years": _UNPAIRED,
}
XFAIL.update(REVIEW38_XFAIL)


# pairs_changes_words_fresh.json: "Operating profit … rose to €1.2 billion in 2023" and
# "net profit fell 12% to €640 million in 2023" are two metrics now the change's end takes
# its size's predicate, so their amounts no longer pair (the false conflict is gone) and
# the year each scopes is no longer compared through them.
XFAIL["cw-30:in 2023/in 2023"] = _UNPAIRED


# A loss in one report against a profit in the other, two losses or two profits, and traps
# of a loss and a profit that are two facts (pairs_profit_loss_fresh.json), written blind at
# the thirty-fourth session for the rule on a loss against a profit: 8 of 24 right before
# it, 10 with it.
PROFIT_LOSS_XFAIL: dict[str, str] = {
    "pl-1:year to March/year ending March": _UNPAIRED,
    "pl-2:third quarter/third quarter": _UNPAIRED,
    "pl-4:halved/fell by half": _UNPAIRED,
    "pl-5:operating loss of ¥8.5 billion/operating profit for the first half of its fiscal year came to ¥8.5 billion": _UNPAIRED,  # noqa: E501
    "pl-5:April-September half/first half of its fiscal year": _UNPAIRED,
    "pl-8:earning C$35 million/net loss of C$35 million": _READ_AS_OTHER,
    "pl-8:second quarter/second quarter": _UNPAIRED,
    "pl-10:net loss of R$310 million/net income of R$310 million": _UNPAIRED,
    "pl-10:third quarter/July-September period": _UNPAIRED,
    "pl-15:net loss of $22 million/exceeded $20 million": _READ_AS_OTHER,
    "pl-15": "false conflict: '$22 million' / '$20 million'",
    "pl-17:year to March/year to March": _UNPAIRED,
    "pl-17": "false conflict: '£45m' / 'a £57m writedown'",
    "pl-18:2023/2023": _ELSEWHERE,
    "pl-18:net profit of KSh 2.3 billion/losing KSh 2.3 billion": _KEPT_APART,
    "pl-18": "false conflict: '2023' / '2022'",
    "pl-19:pre-tax profit of £35m/loss of £35m": _KEPT_APART,
    "pl-19": "false conflict: '£35m' / '£35m'",
    "pl-20:lost £3m/pre-tax profit of £3m": _KEPT_APART,
    "pl-20": "false conflict: '£3m' / '£3m'",
    "pl-22:2023/2023": _UNPAIRED,
    "pl-22": "false conflict: '£120m' / '£160m'",
    "pl-24:catastrophe losses of $1.2 billion/net income of $1.2 billion": _KEPT_APART,
    "pl-24": "false conflict: '$1.2 billion' / '$1.2 billion'",
}
XFAIL.update(PROFIT_LOSS_XFAIL)


# The thirty-eighth held-out set (pairs_fresh_zh.json): ten kinds of fact, five cases each,
# written blind at the thirty-fourth session's start; 33 right then and once the session's
# rules were in, read only then.
FRESH_ZH_XFAIL: dict[str, str] = {
    "h38-count-5:arrested 23 people/Two dozen protesters": _READ_AS_OTHER,
    "h38-count-5:for three hours/for almost three hours": _READ_AS_OTHER,
    "h38-percent-2:52% of the vote/52.4 per cent": _ELSEWHERE,
    "h38-percent-2:38 per cent/fewer than four in ten": _ELSEWHERE,
    "h38-percent-2": "false conflict: '38 per cent' / '52.4 per cent'",
    "h38-percent-5:in the past year/last 12 months": _UNPAIRED,
    "h38-date-4:until 17 November/a fortnight of diversions": _UNPAIRED,
    "h38-age-1:one-mile course/swam a mile": _UNPAIRED,
    "h38-age-4:at 19/as a teenager": _ELSEWHERE,
    "h38-age-4:more than 40 albums/some 30 records": _ELSEWHERE,
    "h38-age-4": "false conflict: '19' / 'some 30 records'",
    "h38-year-2:in 1970/in 1907": _UNPAIRED,
    "h38-year-3:since 1986/in 38 years": _UNPAIRED,
    "h38-year-5:€12 an hour/€12.41": _KEPT_APART,
    "h38-duration-1:six-week trial/month-and-a-half-long trial": _UNPAIRED,
    "h38-duration-5:after 286 days/more than nine months": _UNPAIRED,
    "h38-duration-5:last eight days/about a week": _UNPAIRED,
    "h38-direction-3:from January/from the new year": _UNPAIRED,
    "h38-mixed-1:on Thursday/on Friday": _UNPAIRED,
}
XFAIL.update(FRESH_ZH_XFAIL)


# The ordinals pairs (pairs_ordinals_fresh.json), written blind at the thirty-fifth session
# for ordinals read as places and ranks (docs/claims.md, "Ordinals"): 7 right before, 24
# after.
_ORDINAL_AND_COUNT = "an ordinal and a count never meet (docs/compare.md, 'Blocks')"
_ANNIVERSARY = "an anniversary is a place in a series, no length of time to meet 'N years since'"
ORDINALS_XFAIL: dict[str, str] = {
    "od-1:fourth measles outbreak/the county's fourth": "'the county's fourth of the year'"
    " read as a share, 'fourth of'",
    "od-3:her third Estoril Open title/won the tournament in Estoril three times": (
        _ORDINAL_AND_COUNT
    ),
    "od-3:6-4, 6-2 in/6-4, 6-2 victory": _READ_AS_OTHER,
    "od-3": "false conflict: '6-4' / '6-2', '6-2' / '6-4'",
    "od-6:the 80th anniversary/80 years since": _ANNIVERSARY,
    "od-7:a second term/a second four-year term": "'four-year term' read first, so 'a second"
    " four-year term' is no ordinal",
    "od-16:finished fourth/Tom Ashby third": "a finisher named in a list ('Tom Ashby third')"
    " is not read",
    "od-19:the 70th anniversary/Seventy-five years after": _ANNIVERSARY,
    "od-24:her 150th goal/reached 151 goals": _ORDINAL_AND_COUNT,
    "od-25:27 cases/27 people": _UNPAIRED,
    "od-25:A third person/a fourth death": "a person and a death, two classes to WordNet,"
    " keep two places apart",
    # An ordinal takes no period: the year after "the second storm" is a fact of its own,
    # and meets the other report's date in that year.
    "dy27-30:on 11 January 2024/second storm in 2024": _KEPT_APART,
    "od-26:its 60th edition/the 59th Cambridge Folk Festival": "an edition and a festival,"
    " two classes to WordNet, keep their ordinals apart",
    "od-28:beat Motherwell 1-0/edge Motherwell 1-0": _UNPAIRED,
    "od-30:4.2bn kroner/4.2 billion crown": _UNPAIRED,
    "od-34:about half of high-speed trains/halved TGV services": _UNPAIRED,
    "od-34:third strike this year/fourth walkout since January": "two unions' strikes: a"
    " strike and a walkout are one thing, and who strikes is not read",
    "od-34": "false conflict: 'third strike' / 'fourth walkout'",
    # A reviewer's pair kept apart when ordinals were no claims: read as places now, "his
    # thousandth game" in both reports is one place, and agrees.
    "rv27p-1:thousandth/thousandth": _KEPT_APART,
}
XFAIL.update(ORDINALS_XFAIL)


# A reviewer's pairs (pairs_review39.json), written from the docs at the thirty-fifth
# session's ordinals rule before the code was read: 12 right as first built, 21 once the
# faults its review found were mended.
REVIEW39_XFAIL: dict[str, str] = {
    "rv39-14:fourth-seeded/fourth seed": "an ordinal before a hyphen ('fourth-seeded') is not read",
    "rv39-14:6-3 6-4 to/6-3 6-4 win": "a gold pair of two sets' scores: two findings, one each",
    "rv39-19:fourth stage/fourth of 12 stages": "'the fourth of 12 stages' is not read as an"
    " ordinal",
    "rv39-24:10th goal/tenth of the campaign": "'his tenth of the campaign' read as a share, 10%",
    "rv39-24:2-1 win/won 2-1": "'City won 2-1' is not read as a score",
}
XFAIL.update(REVIEW39_XFAIL)


# The rates per time pairs (pairs_per_time_fresh.json), written blind at the thirty-fifth
# session for amounts and counts per lengths of time ("£1,200 a month" / "£14,400 a year"):
# 5 right before the rule, 22 after.
PER_TIME_XFAIL: dict[str, str] = {
    "pt-6:A$32 an hour/A$1,216 for a 38-hour week": "a week's pay for a number of hours is"
    " not read as a rate",
    "pt-9:600 drivers/600 new recruits": _UNPAIRED,
    "pt-17:A$10,000 a day/A$100,000 a week": _ELSEWHERE,
    "pt-17:A$420,000/A$100,000 a week": _KEPT_APART,
    "pt-17": "false conflict: 'A$420,000' / 'A$100,000 a week'",
    "pt-21:roughly 17,000 a day/about 50,000 a week": "'about 50,000 a week' of visitors"
    " converted to a day (7,143) is no slip of 17,000: two counts left apart",
    "pt-25:first 350 homes/first 350 flats": _UNPAIRED,
    "pt-25:£2,100 a month/£1,800 a year": "a rent and a service charge, per two lengths of"
    " time, now compared",
    "pt-25": "false conflict: '£2,100 a month' / '£1,800 a year'",
    "pt-26:A$15.99 a month/A$2 a month": _KEPT_APART,
    "pt-26": "false conflict: 'A$15.99 a month' / 'A$2 a month'",
    "pt-30:one-off payment of 3 million won/about 4.2 million won a month": _KEPT_APART,
    "pt-30": "false conflict: '3 million won' / 'about 4.2 million won a month'",
}
XFAIL.update(PER_TIME_XFAIL)


# A reviewer's pairs (pairs_review39b.json), written from the docs at the rule on rates per
# time before the code was read: 14 right as first built, 17 once the faults its review
# found were mended (the same figure per another period taken for the same figure, "a year
# on housing" read as a point in time, wages per hour converted over the whole clock,
# fortnights and quarters unread).
_PERIOD_BEFORE = (
    "a period said before the amount ('weekly wages of', 'a daily £9 levy') is not read"
)
_TOTAL_FOR_HOURS = "a total for stated hours ('£480 for a 40-hour week') is not read as a rate"
REVIEW39B_XFAIL: dict[str, str] = {
    "rv39b-4:£12 an hour/£480": _TOTAL_FOR_HOURS,
    "rv39b-9:40 arrests/40 arrests a week": "a total over a stated span ('in a single day') is"
    " read as no rate, and meets a rate",
    "rv39b-12:£95,000/£4.9 million a year": _PERIOD_BEFORE,
    "rv39b-13:£9/£63 a week": _PERIOD_BEFORE,
    "rv39b-13": "false conflict: '£9' / '£63 a week'",
    "rv39b-14:£52,000/£1,000 a week": _PERIOD_BEFORE,
    "rv39b-21:£40 an hour/£400": _TOTAL_FOR_HOURS,
    "rv39b-22:13 cents a share/52 cents a share a year": "a rate per a thing and a length of"
    " time ('a share a year') is not split into the two",
}
XFAIL.update(REVIEW39B_XFAIL)


# The thirty-ninth held-out set (pairs_fresh_zi.json): ten kinds of fact, five cases each,
# written blind at the thirty-fifth session's start; 37 right then and once the session's
# rules were in, read only then.
FRESH_ZI_XFAIL: dict[str, str] = {
    "h39-money-1": "false conflict: '£190' / '£22,700'",
    "h39-count-4:two new isolation centres/Three treatment centres": _KEPT_APART,
    "h39-count-4": "false conflict: 'two new isolation centres' / 'Three treatment centres'",
    "h39-count-5": "false conflict: '233' / '148 seats'",
    "h39-percent-4:reached 59.9%/Around 66%": _READ_AS_OTHER,
    "h39-date-3:on 2, 4 and 6 May/beginning on 2 May": _READ_AS_OTHER,
    "h39-date-3:six operators/six train companies": _ELSEWHERE,
    "h39-date-3": "false conflict: '4' / 'six train companies', '6 May' / '2 May'",
    "h39-age-1:A 17-year-old boy/aged 17": _UNPAIRED,
    "h39-age-2:2 April 1909/April 1909": _READ_AS_OTHER,
    "h39-age-3:Sixteen-year-old midfielder/16 years and 87 days": _UNPAIRED,
    "h39-age-3:after 72 minutes/68th minute": _UNPAIRED,
    "h39-age-4:since 1997/First elected in 1996": _UNPAIRED,
    # "would not seek a sixth term" and "the end of his fifth term": two facts, read as
    # places of one series since ordinals are read (docs/claims.md, "Ordinals").
    "h39-age-4:a sixth term/his fifth term": _KEPT_APART,
    "h39-age-4": "false conflict: 'sixth term' / 'fifth term'",
    "h39-direction-4:unchanged in March/rose by 2 cent": _ELSEWHERE,
    "h39-direction-4": "false conflict: '€1.78 a litre' / '€1.69 a litre', '3 cent' / '2 cent',"
    " '€1.69' / '€1.78'",
    "h39-mixed-5:open in September/in the fall": _UNPAIRED,
}
XFAIL.update(FRESH_ZI_XFAIL)


# The compounds pairs (pairs_compounds_fresh.json), written blind at the thirty-sixth
# session for counts named by a compound and by its first word (docs/compare.md,
# 'Evidence against'): 14 right; a rule tried on them (17) was not kept.
COMPOUNDS_XFAIL: dict[str, str] = {
    "cc-1:1,500 job cuts/shed 1,500 jobs": _UNPAIRED,
    "cc-2:played 112 Tests/112 Test matches": _UNPAIRED,
    "cc-3:23 elephant carcasses/Thirty-two elephants were found dead": _UNPAIRED,
    "cc-4:made 14 albums/14 album releases": _UNPAIRED,
    "cc-5:About 2,300 train cancellations/2,312 trains cancelled": _READ_AS_OTHER,
    "cc-6:close 45 stores/54 store closures": _ELSEWHERE,
    "cc-6": "false conflict: '45 stores' / '210 shops'",
    "cc-7:86 car thefts/86 cars were stolen": _ELSEWHERE,
    "cc-7": "false conflict: '51' / '86 cars'",
    "cc-8:120,000 vaccine doses/120,000 cholera vaccines": _UNPAIRED,
    "cc-10:missed three penalties/third penalty miss": _UNPAIRED,
    "cc-14:sold 2 million books/2 million book sales": _UNPAIRED,
    "cc-15:3,400 phone thefts/4,300 phones were stolen": _UNPAIRED,
    "cc-16:53rd race win/won 53 races": _UNPAIRED,
    "cc-18:lost 40 sheep/40 sheep deaths": _UNPAIRED,
    "cc-22": "false conflict: 'Eight train drivers' / '15 services'",
    "cc-23": "false conflict: 'Eleven church leaders' / 'below 10 people'",
    "cc-30:three goal-line clearances/three goals": _KEPT_APART,
}
XFAIL.update(COMPOUNDS_XFAIL)


# The conversions pairs (pairs_conversions_fresh.json), written blind at the thirty-sixth
# session for measures in two units (docs/compare.md, 'Figures left over'): 18 right
# before, 20 after.
CONVERSIONS_XFAIL: dict[str, str] = {
    # "120mph (195km/h)": the pair is judged on A's own conversion, rounded to the 5,
    # which is 1% from "193 km/h"; its first figure, 120mph, is 193 km/h.
    "cv-1:sustained winds of 120mph/winds of 193 km/h": _READ_AS_OTHER,
    "cv-1": "false conflict: '195km/h' / '193 km/h'",
    "cv-12:limit is 80km/h/50mph limit": _READ_AS_OTHER,
    # "Twenty-one of the 143 people on board were treated" gives the 143 the injuries, so
    # "21 people were taken to hospital" meets it, and the joined "136 passengers and
    # seven crew" is left to meet "Twenty-one".
    "cv-17:rose to 2 metres/more than six feet": _ELSEWHERE,
    "cv-21:about 30 miles/some 20km": _UNPAIRED,
    "cv-27:gusts of 80mph/around 130km/h": _KEPT_APART,
    "cv-28:45 miles north-east/some 70km west": _KEPT_APART,
    "cv-29:peaked at 97F/hit 43C": _KEPT_APART,
    "cv-29": "false conflict: '97F' / '43C'",
}
XFAIL.update(CONVERSIONS_XFAIL)


# The hedges pairs (pairs_hedges_fresh.json), written blind at the thirty-sixth session
# for hedged figures against exact ones (docs/compare.md, 'The tolerance a reader
# accepts'): 17 right, before and after the session's rules.
HEDGES_XFAIL: dict[str, str] = {
    "hg-8:about 18 months/year and a half": _UNPAIRED,
    "hg-8:about 4,000 people/8,000 people": _KEPT_APART,
    "hg-8": "false conflict: 'about 4,000 people' / '8,000 people'",
    "hg-10:Nearly 100 firefighters/85 firefighters": _READ_AS_OTHER,
    "hg-14:some 11,000 responses/11,000 nurses": _UNPAIRED,
    "hg-15:More than 1,000 people/About 900 residents": _READ_AS_OTHER,
    "hg-19:About 150 people/seats 150": _KEPT_APART,
    "hg-21:roughly double/197% of": _UNPAIRED,
    "hg-27:about half a tonne/1.2 tonnes": _UNPAIRED,
}
XFAIL.update(HEDGES_XFAIL)


# The progressive pairs (pairs_progressive_fresh.json), written blind at the thirty-sixth
# session for changes said with '-ing' forms (docs/claims.md, 'Changes said in words'):
# 4 right before, 12 after.
PROGRESSIVE_XFAIL: dict[str, str] = {
    "pg-4:the floodwater has begun receding/Floodwater in Carlisle is still going up": _UNPAIRED,
    "pg-6:Rents are rising fastest in Leeds/rents in the city are now falling": _UNPAIRED,
    "pg-7:The pound was strengthening/Sterling gained": _UNPAIRED,
    "pg-8:Unemployment in Wales has been edging down/The jobless rate in Wales is climbing": _UNPAIRED,  # noqa: E501
    "pg-9:Temperatures were soaring/The heat climbed further": _UNPAIRED,
    "pg-9:reservoir levels kept dropping/Reservoirs fell": _UNPAIRED,
    "pg-11:Passenger numbers at Gatwick have been recovering/Gatwick's passenger traffic increased": _UNPAIRED,  # noqa: E501
    "pg-15:Mortgage rates have started coming down/Average mortgage rates are lower": _UNPAIRED,
    "pg-15:6,200 products/6,200 deals": _UNPAIRED,
    "pg-16:Reservoir levels in Yorkshire were dropping/Yorkshire's reservoirs filled up": _UNPAIRED,
    "pg-17:Retail sales were falling/retail sales slipped": _UNPAIRED,
    "pg-17:online spending was growing/Internet sales rose": _UNPAIRED,
    "pg-18:The wildfire near Athens was still growing/The blaze outside Athens shrank": _UNPAIRED,
    "pg-19:Bitcoin was surging/The price of bitcoin jumped": _UNPAIRED,
    "pg-19:$71,000/$71,000": _READ_AS_OTHER,
    "pg-22:the number without power was still rising/a figure that kept climbing": _UNPAIRED,
    "pg-23:visitor numbers falling/attendance dropped": _UNPAIRED,
    "pg-24:net migration had been falling/Net migration dropped": _UNPAIRED,
    "pg-29:petrol car registrations were sliding/Registrations of petrol cars went up": _UNPAIRED,
    "pg-30:wheat prices have been sliding/Wheat prices fell": _UNPAIRED,
}
XFAIL.update(PROGRESSIVE_XFAIL)


# A reviewer's pairs (pairs_review40.json), written from the docs at the thirty-sixth
# session's rules on compounds and on digits in two units, before the code was read.
REVIEW40_XFAIL: dict[str, str] = {
    "rv40-1:17 dolphin carcasses/Nineteen dolphins": _UNPAIRED,
    "rv40-4:120 turtle hatchlings/More than 100 turtles": _UNPAIRED,
    "rv40-6:About 200 student volunteers/Some 450 students": _UNPAIRED,
    "rv40-18:250kg/2,500lb": _UNPAIRED,
    "rv40-19:1.5km/15 miles": _KEPT_APART,
    "rv40-19": "false conflict: '1.5km' / '15 miles'",
    "rv40-21:20,000 gallons/2,000-litre": _KEPT_APART,
    "rv40-21": "false conflict: '20,000 gallons' / 'a 2,000-litre diesel tank cool'",
    "rv40-22:300 acres/30-hectare": _KEPT_APART,
    "rv40-22": "false conflict: '300 acres' / 'a 30-hectare country park'",
    "rv40-23:Up to 40cm/four feet": _KEPT_APART,
    "rv40-23": "false conflict: 'Up to 40cm' / 'four feet'",
    "rv40-24:6km/60-mile": _KEPT_APART,
    "rv40-24": "false conflict: '6km' / 'a 60-mile detour'",
}
XFAIL.update(REVIEW40_XFAIL)


# A reviewer's pairs (pairs_review40b.json), written from the docs at the thirty-sixth
# session's rules on '-ing' forms of change and on hedges of three digits, before the code
# was read.
_HEDGE_STATES = (
    "agree: a hedge holding a plain figure within 5% states it (docs/compare.md, 'Verdicts')"
)
REVIEW40B_XFAIL: dict[str, str] = {
    "rv40b-10:activity at the Ripon centre is climbing/Activity at the Ripon centre dropped": _KEPT_APART,  # noqa: E501
    "rv40b-10": "false conflict: 'popular activity at the Ripon centre is climbing' / 'Activity at the Ripon centre dropped'",  # noqa: E501
}
XFAIL.update(REVIEW40B_XFAIL)


# The sums pairs (pairs_sums_fresh.json), written blind at the thirty-sixth session for
# a total against its parts (docs/compare.md, 'A total against its parts'): 4 right
# before, 10 after. Most misses left are a part the writer keeps apart from the total,
# whose words lie inside the joined claim that pairs with it.
SUMS_XFAIL: dict[str, str] = {
    "sm-1:186 passengers/192 people": _KEPT_APART,
    "sm-3:520 runners/310 men": _KEPT_APART,
    "sm-4:48 pupils/All 52 on the coach": _KEPT_APART,
    "sm-5:412 passengers/450 people": _KEPT_APART,
    "sm-6:Thirty workers/27 miners": _KEPT_APART,
    "sm-8:225 people/180 guests": _KEPT_APART,
    "sm-15:Eight people/Seven workers": _KEPT_APART,
    "sm-16:At least 100 people/84 fans and 23 stewards": _ELSEWHERE,
    "sm-16:At least 100 people/Eleven people": _KEPT_APART,
    "sm-16": "false conflict: 'At least 100 people' / 'Eleven people'",
    "sm-17:157 passengers and seven crew/157 passengers": _KEPT_APART,
    "sm-18:within an hour/within 50 minutes": _READ_AS_OTHER,
    "sm-18:46 workers and 12 contractors/12 contractors": _KEPT_APART,
    "sm-19:310 men and 210 women/520 volunteers": _KEPT_APART,
    "sm-19:210 women/520 volunteers": _KEPT_APART,
    "sm-20:38 pupils and four teachers/42-seat coach": _KEPT_APART,
    "sm-20": "false conflict: '38 pupils' / '42-seat'",
    "sm-23:1,240 passengers and 410 crew/1,420 passengers": _KEPT_APART,
    "sm-24:19 away supporters/19 arrests": _KEPT_APART,
    "sm-24:34 home fans and 19 away supporters/19 arrests": _KEPT_APART,
}
XFAIL.update(SUMS_XFAIL)


# A reviewer's pairs (pairs_review40c.json), written from the docs at the thirty-sixth
# session's rule on a total against its parts, before the code was read.
REVIEW40C_XFAIL: dict[str, str] = {
    "rv40c-7:won 3 seats and lost 2/5 seats": _KEPT_APART,
    "rv40c-7": "false conflict: '3 seats' / '5 seats'",
    "rv40c-9": "false conflict: '10 bus passengers' / 'Six people'",
    "rv40c-10:850 men and 650 women/1,500 police officers": _KEPT_APART,
    "rv40c-14:£3,000 and £2,000/£5,000 in costs": _KEPT_APART,
    "rv40c-14": "false conflict: '\u00a33,000' / '\u00a35,000'",
}
XFAIL.update(REVIEW40C_XFAIL)


# The fortieth held-out set (pairs_fresh_zj.json), written blind at the thirty-sixth
# session's start and read only at its end: 34 right then and at the end (exp scoring;
# 35 by bench/pairs.py).
FRESH_ZJ_XFAIL: dict[str, str] = {
    "h40-money-1:more than 6,000 residents/6,312 signatures": _UNPAIRED,
    "h40-money-3:42.8p per litre/42.8ppl": _UNPAIRED,
    "h40-count-5:majority of 312/213 votes short": _UNPAIRED,
    "h40-date-2:in the autumn/in September": _UNPAIRED,
    "h40-date-4:from 31 July to 3 August/July 31-August 3": _READ_AS_OTHER,
    "h40-year-1:empty since 1997/more than 25 years": _UNPAIRED,
    "h40-year-3:driest spring since 1976/driest in nearly half a century": _UNPAIRED,
    "h40-year-3": "false conflict: 'a third' / 'around 40% of the long-term average'",
    "h40-duration-5:in the spring/in the autumn": _UNPAIRED,
    "h40-direction-1:rose 1.2%/dipped in value": _UNPAIRED,
    "h40-direction-1:three months to June/between April and June": _UNPAIRED,
    "h40-direction-3:cargo volumes fell 3%/freight tonnage also grew": _UNPAIRED,
    "h40-direction-5:rose by 4%/have risen again": _UNPAIRED,
    "h40-mixed-4:Saracens 27-24/points, 27-24": _ELSEWHERE,
    "h40-mixed-4:kicking 17 points/by three points": _KEPT_APART,
    "h40-mixed-4": "false conflict: '17 points' / 'three points'",
    "h40-mixed-5:halve the number/by 50%": _UNPAIRED,
    "h40-mixed-5:by March 2026/by spring 2026": _ELSEWHERE,
}
XFAIL.update(FRESH_ZJ_XFAIL)


# The direction-in-words pairs (pairs_direction_words_fresh.json), written blind at the thirty-
# seventh session: 10 right before the wordings led by a verb of results, of causing or a
# particle were read, and a run of time or a comma before a level passed over; 14 after.
# Left: what moved named by two nouns ("sales" / "revenue"), "halved" and "doubled"
# against a figure, a place read as the subject of a level ("rate in Canada").
DIRECTION_WORDS_XFAIL: dict[str, str] = {
    "dw-1:Passenger traffic at Nordavia declined/passengers in March, down 6%": _ELSEWHERE,
    "dw-3:Sales at Halvorsen Foods slipped/revenue fell 2.4%": _UNPAIRED,
    "dw-5:lower first-half profit/net profit for the first six months fell": _ELSEWHERE,
    "dw-5:freight rates eased/softer freight rates": _UNPAIRED,
    "dw-6:weaker demand in Poland/rising demand in Poland": _UNPAIRED,
    "dw-8:cut its sales forecast/trimmed its full-year sales forecast": _UNPAIRED,
    "dw-11:lifting the pound/Sterling rose 0.4%": _UNPAIRED,
    "dw-12:Road deaths in the state have risen again/people killed on the state's roads fell": _UNPAIRED,  # noqa: E501
    # Since "fell for the first time in four years, to 3,612" is read as down (a comma
    # before the figure's own "to", forty-sixth round), the two levels carry the opposite
    # directions and their pair is the conflict; the writer put it on the words of change.
    "dw-12:more than 3,600 a year/3,612": _READ_AS_OTHER,
    "dw-12": "false conflict: 'more than 3,600 a year' / '3,612'",
    "dw-14:1,150 students this fall, down sharply/Enrollment at Redmond College increased to 1,150 students": _READ_AS_OTHER,  # noqa: E501
    "dw-15:1 million barrels per day/1 million bpd": _UNPAIRED,
    "dw-16:Mortgage rates in Canada went up/mortgage rate in Canada came down": _UNPAIRED,
    "dw-17:Factory activity in India picked up/India's manufacturing PMI rose": _UNPAIRED,
    "dw-18:Profit at Lindqvist Shipping halved/a 30% drop in annual profit": _UNPAIRED,
    "dw-18:container rates normalised/lower container rates": _UNPAIRED,
    "dw-19:Sales of electric cars in Brazil doubled/Brazilian electric vehicle sales jumped": _UNPAIRED,  # noqa: E501
    "dw-20:Annual profits at Sumida Trading were lower/net profit rose 1.2%": _UNPAIRED,
    "dw-26:Sales at Ferrand Appliances are expected to fall this year/sales would decline in 2024": _ELSEWHERE,  # noqa: E501
    "dw-29:falling in the previous three months/a decline in the March quarter": _UNPAIRED,
    "dw-29:1.1 billion NZ dollars/NZ$1.1 billion": _UNPAIRED,
}
XFAIL.update(DIRECTION_WORDS_XFAIL)


# A reviewer's pairs (pairs_review41.json), written from the docs at the thirty-seventh
# session's rules on changes led by a verb of results, of causing or a particle, runs of
# time before a level, and sorts and names: 20 right as first scored (one gold mended by
# its writer), 22 once its finds were mended.
REVIEW41_XFAIL: dict[str, str] = {
    "rv41-7:weaker demand in Europe/Demand for Volvo's cars in Europe dropped": _UNPAIRED,
    "rv41-23:prices higher/Coffee prices climbed 4%": _ELSEWHERE,
    "rv41-23:prices higher/Cocoa prices fell 2%": _KEPT_APART,
    "rv41-23": "false conflict: 'pushing prices higher' / 'Cocoa prices fell 2%'",
}
XFAIL.update(REVIEW41_XFAIL)


# The forty-first held-out set (pairs_fresh_zk.json), written blind at the thirty-seventh
# session's start: 38 right by bench/pairs.py then, and 38 once its rules were in, read
# only then.
FRESH_ZK_XFAIL: dict[str, str] = {
    "h41-percent-1:to 2.3% in April/to 2.3% last month": _READ_AS_OTHER,
    "h41-percent-2:Turnout was 64.4%/about two thirds of eligible voters": _ELSEWHERE,
    "h41-percent-2": "false conflict: '18.1%' / 'about two thirds of eligible voters'",
    "h41-date-2:to April 2026/until at least April 2026": _ELSEWHERE,
    "h41-date-2:for September 2025/targeted November 2024": _ELSEWHERE,
    "h41-date-2": "false conflict: 'April 2026' / 'November 2024', 'September 2025' / 'April 2026'",
    "h41-age-1:in May 1908/born in 1908": _ELSEWHERE,
    "h41-age-1": "false conflict: 'May 1908' / '29 December', 'twice' / 'four'",
    "h41-age-5:missing for four days/a three-day hike": _KEPT_APART,
    "h41-age-5": "false conflict: 'four days' / 'a three-day hike'",
    "h41-year-1:9,999 pipes/almost 10,000 pipes": _READ_AS_OTHER,
    "h41-duration-4:About 5,000 doctors/more than 7,000 doctors": _KEPT_APART,
    "h41-duration-4": "false conflict: 'About 5,000 doctors' / 'more than 7,000 doctors'",
    "h41-direction-3:worsened sharply/deteriorated": _UNPAIRED,
    "h41-direction-4:kept its full-year forecast unchanged/cut its annual profit outlook": _UNPAIRED,  # noqa: E501
    "h41-direction-4": "false conflict: 'April-June' / 'first-quarter'",
    "h41-mixed-2:extra 60 services/Around 80 additional trains": _UNPAIRED,
    "h41-mixed-4:4,500-year-old tomb/about 4,000 years": _UNPAIRED,
}
XFAIL.update(FRESH_ZK_XFAIL)


# The years-left pairs (pairs_event_years_left_fresh.json), written blind at the thirty-eighth
# session for years of events: several years in each report, one event misdated by one
# outlet, years beside other figures in the present and future ("due to open in 2030 at a
# cost of €4.5bn"), and traps of near years of two events. 12 of 30 right before the
# session's year rules, 22 after.
EVENT_YEARS_LEFT_XFAIL: dict[str, str] = {
    "eyl-13:added in 1460/15th-century spire": _UNPAIRED,
    "eyl-14:amended in 2012/revised in 2012": _UNPAIRED,
    "eyl-21:scrapped in 2026/scheme in 2026": _ELSEWHERE,
    "eyl-21": "false conflict: '2018' / '2026'",
    "eyl-22:founded in 1990/current site in 1993": _KEPT_APART,
    "eyl-22": "false conflict: '1990' / '1993'",
    "eyl-25:elected in 2016/re-elected in 2020": _KEPT_APART,
    "eyl-25": "false conflict: '2016' / '2020'",
    "eyl-26:group in 2014/exchange in 2017": _KEPT_APART,
    "eyl-26": "false conflict: '2014' / '2017'",
    "eyl-27:opened in 1965/rebuilt in 1968": _KEPT_APART,
    "eyl-27": "false conflict: '1965' / '1968'",
    "eyl-30:first held in 1947/August in 1950": _KEPT_APART,
    "eyl-30": "false conflict: '1947' / '1950'",
}
XFAIL.update(EVENT_YEARS_LEFT_XFAIL)


# The rounding-edge pairs (pairs_rounding_edges_fresh.json), written blind at the thirty-eighth
# session: a round figure against one at the edge of its rounding ("£180,000" / "£185,000",
# "1.6C" / "1.55C", "4%" / "4.2%"). 5 of 24 right before the half-open reading, 10 after;
# most misses left are plain rounding the writer calls compatible ("58%" / "58.3%").
ROUNDING_EDGES_XFAIL: dict[str, str] = {
    "re-2:1.6C/1.55C": _UNPAIRED,
    "re-3:5.5 metres/5.45 metres": _READ_AS_OTHER,
    "re-6:£2.5m/£2.45m": _READ_AS_OTHER,
    "re-9:seven to two/7-2": _ELSEWHERE,
    "re-9:Two members/two dissenters": _ELSEWHERE,
    "re-10:14kg/13.5kg": _READ_AS_OTHER,
    "re-12:5.1%/5.14%": _READ_AS_OTHER,
    "re-14:1,600 jobs/1,650 jobs": _READ_AS_OTHER,
    "re-14:about 9,000 people/8,400 employees": _READ_AS_OTHER,
    "re-15:6 metres/5.8 metres": _READ_AS_OTHER,
    "re-15:the third stranding/Two other whales": _UNPAIRED,
    "re-16:£184,000/£180,000": _READ_AS_OTHER,
    "re-19:minus 8C/-8.3C": _READ_AS_OTHER,
    "re-20:7.6 million/7.57 million": _READ_AS_OTHER,
    "re-20:58%/58.3%": _READ_AS_OTHER,
    "re-23:1.2 tonnes/1,247kg": _READ_AS_OTHER,
    "re-24:majority of 3,400/3,412 votes": _UNPAIRED,
    "re-24:48%/47.6%": _READ_AS_OTHER,
}
XFAIL.update(ROUNDING_EDGES_XFAIL)


# The review pairs (pairs_review42.json), written at the thirty-eighth session by a reviewer who
# read the docs of the session's year rules before their code: 14 of 24 right on the code
# before them, 19 after the review's faults were mended. Left: near years of two events,
# each text's last ("opened its first factory abroad in 2017", "stepped down in 2019"), and
# one year of two events paired as an agreement.
REVIEW42_XFAIL: dict[str, str] = {
    "rv42-7:2017/2019": _KEPT_APART,
    "rv42-7": "false conflict: '2017' / '2019'",
    "rv42-8:1948/1951": _KEPT_APART,
    "rv42-8": "false conflict: '1948' / '1951'",
    "rv42-9:1989/1992": _KEPT_APART,
    "rv42-9": "false conflict: '1989' / '1992'",
    "rv42-24:2012/2012": _KEPT_APART,
}
XFAIL.update(REVIEW42_XFAIL)


# Kept pairs the thirty-eighth session's rules lost (docs/compare.md, "Years of events",
# "The same figure left over", "The tolerance a reader accepts"): near years of two
# events, each text's last left ("launched in 2018" / "extended to the airport in
# 2021"); one year of two events paired as an agreement.  Two levels at the cap of a
# round figure's reading, which their writer calls two figures ("from 2% in June" / "up
# from 2.1 per cent", "from 4% in January" / "down from 4.2 per cent"): a reading at the
# cap is no rounding, and 2.1 rounds to 2.
S38_XFAIL: dict[str, str] = {
    "h31-percent-1:from 4% in January/down from 4.2 per cent": _READ_AS_OTHER,
    "h35-percent-1:from 2% in June/up from 2.1 per cent": _READ_AS_OTHER,
    "bg-3": "false conflict: '2021' / '2012'",
    "bg-3:appointed in 2021/academy in 2012": _KEPT_APART,
    "dy27-4": "false conflict: '2021' / '2018'",
    "dy27-6": "false conflict: '2028' / '2023'",
    "eyr-22": "false conflict: '1986' / '1990'",
    "eyr-22:1986/1990": _KEPT_APART,
    "rail-listing-merger-swap:2015/2015": _KEPT_APART,
    "sy-18": "false conflict: '1978' / '1987'",
    "sy-18:1978/1987": _KEPT_APART,
    "sy28-22:re-elected in 2021/who in 2021": _KEPT_APART,
    "sy28-27:in 2022/line in 2022": _KEPT_APART,
    "year-rietspruit-mine": "false conflict: '2013' / '2016'",
    "year-rietspruit-mine:in 2013/in 2016": _KEPT_APART,
    "yob-3": "false conflict: '2013' / '2008'",
    "ys-23": "false conflict: '2018' / '2021'",
    "ys-23:launched in 2018/extended to the airport in 2021": _KEPT_APART,
    "ys-24": "false conflict: '2009' / '2011'",
    "ys-24:site in 2009/took over in 2011": _KEPT_APART,
    "ys-26": "false conflict: '2015' / '2013'",
    "ys-26:party leader in 2015/transport minister in 2013": _KEPT_APART,
    "ys-27": "false conflict: '1999' / '1997'",
    "ys-27:relegated in 1999/ground in 1997": _KEPT_APART,
    "ys-29": "false conflict: '2004' / '2006'",
    "ys-29:Norwegian firm in 2004/renamed in 2006": _KEPT_APART,
    "ys-30": "false conflict: '2016' / '2019'",
    "ys-30:tightened in 2016/zone to the ordinance in 2019": _KEPT_APART,
    "ys-31": "false conflict: '1964' / '1961'",
    "ys-31:maternity wing in 1964/teaching hospital in 1961": _KEPT_APART,
    "ys-33": "false conflict: '2019' / '2020'",
    "ys-33:uncovered in 2019/arrested in 2020": _KEPT_APART,
    "ys-34": "false conflict: '1905' / '1909'",
    "ys-34:restored in 1905/nation in 1909": _KEPT_APART,
}
XFAIL.update(S38_XFAIL)


# The dozens pairs (pairs_dozens_fresh.json), written blind at the thirty-eighth session: a
# count in dozens or scores against one in digits or words. 12 of 20 right before a count
# in dozens was read as a round figure, 14 after.
DOZENS_XFAIL: dict[str, str] = {
    "dz-7:A score of boats/Twenty boats": _UNPAIRED,
    "dz-7:around $500,000/$1.2 million": _UNPAIRED,
    "dz-11:A dozen pupils/Eleven pupils": _READ_AS_OTHER,
    "dz-11": "false conflict: 'A dozen pupils' / 'Eleven pupils'",
    "dz-15:A couple of dozen fans/About 25 supporters": _READ_AS_OTHER,
    "dz-15:crowd of 31,000/31,412 spectators": _READ_AS_OTHER,
    "dz-15": "false conflict: 'A couple of dozen fans' / 'About 25 supporters'",
    "dz-17:a score of villages/At least 18 villages": _UNPAIRED,
}
XFAIL.update(DOZENS_XFAIL)


# The forty-second held-out set (pairs_fresh_zl.json), written blind at the start of the
# thirty-eighth session and read only at its end: 41 of 50 right before the session's rules
# and after them.
FRESH_ZL_XFAIL: dict[str, str] = {
    "h42-date-5:since March 2021/began in 2020": _UNPAIRED,
    "h42-duration-2:closed for 10 weeks/three months of disruption": _READ_AS_OTHER,
    "h42-duration-4:a total of 15 hours/spacewalk of nine hours": _KEPT_APART,
    "h42-duration-4": "false conflict: '15 hours' / 'nine hours'",
    "h42-direction-2:fell by 0.8%/rose slightly": _UNPAIRED,
    "h42-direction-3:past 12 years/a little over a decade ago": _UNPAIRED,
    "h42-direction-5:fell by 6%/went down last year": _UNPAIRED,
    "h42-mixed-3:in the 88th minute/two minutes from time": _UNPAIRED,
}
XFAIL.update(FRESH_ZL_XFAIL)


# Years at two precisions (tests/data/pairs_years_two_precisions_fresh.json), written blind in
# the thirty-ninth session: what compare() still reads otherwise.
TWO_PRECISIONS_XFAIL: dict[str, str] = {
    "tpr-1:16th-century coaching inn/dates from 1540": _UNPAIRED,
    "tpr-2:built in the 1820s/dates from 1824": _UNPAIRED,
    "tpr-2:last restored in 1970/renovated in 1907": _ELSEWHERE,
    "tpr-4:sank in 1951/went down in 1961": _UNPAIRED,
    "tpr-6:premiership in 1931/success since 1985": _UNPAIRED,
    "tpr-8:dates back to the 1920s/St Paul in 1923": _UNPAIRED,
    "tpr-8:relaunched in 2003/revived in 2004": _UNPAIRED,
    "tpr-10:an 18th-century windmill/built in 1762": _UNPAIRED,
    "tpr-14:built in the late 18th century/dates from 1789": _UNPAIRED,
    "tpr-14:last sold in 2007/changed hands in 2009": _UNPAIRED,
    "tpr-15:a 14th-century flint church/built in 1370": _UNPAIRED,
    "tpr-16:split in 1994/died in 1995": _KEPT_APART,
    "tpr-16": "false conflict: '1994' / '1995'",
    "tpr-17:600 jobs/600 job cuts": _UNPAIRED,
    "tpr-17:office in 1972/Exchange in 1972": _KEPT_APART,
    "tpr-20:stage in 2006/St Olav in 2006": _KEPT_APART,
    "tpr-23:dating from the 16th century/founded in 1558": _UNPAIRED,
    "tpr-24:founded in the 1880s/formed in 1884": _ELSEWHERE,
    "tpr-24": "false conflict: '1954' / '1884'",
}
XFAIL.update(TWO_PRECISIONS_XFAIL)


# Changes of several things (tests/data/pairs_changes_of_what_fresh.json), written blind in
# the thirty-ninth session: what compare() still reads otherwise.
CHANGES_OF_WHAT_XFAIL: dict[str, str] = {
    "cw2-1:year to March/twelve months to March": _UNPAIRED,
    "cw2-1:knife crime rose 4%/Car thefts climbed 4 per cent": _KEPT_APART,
    "cw2-2:Diesel fell 2p/Wholesale fuel costs dropped 2p": _KEPT_APART,
    "cw2-3:Shares in Rio Tinto dropped 3.4%/Brent crude dropped 3.4 per cent": _KEPT_APART,
    "cw2-5:Asking prices for homes climbed 4%/stock of homes for sale was up 4 per cent": _KEPT_APART,  # noqa: E501
    "cw2-6:Imports fell 5%/Gold imports dropped 5 per cent": _KEPT_APART,
    "cw2-7:June quarter/three months to June": _UNPAIRED,
    "cw2-7:electricity costs jumped 2.4%/Rents increased by 2.2 per cent": _KEPT_APART,
    "cw2-7": "false conflict: '2.4%' / '2.2 per cent'",
    "cw2-8:Gold climbed 2%/platinum gained 2 percent": _KEPT_APART,
    "cw2-9:Emergency admissions rose 3%/improved by 3 per cent": _KEPT_APART,
    "cw2-10:up 4% on the same day last year/5 percent higher than in 2023": _READ_AS_OTHER,
    "cw2-10:cancellations fell 12%/airfares dropped 12 percent": _KEPT_APART,
    "cw2-11:in November/to November": _UNPAIRED,
    "cw2-11:Energy prices fell 7%/Food, alcohol and tobacco prices climbed 6.9 per cent": _KEPT_APART,  # noqa: E501
    "cw2-11": "false conflict: '7%' / '6.9 per cent'",
    "cw2-12:Online spending fell 1.8%/a 1.8 per cent drop in sales": _KEPT_APART,
    "cw2-14:Petrol prices in Ireland rose 4 cent/unleaded increased by 4c": _UNPAIRED,
    "cw2-16:October-to-December quarter/last three months of the year": _UNPAIRED,
    "cw2-21:in 2023/in 2023": _UNPAIRED,
    "cw2-21:Burglaries fell 7%/Knife crime in the West Midlands rose 7 per cent": _KEPT_APART,
    "cw2-21": "false conflict: '7%' / '7 per cent'",
    "cw2-22:Petrol prices in Sydney fell 9 cents/Diesel in Sydney has dropped by 9c": _KEPT_APART,
    "cw2-23:42% of total trade/42 per cent of the UK's total trade": _ELSEWHERE,
    "cw2-23": "false conflict: '3%' / '42 per cent', '42%' / '3 per cent'",
    "cw2-24:FTSE 100 rose 1.5%/Brent crude climbed 1.5 per cent": _KEPT_APART,
    "cw2-25:Admissions to Irish hospitals rose 5%/Waiting times for emergency department treatment fell 5 per cent": _KEPT_APART,  # noqa: E501
    "cw2-25": "false conflict: '5%' / '5 per cent'",
    "cw2-26:vacancies in the UK fell 4.1%/Redundancies in Britain rose 4.1 per cent": _KEPT_APART,
    "cw2-26": "false conflict: '4.1%' / '4.1 per cent'",
    "cw2-27:Passenger numbers were up 2%/number of flights rose 2 per cent": _KEPT_APART,
    "cw2-28:year to October/in October": _UNPAIRED,
    "cw2-28:Used car prices fell 7.1%/Shelter costs, which include rents, climbed 6.7 percent": _KEPT_APART,  # noqa: E501
    "cw2-28": "false conflict: '7.1%' / '6.7 percent'",
    "cw2-29:Car thefts in Dublin dropped 12%/Robberies in the Dublin region rose 12 per cent": _KEPT_APART,  # noqa: E501
    "cw2-29": "false conflict: '12%' / '12 per cent'",
    "cw2-30:rupee weakened 0.4%/Sensex fell 0.4 percent": _KEPT_APART,
}
XFAIL.update(CHANGES_OF_WHAT_XFAIL)


# Counts of residents (tests/data/pairs_residents_fresh.json), written blind in the
# thirty-ninth session: what compare() still reads otherwise.
RESIDENTS_XFAIL: dict[str, str] = {
    "rsd-5:More than 100 locals/120 residents": _ELSEWHERE,
    "rsd-5": "false conflict: '210 pupils' / '120 residents'",
    "rsd-7:Roughly 500 residents/about 150 people": _UNPAIRED,
    "rsd-18:about 8,000 residents/Roughly 3,000 Montpelier residents": _KEPT_APART,
    "rsd-18": "false conflict: 'about 8,000 residents' / 'Roughly 3,000 Montpelier residents'",
    "rsd-21:6,500 residents/2,000 residents": _KEPT_APART,
    "rsd-21": "false conflict: '6,500 residents' / '2,000 residents'",
}
XFAIL.update(RESIDENTS_XFAIL)


# A reviewer's pairs (tests/data/pairs_review43.json), written in the thirty-ninth session from
# the docs of a rule on years at two precisions, later not kept: what compare() still reads
# otherwise.
REVIEW43_XFAIL: dict[str, str] = {
    "rv43-2:1989/1998": _UNPAIRED,
    "rv43-3:12th century/1150": _UNPAIRED,
    "rv43-4:1974/1976": _UNPAIRED,
    "rv43-5:1600s/1640": _UNPAIRED,
    "rv43-6:1974/1947": _UNPAIRED,
    "rv43-9:1860s/1866": _ELSEWHERE,
    "rv43-9": "false conflict: '1860s' / '1998'",
    "rv43-10:1900s/1904": _UNPAIRED,
    "rv43-11:13th century/1283": _UNPAIRED,
    "rv43-11:1646/1664": _KEPT_APART,
    "rv43-11": "false conflict: '1646' / '1664'",
}
XFAIL.update(REVIEW43_XFAIL)


# The forty-third held-out set (tests/data/pairs_fresh_zm.json), written blind at the start of
# the thirty-ninth session and read at its end: what compare() still reads otherwise.
FRESH_ZM_XFAIL: dict[str, str] = {
    "h43-measure-3:above 25C/below 77F": _READ_AS_OTHER,
    "h43-date-3:on 12 and 13 December/on the 12th and 13th": _ELSEWHERE,
    "h43-age-1:died aged 116/at 116": _ELSEWHERE,
    "h43-age-1:five children/mother of five": _ELSEWHERE,
    "h43-age-1:died aged 116/117-year-old woman": _KEPT_APART,
    "h43-age-1": "false conflict: 'aged 116' / 'a 117-year-old woman', 'three' / 'five'",
    "h43-age-2:minimum term of 14 years/at least 14 years": _READ_AS_OTHER,
    "h43-age-4:reach 68 in 2030/up to 68 in 2030": _READ_AS_OTHER,
    "h43-age-4:81 votes to 21/passed 81-21": _ELSEWHERE,
    "h43-age-4": "false conflict: '81 votes' / '69'",
    "h43-year-5:the seventh century/around AD 650": _UNPAIRED,
    "h43-direction-1:cut interest rates/have been lowered": _UNPAIRED,
    "h43-direction-1:voted 8-1/Eight of the nine": _UNPAIRED,
    "h43-direction-3:levels are now falling/still rising": _UNPAIRED,
    "h43-mixed-1:up to 1 metre/waves of 50cm": _KEPT_APART,
    "h43-mixed-1": "false conflict: 'up to 1 metre' / '50cm'",
    "h43-mixed-2:more than 18 weeks/the 18-week target": _READ_AS_OTHER,
    "h43-mixed-3:Tuesday, its fourth day/now in its fourth day": _UNPAIRED,
    "h43-mixed-4:36-22/36 to 22": _UNPAIRED,
    "h43-mixed-4:over four years/over three years": _READ_AS_OTHER,
    "h43-mixed-5:almost 50 years/five decades": _UNPAIRED,
}
XFAIL.update(FRESH_ZM_XFAIL)


# A bound against a bare figure (fortieth session, written blind): the rule for a length
# of time at its own bound holds the NHS label and the debate; misses left are below.
BOUND_FIGURES_XFAIL: dict[str, str] = {
    "bnd-1:more than 12 hours/12-hour waits": _READ_AS_OTHER,
    "bnd-2:330 votes to 275/330 to 275": _READ_AS_OTHER,
    "bnd-4:under 18 weeks/within 18 weeks": _READ_AS_OTHER,
    "bnd-6:at least 15 years/minimum term of 15 years": _READ_AS_OTHER,
    "bnd-8:fewer than 50 passengers/All 50 passengers": _READ_AS_OTHER,
    "bnd-9:up to £100/rises to £100": _ELSEWHERE,
    "bnd-9:up from £45/from £45": _ELSEWHERE,
    "bnd-10:311 for six/311-6": _UNPAIRED,
    "bnd-10:unbeaten on 68/Smith 68 not out": _UNPAIRED,
    "bnd-13:Up to 1 metre/50cm": _READ_AS_OTHER,
    "bnd-13": "false conflict: 'Up to 1 metre' / '50cm'",
    "bnd-17:Up to 200mm/164mm": _READ_AS_OTHER,
    "bnd-17": "false conflict: 'Up to 200mm' / '164mm'",
    "bnd-19:more than 12 hours/12-hour shift": _KEPT_APART,
    "bnd-20:more than 200,000 passengers/85,000 passengers": _KEPT_APART,
    "bnd-20": "false conflict: 'more than 200,000 passengers a day' / '85,000 passengers'",
    "bnd-22:at least 10 years in prison/10 years as Maricopa": _KEPT_APART,
}
XFAIL.update(BOUND_FIGURES_XFAIL)


# A measure in two units (fortieth session, written blind): figures rounded to a five
# and the imperial gallon now agree; misses left are below.
CONVERTED_UNITS_XFAIL: dict[str, str] = {
    "cvr-8:20 million litres/4.4 million gallons": _READ_AS_OTHER,
    "cvr-8": "false conflict: '20 million litres' / 'Some 4.4 million gallons'",
    "cvr-13:noon and 4pm/noon until 4pm": _UNPAIRED,
    "cvr-19:Category 4 storm/Category 4 Hurricane": _UNPAIRED,
    "cvr-23:about 2kg/roughly 9lb": _UNPAIRED,
}
XFAIL.update(CONVERTED_UNITS_XFAIL)


# Targets and outcomes (fortieth session, written blind): a target pairs with the
# other's target, never with an outcome where the other report gives a target too.
TARGETS_XFAIL: dict[str, str] = {
    "tgt-5:2005 levels/than in 2005": _UNPAIRED,
    "tgt-7:goal of 15 million/target of 15m": _UNPAIRED,
    "tgt-7:by 2030/by 2030": _UNPAIRED,
    "tgt-8:planted 150 million/about 200 million": _READ_AS_OTHER,
    "tgt-8:pledge of 15 billion/15 billion trees": _UNPAIRED,
    "tgt-10:record $778 billion/rose to $778.2bn": _ELSEWHERE,
    "tgt-10:the $800 billion/rose to $778.2bn": _KEPT_APART,
    "tgt-10:$437 billion/$341bn": _KEPT_APART,
    "tgt-10": "false conflict: '$437 billion' / '$341bn'",
    "tgt-11:less than 18 weeks/18-week target": _READ_AS_OTHER,
    "tgt-12:Some 92.8%/91.2 per cent": _ELSEWHERE,
    "tgt-12:slipped to 92.3%/91.2 per cent": _KEPT_APART,
    "tgt-12": "false conflict: '92.3%' / '91.2 per cent'",
    "tgt-13:More than 380,000/380,000-plus": _UNPAIRED,
    "tgt-16:target of 1.78 million/1.7m bpd goal": _UNPAIRED,
    "tgt-19:average of 30 minutes/average of 47 minutes": _KEPT_APART,
    "tgt-19": "false conflict: '30 minutes' / '47 minutes'",
    "tgt-20:70% of American adults/About 65%": _KEPT_APART,
    "tgt-21:all 193 million/About 146 million": _KEPT_APART,
    "tgt-21:by 2024/in 2019": _KEPT_APART,
    "tgt-21": "false conflict: '193 million rural households' / 'About 146 million rural homes', '2024' / '2019'",  # noqa: E501
    "tgt-22:1.2 million homes/177,000 new dwellings": _KEPT_APART,
    "tgt-22": "false conflict: '1.2 million homes' / '177,000 new dwellings'",
    "tgt-23:harvest of 650,000 tonnes/about 530,000 tonnes": _KEPT_APART,
    "tgt-23": "false conflict: '650,000 tonnes' / 'about 530,000 tonnes'",
    "tgt-24:50 to 70 medals/65 medals": _KEPT_APART,
}
XFAIL.update(TARGETS_XFAIL)


# Numbers in words against digits (fortieth session, written blind): a round figure
# spelled out is read within 10% of it; misses left are below.
ROUND_WORDS_XFAIL: dict[str, str] = {
    "rw-2:hit 74 degrees/high of 74": _UNPAIRED,
    "rw-4:one billion dollars/$1.1 billion investment": _READ_AS_OTHER,
    "rw-4": "false conflict: 'one billion dollars' / 'a $1.1 billion investment'",
    "rw-6:2 staff members/two teachers": _UNPAIRED,
    "rw-8:More than thirty thousand runners/field of 30,144": _READ_AS_OTHER,
    "rw-11:topped forty degrees/43.6C": _UNPAIRED,
    "rw-12:120,000 ounces last year/120,000 ounces in 2023": _READ_AS_OTHER,
    "rw-13:crossed a hundred million dollars/$96 million": _READ_AS_OTHER,
    "rw-18:sixty-one cases/More than 60 people": _ELSEWHERE,
    "rw-18:48 people/48 hospital admissions": _ELSEWHERE,
    "rw-18:48 people/More than 60 people": _KEPT_APART,
    "rw-18": "false conflict: 'sixty-one cases' / '48 hospital admissions', '48 people' / 'More than 60 people'",  # noqa: E501
    "rw-21:4 of the 6 cars/Four of its six cars": _READ_AS_OTHER,
    "rw-23:Forty per cent/41%": _READ_AS_OTHER,
    "rw-23": "false conflict: 'Forty per cent of Australians' / '41%'",
}
XFAIL.update(ROUND_WORDS_XFAIL)


# A reviewer's pairs (fortieth session), written from the docs of the four rules on
# targets, converted figures, round figures in words and lengths of time at a bound,
# before reading the code: 27 of 40 right before them, 34 after the mends the review asked.
REVIEW44_XFAIL: dict[str, str] = {
    "rv44-17:630 million gallons/2.9 billion litres": _READ_AS_OTHER,
    "rv44-17": "false conflict: '630 million gallons a day' / '2.9 billion litres'",
    "rv44-18:for 10 miles/A 15km tailback": _READ_AS_OTHER,
    "rv44-18": "false conflict: '10 miles' / '15km'",
    "rv44-24:thirty per cent/on 33%": _READ_AS_OTHER,
    "rv44-36:under two hours/less than two hours": _UNPAIRED,
    "rv44-38:nearly six hours/six-hour operation": _READ_AS_OTHER,
}
XFAIL.update(REVIEW44_XFAIL)


# tests/data/pairs_fresh_zn.json: the forty-fourth held-out set, ten kinds of fact, five cases
# each, written blind at the start of the fortieth session and read only at its end: 29 of
# 50 right at the start and at the end.
FRESH_ZN_XFAIL: dict[str, str] = {
    "h44-count-5:seven days/week-long": _UNPAIRED,
    "h44-percent-5:up from 76.5% in 2024/a slight improvement on last year": _UNPAIRED,
    "h44-measure-2:on Saturday/this weekend": _UNPAIRED,
    "h44-measure-4:reached 47.6C/record of 46.9C": _ELSEWHERE,
    "h44-measure-4:record of 47.4C/record of 46.9C": _KEPT_APART,
    "h44-measure-4": "false conflict: '47.4C' / '46.9C'",
    "h44-measure-5:depth of 10km/depth at 33 kilometres": _UNPAIRED,
    "h44-date-3:once-monthly injection/every four weeks": _UNPAIRED,
    "h44-age-2:aged 15 and 16/one 15 and the other 16": _ELSEWHERE,
    "h44-age-3:78th minute/final 12 minutes": _UNPAIRED,
    "h44-year-4:since 2012/13-year wait": _UNPAIRED,
    "h44-year-5:under 16/under-16s": _UNPAIRED,
    "h44-direction-1:increased in May/edged down in May": _READ_AS_OTHER,
    "h44-direction-2:values down 1.1%/steepest fall": _ELSEWHERE,
    "h44-direction-2": "false conflict: 'values down 1.1%' / 'Sydney prices were flat'",
    "h44-direction-3:fell by 8%/rose slightly": _UNPAIRED,
    "h44-direction-4:has fallen for the second year/has dropped again": _UNPAIRED,
    "h44-direction-5": "false conflict: '16 weeks' / 'more than a year'",
    "h44-mixed-3:48 seconds ahead/almost a minute": _READ_AS_OTHER,
    "h44-mixed-3": "false conflict: '48 seconds' / 'almost a minute'",
    "h44-mixed-5:from 35% to 33%/fall by two points": _UNPAIRED,
}
XFAIL.update(FRESH_ZN_XFAIL)


# Lengths of time between two events beside lengths of what a thing lasted, written blind
# before the rule for offsets (docs/compare.md, "Offsets").
OFFSETS_XFAIL: dict[str, str] = {
    "of-4:30 days after/about a month later": _READ_AS_OTHER,
    "of-5:a 153 km by 163 km lunar/a 153 km by 163 km orbit": _READ_AS_OTHER,
    "of-11:62 days after/lasted 45 days": _KEPT_APART,
    "of-11": "false conflict: '62 days' / '45 days'",
    "of-14:eight minutes after/about five minutes": _KEPT_APART,
    "of-14": "false conflict: 'eight minutes' / 'about five minutes'",
    "of-16:six weeks after/lasted four weeks": _KEPT_APART,
    "of-16": "false conflict: 'six weeks' / 'four weeks'",
    "of-19:6-4, 3-6, 7-5./6-4, 3-6, 7-5 in": _READ_AS_OTHER,
    "of-20:convicted two/two found guilty": _UNPAIRED,
}
XFAIL.update(OFFSETS_XFAIL)


# Counts of things named by words WordNet does not know, written blind before the rule
# that reads the same such word in both texts as one thing counted (docs/compare.md,
# "Evidence for").
RARE_WORDS_XFAIL: dict[str, str] = {
    "rn-1:45 fines/Forty-five riders": _UNPAIRED,
    "rn-4:year to June/12 months to June": _UNPAIRED,
    "rn-6:265,000 M-Pesa agents/265,000 outlets": _UNPAIRED,
    "rn-10:more than 10 million yuan/topped 10 million yuan": _READ_AS_OTHER,
    "rn-12:98 shops/89 retailers": _UNPAIRED,
    "rn-18:86,000 GLP-1 prescriptions/68,000 GLP-1 prescriptions": _KEPT_APART,
    "rn-18": "false conflict: '86,000 GLP' / '68,000 GLP'",
    "rn-20:12 super raids/11 super raids": _KEPT_APART,
    "rn-20": "false conflict: '12 super raids' / '11 super raids'",
    "rn-21:140 ghost kitchens/150 ghost kitchens": _KEPT_APART,
    "rn-21": "false conflict: '140 ghost kitchens' / '150 ghost kitchens'",
    "rn-22:64 crypto firms/64 crypto-asset service providers": _UNPAIRED,
    "rn-22:11 stablecoin issuers/11 of the licensed providers": _KEPT_APART,
    "rn-23:18 of the solar mini-grids/16 of the solar mini-grids": _KEPT_APART,
    "rn-23": "false conflict: '18 of the solar mini-grids' / '16 of the solar mini-grids'",
    "rn-24:36 pickleball courts/38 pickleball courts": _KEPT_APART,
    "rn-24": "false conflict: '36 pickleball courts' / '38 pickleball courts'",
}
XFAIL.update(RARE_WORDS_XFAIL)


# A reviewer's pairs, written from the docs of the rule for offsets before reading its
# code (docs/compare.md, "Offsets").
REVIEW45_XFAIL: dict[str, str] = {
    "rv45-1:A week on/Seven days after": _UNPAIRED,
    "rv45-7:an hour after the first call/took 18 minutes": _UNPAIRED,
    "rv45-14:19 goals/19 times": _ELSEWHERE,
    "rv45-14:34 games/34 appearances": _ELSEWHERE,
    "rv45-14": "false conflict: '19 goals' / '34 appearances', '34 games' / '19 times'",
    "rv45-15:for two weeks before the blast/a fortnight before the explosion": _UNPAIRED,
    "rv45-17:minimum term of 16 years/at least 16 years": _READ_AS_OTHER,
    "rv45-22:Six months on/A year after the earthquake": _UNPAIRED,
    "rv45-23:serve at least 25 years before parole/minimum term of 25 years": _READ_AS_OTHER,
}
XFAIL.update(REVIEW45_XFAIL)


# The forty-fifth held-out set, written blind at the forty-first session's start and read
# only at its end.
FRESH_ZO_XFAIL: dict[str, str] = {
    "h45-money-2:$2.3 billion in cash/about $2.1bn": _READ_AS_OTHER,
    "h45-money-2:premium of 22%/jumped 19%": _KEPT_APART,
    "h45-money-2": "false conflict: '22%' / '19%'",
    "h45-money-3": "false conflict: '\u20ac8m' / 'nearly \u00a367m'",
    "h45-money-5:its first week/just seven days": _UNPAIRED,
    "h45-count-1:about 12,000/Some 12,000 residents": _UNPAIRED,
    "h45-percent-4:target of 75% efficacy/at least 75% effectiveness": _READ_AS_OTHER,
    "h45-percent-5:the 12th increase/raised rates 11 times": _UNPAIRED,
    "h45-measure-2:up to one metre/Waves of 20cm": _KEPT_APART,
    "h45-age-3:about two miles/roughly three kilometres": _READ_AS_OTHER,
    "h45-year-3:cars from 2035/in the EU by 2030": _ELSEWHERE,
    "h45-year-3:new cars by 2030/in the EU by 2030": _KEPT_APART,
    "h45-year-4:around 1200 BC/more than 3,000 years old": _UNPAIRED,
    "h45-year-4:in his 30s/between 30 and 40": _READ_AS_OTHER,
    "h45-year-5:since 1935/in nearly 90 years": _UNPAIRED,
    "h45-duration-3:Nine miners/nine men": _ELSEWHERE,
    "h45-direction-1:rose 0.4% in March/slipped 0.4% last month": _READ_AS_OTHER,
    "h45-direction-4:at 7,645 on/at 7,645 points": _UNPAIRED,
    "h45-direction-5:year to June/12 months to June": _UNPAIRED,
    "h45-mixed-2:from 31 July/on July 1": _ELSEWHERE,
    "h45-mixed-2": "false conflict: '31 July' / 'December'",
}
XFAIL.update(FRESH_ZO_XFAIL)


# The moved-dates pairs (pairs_moved_dates_fresh.json), written blind at the forty-sixth
# round: dates of things planned, delayed or rescheduled, in two tenses, and days of last
# year. 14 right before the round's date rules, 15 after. Left: two events' same day told
# in one clause and the story's other days in words that meet.
MOVED_DATES_XFAIL: dict[str, str] = {
    "md-2:begin on March 10/from March 17": _UNPAIRED,
    "md-3:Class 12 physics exam/Class 12 physics paper": _UNPAIRED,
    "md-8:set for 8:15 p.m./at 8:15 p.m. ET": _UNPAIRED,
    "md-9:drew 60,000 visitors/around 60,000 people": _KEPT_APART,
    "md-11:reach 2 crore children/nearly 2 crore children": _KEPT_APART,
    "md-15:due on 12 October/until 12 October": _KEPT_APART,
    "md-16:from 15 March/March 15 last year": _KEPT_APART,
    "md-16:About 50,000 tickets/50,000 seats": _KEPT_APART,
    "md-17:planned for 18 July/18 July 1918": _KEPT_APART,
}
XFAIL.update(MOVED_DATES_XFAIL)


# The lone-days pairs (pairs_lone_days_fresh.json), written blind at the forty-sixth round:
# the one day each report gives, in words that share little. 17 right before and after the
# rule that pairs such days. Left: two events' days within a week whose sentences share a
# name (an arrest and a hearing, a vote and its result).
LONE_DAYS_XFAIL: dict[str, str] = {
    "lday-3:15 homes/15 houses": _READ_AS_OTHER,
    "lday-9:on 5 June/on 12 June": _KEPT_APART,
    "lday-9": "false conflict: '5 June' / '12 June'",
    "lday-10:on May 20/on May 24": _KEPT_APART,
    "lday-10": "false conflict: 'May 20' / 'May 24'",
    "lday-11:on 11 November/on 14 November": _KEPT_APART,
    "lday-11": "false conflict: '11 November' / '14 November'",
    "lday-12:on 2 September/on 9 September": _KEPT_APART,
    "lday-12": "false conflict: '2 September' / '9 September'",
    "lday-13:on 10 January/on 16 January": _KEPT_APART,
    "lday-13": "false conflict: '10 January' / '16 January'",
    "lday-15:on 9 March/on 11 March": _KEPT_APART,
    "lday-15": "false conflict: '9 March' / '11 March'",
}
XFAIL.update(LONE_DAYS_XFAIL)


# The direction-forms pairs (pairs_direction_forms_fresh.json), written blind at the
# forty-sixth round: rises and falls written in varied forms. 10 right before the round's
# direction rules, 15 after. Left: "in the red", a level's owner read from a shared
# sentence, the same figure of two series crossed, percentage points read as counts.
DIRECTION_FORMS_XFAIL: dict[str, str] = {
    "dfm-1:0.4 percentage point month-on-month decline/dropped, according to official data published on Wednesday, by 0.4 percentage points": _UNPAIRED,  # noqa: E501
    "dfm-3": "false conflict: 'first half' / 'six months to December'",
    "dfm-4:at $34.1 billion/just over $34 billion": _READ_AS_OTHER,
    "dfm-6:more than 12 hours/Twelve-hour waits": _READ_AS_OTHER,
    "dfm-10:the past two weeks/two weeks ago": _UNPAIRED,
    "dfm-17:¥42 billion in the red/a ¥42 billion net profit": _READ_AS_OTHER,
    "dfm-19:rose 1.5%/cost 1.5% more": _ELSEWHERE,
    "dfm-19:1.5% cheaper/slid 1.5%": _ELSEWHERE,
    "dfm-19:rose 1.5%/slid 1.5%": _KEPT_APART,
    "dfm-19:1.5% cheaper/cost 1.5% more": _KEPT_APART,
    "dfm-19": "false conflict: '1.5%' / '1.5%', '1.5%' / '1.5%'",
    "dfm-21:dipped 0.3 percentage points/eased 0.3 points": _ELSEWHERE,
    "dfm-21:climbed 0.9 points/increased by 0.9 percentage points": _ELSEWHERE,
    "dfm-21:dipped 0.3 percentage points/increased by 0.9 percentage points": _KEPT_APART,
    "dfm-21:climbed 0.9 points/eased 0.3 points": _KEPT_APART,
    "dfm-21": "false conflict: '0.3 percentage points' / '0.9 percentage points', '0.9 points' / '0.3 points'",  # noqa: E501
}
XFAIL.update(DIRECTION_FORMS_XFAIL)


# The base-months pairs (pairs_base_months_fresh.json), written blind at the forty-sixth
# round after the rule that a month a change is measured from dates nothing: 15 right before
# and after, one false conflict fewer.
BASE_MONTHS_XFAIL: dict[str, str] = {
    "bm-2:in August/in August": _UNPAIRED,
    "bm-4:in June/in June": _UNPAIRED,
    "bm-6:34 cents a litre less/of 34c": _UNPAIRED,
    "bm-6:to R21.46/to R21.46": _UNPAIRED,
    "bm-6:for September/in September": _UNPAIRED,
    "bm-10:in August/in August": _UNPAIRED,
    "bm-12:in May/in May": _ELSEWHERE,
    "bm-12:May last year/in May": _KEPT_APART,
    "bm-13": "false conflict: 'cut production' / 'higher output'",
    "bm-15:with July/than in August": _UNPAIRED,
    "bm-16:4% more/grew 14%": _UNPAIRED,
    "bm-16:passengers in July/million in July": _READ_AS_OTHER,
    "bm-20:in August/August's": _UNPAIRED,
}
XFAIL.update(BASE_MONTHS_XFAIL)


# A reviewer's pairs (pairs_review46.json) at the weak points of the forty-sixth round's
# date and direction rules, written from their docs before reading the code: 12 right on the
# session's start, 17 on the rules as first written, 19 after the mends. Left: an arrest's
# and a charge's days paired, "in the year to March" read as no month, a comparative taken
# into the next figure as a hedge ("3p higher than two weeks ago").
REVIEW46_XFAIL: dict[str, str] = {
    "rv46-4:2 May/5 May": _KEPT_APART,
    "rv46-4": "false conflict: '2 May' / '5 May'",
    "rv46-18:March/March": _UNPAIRED,
    "rv46-21:eight weeks/14 weeks": _KEPT_APART,
    "rv46-21": "false conflict: 'eight weeks' / '14 weeks'",
    "rv46-22:3p less/3p higher": _READ_AS_OTHER,
    "rv46-22:two weeks/two weeks": _READ_AS_OTHER,
    "rv46-24:October/October": _UNPAIRED,
}
XFAIL.update(REVIEW46_XFAIL)


# The forty-sixth held-out set (pairs_fresh_zp.json), written blind at the forty-second
# session's start and scored then (34 right), read only at its end (34).
FRESH_ZP_XFAIL: dict[str, str] = {
    "h46-money-2:close in the third quarter/between July and September": _UNPAIRED,
    "h46-measure-3:up to 40 metres below/30 metres beneath": _READ_AS_OTHER,
    "h46-date-4": "false conflict: 'about \u00a37' / '150 baht'",
    "h46-date-5:Saturday 12 August/Sunday, 13 August": _ELSEWHERE,
    "h46-date-5:on 7 August/since 7 August": _ELSEWHERE,
    "h46-date-5": "false conflict: '12 August' / '7 August', '7 August' / '13 August'",
    "h46-age-3:the fifth fatal bear attack/five deaths from bear attacks": _UNPAIRED,
    "h46-year-1:from 1540/a 16th-Century coaching": _UNPAIRED,
    "h46-year-3:by 2025/in 2025": _UNPAIRED,
    "h46-year-4:its 50th anniversary/Fifty years after": _UNPAIRED,
    "h46-duration-2:nearly five hours to repair/lasting more than seven hours": _KEPT_APART,
    "h46-duration-2": "false conflict: 'nearly five hours' / 'more than seven hours'",
    "h46-duration-3:Three Chinese astronauts/The trio": _ELSEWHERE,
    "h46-duration-3": "false conflict: 'Three Chinese astronauts' / 'four spacewalks'",
    "h46-duration-4:strike for 35 hours/a day and a half": _ELSEWHERE,
    "h46-duration-4:to 35 hours/a 35-hour week": _ELSEWHERE,
    "h46-duration-4:strike for 35 hours/a 35-hour week": _KEPT_APART,
    "h46-direction-1:sales were up 4.3%/increased by about 4%": _READ_AS_OTHER,
    "h46-direction-2:Scotland fell in June/grew again in June": _READ_AS_OTHER,
    "h46-direction-2:dropped by 8%/was down": _UNPAIRED,
    "h46-direction-3:closed lower/slipped at the close": _UNPAIRED,
    "h46-direction-5:unchanged in March/edged down 0.2%": _ELSEWHERE,
    "h46-mixed-4:more than 2,500 years/some 2,600 years ago": _UNPAIRED,
}
XFAIL.update(FRESH_ZP_XFAIL)


# Pairs written blind for the one day of the week each report gives (pairs_lone_weekdays_fresh.json:
# 10 of one event's day given differently, 6 the same, 8 traps): 14 right on the forty-seventh
# round's start, 16 with the rule. Left: clauses naming no place both write, verbs of two events
# as read ("was jailed on Thursday", "was sentenced on Friday"), and a trap whose one verb is not
# read ("battled a blaze" / "demolished").
LONE_WEEKDAYS_XFAIL: dict[str, str] = {
    # Costs of the rule in earlier sets: one night written from either side of midnight
    # ("overnight on Tuesday", "in the early hours of Wednesday": compatible), and a river's
    # peak and its rise on the next day in one town.
    "wd-11": "false conflict: 'Tuesday' / 'Wednesday'",
    "h43-direction-3": "false conflict: 'Sunday' / 'Monday'",
    "lwd-1:ran aground on Tuesday/struck rocks late on Wednesday": _UNPAIRED,
    "lwd-2:was jailed on Thursday/was sentenced on Friday": _UNPAIRED,
    "lwd-4:on Sunday afternoon/early on Saturday evening": _UNPAIRED,
    "lwd-5:on Wednesday morning/early hours of Thursday": _UNPAIRED,
    "lwd-7:jury on Tuesday found/was convicted on Monday": _UNPAIRED,
    "lwd-8:on Thursday afternoon/on Friday morning": _UNPAIRED,
    "lwd-10:near Lithgow on Saturday/began on Sunday afternoon": _UNPAIRED,
    "lwd-21:on Tuesday night/demolished on Thursday": _KEPT_APART,
    "lwd-21": "false conflict: 'Tuesday' / 'Thursday'",
}
XFAIL.update(LONE_WEEKDAYS_XFAIL)


# Pairs written blind for days of the week a report dates (pairs_weekday_dates_fresh.json: 10 the
# same date, 8 another, 6 traps): 4 right on the forty-seventh round's start, 17 with the rule.
# Left: a dateline in no wire's form ("Nairobi, Kenya - Friday 3 May:"), a dated day no one was
# told on ("released to the ASX on Thursday, 8 February"), a past day in a clause read as to come
# ("will miss the season after breaking his leg in Wednesday's match"), and a court appearance's
# day paired with the crime's date.
WEEKDAY_DATES_XFAIL: dict[str, str] = {
    # A day after "for" in a clause of no tense read is left a day of the week: "was
    # closed until Tuesday, when it reopened" is past (a reviewer's find).
    "wdd-8:warning for Thursday/on 7 December": _UNPAIRED,
    "wdd-6:on Wednesday night/night of 1 May": _ELSEWHERE,
    "wdd-6": "false conflict: '3 May' / '1 May'",
    "wdd-9:met on Monday/on 5 February": _ELSEWHERE,
    "wdd-9": "false conflict: '8 February' / '5 February'",
    "wdd-13:arrested on Wednesday/arrested on 11 January": _ELSEWHERE,
    "wdd-13": "false conflict: '12 January' / '11 January'",
    "wdd-14:About 7,000 members/about 7,000 British": _UNPAIRED,
    "wdd-18:Wednesday's match/on 23 April": _UNPAIRED,
    "wdd-20:Court on Monday/on 2 June": _KEPT_APART,
    "wdd-20": "false conflict: 'Monday' / '2 June'",
}
XFAIL.update(WEEKDAY_DATES_XFAIL)


# A development set of 50 pairs written to the forty-seventh held-out set's brief by another
# hand (pairs_develop47_fresh.json), read during the round: 29 right at its start, 32 after.
# The held-out set itself was read only at the round's end.
DEVELOP47_XFAIL: dict[str, str] = {
    "d47-money-2:jumped 28%/31% premium": _KEPT_APART,
    "d47-money-2": "false conflict: '28%' / '31%'",
    "d47-money-3:auction on Saturday/at the weekend": _UNPAIRED,
    "d47-money-5:from $35 million/at $35m": _KEPT_APART,
    "d47-percent-1:rose 5.2%/held at 5.2%": _KEPT_APART,
    "d47-percent-2:52% to 48%/ahead 54-46": _UNPAIRED,
    "d47-percent-2:rose to 41%/41 per cent": _KEPT_APART,
    "d47-measure-1:Up to 30cm/Nearly a foot": _UNPAIRED,
    "d47-date-5:jury on Wednesday/on October 9th": _UNPAIRED,
    "d47-date-5:up to 20 years/served 20 years": _KEPT_APART,
    "d47-age-1:A 92-year-old woman/ninety-two": _UNPAIRED,
    "d47-age-3:first winner at 17/professional at 19": _KEPT_APART,
    "d47-age-3": "false conflict: '17' / '19'",
    "d47-year-1:award in 2016/opened in 2016": _KEPT_APART,
    "d47-year-3:1967 Stanley Cup/Leafs' 1967 Cup": _UNPAIRED,
    "d47-year-5:from January 2026/from 2025": _ELSEWHERE,
    "d47-year-5": "false conflict: '2022' / '2025'",
    "d47-duration-1:of four years/least four years": _READ_AS_OTHER,
    "d47-duration-3:for five days/nearly a week": _READ_AS_OTHER,
    "d47-duration-3:18 months ago/almost 18 months old": _UNPAIRED,
    "d47-duration-3": "false conflict: 'five days' / 'nearly a week'",
    "d47-direction-3:car thefts rose 15%/vehicle crime was down": _ELSEWHERE,
    "d47-direction-3:car thefts rose 15%/15% more detectives": _KEPT_APART,
    "d47-direction-5:at 8,140 points/finish at 8,140": _UNPAIRED,
    "d47-direction-5:pound weakened/Sterling slipped": _UNPAIRED,
    "d47-mixed-5:at 4:12am on Tuesday/early on Tuesday": _READ_AS_OTHER,
}
XFAIL.update(DEVELOP47_XFAIL)


# Pairs written blind for counts of a part of a whole (pairs_parts_of_wholes_fresh.json: 12 parts
# agreeing, 8 conflicting, 4 traps): 12 right on the forty-seventh round's start, 18 with the rule.
# Left: a whole against the other report's part when the part's own count differs ("close 9 of
# its 31 stores", "Eleven stores will close"), and a whole written as an adjective ("a 47-seat
# assembly").
PARTS_OF_WHOLES_XFAIL: dict[str, str] = {
    "pw47-8:sell 14 of/acquire 14 branches": _ELSEWHERE,
    "pw47-8:remaining 52 branches/acquire 14 branches": _KEPT_APART,
    "pw47-8": "false conflict: '52 branches' / '14 branches'",
    "pw47-14:close 9 of/Eleven stores will": _ELSEWHERE,
    "pw47-14": "false conflict: '31 stores' / 'Eleven stores'",
    "pw47-16:Four of the/Five justices signed": _ELSEWHERE,
    "pw47-16": "false conflict: 'seven justices' / 'Five justices'",
    "pw47-21:the 47 seats/47-seat assembly": _ELSEWHERE,
    "pw47-21:won 31 of/47-seat assembly": _KEPT_APART,
    "pw47-21": "false conflict: '31' / '47-seat'",
    "pw47-22:Twelve of the chain's/28 stores will": _KEPT_APART,
    "pw47-22": "false conflict: 'Twelve' / '28 stores'",
    "pw47-24:rated 23 of/31 were rated": _KEPT_APART,
    "pw47-24": "false conflict: '23' / '31'",
}
XFAIL.update(PARTS_OF_WHOLES_XFAIL)


# A reviewer's pairs (pairs_review47.json) at the weak points of the forty-seventh round's
# rules for days of the week and parts of a whole, written from their docs before reading the
# code: 3 right on the round's start, 19 on the rules as first written, 21 after two rounds
# of mends.
# Left: a whole against the other report's part, several parts in one sentence ("Labour 15"
# read as a name's number), a dateline after a headline line.
REVIEW47_XFAIL: dict[str, str] = {
    "rv47-5:The 16-year-old/A 16-year-old boy": _ELSEWHERE,
    "rv47-16:at 11pm on Sunday/midnight on 30 June": _ELSEWHERE,
    "rv47-16": "false conflict: '11pm' / 'shortly before midnight'",
    "rv47-20:won 22 of the/took 22": _ELSEWHERE,
    "rv47-20:Labour 15/Labour won 17": _ELSEWHERE,
    "rv47-20": "false conflict: '22' / '17'",
}
XFAIL.update(REVIEW47_XFAIL)


# The forty-seventh held-out set (pairs_fresh_zq.json), written blind at the forty-third
# session's start and scored then (25 right), read only at its end (25).
FRESH_ZQ_XFAIL: dict[str, str] = {
    "h47-money-2:A$612 million/Sales of $640m": _ELSEWHERE,
    "h47-money-2:dividend of 9 cents/9c interim payout": _UNPAIRED,
    "h47-money-2": "false conflict: 'A$612 million' / '$35.8m'",
    "h47-count-1:17 shelters/17 counties": _KEPT_APART,
    "h47-count-3:scored 142/Hadley's 142": _UNPAIRED,
    "h47-count-3:three sixes/three sixes": _ELSEWHERE,
    "h47-count-3": "false conflict: '14 fours' / 'three sixes'",
    "h47-percent-1:fell to 3.9%/dropping to 3.9 per cent": _ELSEWHERE,
    "h47-percent-1": "false conflict: '3.9%' / '5.1 per cent'",
    "h47-percent-4:by 67.7%/67.69 per cent": _ELSEWHERE,
    "h47-percent-5:82% of members/was 82 per cent": _KEPT_APART,
    "h47-measure-5:1.8 metres per second/+1.8m/s": _UNPAIRED,
    "h47-measure-5:silver with 6.92/best of 6.92m": _UNPAIRED,
    "h47-date-4:announced on Tuesday/on September 10": _ELSEWHERE,
    "h47-date-5:on 1 November/until 1 November": _KEPT_APART,
    "h47-year-1:listed in 1974/cloth in 1974": _KEPT_APART,
    "h47-year-4:first elected in 2015/won the seat in 2017": _ELSEWHERE,
    "h47-year-4:first elected in 2015/founded in 2015": _KEPT_APART,
    "h47-year-5:first since 1995/waited since 1995": _UNPAIRED,
    "h47-duration-1:at least four years/after 48 months": _READ_AS_OTHER,
    "h47-duration-3:17 hours and 20 minutes/about 17 hours": _READ_AS_OTHER,
    "h47-duration-4:12-day strike/fortnight-long stoppage": _READ_AS_OTHER,
    "h47-direction-1:2.3% below/2.3 per cent higher": _KEPT_APART,
    "h47-direction-2:rose to 6.1%/dropped to 6.1 per cent": _READ_AS_OTHER,
    "h47-direction-5:in the March quarter/three months to March": _UNPAIRED,
    "h47-direction-5:rose 5%/fell 5 per cent": _KEPT_APART,
    "h47-direction-5": "false conflict: '5%' / '5 per cent'",
    "h47-mixed-2:\u00a332 million with add-ons/up to \u00a335m": _READ_AS_OTHER,
}
XFAIL.update(FRESH_ZQ_XFAIL)


# A development set written to the forty-eighth held-out set's brief (pairs_develop48_fresh.json,
# 50 pairs, ten kinds x 5): 34 right on the forty-fourth session's start, 41 after its rules.
FRESH_D48_XFAIL: dict[str, str] = {
    "d48-count-5:4 game reserves/4 rangers": _KEPT_APART,
    "d48-percent-1:rose 4.3%/about 4%": _ELSEWHERE,
    "d48-percent-1:rose 4.3%/unchanged at 4.3%": _KEPT_APART,
    "d48-percent-4:24,900 volunteers/nearly 25,000 people": _READ_AS_OTHER,
    "d48-date-1:aged 27/27-year-old man": _UNPAIRED,
    "d48-date-3:on 8 June 2021/since June 8": _KEPT_APART,
    "d48-age-1:3 Olympic Games/3 world titles": _KEPT_APART,
    "d48-year-5:175th anniversary/marking 175 years": _UNPAIRED,
    "d48-direction-1:down from 2.9%/down half a percentage point": _UNPAIRED,
    "d48-mixed-4:8 games left/lost 8 of": _KEPT_APART,
}
XFAIL.update(FRESH_D48_XFAIL)


# Pairs written blind for penalties that courts and regulators order
# (pairs_penalties_fresh.json: fines, costs, compensation, sentences; defendants described by
# a place): 19 right before and after.
FRESH_PEN48_XFAIL: dict[str, str] = {
    "pen48-6:about 41,000 prepayment/41,212 customers": _READ_AS_OTHER,
    "pen48-8:25 per cent victim/25-per-cent victim": _UNPAIRED,
    "pen48-12:$64,300 in restitution/roughly $64,000": _READ_AS_OTHER,
    "pen48-13:almost $96,000/$95,870": _READ_AS_OTHER,
    "pen48-17:pay \u00a39,400/\u00a33,400 costs": _KEPT_APART,
    "pen48-17": "false conflict: '\u00a39,400' / '\u00a33,400'",
}
XFAIL.update(FRESH_PEN48_XFAIL)


# Pairs written blind for polls and surveys (pairs_polls_fresh.json: shares, sample sizes,
# margins of error written every way, fieldwork dates): 4 right before the forty-fourth
# session's rules, 18 after (margins of error, day spans in words, plus or minus).
FRESH_POL48_XFAIL: dict[str, str] = {
    "pol48-3:53-47/47 to 53": _UNPAIRED,
    "pol48-3:1,250 voters/About 1,250 voters": _READ_AS_OTHER,
    "pol48-4:19 times out of 20/19 times out of 20": _ELSEWHERE,
    "pol48-15:March 27 to April 2/March 27 to April 2": _ELSEWHERE,
    "pol48-15": "false conflict: 'About six in ten Americans' / '37 percent'",
    "pol48-16:win 44 seats/National 44 seats": _UNPAIRED,
    "pol48-16:ACT 11/ACT 11": _UNPAIRED,
    "pol48-21:22% plan/Just over a fifth": _UNPAIRED,
    "pol48-24:aged 18 to 34/under 35": _READ_AS_OTHER,
}
XFAIL.update(FRESH_POL48_XFAIL)


# Pairs written blind for sizes of animals, things and finds (pairs_sizes_fresh.json: lengths in
# m after verbs of measuring, weights, years found): 12 right before the forty-fourth
# session's rules, 15 after.
FRESH_SZ48_XFAIL: dict[str, str] = {
    "sz48-2:around 30 years old/roughly 30 years of": _UNPAIRED,
    "sz48-3:measures 5.1 metres/almost 17 feet": _READ_AS_OTHER,
    "sz48-6:weighed 125 pounds/roughly 57kg": _READ_AS_OTHER,
    "sz48-10:about 30 metres wide/hole 100ft across": _READ_AS_OTHER,
    "sz48-17:re-measured at 100.5m/almost 330 feet": _READ_AS_OTHER,
    "sz48-17:about 400 years old/400 to 500 years": _UNPAIRED,
    "sz48-21:the 90th birthday/now 95": _UNPAIRED,
    "sz48-22:about 1,400 nautical miles/The 2,600km voyage": _READ_AS_OTHER,
    "sz48-24:measured 11 metres/stretched roughly 36ft": _READ_AS_OTHER,
}
XFAIL.update(FRESH_SZ48_XFAIL)


# A hedged figure 1% to 5% from the other admits it (compatible) since the forty-fourth
# session, as the held-out writers read it; these sets' writers said agree
# (docs/compare.md, "Verdicts").
_HEDGE_ADMITS = "a hedged figure 1-5% from the other is compatible now; this writer said agree"
HEDGE_ADMITS_XFAIL: dict[str, str] = {
    "ryanair-malaga-diversion:186/Some 180": _HEDGE_ADMITS,
    "wheat-harvest-england:11.2 million tonnes/about 11 million tonnes": _HEDGE_ADMITS,
    "road-deaths-gb:19%/One in five": _HEDGE_ADMITS,
    "easyjet-annual-profit:34%/a third": _HEDGE_ADMITS,
    "tirzepatide-trial:13.7%/around 14 per cent": _HEDGE_ADMITS,
    "budget-under-1bn:just under $1bn/$980m": _HEDGE_ADMITS,
    "veltra-job-cuts:about 8%/one in twelve": _HEDGE_ADMITS,
    "geneva-pocket-watch-auction:CHF 1.1 million/about US$1.2 million": _HEDGE_ADMITS,
    "geneva-pocket-watch-auction:$1.22 million/about US$1.2 million": _HEDGE_ADMITS,
    "cs-23:Around 2,000 staff/Some 1,950 workers": _HEDGE_ADMITS,
    "h17-15:around 8%/roughly one in twelve": _HEDGE_ADMITS,
    "h18-duration-5:almost four hours/three hours and 50 minutes": _HEDGE_ADMITS,
    "unit18-14:500-litre/130 gallons": _HEDGE_ADMITS,
    "h24-measure-3:\u00a396m/around \u00a3100m": _HEDGE_ADMITS,
    "hb-1:nearly \u00a3100m/\u00a396.4m": _HEDGE_ADMITS,
    "hb-6:A little over 1,500/1,530": _HEDGE_ADMITS,
    "hb-8:close to $3 billion/$2.9 billion": _HEDGE_ADMITS,
    "hb-13:just under $50 million/$49.2 million": _HEDGE_ADMITS,
    "hb-17:About 16,000/16,400": _HEDGE_ADMITS,
    "hb-22:An estimated 2 million/2.1 million": _HEDGE_ADMITS,
    "hb-26:Some 80/78": _HEDGE_ADMITS,
    "hb-31:Some 1,000/950": _HEDGE_ADMITS,
    "h26-mixed-5:about $4.10 a bushel/near $4 a bushel": _HEDGE_ADMITS,
    "h27-mixed-4:2.95 million/nearly 3 million": _HEDGE_ADMITS,
    "hp-13:a million and a half passengers/1.52 million people": _HEDGE_ADMITS,
    "wp-20:9.8 million/ten million people": _HEDGE_ADMITS,
    "wp-23:two million visitors/2.04 million": _HEDGE_ADMITS,
    "wp-37:4,080 tonnes/four thousand tonnes": _HEDGE_ADMITS,
    "wp-39:forty miles/41 miles": _HEDGE_ADMITS,
    "h28-duration-4:20-day strike/nearly three weeks": _HEDGE_ADMITS,
    "pk-35:Nearly 50mm/almost 2 inches": _HEDGE_ADMITS,
    "mx-11:doing 62mph/about 60mph": _HEDGE_ADMITS,
    "cv-30:7 miles off/about 11km from": _HEDGE_ADMITS,
    "hg-2:112mm of rain/around 110mm": _HEDGE_ADMITS,
    "hg-10:about 7 square kilometres/7.2 sq km": _HEDGE_ADMITS,
    "hg-21:Some 180mm/176.4mm": _HEDGE_ADMITS,
    "rv40c-5:420 pupils and 35 teachers/About 450 people": _HEDGE_ADMITS,
    "cv-16:about 250 feet/some 75 metres": _HEDGE_ADMITS,
    "cvr-23:about 14km per second/around 31,000mph": _HEDGE_ADMITS,
    "rw-6:about a hundred pupils/103 students": _HEDGE_ADMITS,
    "h44-mixed-4:19.6 million passengers/nearly 20 million people": _HEDGE_ADMITS,
}
XFAIL.update(HEDGE_ADMITS_XFAIL)


# Pairs written blind for relative dates against a dateline (pairs_relative_datelines_fresh.json:
# 'yesterday', 'last month', 'next year' in a report with a dateline, the date outright in the
# other): 1 right before the forty-fourth session's rule, 13 after.
FRESH_RD48_XFAIL: dict[str, str] = {
    "rd48-3:Police yesterday charged/on May 9": _KEPT_APART,
    "rd48-3": "false conflict: 'yesterday' / 'May 9'",
    "rd48-4:announced earlier this month/said in May": _UNPAIRED,
    "rd48-6:open it next year/open in 2022": _ELSEWHERE,
    "rd48-6": "false conflict: '2021' / '2022'",
    "rd48-12:by next month/in April": _UNPAIRED,
    "rd48-13:140 apartment buyers/Around 140 buyers": _READ_AS_OTHER,
    "rd48-16:turn back yesterday/On June 7": _UNPAIRED,
    "rd48-17:petition this month/In August": _UNPAIRED,
    "rd48-17:More than 40,000 people/41,250 signatures": _UNPAIRED,
    "rd48-18:about 215 cents/214.9 cents": _READ_AS_OTHER,
    "rd48-20:met yesterday/on 9 March": _ELSEWHERE,
    "rd48-20:on 10 March/on 9 March": _KEPT_APART,
    "rd48-20": "false conflict: '10 March' / '9 March'",
    "rd48-22:break earlier this month/burst in February": _UNPAIRED,
}
XFAIL.update(FRESH_RD48_XFAIL)


# A reviewer's 24 pairs at the forty-fourth session's rules, written from their docs before
# reading the code (pairs_review48.json): 14 right on the session's start, 17 on the rules as
# first written, 20 after the mends.
FRESH_RV48_XFAIL: dict[str, str] = {
    "rv48-13:1890/1890": _UNPAIRED,
    "rv48-16:\u00a32m/\u00a31.5m": _ELSEWHERE,
    "rv48-16:\u00a31.5m/\u00a32m": _ELSEWHERE,
    "rv48-16:\u00a32m/\u00a32m": _KEPT_APART,
    "rv48-21:4%/6%": _KEPT_APART,
    "rv48-21": "false conflict: '4%' / '6%'",
    "rv48-22:$799/$699": _KEPT_APART,
    "rv48-22": "false conflict: '$799' / '$699'",
}
XFAIL.update(FRESH_RV48_XFAIL)


# The forty-eighth held-out set (pairs_fresh_zr.json, 50 pairs, ten kinds x 5), written blind at
# the forty-fourth session's start, scored on its first commit (30 right) and read only at its
# end (34).
FRESH_ZR_XFAIL: dict[str, str] = {
    "h48-money-3:nearly \u00a3180,000/for \u00a3178,500": _READ_AS_OTHER,
    "h48-money-3:fetch \u00a3120,000/opened at \u00a360,000": _KEPT_APART,
    "h48-money-3": "false conflict: '\u00a3120,000' / '\u00a360,000'",
    "h48-money-4:above $6 million/cost of $6 million": _KEPT_APART,
    "h48-percent-2:was 41%/49 per cent": _ELSEWHERE,
    "h48-percent-2:the 78% recorded/with 78 per cent": _ELSEWHERE,
    "h48-percent-2": "false conflict: '41%' / '78 per cent', '78%' / '49 per cent'",
    "h48-percent-3:dropped 4.3%/down 4%": _READ_AS_OTHER,
    "h48-percent-3": "false conflict: '4.3%' / '4%', '13 weeks' / 'at least a year'",
    "h48-percent-4": "false conflict: 'Some 52%' / '37% of respondents'",
    "h48-percent-5:running at 2.2%/near 2 per cent": _KEPT_APART,
    "h48-percent-5": "false conflict: '2.2%' / '2 per cent'",
    "h48-date-1:this morning/on March 14th": _UNPAIRED,
    "h48-date-5:on 1 December/December 1st 2021": _KEPT_APART,
    "h48-age-1:brigade at 19/teenager of 19": _ELSEWHERE,
    "h48-age-1:brigade at 19/of 19 volunteers": _KEPT_APART,
    "h48-age-5:Gwyn Morris was 94/He was 94": _UNPAIRED,
    "h48-year-5:in the 1760s/around 1765": _UNPAIRED,
    "h48-direction-5:offences rose slightly/both went up": _UNPAIRED,
    "h48-mixed-1:more than 8,000 people/over 8,000 felt reports": _UNPAIRED,
    "h48-mixed-4:until 11am/at 11:00": _UNPAIRED,
}
XFAIL.update(FRESH_ZR_XFAIL)


# Costs of the forty-fourth session's mends after its second reader: two tolls named plainly
# are two facts ("Two people were killed" / "were injured"), which keeps apart counts whose
# toll was misread ("Three crew were plucked from a life raft" as deaths, "None of the 2,300
# passengers was hurt" as injuries), or two tolls of one group ("arrested", "charged"); and
# a verb of measuring said of a place ("in Co Kerry measured 20.4m") reads no length.
_TWO_TOLLS = "a toll and another event's verb are two facts: the counts are not paired"
FRESH_TOLLS44_XFAIL: dict[str, str] = {
    "rs-30:Three fishermen/Three crew": _TWO_TOLLS,
    "rv23-15:Two officers/Two officers": _TWO_TOLLS,
    "rt28-23:2,300 passengers/2,300 passengers": _TWO_TOLLS,
    "rd48-2:Three men/three men": _TWO_TOLLS,
    "sz48-8:measured 20.4m/a 60ft fin whale": "'measured' said of a place names no length",
    # A toll against another event's verb stays apart (the last reader's find: "300 homes
    # were destroyed" / "300 homes were evacuated"), where a toll was misread or one group
    # named by two events.
    "one-pair-agree-01:One firefighter/A single firefighter": _TWO_TOLLS,
    "O09:Three men/Three men": _TWO_TOLLS,
    "ra-23:Two neighbouring homes/two other houses": _TWO_TOLLS,
    "h44-count-1:some 300 homes/about 300 houses": _TWO_TOLLS,
    "dz-1:About 2,000 protesters/Some 2,000 people": _TWO_TOLLS,
}
XFAIL.update(FRESH_TOLLS44_XFAIL)


# Costs of the forty-fifth session's rules.  A hold-up meets a plain length near it
# ("halted for 90 minutes" / "stopped for an hour and a half"), and a delay in a text's
# block of lengths changes which length is each text's last; a year tied only by "Cricket
# Club" and "a club" is no longer tied, names being no verbs; and a far day of one plan
# stays unpaired (a rule tried and not kept).
COSTS45_XFAIL: dict[str, str] = {
    "h44-date-2:on 3 March/on March 17": _UNPAIRED
    + " (days two weeks apart with no verbs of one event read)",
    "sb-sameval-10": _FALSE_CONFLICT + " (two lengths left over pair: 8 minutes, 17 minutes)",
    "nb-10": _FALSE_CONFLICT
    + " ('None of the flights was delayed by more than an hour': the negation is not read)",
    "bg-23:formed in 1842/came into being in 1851": _UNPAIRED
    + " (tied before only by 'Cricket Club' read as a verb)",
}
XFAIL.update(COSTS45_XFAIL)


# Pairs written blind for how long things were stopped, held up or late
# (pairs_stoppages_fresh.json): 17 right before the forty-fifth session's rules, 22 after.
FRESH_ST49_XFAIL: dict[str, str] = {
    "st49-18:on lap 12/a lap-12 pile-up": _ELSEWHERE,
    "st49-18": "false conflict: '12' / '62 laps'",
}
XFAIL.update(FRESH_ST49_XFAIL)


# Pairs written blind for measures written in ways a machine may misread
# (pairs_weights_fresh.json): 10 right before the forty-fifth session's rules, 14 after.
FRESH_WM49_XFAIL: dict[str, str] = {
    "wm49-3:within 50 metres/within about 50m": _READ_AS_OTHER,
    "wm49-8:a $15,022 cheque/about $15,000": _READ_AS_OTHER,
    "wm49-10:an estimated \u00a3500,000/half a million pounds": _READ_AS_OTHER,
    "wm49-12:born at 12:01am/one minute after midnight": _UNPAIRED,
    "wm49-14:800 miles out/some 1,300km offshore": _READ_AS_OTHER,
    "wm49-16:worth \u00a380 million/about \u00a380m": _READ_AS_OTHER,
    "wm49-16:three men were arrested/3 men have been charged": _UNPAIRED,
    "wm49-17:nearly a tonne of methamphetamine/400 kilograms of meth": _UNPAIRED,
    "wm49-18:an inch across/up to 2.5 centimetres": _READ_AS_OTHER,
    "wm49-19:Up to 10cm of snow/eight inches of snow": _UNPAIRED,
    "wm49-20:weighing 130kg/about 290lb": _READ_AS_OTHER,
}
XFAIL.update(FRESH_WM49_XFAIL)


# Pairs written blind for the day an event happened or will happen
# (pairs_eventdays_fresh.json): 14 right before the forty-fifth session's rules and after.
FRESH_ED49_XFAIL: dict[str, str] = {
    "ed49-3:late Thursday or early Friday/on Thursday, Aug. 29": _UNPAIRED,
    "ed49-4:three operators/three train companies": _UNPAIRED,
    "ed49-8:open on 9 April/inquest on April 23": _UNPAIRED,
    "ed49-9:open day on Sunday/day on 1 September": _READ_AS_OTHER,
    "ed49-9": "false conflict: 'Sunday' / '1 September'",
    "ed49-11:later this month/held on June 24": _UNPAIRED,
    "ed49-14:a week of/last seven days": _UNPAIRED,
    "ed49-16:expected next week/Thursday 21 March": _UNPAIRED,
    "ed49-18:for 9 November/original November 9 date": _ELSEWHERE,
    "ed49-18:to 16 November/on November 16": _ELSEWHERE,
    "ed49-18:for 9 November/on November 16": _KEPT_APART,
    "ed49-18:to 16 November/original November 9 date": _KEPT_APART,
    "ed49-18": "false conflict: '9 November' / 'November 16', '16 November' / 'November 9'",
    "ed49-21:on Wednesday called/Street on 22 May": _UNPAIRED,
    "ed49-22:opens on 12 October/for October 26": _UNPAIRED,
}
XFAIL.update(FRESH_ED49_XFAIL)


# A development set written to the forty-ninth held-out set's brief (pairs_develop49_fresh.json,
# 50 pairs, ten kinds x 5): 33 right on the forty-fifth session's start, 36 after its rules.
FRESH_D49_XFAIL: dict[str, str] = {
    "d49-money-2:start in March/repairs in March 2022": _KEPT_APART,
    "d49-count-4": "false conflict: 'two' / 'three matches'",
    "d49-percent-3:fell 12%/slid 11.8%": _ELSEWHERE,
    "d49-percent-3:fell 12%/fares by 12%": _KEPT_APART,
    "d49-percent-3": "false conflict: '12%' / '12%', 'about a third' / '11.8%'",
    "d49-percent-5:added 150,000 jobs/grew by 150,000": _ELSEWHERE,
    "d49-percent-5": "false conflict: '150,000 jobs' / '180,000 new jobs'",
    "d49-measure-2:4.2-metre great white/3.2m great white": _UNPAIRED,
    "d49-measure-4:249mm of rain/Nearly 10 inches": _READ_AS_OTHER,
    "d49-date-2:last Tuesday/on 5 March": _UNPAIRED,
    "d49-date-5:Swansea on 4 January/January 4 last year": _KEPT_APART,
    "d49-age-5:6-4 6-3/6-4, 6-3": _ELSEWHERE,
    "d49-year-1:second site in 2019/drinks group in 2019": _KEPT_APART,
    "d49-year-3:first title since 1959/trophy in '59": _UNPAIRED,
    "d49-year-5:Queensland, in 2011/unearthed in 2001": _ELSEWHERE,
    "d49-year-5:Queensland, in 2011/opened in 2011": _KEPT_APART,
    "d49-duration-2": "false conflict: 'four years' / 'six years'",
    "d49-duration-3:three-hour delay/almost three hours": _READ_AS_OTHER,
}
XFAIL.update(FRESH_D49_XFAIL)


# A reviewer's pairs at the forty-fifth session's rules, written from their docs before
# reading the code (pairs_review49.json): 12 right on the session's start, 20 on the rules
# as first written, 22 after the mends.
FRESH_RV49_XFAIL: dict[str, str] = {
    "rv49-3:40 minutes/85 minutes": _KEPT_APART,
    "rv49-3": "false conflict: '40 minutes' / '85 minutes'",
    "rv49-20:3 March/March 17": _UNPAIRED,
}
XFAIL.update(FRESH_RV49_XFAIL)


# The forty-ninth held-out set (pairs_fresh_zs.json, 50 pairs, ten kinds x 5), written blind at
# the forty-fifth session's start: 42 right on its start and 42 at its end, when it was read.
FRESH_ZS_XFAIL: dict[str, str] = {
    "h49-count-3:twelve Conservative members/A dozen Tory": _UNPAIRED,
    "h49-count-3:23 clauses/by 23 votes": _KEPT_APART,
    "h49-year-2:carried out in 2009/storm in 2009": _KEPT_APART,
    "h49-direction-3": "false conflict: 'about a quarter of cases' / 'a third'",
    "h49-direction-4:doubled last year/jumped 98%": _UNPAIRED,
    "h49-mixed-4:fell 9%/11% lower": _ELSEWHERE,
    "h49-mixed-4": "false conflict: '9%' / '18%'",
    "h49-mixed-5:majority of 1,209/by 1,290": _UNPAIRED,
}
XFAIL.update(FRESH_ZS_XFAIL)


# Pairs written blind for two estimates of one figure (pairs_estimates_fresh.json): 19 right
# before the forty-fifth session's rules, 20 after (the rule on two estimates far apart
# gained a conflict, none lost).
FRESH_ES49_XFAIL: dict[str, str] = {
    "es49-10:near Exit 27 in/near Exit 27 in": _UNPAIRED,
    "es49-14:until 6pm/lift at 6pm": _UNPAIRED,
    "es49-18:built around 1850/dating from about 1855": _READ_AS_OTHER,
    "es49-18": "false conflict: '1850' / '1855'",
    "es49-23:of 3.5 points/a 3.5-point margin": _UNPAIRED,
}
XFAIL.update(FRESH_ES49_XFAIL)


# A reviewer's pairs at the rule on two estimates far apart, written from its docs before
# reading the code (pairs_review49b.json): 14 right before the rule, 15 after.
FRESH_RV49B_XFAIL: dict[str, str] = {
    "rv49b-9:About 40% of voters/Around 46% of voters": _READ_AS_OTHER,
    "rv49b-13:about an hour/around 50 minutes": _READ_AS_OTHER,
    "rv49b-13": "false conflict: 'about an hour' / 'around 50 minutes'",
    "rv49b-16:around -5C/about -6C": _READ_AS_OTHER,
    "rv49b-16": "false conflict: 'around -5C' / 'about -6C'",
    "rv49b-19:About 1,000 police officers/Some 1,400 protesters": _KEPT_APART,
    "rv49b-19": "false conflict: 'About 1,000 police officers' / 'Some 1,400 protesters'",
    "rv49b-20:About 300 homes/Some 500 homes": _KEPT_APART,
    "rv49b-20": "false conflict: 'About 300 homes' / 'Some 500 homes'",
}
XFAIL.update(FRESH_RV49B_XFAIL)


# Pairs written blind where each report gives several percentages of different things
# (pairs_percents50_fresh.json): 11 right at the forty-sixth session's start, 11 after.
FRESH_PE50_XFAIL: dict[str, str] = {
    "pe50-3:surged 9%/almost 9 per cent": _READ_AS_OTHER,
    "pe50-6:climbed 8%/increased 8 per cent": _KEPT_APART,
    "pe50-7:won 84% of points/winning 84 per cent": _ELSEWHERE,
    "pe50-7": "false conflict: '71% of his first serves' / '84 per cent', '84% of points' / '71 per cent of those points'",  # noqa: E501
    "pe50-8:rose 7.8%/a 6.8pc rise": _ELSEWHERE,
    "pe50-8:climbed 9.6%/jumped 9.6pc": _ELSEWHERE,
    "pe50-8": "false conflict: '7.8%' / '9.6pc', '9.6%' / '6.8pc'",
    "pe50-9:lay off 8%/about 8 percent": _READ_AS_OTHER,
    "pe50-11:goods up 1.4%/gained 1.4 per cent": _KEPT_APART,
    "pe50-13:growth of 1.8%/about 1.8 per cent": _READ_AS_OTHER,
    "pe50-14:shot 48%/hit 48 percent": _ELSEWHERE,
    "pe50-14:made 88%/88 percent at the line": _ELSEWHERE,
    "pe50-14:41% from three-point/41 percent from deep": _KEPT_APART,
    "pe50-14": "false conflict: '48%' / '88 percent', '88% of its free throws' / '48 percent of its field goals'",  # noqa: E501
    "pe50-17:rise by 6.4%/climb 4.6pc": _READ_AS_OTHER,
    "pe50-20:occupancy stood at 97%/Some 97 per cent": _KEPT_APART,
    "pe50-21:jumped 40%/around 40 per cent": _READ_AS_OTHER,
    "pe50-21:rise 2.5%/roughly 2.5 per cent": _READ_AS_OTHER,
    "pe50-22:capacity by 10%/rose 10pc": _KEPT_APART,
    "pe50-22": "false conflict: '10%' / '10pc'",
    "pe50-24": "false conflict: '10%' / '13.8%'",
}
XFAIL.update(FRESH_PE50_XFAIL)


# Pairs written blind for scores, votes and tallies written two ways
# (pairs_tallies50_fresh.json): 9 right at the forty-sixth session's start, 11 after its rules on
# cricket and on a score met by its tally first.
FRESH_TA50_XFAIL: dict[str, str] = {
    "ta50-1:Smith making 141/Smith's 141": _UNPAIRED,
    "ta50-2:top-scoring with 94/struck 84": _ELSEWHERE,
    "ta50-2": "false conflict: '50 overs' / '84', '94' / '91 balls'",
    "ta50-3:set 341 to win/Chasing 341": _UNPAIRED,
    "ta50-4:the 78th minute/78th-minute strike": _UNPAIRED,
    "ta50-5:the 87th minute/the 87th minute": _UNPAIRED,
    "ta50-5:after 23 minutes/23rd-minute penalty": _UNPAIRED,
    "ta50-6:numbered 63,000/around 63,000": _READ_AS_OTHER,
    "ta50-9:298 votes to 221/fallen 221-298": _READ_AS_OTHER,
    "ta50-9:312 votes to 297/vote 312-297": _ELSEWHERE,
    "ta50-15:87.3% of votes/77.1% in favour": _ELSEWHERE,
    "ta50-15:12.7% opposed/Almost 23%": _ELSEWHERE,
    "ta50-15": "false conflict: '87.3% of votes' / 'Almost 23% of investors'",
    "ta50-17:27-yard field goal/a 27-yarder": _UNPAIRED,
    "ta50-17:eight seconds left/0:08 remaining": _UNPAIRED,
    "ta50-18:Heat 112-104/won 112-104": _READ_AS_OTHER,
    "ta50-18:in Game 5/take Game 5": _UNPAIRED,
    "ta50-19:12.18 (90) to 13.8 (86)/Brisbane 90-86": _UNPAIRED,
    "ta50-19:before 100,024/100,024 fans": _UNPAIRED,
    "ta50-20:more than six hours/over six hours": _READ_AS_OTHER,
    "ta50-23:4-2 on penalties/shoot-out 4-3": _UNPAIRED,
}
XFAIL.update(FRESH_TA50_XFAIL)


# Pairs written blind where each report counts several groups of one incident
# (pairs_groups50_fresh.json): 15 right at the forty-sixth session's start.
FRESH_GR50_XFAIL: dict[str, str] = {
    "gr50-1:Two of the injured/Two people are said": _ELSEWHERE,
    "gr50-2:About 450 students/452 enrolled students": _READ_AS_OTHER,
    "gr50-9:19 staff/more than a dozen staff": _ELSEWHERE,
    "gr50-9:12 planned operations/more than a dozen staff": _KEPT_APART,
    "gr50-9": "false conflict: '12' / 'more than a dozen staff members'",
    "gr50-11:243 passengers/about 255 people": _KEPT_APART,
    "gr50-13:31 warrants/31 raids": _UNPAIRED,
    "gr50-13:Nine people have/Nine suspects were": _KEPT_APART,
    "gr50-19:Thirty-two of them/32 people who": _ELSEWHERE,
    "gr50-19:including 11 children/Eleven of those": _ELSEWHERE,
    "gr50-19": "false conflict: 'Thirty-two' / 'Eleven', '11 children' / '32 people'",
    "gr50-22:Nearly 98 per cent/98% died": _READ_AS_OTHER,
    "gr50-23:group of 11/party of 11": _UNPAIRED,
    "gr50-24:one of them by/One child was": _UNPAIRED,
    "gr50-24:28 students/30 people on board": _KEPT_APART,
}
XFAIL.update(FRESH_GR50_XFAIL)


# Pairs written blind for rates now and before, after the rule on earlier levels
# (pairs_levels50_fresh.json): 12 right on the forty-sixth session's start, 12 after (one
# conflict lost: le50-6, one false conflict gone).
FRESH_LE50_XFAIL: dict[str, str] = {
    "le50-5:Only 58% of/to 58.4 per cent": _ELSEWHERE,
    "le50-5:against 62% a/62.1 per cent were": _ELSEWHERE,
    "le50-5": "false conflict: '58% of patients' / '62.1 per cent', '95%' / '58.4 per cent'",
    "le50-6:from 5.25%/at 5.5 per cent": _UNPAIRED,
    "le50-7:over-65s/aged 65 and over": _UNPAIRED,
    "le50-8:recorded 86.4%/with 89 percent": _KEPT_APART,
    "le50-8": "false conflict: '86.4%' / '89 percent'",
    "le50-11": "false conflict: '4.1%' / '23.1 per cent'",
    "le50-13:just over 48%/Some 48.3 per cent": _ELSEWHERE,
    "le50-13": "false conflict: '45%' / 'Some 48.3 per cent of learners'",
    "le50-14:averaged 6.81%/averaged 6.47 percent": _KEPT_APART,
    "le50-14": "false conflict: '6.81%' / '6.47 percent'",
    "le50-15:rose 6.4%/was 7.3 per cent": _KEPT_APART,
    "le50-15": "false conflict: '6.4%' / '7.3 per cent'",
    "le50-16:was 59.7%/About 60 per cent": _READ_AS_OTHER,
    "le50-18:voted 5-4/split 6-3": _UNPAIRED,
    "le50-18:more than four years/16-year high": _KEPT_APART,
    "le50-22:rose 3.4%/accelerated to 3.4 percent": _ELSEWHERE,
    "le50-22:slowed to 3.9%/rose 3.9 percent": _ELSEWHERE,
    "le50-22": "false conflict: '3.4%' / '3.9 percent', '3.9%' / '3.4 percent'",
    "le50-23:rate at 41.9%/at 59.7 percent": _KEPT_APART,
    "le50-23": "false conflict: '41.9%' / '59.7 percent'",
}
XFAIL.update(FRESH_LE50_XFAIL)


# Pairs written blind for cricket and votes written two ways (pairs_cricket50_fresh.json):
# 4 right on the forty-sixth session's start, 8 on its rules on cricket as first written, 7
# once readers' false positives were mended.
FRESH_CR50_XFAIL: dict[str, str] = {
    "cr50-3:by 48-51/failed 48 to 51": _ELSEWHERE,
    "cr50-4:Around 40 Conservatives/Roughly 40 Tory": _UNPAIRED,
    "cr50-5:\u00a3300 for two tickets/\u00a3300 for a pair": _ELSEWHERE,
    "cr50-5:holds 20,000 people/20,000-capacity arena": _UNPAIRED,
    "cr50-7:make 428/New Zealand to 428": _UNPAIRED,
    "cr50-8:one abstention/one member abstained": _UNPAIRED,
    "cr50-8:1,400 residents/about 1,400 signatures": _UNPAIRED,
    "cr50-9:over seven innings/seven innings of work": _READ_AS_OTHER,
    "cr50-9": "false conflict: 'over seven innings' / 'seven innings'",
    "cr50-10:58 from 112 balls/112 deliveries for his 58": _ELSEWHERE,
    "cr50-11:the 20,000 balloted/Some 20,000 workers": _READ_AS_OTHER,
    "cr50-12:target of 169/Chasing 169": _UNPAIRED,
    "cr50-13:ruled 4-3/four judges to three": _UNPAIRED,
    "cr50-14:by 46 runs/64-run victory": _READ_AS_OTHER,
    "cr50-15:aged 18-25/between 18 and 25": _UNPAIRED,
    "cr50-16:36 votes to 30/voted 38 to 30": _ELSEWHERE,
    "cr50-16:defeated 12 to 54/down 12-54": _UNPAIRED,
    "cr50-19:43 from 38 balls/43 off 38 deliveries": _ELSEWHERE,
    "cr50-19": "false conflict: '43' / '38 deliveries', '38 balls' / '43'",
    "cr50-20:about $300 million/fetch $300m": _UNPAIRED,
    "cr50-21:two for \u00a35/two for \u00a35": _ELSEWHERE,
    "cr50-22:chasing down 282/Set 282 to win": _UNPAIRED,
    "cr50-22:made 136/Markram's 136": _UNPAIRED,
    "cr50-24:42 balls to spare/seven overs in hand": _UNPAIRED,
    "cr50-24:chasing down 241/India's 240 all out": _KEPT_APART,
    "cr50-24": "false conflict: '241' / '240'",
}
XFAIL.update(FRESH_CR50_XFAIL)


# A development set written blind to the fiftieth held-out set's brief
# (pairs_develop50_fresh.json): 29 right at the forty-sixth session's start.
FRESH_D50_XFAIL: dict[str, str] = {
    "d50-money-3:A further $4.5 million/raised $4.5m": _KEPT_APART,
    "d50-money-5:in June/for June": _UNPAIRED,
    "d50-count-4:More than 8,000 residents/Some 8,400 people": _UNPAIRED,
    "d50-count-4:170 firefighters/110 personnel": _UNPAIRED,
    "d50-count-5": "false conflict: 'three' / 'two of the home side'",
    "d50-percent-1:in March/to March": _UNPAIRED,
    "d50-percent-1": "false conflict: '3.1%' / '2 per cent'",
    "d50-percent-2:48% of registered/rival 52%": _ELSEWHERE,
    "d50-percent-2:45% for her/45% among": _ELSEWHERE,
    "d50-percent-2": "false conflict: '48%' / '45%', '45%' / '52%'",
    "d50-percent-3:about 50,000 jobs/added 50,200 jobs": _READ_AS_OTHER,
    "d50-percent-4": "false conflict: '55 seats' / 'nine seats'",
    "d50-date-1:last Tuesday/on 5 March": _UNPAIRED,
    "d50-age-1:for 31 years/for three decades": _READ_AS_OTHER,
    "d50-age-1:aged 23/granddaughter, 23": _KEPT_APART,
    "d50-year-1:major works in 2007/performed there in 2007": _KEPT_APART,
    "d50-year-4:Exchange in 2019/permit in 2019": _KEPT_APART,
    "d50-year-5:since 1987/since '87": _UNPAIRED,
    "d50-year-5:beating Kidderminster 2-1/Town's 2-1": _UNPAIRED,
    "d50-duration-4:starting in May/from May": _UNPAIRED,
    "d50-direction-1:climbed 2.1%/2.1 per cent lower": _KEPT_APART,
    "d50-direction-1": "false conflict: '2.1%' / '2.1 per cent'",
    "d50-direction-2:on Thursday/value Thursday": _ELSEWHERE,
    "d50-direction-3:three months to August/the August quarter": _UNPAIRED,
    "d50-mixed-5:12 km deep/depth of 21 km": _ELSEWHERE,
    "d50-mixed-5": "false conflict: '20 kilometres' / '21 km'",
}
XFAIL.update(FRESH_D50_XFAIL)


# Kept pairs the forty-sixth session's rules cost, and why.  An earlier level set apart
# from another rate leaves that rate to another figure left over; a tally read as a score
# meets the other report's score whole; "under" before a depth reads the figure plainly.
COSTS46_XFAIL: dict[str, str] = {
    "ex-29:8.2%/8.2%": _ELSEWHERE
    + " (the best total spends 8.2% on '5.6% of GDP' once '7.0%', an earlier level, meets"
    + " nothing)",
    "ex-29:7.8%/8.2%": _KEPT_APART + " (the quarter's rate left over meets the year's)",
    "h18-percent-4:28 per cent/29%": _KEPT_APART
    + " (an earlier level meets another rate one digit off, read as a misprint)",
    "h24-direction-1:forecast 3.7%/4.9%": _KEPT_APART
    + " (the forecast left over once the earlier level meets nothing)",
    "sc19-13:29-22/67-31": _KEPT_APART
    + " (two scores of two votes left once the tally meets its score first)",
    "hartley-jury:to 2 after/Two jurors": _UNPAIRED
    + " ('a majority of 10 to 2' is read as a tally, one score against '10-2')",
    "sp-32:eased to 3.1%/3.9 per cent in February": _KEPT_APART
    + " (core inflation now against services' rate, left over once the earlier level meets"
    + " nothing)",
    "cr50-10:six for 58/claiming 6-58": _UNPAIRED
    + " (the text of 'six for 58' holds one word cricket shares with others: no score)",
    "wm49-1:under 30 centimetres/About a foot of snow": _READ_AS_OTHER
    + " (a depth against a hedged figure one within rounding: agree, the writer said"
    + " compatible)",
    "wm49-13:under two metres of water/up to six feet deep": _READ_AS_OTHER
    + " (a depth against a peak within rounding: agree, the writer said compatible)",
}
XFAIL.update(COSTS46_XFAIL)


# A reviewer's pairs at the forty-sixth session's rules (pairs_review50.json), written from
# their docs before reading the code: 16 right on the rules as first written, 19 after the
# mends.
REVIEW50_XFAIL: dict[str, str] = {
    "rv50-1:356 for seven/356-7": _UNPAIRED,
    "rv50-4:five for 41/5-41": _UNPAIRED,
    "rv50-14:5.25%/5.25%": _ELSEWHERE,
    "rv50-14:from 5%/4.75%": _ELSEWHERE,
    "rv50-14": "false conflict: '5.25%' / '4.75%'",
    "rv50-15:28%/31%": _UNPAIRED,
    "rv50-21:3,000/2,650": _READ_AS_OTHER,
}
XFAIL.update(REVIEW50_XFAIL)


# The fiftieth held-out set (pairs_fresh_zt.json), written blind at the forty-sixth
# session's start and read only at its end: 35 right on its first commit and at its end.
FRESH_ZT_XFAIL: dict[str, str] = {
    "h50-money-2:2,000 cyclists a day/2,000 cycling trips": _KEPT_APART,
    "h50-money-2": "false conflict: 'about 2,000 cyclists a day' / '2,000 cycling trips a week'",
    "h50-money-5:NZ$2 million for/$2 million has been": _KEPT_APART,
    "h50-count-1:magnitude 6.1 earthquake/magnitude 5.2": _KEPT_APART,
    "h50-count-1": "false conflict: '6.1 earthquake' / '5.2'",
    "h50-count-4:3 officers/Three people": _KEPT_APART,
    "h50-count-5:12 new species/A dozen previously unknown": _UNPAIRED,
    "h50-percent-1": "false conflict: '5.1%' / '6 per cent'",
    "h50-percent-2:on 22%/22 per cent of all": _KEPT_APART,
    "h50-percent-4:forecast by 15%/outlook by 20 per cent": _ELSEWHERE,
    "h50-percent-4:20% of its revenue/by 20 per cent": _KEPT_APART,
    "h50-measure-4:reached 46.9C/hit 47 degrees": _ELSEWHERE,
    "h50-measure-4:peaked at 38.2C/about 38 degrees": _ELSEWHERE,
    "h50-measure-4": "false conflict: '46.9C' / 'about 38 degrees'",
    "h50-date-1:Thursday 14 March/on March 14": _UNPAIRED,
    "h50-date-2:on 9 September/on 19 September": _UNPAIRED,
    "h50-date-5:by 3 December/by 3 November": _KEPT_APART,
    "h50-date-5": "false conflict: '3 December' / '3 November'",
    "h50-age-3:Elliot Jones, 34/turns 35 next month": _READ_AS_OTHER,
    "h50-age-3": "false conflict: '34' / '35'",
    "h50-year-3:Founded in 2011/America in 2011": _KEPT_APART,
    "h50-direction-5:New listings rose 8%/About 8 per cent of sales": _KEPT_APART,
}
XFAIL.update(FRESH_ZT_XFAIL)


# Pairs written blind for figures rounded two ways (pairs_rounded50_fresh.json), for a rule
# tried late in the forty-sixth session and not kept (a figure within the other's rounding as
# half the same figure's evidence: 15 right without it, 14 with it).
FRESH_RO50_XFAIL: dict[str, str] = {
    "ro50-5:1,487 people had registered/Almost 1,500 residents": _READ_AS_OTHER,
    "ro50-5:Another 312 were/roughly 300 more": _UNPAIRED,
    "ro50-9:2,318 runners finished/About 2,300 people": _READ_AS_OTHER,
    "ro50-9:Paramedics treated 46/19 runners needed": _UNPAIRED,
    "ro50-10:logged 198.6 mm/nearly 200 mm": _READ_AS_OTHER,
    "ro50-12:opened in 1860/from the 1860s": _UNPAIRED,
    "ro50-16:Organisers said 23,600/claimed nearer 24,000": _READ_AS_OTHER,
    "ro50-17:down 42 minutes ahead/landed 40 minutes early": _UNPAIRED,
    "ro50-19:saw 51.9 inches/Nearly 52 inches": _READ_AS_OTHER,
    "ro50-20:package of \u20b91,847 crore/around \u20b91,850 crore": _READ_AS_OTHER,
    "ro50-23:gust was 81 mph/winds of 80mph": _READ_AS_OTHER,
    "ro50-23": "false conflict: '81 mph' / '80mph'",
}
XFAIL.update(FRESH_RO50_XFAIL)
