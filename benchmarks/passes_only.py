"""The run-wide passes that follow entity linking, alone, over a finished output: near-duplicate
articles and statements across articles (the output is rewritten in place, as a run would).
Prints the seconds each pass took and what it found.

    python benchmarks/passes_only.py OUTPUT
"""
import resource
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's pipeline

from pipeline.io.writers import part_files, read_part
from pipeline.run.duplicates import mark_duplicates
from pipeline.run.passes import RunTables
from pipeline.run.statements import group_statements


class FolderWriter:
    """What ``RunTables`` needs of a writer, over an existing output folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder).resolve()

    def part_files(self, name: str):
        return part_files(self.folder / name)

    def write_table(self, name: str, table) -> None:
        for old in self.part_files(name):
            old.unlink()
        pq.write_table(table, self.folder / name / "part-00000.parquet")


def main(output: str) -> None:
    run = RunTables(FolderWriter(Path(output)))
    times = [f"rss_before={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}MB"]
    for run_pass in (mark_duplicates, group_statements):
        started = time.monotonic()
        run_pass(run)
        times.append(f"{run_pass.__name__}={time.monotonic() - started:.2f}")
    statements = pq.read_table(run.writer.folder / "statements", columns=["n_quotes", "n_docs"])
    documents = [read_part(p, columns=["duplicate_of"]) for p in run.writer.part_files("documents")]
    multi = sum(n > 1 for n in statements["n_quotes"].to_pylist())
    multi_doc = sum(n > 1 for n in statements["n_docs"].to_pylist())
    duplicates = sum(t["duplicate_of"].drop_null().length() for t in documents)
    times.append(f"rss_peak={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}MB")
    print(" ".join(times), f"statements={statements.num_rows} quotes={sum(statements['n_quotes'].to_pylist())}"
          f" multi_report={multi} multi_doc={multi_doc} duplicate_articles={duplicates}")


if __name__ == "__main__":
    main(sys.argv[1])
