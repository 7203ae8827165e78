"""Words for telling reprints of one statement from different statements (stages.statements)."""

# Function words that a retelling may swap or drop (`к продолжению` / `для продолжения`);
# never a negation.
FUNCTION_WORDS = frozenset(
    "и в во на с со к ко по о об обо от до для из у за а но же ли бы что чтобы как это то так".split())

# A word the shorter version lacks changes the claim when it negates; so does one dropped
# from the middle of the longer version.
NEGATIONS = frozenset({"не", "нет", "ни", "без"})

# Abbreviations reprints expand or keep (`300 тыс.` / `300 тысяч`).
ABBREVIATIONS = {"тыс": "тысяч", "млн": "миллион", "млрд": "миллиард", "трлн": "триллион"}
