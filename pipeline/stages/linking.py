"""Cross-article entity linking: one entity per real entity over the whole run.

A global step over all mentions: full names key entities; a surname-only entity joins
the one full-name entity of the run with that surname, and stays apart when there are
several (two people with one surname and different first names are never merged).
"""
import hashlib
from collections import defaultdict
from typing import Dict, Iterable, List, Tuple

from pipeline.stages.entities import surname_matches

Key = Tuple[str, str]   # type, name


def entity_id(kind: str, name: str) -> str:
    return hashlib.sha1(f"{kind}:{name}".encode("utf-8")).hexdigest()[:16]


def split_key(entity_key: str) -> Key:
    kind, _, name = entity_key.partition(":")
    return kind, name


def resolve_keys(keys: Iterable[str]) -> Dict[str, Key]:
    """Each within-article key → the run-wide (type, name) it belongs to."""
    keys = set(keys)
    full_by_surname = defaultdict(set)
    for key in keys:
        kind, name = split_key(key)
        if kind == "PER" and len(name.split()) >= 2:
            full_by_surname[name.split()[-1].lower()].add(name)
    resolved = {}
    for key in keys:
        kind, name = split_key(key)
        if kind == "PER" and len(name.split()) == 1:
            owners = {n for s, ns in full_by_surname.items() if surname_matches(s, name) for n in ns}
            if len(owners) == 1:
                name = owners.pop()
        resolved[key] = (kind, name)
    return resolved


def entity_rows(mentions: List[dict]) -> Tuple[Dict[str, str], List[dict]]:
    """(entity_key → entity_id, entities table rows) from mention rows carrying entity_key."""
    resolved = resolve_keys(m["entity_key"] for m in mentions)
    aliases, counts, docs = defaultdict(set), defaultdict(int), defaultdict(set)
    for m in mentions:
        key = resolved[m["entity_key"]]
        aliases[key].add(m["text"])
        counts[key] += 1
        docs[key].add(m["doc_id"])
    ids = {k: entity_id(*v) for k, v in resolved.items()}
    rows = [{"entity_id": entity_id(*key), "type": key[0], "name": key[1],
             "aliases": sorted(aliases[key]), "n_mentions": counts[key], "n_docs": len(docs[key])}
            for key in sorted(aliases)]
    return ids, rows
