"""The plan's stored rows (pipeline.run.plan): one Arrow message per table and batch, each
job's slice holding its own article's rows and nothing else."""
import pyarrow.compute as pc

from pipeline.io.readers import read_folder
from pipeline.run.plan import CARRY, FRESH, PreviousOutput, Resume
from pipeline.tables import from_ipc
from tests.conftest import SEEDS


def rows_of(stored):
    return from_ipc(stored.message).slice(stored.start, stored.length)


def test_each_job_gets_its_own_rows_out_of_one_message_per_table(seed_output):
    previous = PreviousOutput(seed_output, forced="quotes")
    raws = list(read_folder(SEEDS / "articles", []))[::-1]   # not in the order they were written
    actions = [previous.action(raw) for raw in raws]
    assert set(actions) == {"quotes"}
    jobs = previous.jobs(raws, actions)
    assert [job.doc_id for job in jobs] == [raw.doc_id for raw in raws]
    for name in ("documents", "sentences", "tokens", "mentions", "dates"):
        assert len({id(job.stored[name].message) for job in jobs}) == 1, name
        for job in jobs:
            ids = rows_of(job.stored[name])["doc_id"]
            assert pc.all(pc.equal(ids, job.doc_id)).as_py() in (True, None), name
    assert all(len(rows_of(job.stored["tokens"])) > 0 for job in jobs)


def test_a_batch_mixes_fresh_carried_and_resumed_articles(seed_output):
    previous = PreviousOutput(seed_output, forced="dates")
    raws = list(read_folder(SEEDS / "articles", []))
    actions = [FRESH, CARRY] + ["dates"] * (len(raws) - 2)
    jobs = previous.jobs(raws, actions)
    assert jobs[0] is raws[0] and len(jobs) == len(raws) - 1   # the carried article sends no job
    resumed = [job for job in jobs if isinstance(job, Resume)]
    assert all(set(job.stored) == {"documents", "sentences", "tokens", "mentions"} for job in resumed)
