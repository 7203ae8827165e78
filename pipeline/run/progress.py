"""Progress of a run: the counts it ends with, and a bar (or log lines) while it goes."""
import logging
import sys
import time
from dataclasses import dataclass
from typing import Optional

log = logging.getLogger("pipeline")


@dataclass
class RunSummary:
    processed: int = 0
    carried: int = 0
    resumed: int = 0
    errors: int = 0
    hidden: int = 0           # hidden files and folders skipped (.git, .DS_Store)
    seconds: float = 0.0
    entities_recomputed: int = 0   # articles whose mentions this run computed anew (fresh or from entities)

    @property
    def done(self) -> int:
        return self.processed + self.carried + self.resumed

    def __str__(self):
        resumed = f"{self.resumed} recomputed from a later stage, " if self.resumed else ""
        hidden = f"{self.hidden} hidden files or folders skipped, " if self.hidden else ""
        return (f"{self.processed} articles processed, {self.carried} unchanged and carried over, {resumed}"
                f"{self.errors} with errors, {hidden}in {self.seconds:.1f} s")


class Progress:
    """A progress bar with articles/s and ETA on a terminal; a log line every few seconds
    otherwise (files and logs stay readable)."""

    def __init__(self, total: Optional[int] = None, every: float = 10.0):
        self.started = self.last = time.monotonic()
        self.every, self.done, self.bar = every, 0, None
        if sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="art", smoothing=0.1)

    def tick(self, summary: RunSummary) -> None:
        if self.bar is not None:
            self.bar.update(summary.done - self.done)
            self.bar.set_postfix(errors=summary.errors)
        elif time.monotonic() - self.last >= self.every:
            rate = summary.done / (time.monotonic() - self.started)
            log.info("%d articles (%.1f/s), %d errors", summary.done, rate, summary.errors)
            self.last = time.monotonic()
        self.done = summary.done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
