"""claimdiff: find where texts about the same event disagree on the facts."""

from claimdiff.assertions import assert_consistent
from claimdiff.check import check
from claimdiff.compare import compare
from claimdiff.corpus import EventResult, reconcile_corpus
from claimdiff.extract import extract
from claimdiff.inputs import DecodeError, TextTooLargeError, TooManyPairsError
from claimdiff.model import Claim, Document, Finding, Kind, Qualifier, Quantity, Report, Verdict
from claimdiff.reconcile import Fact, Reconciliation, reconcile

__all__ = [
    "Claim",
    "DecodeError",
    "Document",
    "EventResult",
    "Fact",
    "Finding",
    "Kind",
    "Qualifier",
    "Quantity",
    "Reconciliation",
    "Report",
    "TextTooLargeError",
    "TooManyPairsError",
    "Verdict",
    "assert_consistent",
    "check",
    "compare",
    "extract",
    "reconcile",
    "reconcile_corpus",
]
