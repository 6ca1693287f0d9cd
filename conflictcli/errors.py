"""Exit codes and the errors an input can fail with."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What the process exit code tells a shell script or cron job."""

    OK = 0
    """Every input was analyzed."""
    INPUT_FAILED = 1
    """At least one input could not be analyzed (its error line was still written)."""
    USAGE = 2
    """Bad options or arguments; nothing was analyzed."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C (SIGINT)."""


class InputError(Exception):
    """An input that cannot be analyzed; ``kind`` names the failure for the error record."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickle with both arguments, so failed inputs can travel to worker processes."""
        return (InputError, (self.kind, self.message))
