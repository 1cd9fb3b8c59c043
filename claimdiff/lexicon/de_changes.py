"""German grammar data for changes said without a figure: none yet.

Every ``<lang>_changes.py`` defines the names of ``en_changes.py``; empty tables read no
change (claimdiff/extract/word_changes.py).
"""

from __future__ import annotations

CHANGE_VERBS_UP: frozenset[str] = frozenset()
CHANGE_VERBS_DOWN: frozenset[str] = frozenset()
CHANGE_OBJECT_UP: frozenset[str] = frozenset()
CHANGE_OBJECT_DOWN: frozenset[str] = frozenset()
NUDGE_VERBS: frozenset[str] = frozenset()
PROGRESSIVE_UP: frozenset[str] = frozenset()
PROGRESSIVE_DOWN: frozenset[str] = frozenset()
PROGRESSIVE_NUDGES: frozenset[str] = frozenset()
PROGRESSIVE_LEADS: frozenset[str] = frozenset()
PROGRESSIVE_WITH: frozenset[str] = frozenset()
PROGRESSIVE_AUXILIARIES: frozenset[str] = frozenset()
PROGRESSIVE_WITH_DETERMINERS: frozenset[str] = frozenset()
PROGRESSIVE_TIMES: frozenset[str] = frozenset()
NUDGE_UP: frozenset[str] = frozenset()
NUDGE_DOWN: frozenset[str] = frozenset()
LEVEL_UP: frozenset[str] = frozenset()
LEVEL_DOWN: frozenset[str] = frozenset()
LEVEL_FLAT: frozenset[str] = frozenset()
LINKS: frozenset[str] = frozenset()
KEEPING_VERBS: frozenset[str] = frozenset()
CHANGE_NOUNS_UP: frozenset[str] = frozenset()
CHANGE_NOUNS_DOWN: frozenset[str] = frozenset()
CHANGE_NOUN_ARTICLES: frozenset[str] = frozenset()
CHANGE_SKIP: frozenset[str] = frozenset()
CHANGE_DENIALS: frozenset[str] = frozenset()
CHANGE_IDIOMS: frozenset[str] = frozenset()
LEVEL_NOUNS: frozenset[str] = frozenset()
COMPARATIVE_THAN: frozenset[str] = frozenset()
FIGURE_AFTER = 0
FIGURE_BEFORE = 0
FLAT_AFTER: dict[str, frozenset[str]] = {}
HOLDING_VERBS: frozenset[str] = frozenset()
HOLDING_AT: frozenset[str] = frozenset()
AMOUNT_OF: frozenset[str] = frozenset()
RESULT_VERBS: frozenset[str] = frozenset()
RESULT_ARTICLES: frozenset[str] = frozenset()
RESULT_BLOCKS: frozenset[str] = frozenset()
RESULT_UP: frozenset[str] = frozenset()
RESULT_DOWN: frozenset[str] = frozenset()
RESULT_FLAT: frozenset[str] = frozenset()
CAUSE_VERBS: frozenset[str] = frozenset()
CAUSE_UP: frozenset[str] = frozenset()
CAUSE_DOWN: frozenset[str] = frozenset()
CAUSE_REACH = 0
PHRASAL_UP_VERBS: frozenset[str] = frozenset()
PHRASAL_DOWN_VERBS: frozenset[str] = frozenset()
PHRASAL_BLOCKS: frozenset[str] = frozenset()
LINKED_ONLY: frozenset[str] = frozenset()
CHANGE_CONDITIONS: frozenset[str] = frozenset()
CHANGE_PASSIVE: frozenset[str] = frozenset()
OBJECT_BLOCKS: frozenset[str] = frozenset()
THAN_EARLIER: frozenset[str] = frozenset()
