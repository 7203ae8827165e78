"""Stage versions: bump a stage's number when its output changes; reruns recompute it."""
import hashlib

from pipeline.schemas import SCHEMA_VERSION

STAGE_VERSIONS = {"ingest": "1", "tokens": "1", "entities": "1", "dates": "1", "quotes": "1"}


def pipeline_version() -> str:
    spec = ";".join(f"{k}={v}" for k, v in sorted(STAGE_VERSIONS.items())) + f";schema={SCHEMA_VERSION}"
    return hashlib.sha1(spec.encode()).hexdigest()[:12]
