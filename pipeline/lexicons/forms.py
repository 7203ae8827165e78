"""Helpers for word-form lexicons: a table of forms by value, turned into lookups and patterns."""
from typing import Dict, Iterable


def by_form(forms_by_value: Dict) -> Dict[str, object]:
    """{value: "form form ..."} → {form: value}."""
    return {form: value for value, forms in forms_by_value.items() for form in forms.split()}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so a longer form wins over its prefix)."""
    return "|".join(sorted(words, key=len, reverse=True))
