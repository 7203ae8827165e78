"""Local worker processes survive losing one: the batch is run again, job by job, and a job
that kills its worker every time gets the stand-in result."""
import os

import pytest

from pipeline.run.backends import local, run_batches

POISON = "poison"


def work_or_die(batch):
    if POISON in batch:
        os._exit(1)   # a worker killed mid-batch (as by the kernel's OOM killer)
    return [job.upper() for job in batch]


@pytest.mark.timeout(120)
def test_a_worker_lost_on_one_job_costs_only_that_job():
    batches = [["a", "b"], ["c", POISON, "d"], ["e"], ["f", "g"]]
    with local(2, lost=lambda job: f"lost:{job}") as (submit, slots):
        results = list(run_batches(work_or_die, batches, submit, slots))
    assert results == [["A", "B"], ["C", f"lost:{POISON}", "D"], ["E"], ["F", "G"]]


@pytest.mark.timeout(120)
def test_batches_submitted_while_the_pool_is_broken_still_run():
    batches = [[POISON]] + [[str(i)] for i in range(8)]
    with local(2, lost=lambda job: f"lost:{job}") as (submit, slots):
        results = list(run_batches(work_or_die, batches, submit, slots))
    assert results == [[f"lost:{POISON}"]] + [[str(i)] for i in range(8)]
