"""Fresh pairs of reports, written by someone who had not read the code (issue 10).

``tests/data/pairs_fresh_a.json``, ``pairs_fresh_b.json``, ``pairs_fresh_c.json``,
``pairs_fresh_d.json``, ``pairs_fresh_e.json``, ``pairs_fresh_f.json``,
``pairs_owners_fresh.json``, ``pairs_years_fresh.json``, ``pairs_fresh_g.json``,
``money_pairs_fresh.json``, ``count_pairs_fresh.json`` (counts of several things in
each report), ``pairs_currencies_fresh.json`` (one amount in two currencies, no
rate stated), ``pairs_roles_fresh.json`` (figures of one kind in several roles, named
by paraphrase, often swapped), ``pairs_nouns_fresh.json`` (counts named by two nouns,
and counts of different things near in value) ``pairs_tallies_fresh.json`` (votes'
tallies, often with the sides swapped), ``pairs_fresh_h.json``, ``pairs_fresh_i.json``
(each text adding figures the other lacks), ``pairs_fresh_j.json`` (ten kinds of fact,
five cases each), ``pairs_weekdays_fresh.json`` (days of the week),
``pairs_periods_fresh.json`` (one period named two ways), ``pairs_levels_fresh.json``
(a rate's level against the size of a change), ``pairs_fresh_k.json`` (ten kinds of
fact, each text adding figures the other lacks) and ``pairs_small_counts_fresh.json``
(small counts named two ways, and of different things) and ``pairs_predicates_fresh.json``
(counts of what befell one kind of thing, named with other words) and
``pairs_age_words_fresh.json`` (ages given by a word, "a teenager") and
``pairs_person_ages_fresh.json`` (ages of several people in each report) and
``pairs_count_nouns_fresh.json`` (counts named by two nouns, and counts of two things) and
``pairs_misprints_fresh.json`` (one figure misprinted far off, and figures of two facts
that look like one misprinted) and ``pairs_times_fresh.json`` (times of day) and
``pairs_degrees_fresh.json`` (temperatures with no scale, "26 degrees") and
``pairs_several_ages_fresh.json`` (ages of several people, some only one report names) and
``pairs_ages_check_fresh.json`` (the same, written after the rule it measures) and
``pairs_ages_review_fresh.json`` (a reviewer's, half of them one person named by two
roles) and ``pairs_ages_people_fresh.json`` (ages of two or three people, written
after the rule for ages left over) and ``pairs_ages_rule_review.json`` (a reviewer's, at
that rule's weak points) and ``pairs_one_fresh.json`` (counts of one, "One man" /
"Two men") and ``pairs_one_review.json`` (a reviewer's, at that rule's weak points) and
``pairs_responders_fresh.json`` (those sent to an incident and those it befell) and
``pairs_deployment_review.json`` (a reviewer's, at that class's weak points) and
``pairs_leftovers_fresh.json`` (several figures of one kind in each report, some only one
report gives) and ``pairs_family_ages_fresh.json`` (ages of one family's members) and
``pairs_event_years_fresh.json`` (years of several events, some only one report names) and
``pairs_event_years_review.json`` (a reviewer's, at that rule's weak points) and
``pairs_far_counts_fresh.json`` (counts of one fact far apart, and counts of two facts) and
``pairs_fresh_m.json`` (the seventeenth held-out set) and
``pairs_duration_units_fresh.json`` (one length of time in two units) and
``pairs_comparatives_fresh.json`` (a change written as a figure and a comparative, "0.3
points lower than in March") and ``pairs_level_directions_fresh.json`` (a level reached
and the size of its change, directions agreeing or not) and
``pairs_young_ages_fresh.json`` (babies' and young animals' ages in months, weeks or
days) and ``pairs_review18_fresh.json`` (a reviewer's, at the weak points of the
eighteenth session's rules) and ``pairs_sports_fresh.json`` (sports results: scores and
metres written two ways) and ``pairs_fresh_n.json`` (the eighteenth held-out set) and
``pairs_units_plus_fresh.json`` (one number in two units, and "plus") and
``pairs_scores_words_fresh.json`` (results and tallies written in words and in digits)
and ``pairs_at_ages_dates_fresh.json`` (ages after "at"; a date against its year) and
``pairs_fresh_o.json`` (the nineteenth held-out set) and
``pairs_event_years_figures_fresh.json`` (years of events beside another figure of their
sentence) and ``pairs_months_alone_fresh.json`` (months named alone) and
``pairs_swapped_years_fresh.json`` (years with two digits swapped) and
``pairs_review20.json`` (a reviewer's, at the weak points of the twentieth session's
rules) and ``pairs_hedged_exact_fresh.json`` (a hedged figure against an exact one) and
``pairs_fresh_p.json`` (the twentieth held-out set) and ``pairs_same_figure_fresh.json``
(one figure in both texts against a rival far from it) and
``pairs_counted_nouns_fresh.json`` (counts said with an event verb and another noun) and
``pairs_far_tolls_fresh.json`` (counts ten times apart: one toll, or a part and its whole)
and ``pairs_lengths_two_units_fresh.json`` (lengths of time in two units) and
``pairs_review20b.json`` (a second reviewer's, at the late rules) and
``pairs_general_nouns_fresh.json`` and ``pairs_general_words_fresh.json`` (counts named
by a general word in one report) and ``pairs_levels_sizes_fresh.json`` (levels reached,
with and without the sizes of their change) and ``pairs_review21.json`` (a reviewer's,
at those rules' weak points) and ``pairs_customers_fresh.json`` (customers against
homes, accounts and the like) and ``pairs_fresh_q.json`` (the twenty-first held-out
set) and ``pairs_review21b.json`` (a second reviewer's, at customers) and
``pairs_relative_dates_fresh.json`` (relative dates against absolute ones) and
``pairs_people_words_fresh.json`` (each report's only count of people, named by two
words) and ``pairs_year_beginnings_fresh.json`` (years of beginnings named by other
words, and of two things' beginnings) and ``pairs_times_before_nouns_fresh.json``
(times of day written before the noun they qualify, "the 10.24am service") and
``pairs_two_figures_units_fresh.json`` (two figures of one kind in each report, one
written in another unit) and ``pairs_review22.json`` (a reviewer's, at the
twenty-second session's rules) and ``pairs_beginnings_endings_fresh.json`` (one
year in each report, of a beginning against an end, or of one event) and
``pairs_fresh_r.json`` (the twenty-second held-out set) and
``pairs_delays_records_fresh.json`` (lengths of time that are delays, records' spans
and ages of groups, "two years late", "the lowest in a decade", "five-year-olds") and
``pairs_predicate_words_fresh.json`` (counts beside words of tolls and rescues that are
not theirs, "battling 58 bushfires", "because of injuries") and
``pairs_standing_fresh.json`` (those sent to an incident against a place's standing
totals, "60 firefighters" / "employs 45 people") and ``pairs_review23.json`` (a
reviewer's, at the twenty-third session's rules) and ``pairs_fresh_s.json`` (the
twenty-third held-out set) and ``pairs_count_names_fresh.json`` (counts named by a
compound, "23 elephant births" / "Twenty-three elephants", or after a word for the
figure, "a backlog of 640", and two sorts of one thing, "14 parking spaces" / "14
parking wardens") and ``pairs_lone_years_fresh.json`` (one or two years in each
report, of one event or of two, "founded the institute in 1968" / "was made a dame in
2001") and ``pairs_review24.json`` (a reviewer's, at the twenty-fourth session's
rules) and ``pairs_subjects_fresh.json`` (rates and changes of several named things in
each report, the secondary ones of different things: no rule built for it yet) and
``pairs_fresh_t.json`` (the twenty-fourth held-out set) and ``pairs_review24b.json`` (a
second reviewer's, at the late rules: centuries, "a single", ages) and
``pairs_date_bounds_fresh.json`` (the days a thing begins and ends, "from 1 August" /
"close on 24 August", or one text's beginning against the other's end) and
``pairs_duration_owners_fresh.json`` (lengths of time of several things said of one
person or body) and ``pairs_review25.json`` (a reviewer's, at the twenty-fifth session's
rules: dates' bounds, owners of lengths, counts joined by "and") and ``pairs_review25b.json``
(a second reviewer's, at the same rules as mended) and ``pairs_fresh_u.json`` (the
twenty-fifth held-out set) and ``pairs_review26.json`` (a reviewer's, at the twenty-second
session's readings of numbers: spaces and commas, fractions, counting words) and
``pairs_review26b.json`` (a second reviewer's, at counts of times) and
``pairs_fresh_v.json`` (the twenty-sixth held-out set) and ``pairs_review27.json`` (a
reviewer's, at the twenty-third session's ordinals, fractions of units, ranges and labels)
and ``pairs_review27b.json`` (a second reviewer's, at the same rules as mended) and
``pairs_fresh_w.json`` (the twenty-seventh held-out set) and ``pairs_subjects2_fresh.json``
(figures said of different subjects) and ``pairs_spoken_fractions_fresh.json`` (fractions in
words against exact figures) and ``pairs_spoken_fractions2_fresh.json`` (a second such set,
written blind before the rule on them was measured) and ``pairs_word_numbers_fresh.json``
(whole numbers in words against digits) and ``pairs_review28.json`` (a reviewer's, at the
twenty-fourth session's precision of fractions and of numbers in words) and
``pairs_review28b.json`` (a second reviewer's, at the first's mends) and
``pairs_fresh_x.json`` (the twenty-eighth held-out set) and
``pairs_suspect_ages_fresh.json`` (ages of suspects and victims in crime and crash
reports) and ``pairs_months_left_fresh.json`` (months and days of one event, and two
events' months) and ``pairs_roles_ages_fresh.json`` (ages of several people, each with
what befell them) and ``pairs_holdups_fresh.json`` (lengths of time worded as delays
and plainly) and ``pairs_sale_estimates_fresh.json`` (sale prices and estimates) and
``pairs_review29.json`` (a reviewer's, at the twenty-fifth session's rules) and
``pairs_fresh_y.json`` (the twenty-ninth held-out set) and
``pairs_event_words_fresh.json`` (years of events worded differently) and
``pairs_beginning_years_fresh.json`` (years of beginnings worded differently) and
``pairs_appositive_ages_fresh.json`` (ages given as appositives) and
``pairs_age_parts_fresh.json`` (ages of one person at two stages, and of two people)
and ``pairs_review30.json`` (a reviewer's, at the twenty-sixth session's rules) and
``pairs_fresh_z.json`` (the thirtieth held-out set) and
``pairs_date_years_fresh.json`` (an event dated by year and by month or day) and
``pairs_change_subjects_fresh.json`` (changes of several things in each report) and
``pairs_people_doings_fresh.json`` (people counted by their cases, votes or tickets)
and ``pairs_review31.json`` (a reviewer's, at the rule for a date against a year) and
``pairs_fresh_za.json`` (the thirty-first held-out set) and ``pairs_decades_fresh.json``
(decades of years against years) and ``pairs_relative_tense_fresh.json`` (relative dates
against dates of either tense) and ``pairs_same_years_fresh.json`` (one year of one fact,
and the same year of two events) and ``pairs_streaks_fresh.json`` (runs counted by
ordinals) and ``pairs_review32.json`` (a reviewer's, at the decades and tenses) and
``pairs_fresh_zb.json`` (the thirty-second held-out set) and ``pairs_weekdays2_fresh.json``
(days of the week of one event and of several) and ``pairs_lone_dates_fresh.json`` (one
calendar date in each text, of one event or of two) and ``pairs_change_nouns_fresh.json``
(directions written as nouns, "a decline in burglaries of 8%") and ``pairs_review33.json``
(a reviewer's, at this session's rules) and ``pairs_fresh_zc.json`` (the thirty-third
held-out set) and ``pairs_stat_periods_fresh.json`` (statistics releases, periods named
differently) and ``pairs_forecasts_fresh.json`` (forecasts beside outcomes) and
``pairs_relative_periods_fresh.json`` (figures dated against other figures) and
``pairs_review34.json`` (a reviewer's, at this session's rules) and
``pairs_fresh_zd.json`` (the thirty-fourth held-out set) and
``pairs_changes_words_fresh.json`` (changes said without a figure) and
``pairs_year_sets_fresh.json`` (years of several events in each report) and
``pairs_review35.json`` (a reviewer's, at this session's rule) and
``pairs_fresh_ze.json`` (the thirty-fifth held-out set) and
``pairs_year_parts_fresh.json`` (quarters and halves of a year named two ways) and
``pairs_review36.json`` (a reviewer's, at this session's rule) and
``pairs_fresh_zf.json`` (the thirty-sixth held-out set) and
``pairs_time_lengths_fresh.json`` (lengths of time of several things; spans of years
against lengths) and ``pairs_noun_swaps_fresh.json`` (counts of two groups, swapped or
not) and ``pairs_review37.json`` (a reviewer's, at this session's rules) and
``pairs_stated_ranges_fresh.json`` (one fact's range stated by its ends in both reports)
and ``pairs_fresh_zg.json`` (the thirty-seventh held-out set) and
``pairs_peaks_fresh.json`` (a measure said "up to" against the other's figure) and
``pairs_maxima_fresh.json`` (caps, limits and maxima said in words) and
``pairs_year_span_forms_fresh.json`` (spans of years in many written forms) and
``pairs_negated_bounds_fresh.json`` (bounds a negation turns over) and
``pairs_review38.json`` (a reviewer's, at this session's rules) and
``pairs_profit_loss_fresh.json`` (a loss against a profit) and ``pairs_fresh_zh.json``
(the thirty-eighth held-out set) and ``pairs_ordinals_fresh.json`` (places in a series,
finishes and ranks said by ordinals) and ``pairs_review39.json`` (a reviewer's, at that
rule's weak points) and ``pairs_per_time_fresh.json`` (amounts and counts per lengths of
time) and ``pairs_review39b.json`` (a reviewer's, at that rule's weak points) and
``pairs_fresh_zi.json`` (the thirty-ninth held-out set) and
``pairs_compounds_fresh.json`` (counts named by a compound and by its first word, and
controls) and ``pairs_conversions_fresh.json`` (measures in two units) and
``pairs_hedges_fresh.json`` (hedged figures against exact ones) and
``pairs_progressive_fresh.json`` (changes said with '-ing' forms, and traps) and
``pairs_review40.json`` (a reviewer's, at this session's rules on compounds and units)
and ``pairs_review40b.json`` (a reviewer's, at the rules on "-ing" changes and hedges) and
``pairs_sums_fresh.json`` (a total against two counts joined by "and") and
``pairs_review40c.json`` (a reviewer's, at that rule) and ``pairs_fresh_zj.json`` (the
fortieth held-out set) and ``pairs_direction_words_fresh.json`` (a direction of change
said in words, against a figure's or other words) and ``pairs_review41.json`` (a
reviewer's, at the rules on changes led by another word) and ``pairs_fresh_zk.json``
(the forty-first held-out set) and ``pairs_event_years_left_fresh.json`` (years of
events, several in each report, one misdated, some beside other figures) and
``pairs_rounding_edges_fresh.json`` (a round figure against one at the edge of its
rounding) and ``pairs_review42.json`` (a reviewer's, at the rules on years of events) and
``pairs_dozens_fresh.json`` (a count in dozens or scores against one in digits) and
``pairs_fresh_zl.json`` (the forty-second held-out set) and
``pairs_years_two_precisions_fresh.json`` (a period at two precisions beside one more year
each) and ``pairs_changes_of_what_fresh.json`` (changes of several things, the outlets
giving different ones) and ``pairs_residents_fresh.json`` (counts of residents, of an
event and standing) and ``pairs_review43.json`` (a reviewer's, at a rule on years at two
precisions that was not kept) and ``pairs_fresh_zm.json`` (the forty-third held-out set)
and ``pairs_bound_figures_fresh.json`` (a bound against a bare figure) and
``pairs_converted_units_fresh.json`` (a measure given in two units) and
``pairs_targets_fresh.json`` (targets and outcomes) and ``pairs_round_words_fresh.json``
(numbers in words against digits) and ``pairs_review44.json`` (a reviewer's, at the rules
on targets, conversions, round words and bounds) and ``pairs_fresh_zn.json`` (the
forty-fourth held-out set) and ``pairs_offsets_fresh.json`` (lengths of time between two
events, beside lengths of what a thing lasted) and
``pairs_rare_words_fresh.json`` (counts of things named by rare or new words) and
``pairs_review45.json`` (a reviewer's, at the rule for offsets) and
``pairs_fresh_zo.json`` (the forty-fifth held-out set) and
``pairs_moved_dates_fresh.json`` (24 cases of moved and rescheduled dates) and
``pairs_lone_days_fresh.json`` (24 cases of the one day each report gives) and
``pairs_direction_forms_fresh.json`` (24 cases of changes written in varied forms) and
``pairs_base_months_fresh.json`` (24 cases of monthly figures and their base months) and
``pairs_review46.json`` (a reviewer's 24 cases for the date and direction rules) and
``pairs_fresh_zp.json`` (the forty-sixth held-out set) and
``pairs_lone_weekdays_fresh.json`` (the one day of the week each report gives) and
``pairs_weekday_dates_fresh.json`` (days of the week against the dates another report
writes) and ``pairs_develop47_fresh.json`` (a development set written to the
forty-seventh held-out set's brief) and ``pairs_parts_of_wholes_fresh.json`` (counts of a
part of a whole, "43 of the 55 seats") and
``pairs_review47.json`` (a reviewer's, at the forty-seventh round's rules) and
``pairs_fresh_zq.json`` (the forty-seventh held-out set) and
``pairs_develop48_fresh.json`` (a development set written to the forty-eighth held-out
set's brief) and ``pairs_penalties_fresh.json`` (fines, costs and sentences, defendants
described by a place) and ``pairs_polls_fresh.json`` (polls: margins of error written
every way, fieldwork dates) and
``pairs_sizes_fresh.json`` (sizes of animals, things and finds) and
``pairs_relative_datelines_fresh.json`` (relative dates against a dateline) and
``pairs_review48.json`` (a reviewer's, at the forty-fourth session's rules) and
``pairs_fresh_zr.json`` (the forty-eighth held-out set) and
``pairs_stoppages_fresh.json`` (trains halted, flights held up, matches stopped) and
``pairs_weights_fresh.json`` (measures written with an article, pounds of weight) and
``pairs_eventdays_fresh.json`` (the days of trials, openings, elections, strikes) and
``pairs_develop49_fresh.json`` (a development set written to the forty-ninth held-out
set's brief) and
``pairs_review49.json`` (a reviewer's, at the forty-fifth session's rules) and
``pairs_fresh_zs.json`` (the forty-ninth held-out set) and
``pairs_estimates_fresh.json`` (two estimates of one figure, each hedged) and
``pairs_review49b.json`` (a reviewer's, at the rule on two estimates) and
``pairs_percents50_fresh.json`` (several percentages of different things, written blind) and
``pairs_tallies50_fresh.json`` (scores, votes and tallies written two ways, written blind) and
``pairs_groups50_fresh.json`` (counts of several groups in one report, written blind) and
``pairs_levels50_fresh.json`` (rates now and before, written blind) and
``pairs_cricket50_fresh.json`` (cricket and votes written two ways, written blind) and
``pairs_develop50_fresh.json`` (a development set to the fiftieth held-out brief) and
``pairs_review50.json`` (a reviewer's, at the forty-sixth session's rules) and
``pairs_fresh_zt.json`` (the fiftieth held-out set) and
``pairs_rounded50_fresh.json`` (figures rounded two ways, written blind)
hold short reports of one event in pairs, with the figures
both state (the words in each text and the verdict a reader gives) and pairs of figures
that must not be paired (tests/data/README.md).  Each gold pairing, each forbidden pairing and each
case's conflicts are one test; those compare() still gets wrong stay
``xfail(strict=True)`` with the reason, so a fix shows up as an unexpected pass.

``python bench/pairs.py tests/data/pairs_fresh_*.json`` scores the same files
as recall and precision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fresh_xfails import XFAIL

from claimdiff import Claim, Finding, Report, Verdict, compare

DATA = Path(__file__).parent / "data"
FILES = (
    "pairs_fresh_a.json",
    "pairs_fresh_b.json",
    "count_pairs_fresh.json",
    "money_pairs_fresh.json",
    "pairs_fresh_c.json",
    "pairs_fresh_d.json",
    "pairs_fresh_e.json",
    "pairs_fresh_f.json",
    "pairs_owners_fresh.json",
    "pairs_years_fresh.json",
    "pairs_fresh_g.json",
    "pairs_currencies_fresh.json",
    "pairs_roles_fresh.json",
    "pairs_nouns_fresh.json",
    "pairs_tallies_fresh.json",
    "pairs_fresh_h.json",
    "pairs_fresh_i.json",
    "pairs_fresh_j.json",
    "pairs_weekdays_fresh.json",
    "pairs_periods_fresh.json",
    "pairs_levels_fresh.json",
    "pairs_fresh_k.json",
    "pairs_small_counts_fresh.json",
    "pairs_predicates_fresh.json",
    "pairs_age_words_fresh.json",
    "pairs_person_ages_fresh.json",
    "pairs_leftovers_fresh.json",
    "pairs_family_ages_fresh.json",
    "pairs_dollars_fresh.json",
    "pairs_bounds_fresh.json",
    "pairs_count_nouns_fresh.json",
    "pairs_misprints_fresh.json",
    "pairs_times_fresh.json",
    "pairs_degrees_fresh.json",
    "pairs_several_ages_fresh.json",
    "pairs_ages_check_fresh.json",
    "pairs_ages_review_fresh.json",
    "pairs_ages_people_fresh.json",
    "pairs_ages_rule_review.json",
    "pairs_one_fresh.json",
    "pairs_one_review.json",
    "pairs_responders_fresh.json",
    "pairs_deployment_review.json",
    "pairs_count_synonyms_fresh.json",
    "pairs_expectations_fresh.json",
    "pairs_expectations_review.json",
    "pairs_agents_fresh.json",
    "pairs_rate_directions_fresh.json",
    "pairs_fresh_l.json",
    "pairs_event_years_fresh.json",
    "pairs_event_years_review.json",
    "pairs_far_counts_fresh.json",
    "pairs_fresh_m.json",
    "pairs_duration_units_fresh.json",
    "pairs_comparatives_fresh.json",
    "pairs_level_directions_fresh.json",
    "pairs_young_ages_fresh.json",
    "pairs_review18_fresh.json",
    "pairs_sports_fresh.json",
    "pairs_fresh_n.json",
    "pairs_units_plus_fresh.json",
    "pairs_scores_words_fresh.json",
    "pairs_at_ages_dates_fresh.json",
    "pairs_fresh_o.json",
    "pairs_event_years_figures_fresh.json",
    "pairs_months_alone_fresh.json",
    "pairs_swapped_years_fresh.json",
    "pairs_review20.json",
    "pairs_hedged_exact_fresh.json",
    "pairs_fresh_p.json",
    "pairs_same_figure_fresh.json",
    "pairs_counted_nouns_fresh.json",
    "pairs_far_tolls_fresh.json",
    "pairs_lengths_two_units_fresh.json",
    "pairs_review20b.json",
    "pairs_general_nouns_fresh.json",
    "pairs_general_words_fresh.json",
    "pairs_levels_sizes_fresh.json",
    "pairs_review21.json",
    "pairs_customers_fresh.json",
    "pairs_fresh_q.json",
    "pairs_review21b.json",
    "pairs_relative_dates_fresh.json",
    "pairs_people_words_fresh.json",
    "pairs_year_beginnings_fresh.json",
    "pairs_times_before_nouns_fresh.json",
    "pairs_two_figures_units_fresh.json",
    "pairs_review22.json",
    "pairs_beginnings_endings_fresh.json",
    "pairs_fresh_r.json",
    "pairs_delays_records_fresh.json",
    "pairs_predicate_words_fresh.json",
    "pairs_standing_fresh.json",
    "pairs_review23.json",
    "pairs_fresh_s.json",
    "pairs_count_names_fresh.json",
    "pairs_lone_years_fresh.json",
    "pairs_review24.json",
    "pairs_subjects_fresh.json",
    "pairs_fresh_t.json",
    "pairs_review24b.json",
    "pairs_date_bounds_fresh.json",
    "pairs_duration_owners_fresh.json",
    "pairs_review25.json",
    "pairs_review25b.json",
    "pairs_fresh_u.json",
    "pairs_review26.json",
    "pairs_review26b.json",
    "pairs_fresh_v.json",
    "pairs_review27.json",
    "pairs_review27b.json",
    "pairs_fresh_w.json",
    "pairs_subjects2_fresh.json",
    "pairs_spoken_fractions_fresh.json",
    "pairs_spoken_fractions2_fresh.json",
    "pairs_word_numbers_fresh.json",
    "pairs_review28.json",
    "pairs_review28b.json",
    "pairs_fresh_x.json",
    "pairs_suspect_ages_fresh.json",
    "pairs_months_left_fresh.json",
    "pairs_roles_ages_fresh.json",
    "pairs_holdups_fresh.json",
    "pairs_sale_estimates_fresh.json",
    "pairs_review29.json",
    "pairs_fresh_y.json",
    "pairs_event_words_fresh.json",
    "pairs_beginning_years_fresh.json",
    "pairs_appositive_ages_fresh.json",
    "pairs_age_parts_fresh.json",
    "pairs_review30.json",
    "pairs_fresh_z.json",
    "pairs_date_years_fresh.json",
    "pairs_change_subjects_fresh.json",
    "pairs_people_doings_fresh.json",
    "pairs_review31.json",
    "pairs_fresh_za.json",
    "pairs_decades_fresh.json",
    "pairs_relative_tense_fresh.json",
    "pairs_same_years_fresh.json",
    "pairs_streaks_fresh.json",
    "pairs_review32.json",
    "pairs_fresh_zb.json",
    "pairs_weekdays2_fresh.json",
    "pairs_lone_dates_fresh.json",
    "pairs_change_nouns_fresh.json",
    "pairs_review33.json",
    "pairs_fresh_zc.json",
    "pairs_stat_periods_fresh.json",
    "pairs_forecasts_fresh.json",
    "pairs_relative_periods_fresh.json",
    "pairs_review34.json",
    "pairs_fresh_zd.json",
    "pairs_changes_words_fresh.json",
    "pairs_year_sets_fresh.json",
    "pairs_review35.json",
    "pairs_fresh_ze.json",
    "pairs_year_parts_fresh.json",
    "pairs_review36.json",
    "pairs_fresh_zf.json",
    "pairs_time_lengths_fresh.json",
    "pairs_noun_swaps_fresh.json",
    "pairs_review37.json",
    "pairs_stated_ranges_fresh.json",
    "pairs_fresh_zg.json",
    "pairs_peaks_fresh.json",
    "pairs_maxima_fresh.json",
    "pairs_year_span_forms_fresh.json",
    "pairs_negated_bounds_fresh.json",
    "pairs_review38.json",
    "pairs_profit_loss_fresh.json",
    "pairs_fresh_zh.json",
    "pairs_ordinals_fresh.json",
    "pairs_review39.json",
    "pairs_per_time_fresh.json",
    "pairs_review39b.json",
    "pairs_fresh_zi.json",
    "pairs_compounds_fresh.json",
    "pairs_conversions_fresh.json",
    "pairs_hedges_fresh.json",
    "pairs_progressive_fresh.json",
    "pairs_review40.json",
    "pairs_review40b.json",
    "pairs_sums_fresh.json",
    "pairs_review40c.json",
    "pairs_fresh_zj.json",
    "pairs_direction_words_fresh.json",
    "pairs_review41.json",
    "pairs_fresh_zk.json",
    "pairs_event_years_left_fresh.json",
    "pairs_rounding_edges_fresh.json",
    "pairs_review42.json",
    "pairs_dozens_fresh.json",
    "pairs_fresh_zl.json",
    "pairs_years_two_precisions_fresh.json",
    "pairs_changes_of_what_fresh.json",
    "pairs_residents_fresh.json",
    "pairs_review43.json",
    "pairs_fresh_zm.json",
    "pairs_bound_figures_fresh.json",
    "pairs_converted_units_fresh.json",
    "pairs_targets_fresh.json",
    "pairs_round_words_fresh.json",
    "pairs_review44.json",
    "pairs_fresh_zn.json",
    "pairs_offsets_fresh.json",
    "pairs_rare_words_fresh.json",
    "pairs_review45.json",
    "pairs_fresh_zo.json",
    "pairs_moved_dates_fresh.json",
    "pairs_lone_days_fresh.json",
    "pairs_direction_forms_fresh.json",
    "pairs_base_months_fresh.json",
    "pairs_review46.json",
    "pairs_fresh_zp.json",
    "pairs_lone_weekdays_fresh.json",
    "pairs_weekday_dates_fresh.json",
    "pairs_develop47_fresh.json",
    "pairs_parts_of_wholes_fresh.json",
    "pairs_review47.json",
    "pairs_fresh_zq.json",
    "pairs_develop48_fresh.json",
    "pairs_penalties_fresh.json",
    "pairs_polls_fresh.json",
    "pairs_sizes_fresh.json",
    "pairs_relative_datelines_fresh.json",
    "pairs_review48.json",
    "pairs_fresh_zr.json",
    "pairs_stoppages_fresh.json",
    "pairs_weights_fresh.json",
    "pairs_eventdays_fresh.json",
    "pairs_develop49_fresh.json",
    "pairs_review49.json",
    "pairs_fresh_zs.json",
    "pairs_estimates_fresh.json",
    "pairs_review49b.json",
    "pairs_percents50_fresh.json",
    "pairs_tallies50_fresh.json",
    "pairs_groups50_fresh.json",
    "pairs_levels50_fresh.json",
    "pairs_cricket50_fresh.json",
    "pairs_develop50_fresh.json",
    "pairs_review50.json",
    "pairs_fresh_zt.json",
    "pairs_rounded50_fresh.json",
)
CASES: list[dict[str, Any]] = [
    case for name in FILES for case in json.loads((DATA / name).read_text("utf-8"))
]
BY_ID = {case["id"]: case for case in CASES}
# XFAIL (tests/fresh_xfails.py): items compare() still gets wrong, and why.


def pair_id(case: dict[str, Any], surface_a: str, surface_b: str) -> str:
    """The readable id of one pairing of a case: "<case>:<words in A>/<words in B>"."""
    return f"{case['id']}:{surface_a}/{surface_b}"


def _param(item_id: str, *values: Any) -> Any:
    marks = [pytest.mark.xfail(reason=XFAIL[item_id], strict=True)] if item_id in XFAIL else []
    return pytest.param(*values, id=item_id, marks=marks)


GOLD = [
    _param(pair_id(case, sa, sb), case["id"], sa, sb, verdicts)
    for case in CASES
    for sa, sb, verdicts in case["pairs"]
]
FORBIDDEN = [
    _param(pair_id(case, sa, sb), case["id"], sa, sb)
    for case in CASES
    for sa, sb in case["not_pairs"]
]
WHOLE = [_param(case["id"], case["id"]) for case in CASES]


@cache
def _report(case_id: str) -> Report:
    """compare() of the case's two texts, once per case and worker."""
    case = BY_ID[case_id]
    return compare(case["a"], case["b"])


def span_of(text: str, surface: str) -> tuple[int, int]:
    """Where ``surface`` stands in ``text`` (the data file puts it there once)."""
    start = text.index(surface)
    return start, start + len(surface)


def covers(claim: Claim, span: tuple[int, int], *, linked: bool = True) -> bool:
    """True when the claim's span overlaps ``span``, or the span of the same amount the
    text gives in another currency beside it (bench/pairs.py scores alike)."""
    spans = [claim.span] if claim.linked is None or not linked else [claim.span, claim.linked]
    return any(lo < span[1] and span[0] < hi for lo, hi in spans)


def pairing(
    findings: Iterable[Finding], sa: tuple[int, int], sb: tuple[int, int], *, linked: bool = True
) -> list[Finding]:
    """The findings pairing a claim overlapping ``sa`` (in A) with one overlapping ``sb`` (in
    B); ``linked``: an amount given in two currencies overlaps the words of either."""
    return [
        f for f in findings if covers(f.a, sa, linked=linked) and covers(f.b, sb, linked=linked)
    ]


def _show(report: Report) -> str:
    return "\n".join(
        f"{f.a.text!r} / {f.b.text!r}: {f.verdict}: {f.reason}" for f in report.findings
    )


@pytest.mark.parametrize(("case_id", "surface_a", "surface_b", "verdicts"), GOLD)
def test_gold_pairing(case_id: str, surface_a: str, surface_b: str, verdicts: str) -> None:
    """The two figures a reader pairs are paired, once, with a verdict the reader allows."""
    case, report = BY_ID[case_id], _report(case_id)
    found = pairing(report.findings, span_of(case["a"], surface_a), span_of(case["b"], surface_b))
    assert len(found) == 1, _show(report)
    assert found[0].verdict.value in verdicts.split("|"), _show(report)


@pytest.mark.parametrize(("case_id", "surface_a", "surface_b"), FORBIDDEN)
def test_forbidden_pairing(case_id: str, surface_a: str, surface_b: str) -> None:
    """Two figures a reader keeps apart are not paired."""
    case, report = BY_ID[case_id], _report(case_id)
    sa, sb = span_of(case["a"], surface_a), span_of(case["b"], surface_b)
    assert pairing(report.findings, sa, sb, linked=False) == [], _show(report)


@pytest.mark.parametrize("case_id", WHOLE)
def test_conflicts_are_gold(case_id: str) -> None:
    """Every numeric conflict compare() reports is one the reader marks as a conflict."""
    case, report = BY_ID[case_id], _report(case_id)
    gold = [
        (span_of(case["a"], sa), span_of(case["b"], sb))
        for sa, sb, verdicts in case["pairs"]
        if "conflict" in verdicts.split("|")
    ]
    false = [
        f
        for f in report.findings
        if f.verdict is Verdict.CONFLICT and not any(pairing([f], sa, sb) for sa, sb in gold)
    ]
    assert false == [], _show(report)


def test_data_is_well_formed() -> None:
    """Ids are unique, every surface stands once in its text, and every xfail names an item."""
    ids = [p.id for p in (*GOLD, *FORBIDDEN, *WHOLE)]
    assert len(ids) == len(set(ids))
    assert set(XFAIL) <= set(ids)
    for case in CASES:
        for sa, sb, *_ in (*case["pairs"], *case["not_pairs"]):
            assert case["a"].count(sa) == 1, (case["id"], sa)
            assert case["b"].count(sb) == 1, (case["id"], sb)
        for _, _, verdicts in case["pairs"]:
            assert set(verdicts.split("|")) <= {v.value for v in Verdict}, (case["id"], verdicts)
