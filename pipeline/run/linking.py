"""Entity linking over the run: one entity per real entity across all articles.

Sums each within-article key's mentions and aliases part by part (plain Python: Arrow's
group_by imports pandas, a fifth of a second of a short rerun), links the keys
(``stages.linking``), writes the entity ids into mentions and quotes, counts each
entity's documents, and writes the entities table.
"""
from typing import Dict

from pipeline.run.passes import RunTables, mapped


def link_entities(run: RunTables) -> None:
    if run.same_mentions:   # the mentions and their ids are the last output's: only new quotes need ids
        ids = {key: eid for part in run.previous_parts("mentions", ["entity_key", "entity_id"])
               for key, eid in zip(part["entity_key"].to_pylist(), part["entity_id"].to_pylist())}
        for _ in run.fill("quotes", "speaker_entity_id", mapped("speaker_key", ids)):
            pass
        run.copy_previous("entities")
        return
    from pipeline.stages import linking   # (the name rules: not imported by a rerun that keeps the mentions)

    stats: Dict[str, linking.KeyStats] = {}
    for part in run.parts("mentions", columns=["text", "entity_key"]):
        for key, text in zip(part["entity_key"].to_pylist(), part["text"].to_pylist()):
            st = stats.setdefault(key, linking.KeyStats())
            st.aliases.add(text)
            st.n_mentions += 1
    linked = linking.link(stats)
    ids = {key: entity[0] for key, entity in linked.items()}
    n_docs: Dict[str, int] = {}
    for table in run.fill("mentions", "entity_id", mapped("entity_key", ids)):
        for eid, _ in set(zip(table["entity_id"].to_pylist(), table["doc_id"].to_pylist())):
            if eid is not None:   # an article's rows lie in one part: per-part counts add up
                n_docs[eid] = n_docs.get(eid, 0) + 1
    for _ in run.fill("quotes", "speaker_entity_id", mapped("speaker_key", ids)):
        pass
    run.write("entities", linking.entity_rows(stats, linked, n_docs))
