"""Scoring against gold: hand-labelled articles, factRuEval NER and normal forms."""
