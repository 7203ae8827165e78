"""Stage versions: bump a stage's number when its output changes. A rerun recomputes an
unchanged article from the first stage whose version differs from the stored one.

Run-wide entity linking (run/linking.py, stages/linking.py) belongs to the entities stage:
a rerun whose mentions are all as stored reuses the stored entity ids, so a change to
linking bumps "entities"."""
from typing import Dict, Optional

from pipeline.schemas import SCHEMA_VERSION

STAGES = ("ingest", "tokens", "entities", "dates", "quotes")
STAGE_VERSIONS = {"ingest": "36", "tokens": "33", "entities": "165", "dates": "9", "quotes": "321"}


def pipeline_version() -> str:
    """The versions as stored in ``documents.pipeline_version``."""
    return ";".join([f"schema={SCHEMA_VERSION}"] + [f"{s}={STAGE_VERSIONS[s]}" for s in STAGES])


def parse_version(stored: Optional[str]) -> Dict[str, str]:
    return dict(part.split("=", 1) for part in (stored or "").split(";") if "=" in part)


def first_stale_stage(stored: Optional[str], forced: Optional[str] = None) -> Optional[str]:
    """The first stage to recompute for an article stored under ``stored`` versions (None:
    nothing); ``forced`` (`--from quotes`) marks that stage and those after it stale."""
    old = parse_version(stored)
    if old.get("schema") != SCHEMA_VERSION:
        return "ingest"
    for stage in STAGES:
        if old.get(stage) != STAGE_VERSIONS[stage] or stage == forced:
            return stage
    return None
