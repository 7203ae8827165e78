"""Where batches are computed: in this process, in local worker processes, or on a Dask
cluster. Every backend runs the function it is given on each batch; a backend knows
nothing of what the function does."""
import contextlib
import os
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from typing import Callable, Iterator, Optional

Submit = Callable[[Callable, list], object]   # returns a future (anything with .result())


class Done:
    """An already computed result that looks like a future."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class Pool:
    """Local worker processes that survive losing one: a batch whose worker died (killed,
    out of memory, a crash in a native library) is run again job by job on a new pool, and
    a job that kills its worker again gets ``lost(job)`` as its result."""

    def __init__(self, workers: int, initializer, lost: Callable):
        self.workers, self.initializer, self.lost = workers, initializer, lost
        self.generation, self.pool = 0, None
        self.restart()

    def restart(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = ProcessPoolExecutor(self.workers, initializer=self.initializer)
        self.pool.submit(int)   # start the workers now: they initialize while the run plans
        self.generation += 1

    def submit(self, fn: Callable, batch: list) -> "Pending":
        return Pending(self, fn, batch)

    def rescue(self, fn: Callable, batch: list, generation: int) -> list:
        if generation == self.generation:   # the first of this pool's futures to find it broken
            self.restart()
        out = []
        for job in batch:
            try:
                out.extend(self.pool.submit(fn, [job]).result())
            except BrokenExecutor:
                self.restart()
                out.append(self.lost(job))
        return out


class Pending:
    def __init__(self, pool: Pool, fn: Callable, batch: list):
        try:
            future = pool.pool.submit(fn, batch)
        except BrokenExecutor:   # broken by an earlier batch that has not been rescued yet
            pool.restart()
            future = pool.pool.submit(fn, batch)
        self.owner, self.fn, self.batch, self.generation, self.future = pool, fn, batch, pool.generation, future

    def result(self):
        try:
            return self.future.result()
        except BrokenExecutor:
            return self.owner.rescue(self.fn, self.batch, self.generation)


@contextlib.contextmanager
def local(workers: int, initializer: Optional[Callable[[], None]] = None, lost: Optional[Callable] = None):
    """(submit, slots): worker processes, or this process when ``workers`` is 1; ``lost(job)``
    stands in for the result of a job whose worker died twice."""
    if workers <= 1:
        if initializer:
            initializer()
        yield (lambda fn, batch: Done(fn(batch))), 1
        return
    pool = Pool(workers, initializer, lost or (lambda job: None))
    try:
        yield pool.submit, workers
    finally:
        pool.pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def dask(address: str, workers: Optional[int] = None):
    """(submit, slots) on a Dask cluster: ``local`` starts a LocalCluster of worker processes
    (one thread each); anything else is a scheduler address such as tcp://host:8786."""
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                                       threads_per_worker=1, processes=True,
                                                       dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(address))
        slots = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield (lambda fn, batch: client.submit(fn, batch, pure=False)), slots


def run_batches(work: Callable[[list], list], batches, submit: Submit, slots: int) -> Iterator[list]:
    """Results of each batch in input order, with at most two batches per slot in flight,
    so memory does not grow with the input."""
    pending = []
    for batch in batches:
        pending.append(submit(work, batch) if batch else Done([]))
        if len(pending) >= 2 * slots:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()
