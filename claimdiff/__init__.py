"""claimdiff: find where two texts about the same event disagree on the facts."""

from claimdiff.assertions import assert_consistent
from claimdiff.check import check
from claimdiff.compare import compare
from claimdiff.extract import extract
from claimdiff.inputs import DecodeError, TextTooLargeError, TooManyPairsError
from claimdiff.model import Claim, Document, Finding, Kind, Qualifier, Quantity, Report, Verdict

__all__ = [
    "Claim",
    "DecodeError",
    "Document",
    "Finding",
    "Kind",
    "Qualifier",
    "Quantity",
    "Report",
    "TextTooLargeError",
    "TooManyPairsError",
    "Verdict",
    "assert_consistent",
    "check",
    "compare",
    "extract",
]
