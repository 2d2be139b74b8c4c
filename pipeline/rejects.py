"""A document that could not be used, and why. Rejects are data, never crashes."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass
class Reject:
    source: str
    reason: str
    stage: str = "ingest"  # ingest | normalize | extract | load
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} ({self.stage})"


class RejectError(Exception):
    """Raised inside a stage for one document; the stage turns it into a Reject and goes on."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
