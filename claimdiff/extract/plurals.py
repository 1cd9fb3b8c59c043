"""Plural nouns after a figure: which words a count counts where a plural or a verb's
form follows it (claimdiff/extract/subjects.py reads the noun phrase with these).

- A plural noun ends the phrase ("children transferred"), unless WordNet lists it in the
  plural and a plural no verb makes follows it, which it describes ("12 maths teachers").
- A common verb's form right after a number above one is the plural noun it counts ("the
  crash claimed 14 lives", "scored 112 runs"): no "-s" verb agrees with such a number,
  unless the number heads its own phrase ("a poll of 2,000 says", "Route 66 runs").
"""

from __future__ import annotations

from claimdiff import nouns, verbs
from claimdiff.lexicon import Lexicon

__all__ = ["after_a_number", "counted_after_figure", "describes_next", "plural"]


def plural(word: str) -> bool:
    """A plural noun: ending in "s" and not its own lemma ("buses", not "bus")."""
    return word.endswith("s") and nouns.lemma(word) != word


def counted_after_figure(word: str, lex: Lexicon) -> bool:
    """Whether a common verb's form right after a figure is the plural noun it counts:
    a verb after a number above one takes no "-s" ("41 died"), so "41 lives", "112
    runs", "300 leaves" are nouns; not a reporting verb ("a poll of 2,000 says") nor a
    form WordNet knows as no plural noun ("is")."""
    return (
        word not in lex.STOPWORDS
        and word not in lex.speech.REPORTING_VERBS
        and plural(word)
        and nouns.is_noun(word)
    )


def after_a_number(text: str, i: int, lex: Lexicon) -> bool:
    """Whether ``text[:i]`` ends with a number that a verb after it could not agree with:
    digits, or a number word above one ("claimed 41", "scored two"), not "the
    17-year-old" (one person) nor "one", and not a number standing as a noun phrase's
    head, after a word of ``FIGURE_AS_HEAD_AFTER`` or a capitalised word ("a survey of
    2,000 shows", "the 300 calls for", "in 2019 works", "Route 66 runs")."""
    words = text[max(0, i - 40) : i].split()
    if len(words) < 2:
        return False  # the sentence's first words: no verb before the figure to read
    number, before = words[-1], words[-2]
    if before.lower() in lex.FIGURE_AS_HEAD_AFTER or before[:1].isupper():
        return False
    if number[-1:].isdigit():
        return True
    last = number.lower()
    return last != "one" and (last in lex.UNITS or last in lex.TENS or last in lex.SCALES)


def describes_next(head: str, word: str) -> bool:
    """Whether a plural ``head`` describes the plural ``word`` after it: WordNet lists
    the head in the plural ("maths", "arms", "sales") and no verb makes the word ("12
    maths teachers", "40 arms dealers"; not "40 pupils books")."""
    return nouns.listed_plural(head) and plural(word) and not verbs.bases(word)
