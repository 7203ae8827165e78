"""Who said what, and when, in Russian-language news."""
__version__ = "0.1.0"

__all__ = ["load", "who_said_what", "statements_of", "statements", "reports_of", "top_speakers", "co_mentions",
           "sourcing", "anonymous_sources", "to_spacy"]
_API = {"load", "who_said_what", "statements_of", "statements", "reports_of", "top_speakers", "co_mentions",
        "sourcing", "anonymous_sources"}


def __getattr__(name):
    """The notebook API, imported on first use (a batch run does not need pandas)."""
    if name in _API:
        from pipeline import api
        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def to_spacy(tables, doc_id):
    """An article of loaded tables as a spaCy Doc (see ``pipeline.spacy_doc``)."""
    from pipeline.spacy_doc import to_spacy as convert
    return convert(tables, doc_id)
