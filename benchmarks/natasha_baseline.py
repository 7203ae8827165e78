"""The plain natasha Doc pipeline over a folder, one process: segment, tag_morph,
parse_syntax, tag_ner, normalize every span, lemmatize every token, DatesExtractor."""
import sys
from pathlib import Path

from pipeline.models import alias_pymorphy2


def main(folder: str) -> None:
    alias_pymorphy2()
    import natasha

    emb = natasha.NewsEmbedding()
    segmenter, vocab = natasha.Segmenter(), natasha.MorphVocab()
    morph, syntax, ner = natasha.NewsMorphTagger(emb), natasha.NewsSyntaxParser(emb), natasha.NewsNERTagger(emb)
    dates = natasha.DatesExtractor(vocab)
    for path in sorted(Path(folder).rglob("*.txt")):
        doc = natasha.Doc(path.read_text(encoding="utf-8", errors="replace"))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)
        for token in doc.tokens:
            token.lemmatize(vocab)
        list(dates(doc.text))


if __name__ == "__main__":
    main(sys.argv[1])
