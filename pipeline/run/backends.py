"""Where batches are computed: in this process, in local worker processes, or on a Dask
cluster. Every backend runs the same ``work`` function; workers load the models once."""
import contextlib
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, List, Optional

from pipeline.records import Article

Submit = Callable[[Callable, list], object]   # returns a future (anything with .result())


class Done:
    """An already computed result that looks like a future."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


@contextlib.contextmanager
def local(workers: int):
    """(submit, slots): worker processes, or this process when ``workers`` is 1."""
    from pipeline.runner import init_models, init_worker
    if workers <= 1:   # in this process, with the BLAS threads the machine offers
        init_models()
        yield (lambda fn, batch: Done(fn(batch))), 1
        return
    with ProcessPoolExecutor(workers, initializer=init_worker) as pool:
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


def run_batches(work: Callable[[list], List[Article]], raw_batches, submit: Submit, slots: int) -> Iterator[List[Article]]:
    """Results of each batch in input order, with at most two batches per slot in flight,
    so memory does not grow with the input."""
    pending = []
    for batch in raw_batches:
        pending.append(submit(work, batch) if batch else Done([]))
        if len(pending) >= 2 * slots:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()
