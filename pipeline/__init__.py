"""Who said what, and when, in Russian-language news."""
__version__ = "0.1.0"

from pipeline.api import co_mentions, load, statements_of, top_speakers, who_said_what  # noqa: E402

__all__ = ["load", "who_said_what", "statements_of", "top_speakers", "co_mentions", "to_spacy"]


def to_spacy(tables, doc_id):
    """An article of loaded tables as a spaCy Doc (see ``pipeline.spacy_doc``)."""
    from pipeline.spacy_doc import to_spacy as convert
    return convert(tables, doc_id)
