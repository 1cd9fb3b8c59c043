"""Reading one number where the scan found an anchor: digits or number words.

Each reader takes the text and a start offset and returns a :class:`Number`
or ``None`` ("not mine").  Nothing here decides what the number counts.
"""

from __future__ import annotations

import re

import attrs

from claimdiff.lexicon import Lexicon

# Thousands separators: comma, and the no-break/narrow/thin spaces typeset
# numbers use ("16 000").  A plain space is not one: "in 2023 100 people".
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[,\u00a0\u202f\u2009\uff0c])\d{3}(?:(?P=sep)\d{3})*")
_PLAIN = re.compile(r"\d+")
_DECIMAL = re.compile(r"[.\uff0e]\d+")  # full stop, or its full-width form
# Longer digit runs are identifiers or junk, and would overflow a float's
# exact integers: 15 digits is where doubles stop counting by one.
MAX_DIGITS = 15


@attrs.frozen
class Number:
    """A number as read: where it is, its value, and how precisely it was written."""

    start: int
    end: int
    value: float
    decimals: int = 0
    """Digits written after the decimal point (precision of the mantissa)."""
    scale: float = 1.0
    grouped: bool = False
    """Written with thousands separators."""
    words: bool = False
    """Written in words ("forty-five")."""
    fraction: bool = False
    """A fraction word on its own ("a third", "two-thirds"): a share, not a count."""
    digits: str = ""
    """The digits as written (no separators), for years and identifiers."""

    @property
    def half_step(self) -> float:
        """Half a unit in the last written decimal place, after scaling."""
        return 0.5 * 10.0**-self.decimals * self.scale if self.decimals else 0.0


def read_digits(text: str, pos: int) -> tuple[Number | None, int]:
    """The digit number at ``pos`` and where scanning should resume.

    Returns ``(None, end)`` for runs that are not numbers a claim can state
    (over-long, or grouped wrongly like "1,0000"); the whole run is skipped so
    that junk is scanned once, not once per digit.

    >>> read_digits("16,000 children", 0)[0].value
    16000.0
    >>> read_digits("4.2%", 0)[0].decimals
    1
    """
    m = _GROUPED.match(text, pos)
    grouped = m is not None
    if m is not None and m.end() < len(text) and text[m.end()].isdigit():
        return None, _PLAIN.match(text, m.end()).end()  # type: ignore[union-attr]
    if m is None:
        m = _PLAIN.match(text, pos)
        if m is None:
            return None, pos + 1
    end = m.end()
    digits = m.group().translate(_SEPARATORS)
    decimals = 0
    d = _DECIMAL.match(text, end)
    if d is not None:
        decimals = d.end() - end - 1
        digits_frac = d.group()[1:]
        end = d.end()
    else:
        digits_frac = ""
    if len(digits) + len(digits_frac) > MAX_DIGITS:
        return None, end
    value = float(f"{digits}.{digits_frac}" if digits_frac else digits)
    return Number(pos, end, value, decimals, grouped=grouped, digits=digits), end


_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009\uff0c")
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
_JOINER = re.compile(r"(?:\s+(?:and\s+)?|-)")


def read_words(text: str, pos: int, lex: Lexicon) -> Number | None:
    """The number written in words starting at ``pos``, or None.

    Handles "forty-five", "one hundred and twenty", "three million",
    "half a million", "a dozen", "two-thirds" and "a third" (the article is
    found by the caller).

    >>> from claimdiff.lexicon import get_lexicon
    >>> read_words("forty-five people", 0, get_lexicon()).value
    45.0
    >>> read_words("one hundred and twenty", 0, get_lexicon()).value
    120.0
    """
    tokens: list[tuple[str, int, int]] = []
    i = pos
    # Collect number-word tokens joined by spaces, hyphens or "and"; a bounded
    # count keeps adversarial runs ("one one one …") linear.
    while len(tokens) < 12:
        m = lex.patterns["number_word"].match(text, i)
        if m is None:
            if tokens and text[i : i + 2].lower() == "a " and tokens[-1][0] in lex.FRACTIONS:
                i += 2  # "half a million"
                continue
            break
        tokens.append((m.group().lower(), m.start(), m.end()))
        j = _JOINER.match(text, m.end())
        if j is None:
            break
        i = j.end()
    if not tokens:
        return None
    return _words_value(tokens, lex)


def _words_value(tokens: list[tuple[str, int, int]], lex: Lexicon) -> Number | None:
    total = 0.0
    current = 0.0
    seen_number = False
    end = tokens[0][2]
    fraction_only = False
    for idx, (word, _s, e) in enumerate(tokens):
        if word in lex.UNITS or word in lex.TENS:
            if seen_number and current % 10 and word in lex.TENS | lex.UNITS:
                break  # "two three": a new number starts
            current += lex.UNITS.get(word, 0) + lex.TENS.get(word, 0)
        elif word in lex.COUNT_WORDS:
            current = (current or 1) * lex.COUNT_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lex.SCALES:
            total += (current or 1) * lex.SCALES[word]
            current = 0.0
        elif word in lex.FRACTIONS:
            frac = lex.FRACTIONS[word]
            nxt = tokens[idx + 1][0] if idx + 1 < len(tokens) else None
            if nxt in lex.SCALES and nxt != "hundred":
                # "half a million", "two-thirds of a billion" is rare: read multipliers.
                current = (current or 1) * frac
                end = e
                seen_number = True
                continue
            if seen_number and word.endswith("s") and current:
                current *= frac  # "two-thirds"
            elif not seen_number:
                current = frac
            else:
                break
            fraction_only = True
            end = e
            seen_number = True
            break
        else:  # pragma: no cover - the token pattern only yields lexicon words
            break
        seen_number = True
        end = e
    value = total + current
    if not seen_number:
        return None
    return Number(tokens[0][1], end, float(value), words=True, fraction=fraction_only)
