"""Where batches are computed: in this process, in local worker processes, or on a Dask
cluster. Every backend runs the function it is given on each batch; a backend knows
nothing of what the function does."""
import contextlib
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, List, Optional

Submit = Callable[[Callable, list], object]   # returns a future (anything with .result())


class Done:
    """An already computed result that looks like a future."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


@contextlib.contextmanager
def local(workers: int, initializer: Optional[Callable[[], None]] = None):
    """(submit, slots): worker processes, or this process when ``workers`` is 1."""
    if workers <= 1:
        if initializer:
            initializer()
        yield (lambda fn, batch: Done(fn(batch))), 1
        return
    with ProcessPoolExecutor(workers, initializer=initializer) as pool:
        pool.submit(int)   # start the workers now: they initialize while this process plans
        yield pool.submit, workers


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
