"""Command line: ``python -m pipeline run INPUT --out OUT`` and ``evaluate OUT GOLD``."""
import argparse
import logging
import sys
from pathlib import Path


def _run(args) -> int:
    _pyarrow_without_pandas()
    from pipeline.io.writers import OutputRefused
    from pipeline.run import OutputLocked, RunStopped, run

    if not args.input.is_dir():
        print(f"error: input folder not found: {args.input}", file=sys.stderr)
        return 2
    try:
        summary = run(args.input, args.out, workers=args.workers, incremental=not args.full, dask=args.dask,
                      from_stage=args.from_stage, wait=args.wait)
    except (OutputRefused, OutputLocked) as exc:   # a run that cannot start: a clear message, exit code 2
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (RunStopped, OSError, ValueError) as exc:   # failed on the way: the previous output is intact
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(summary)
    return 0


def _pyarrow_without_pandas() -> None:
    """pyarrow imports pandas (a fifth of a second, in every worker too) the first time it
    builds an array, only to check whether it was handed a pandas object. A run never
    converts to or from pandas, so this process (a ``run`` command, which ends with the run)
    lets pyarrow find no pandas. A notebook calling ``pipeline.run`` is not affected."""
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    sys.meta_path.insert(0, _NoPandas)   # ``import pandas`` fails, this once
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(_NoPandas)


class _NoPandas:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas":
            raise ImportError("pandas is not needed by a run")
        return None


def _evaluate(args) -> int:
    from pipeline.evaluation.gold import evaluate, format_report

    for gold in args.gold:
        if len(args.gold) > 1:
            print(f"== {gold}")
        print(format_report(evaluate(args.output, gold), details=args.details))
    return 0


def _report(args) -> int:
    from pipeline.api import load
    from pipeline.report import build_report

    args.html.write_text(build_report(load(args.output, tokens=False)), encoding="utf-8")
    print(f"wrote {args.html}")
    return 0


def _ner_eval(args) -> int:
    from pipeline.evaluation import ner as ner_eval

    return ner_eval.main(args=args)


def _add_ner_eval_arguments(sub: argparse.ArgumentParser) -> None:
    from pipeline.evaluation.options import add_ner_arguments

    add_ner_arguments(sub)


def _lemma_eval(args) -> int:
    from pipeline.evaluation import lemmas

    return lemmas.main(args)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description="Who said what, when: Russian news to Parquet tables.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="process a folder of articles into Parquet tables")
    run.add_argument("input", type=Path)
    run.add_argument("--out", type=Path, default=Path("outputs"))
    run.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    run.add_argument("--full", action="store_true", help="recompute every article, even unchanged ones")
    run.add_argument("--from", dest="from_stage", choices=("entities", "dates", "quotes"), default=None,
                     help="recompute this stage and those after it from the stored tables (no tagging)")
    run.add_argument("--dask", metavar="SCHEDULER", default=None,
                     help="compute on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'")
    run.add_argument("--wait", action="store_true",
                     help="if another run is writing OUT, wait for it to end (default: stop with exit status 2)")
    run.set_defaults(func=_run)
    ev = sub.add_parser("evaluate", help="score output tables against hand-labelled gold")
    ev.add_argument("output", type=Path)
    ev.add_argument("gold", type=Path, nargs="+", help="gold folders (each scored and reported on its own)")
    ev.add_argument("--details", action="store_true", help="list missed, spurious and misattributed quotes and wrong dates of statements")
    ev.set_defaults(func=_evaluate)
    rep = sub.add_parser("report", help="a static HTML page with every article's extractions highlighted")
    rep.add_argument("output", type=Path)
    rep.add_argument("--html", type=Path, default=Path("report.html"))
    rep.set_defaults(func=_report)
    ner = sub.add_parser("ner-eval", help="NER and normal forms on factRuEval devset, beside plain natasha")
    _add_ner_eval_arguments(ner)
    ner.set_defaults(func=_ner_eval)
    lem = sub.add_parser("lemma-eval", help="lemma accuracy on UD Russian PUD (or another CoNLL-U gold)")
    from pipeline.evaluation.options import add_lemma_arguments
    add_lemma_arguments(lem)
    lem.set_defaults(func=_lemma_eval)
    return p


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    logging.getLogger("pymorphy3").setLevel(logging.WARNING)   # "Loading dictionaries" in every worker
    args = parser().parse_args(argv)
    return args.func(args)
