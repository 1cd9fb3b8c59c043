"""The summariser's summaries must not contradict their articles."""

from __future__ import annotations

import pytest
from summariser import summarise

ARTICLES = {
    "airport": (
        "Heathbrook Airport handled 2,480,000 passengers last year, the operator said on Monday. "
        "That was up from 2,100,000 the year before."
    ),
    "council": (
        "The council approved a budget of £12,800,000 for the new library on Tuesday. "
        "Work is due to start in the spring."
    ),
    "hospital": (
        "The new hospital will have 450 beds and employ 1,200 staff when it opens in 2027. "
        "It replaces a building from 1962."
    ),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_summary_is_consistent(claimdiff_check, name):
    """Each summary states its article's figures as the article does."""
    article = ARTICLES[name]
    claimdiff_check(article, summarise(article))
