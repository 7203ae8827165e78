"""Stage 5 placeholder while the quote rules are written."""


def extract_quotes(doc, sentences, tokens, mentions, dates):
    return []
