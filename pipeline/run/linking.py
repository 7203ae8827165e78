"""Entity linking over the run: one entity per real entity across all articles.

Sums each within-article key's mentions and aliases part by part, links the keys
(``stages.linking``), writes the entity ids into mentions and quotes, counts each
entity's documents, and writes the entities table.
"""
from typing import Dict

from pipeline.run.passes import RunTables, mapped
from pipeline.stages import linking


def link_entities(run: RunTables) -> None:
    stats: Dict[str, linking.KeyStats] = {}
    for part in run.parts("mentions", columns=["text", "entity_key"]):
        grouped = part.group_by("entity_key").aggregate([("text", "distinct"), ("text", "count")])
        for key, aliases, count in zip(*(grouped[c].to_pylist() for c in ("entity_key", "text_distinct", "text_count"))):
            st = stats.setdefault(key, linking.KeyStats())
            st.aliases.update(aliases)
            st.n_mentions += count
    linked = linking.link(stats)
    ids = {key: entity[0] for key, entity in linked.items()}
    n_docs: Dict[str, int] = {}
    for table in run.fill("mentions", "entity_id", mapped("entity_key", ids)):
        grouped = table.group_by("entity_id").aggregate([("doc_id", "count_distinct")])
        for eid, count in zip(grouped["entity_id"].to_pylist(), grouped["doc_id_count_distinct"].to_pylist()):
            if eid is not None:   # an article's rows lie in one part: per-part counts add up
                n_docs[eid] = n_docs.get(eid, 0) + count
    for _ in run.fill("quotes", "speaker_entity_id", mapped("speaker_key", ids)):
        pass
    run.write("entities", linking.entity_rows(stats, linked, n_docs))
