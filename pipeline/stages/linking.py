"""Cross-article entity linking: one entity per real entity over the whole run.

A global step over all mentions: full names key entities; a surname-only entity joins
the one full-name entity of the run with that surname, and stays apart when there are
several (two people with one surname and different first names are never merged).
"""
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Set, Tuple

from pipeline.stages.entities import initial_fits, same_name, surname_matches
from pipeline.lexicons.names import DIMINUTIVES
from pipeline.stages.names import initial_and_surname, spelling_variant

Key = Tuple[str, str]   # type, name


def entity_id(kind: str, name: str) -> str:
    return hashlib.sha1(f"{kind}:{name}".encode("utf-8")).hexdigest()[:16]


def split_key(entity_key: str) -> Key:
    kind, _, name = entity_key.partition(":")
    return kind, name


def _stem(surname: str) -> str:
    """The part of a surname its case forms share, as ``surname_matches`` reads it."""
    a = surname.lower().replace("ё", "е")
    return a[:-1] if a[-1:] in "аяйь" else a


DOMINANT = 5   # a lone surname joins a full name mentioned this many times more than any other with it


def resolve_keys(keys: Iterable[str], mentions: Optional[Dict[str, int]] = None) -> Dict[str, Key]:
    """Each within-article key → the run-wide (type, name) it belongs to. Full names are
    indexed by surname stem, so a lone surname looks up its few candidates (linear time);
    where several full names share it, it joins the one the run mentions DOMINANT times
    more than the others (`Трамп` → `Дональд Трамп`, not `Мэри Трамп`), else stays apart."""
    keys, mentions = set(keys), mentions or {}
    canonical = first_name_variants(keys, mentions)   # `Камалу Харрис` → `Камала Харрис`
    full_by_stem = defaultdict(set)   # stem → {(surname, full name)}
    for key in keys:
        kind, name = split_key(key)
        if kind == "PER" and len(name.split()) >= 2 and not initial_and_surname(name) and name not in canonical:
            surname = name.split()[-1]
            full_by_stem[_stem(surname)].add((surname, name))
            full_by_stem[surname.lower().replace("ё", "е")].add((surname, name))
    initialled = defaultdict(set)   # surname → initialled names: owners of a lone surname where no full name is
    for key in keys:
        kind, name = split_key(key)
        if kind == "PER" and initial_and_surname(name):
            initialled[_stem(initial_and_surname(name)[1])].add(name)
    resolved = {}
    for key in keys:
        kind, name = split_key(key)
        if kind == "PER" and (len(name.split()) == 1 or initial_and_surname(name)):   # `Лавров`, `С. Лавров`
            last = name.split()[-1]
            word = last.lower().replace("ё", "е")
            candidates = set().union(*(full_by_stem.get(word[:k], ()) for k in range(3, len(word) + 1)))
            owners = {full for surname, full in candidates if surname_matches(surname, last) and initial_fits(name, full)}
            if not owners and len(name.split()) == 1:
                owners = {n for n in initialled.get(_stem(last), ()) if surname_matches(n.split()[-1], last)}
            name = _owner(owners, mentions) or name
        resolved[key] = (kind, name)
    return {key: (kind, canonical.get(name, name) if kind == "PER" else name) for key, (kind, name) in resolved.items()}


# Endings by which the case forms of one first name differ (`Камала`, `Камалу`, `Камалой`,
# and the cut `Камал` of a wrong normal form).
FIRST_NAME_ENDINGS = frozenset("а я у ю ы и е ой ей ою ею ом ем ью ь й".split()) | {""}


def first_name_variants(keys: Iterable[str], mentions: Dict[str, int]) -> Dict[str, str]:
    """Full name → the run's commonest variant of it: the same surname with a first name
    that is a case form of the other's (`Камалу Харрис`, `Камал Харрис` → `Камала Харрис`),
    its short form (`Джозеф Байден` → `Джо Байден`)
    or spelt another way (`Ненси Пелоси` → `Нэнси Пелоси`). Short first names (`Ян`, `Яна`)
    are never joined."""
    by_surname = defaultdict(list)
    for key in keys:
        kind, name = split_key(key)
        words = name.split()
        if kind == "PER" and len(words) == 2 and not initial_and_surname(name):
            by_surname[REPEATS.sub(r"\1", _same(words[1]))].append(name)   # `Сааакашвили`, `Саакашвили`
    canonical = {}
    for names in by_surname.values():
        ranked = sorted(set(names), key=lambda n: (-mentions.get(f"PER:{n}", 0), n))
        for i, name in enumerate(ranked):
            if name in canonical:
                continue
            for other in ranked[i + 1:]:
                if other not in canonical and _variants(name.split()[0], other.split()[0]):
                    canonical[other] = name
    return canonical


def _variants(a: str, b: str) -> bool:
    a, b = _same(a), _same(b)
    if DIMINUTIVES.get(a, a) == DIMINUTIVES.get(b, b):   # `Джо`, `Джозеф`
        return True
    if min(len(a), len(b)) < 4:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if a[k:] in FIRST_NAME_ENDINGS and b[k:] in FIRST_NAME_ENDINGS and k >= 3:
        return True
    return spelling_variant(a, b)


REPEATS = re.compile(r"(.)\1+")
def _owner(owners: Set[str], mentions: Dict[str, int]) -> Optional[str]:
    if len(owners) == 1:
        return next(iter(owners))
    ranked = sorted(owners, key=lambda full: (-mentions.get(f"PER:{full}", 0), full))
    if len(ranked) > 1 and mentions.get(f"PER:{ranked[0]}", 0) >= DOMINANT * max(1, mentions.get(f"PER:{ranked[1]}", 0)):
        return ranked[0]
    return None


def _same(name: str) -> str:
    """Names that differ only in ё/е are one name (`Рогулёв`, `Рогулев`)."""
    return same_name("PER", name)


@dataclass
class KeyStats:
    """What the mentions of one within-article key add up to over the run."""
    aliases: Set[str] = field(default_factory=set)
    n_mentions: int = 0


def link(stats: Dict[str, KeyStats]) -> Dict[str, Tuple[str, str, str]]:
    """entity_key → (entity_id, type, name) of the run-wide entity it belongs to; spellings
    that differ only in ё/е, and an organisation's short and full names (``same_name``), are
    one entity, named by its most mentioned spelling."""
    resolved = resolve_keys(stats, {key: st.n_mentions for key, st in stats.items()})
    counts: Dict[Key, int] = defaultdict(int)
    for key, entity in resolved.items():
        counts[entity] += stats[key].n_mentions
    spelling: Dict[Tuple[str, str], Key] = {}
    for entity in sorted(counts, key=lambda e: (-counts[e], "ё" not in e[1], e[1])):
        spelling.setdefault((entity[0], same_name(*entity)), entity)
    out = {}
    for key, (kind, name) in resolved.items():
        kind, name = spelling[(kind, same_name(kind, name))]
        out[key] = (entity_id(kind, same_name(kind, name)), kind, name)
    return out


def entity_rows(stats: Dict[str, KeyStats], linked: Dict[str, Tuple[str, str, str]],
                n_docs: Dict[str, int]) -> List[dict]:
    """Rows of the entities table: each entity with its aliases, mentions and documents
    (``n_docs`` per entity_id, counted where the mentions are)."""
    merged: Dict[Tuple[str, str, str], KeyStats] = defaultdict(KeyStats)
    for key, st in stats.items():
        entity = merged[linked[key]]
        entity.aliases |= st.aliases
        entity.n_mentions += st.n_mentions
    return [{"entity_id": eid, "type": kind, "name": name, "aliases": sorted(st.aliases),
             "n_mentions": st.n_mentions, "n_docs": n_docs.get(eid, 0)}
            for (eid, kind, name), st in sorted(merged.items(), key=lambda item: item[0][1:])]
