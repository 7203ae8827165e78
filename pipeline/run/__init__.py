"""A batch run, in five steps, each in a module of its own:

    read      io.readers        every article under the input folder
    plan      run.plan          fresh, carried over, or recomputed from a stage (PreviousOutput)
    compute   run.backends      batches on this process, local workers or Dask, running
              run.workers       the stages (process.py) with models loaded on first use
    write     run.write         rows into the Parquet tables (io.writers), in input order
    link      run.passes        run-wide passes over the written tables: run.linking (entities),
                                run.duplicates (near-duplicate articles), run.statements (one
                                statement's reports across articles, after linking)

One run writes an output at a time (io.lock). The output is swapped in atomically at the
end (io.writers); a failure leaves the previous output as it was.
"""
import os
import sys
import time
from pathlib import Path
from typing import Optional

from pipeline.io import readers, writers
from pipeline.io.lock import OutputLock, OutputLocked
from pipeline.run import backends
from pipeline.run.duplicates import mark_duplicates
from pipeline.run.linking import link_entities
from pipeline.run.passes import carry_run_wide, run_passes
from pipeline.run.plan import PreviousOutput, plan_batches
from pipeline.run.progress import Progress, RunSummary
from pipeline.run.statements import group_statements
from pipeline.run.workers import init_worker, lost_job, work
from pipeline.run.write import write_batches

BATCH_SIZE = 16
PASSES = (link_entities, mark_duplicates, group_statements)
RUN_WIDE_TABLES = ("entities", "statements")

__all__ = ["run", "RunSummary", "BATCH_SIZE", "OutputLocked", "RunStopped"]


class RunStopped(Exception):
    """A run that failed on the way (a failing write, a full disk); the output is unchanged."""


def run(input_dir: Path, out: Path, workers: Optional[int] = None, incremental: bool = True,
        dask: Optional[str] = None, from_stage: Optional[str] = None, wait: bool = False) -> RunSummary:
    """Every article under ``input_dir`` into the tables at ``out``. Raises OutputLocked
    while another run writes ``out`` (or waits for it, with ``wait``), and RunStopped when
    the run fails on the way (a full disk): ``out`` then keeps the previous output."""
    with OutputLock(out, wait=wait):   # before anything in or beside OUT is touched
        started, summary = time.monotonic(), RunSummary()
        progress = Progress(readers.count_articles(input_dir) if sys.stderr.isatty() else None)
        writers.check_output(out)
        writers.remove_leftovers(out)
        writer = None
        try:
            writer = writers.TableWriter(out)
            _compute(input_dir, out, workers, incremental, dask, from_stage, writer, summary, progress)
            writer.commit()
        except BaseException as exc:
            if writer is not None:
                writer.abort()
            if isinstance(exc, OSError):
                raise RunStopped(f"the run stopped: {exc}; {out} still holds the previous output") from exc
            raise
    summary.seconds = time.monotonic() - started
    return summary


def _compute(input_dir, out, workers, incremental, dask, from_stage, writer, summary, progress) -> None:
    """Read, plan, compute and write every article, then the run-wide passes."""
    workers = workers or os.cpu_count() or 1
    backend = backends.dask(dask, workers) if dask else backends.local(workers, init_worker, lost_job)
    hidden = []
    with backend as (submit, slots):   # the workers start while the previous output is read
        previous = PreviousOutput(out if incremental else None, forced=from_stage)
        planned = []

        def jobs():
            for batch in plan_batches(readers.read_folder(input_dir, hidden), previous, BATCH_SIZE):
                planned.append(batch)
                yield batch.jobs(previous)

        write_batches(backends.run_batches(work, jobs(), submit, slots), planned, previous, writer, summary, progress)
    summary.hidden = len(hidden)
    progress.close()
    if summary.processed == summary.resumed == 0 and summary.carried == len(previous.index) > 0:
        carry_run_wide(previous, writer, RUN_WIDE_TABLES)   # the same articles as last time: the same results
    else:
        same_mentions = (previous.out is not None and not summary.entities_recomputed   # every mention as stored
                         and summary.carried + summary.resumed == len(previous.index) > 0)
        run_passes(writer, PASSES, RUN_WIDE_TABLES, previous, same_mentions)
