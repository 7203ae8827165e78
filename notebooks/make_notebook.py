"""Writes notebooks/who_said_what.ipynb (the notebook is generated so its cells stay reviewable as code)."""
import nbformat as nbf
nb = nbf.v4.new_notebook()
md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
nb.cells = [
md("""# Who said what, and when

This notebook reads only the pipeline's output tables (`python -m pipeline run ARTICLES --out OUTPUT`).
Set `OUTPUT` below to any output folder; by default it reads `../outputs`, the seed run from README's first command
(the environment variable `WSW_OUTPUT` overrides it, which the test uses)."""),
code("""import os
OUTPUT = os.environ.get("WSW_OUTPUT", "../outputs")   # parameter: an output folder of `python -m pipeline run`
PERSON = os.environ.get("WSW_PERSON", "")             # parameter: a speaker to follow; empty = the most quoted one"""),
code("""%matplotlib inline
import matplotlib.pyplot as plt
import pandas as pd
import pipeline

plt.rcParams["font.family"] = "DejaVu Sans"   # ships with matplotlib and has Cyrillic glyphs
pd.set_option("display.max_colwidth", 120)
tables = pipeline.load(OUTPUT)
{name: len(getattr(tables, name)) for name in ["documents", "quotes", "mentions", "entities", "dates", "statements"]}"""),
md("""## The join

`quotes` holds one row per statement with `doc_id`, the speaker's canonical name (`speaker`) and its run-wide
entity (`speaker_entity_id`). `pipeline.who_said_what(tables)` joins
`quotes ⋈ documents` on `doc_id` (the article's title and publication date) and
`quotes ⋈ entities` on `speaker_entity_id = entity_id` (the speaker's name over the whole run, so "Песков" in one
article and "Дмитрий Песков" in another are one speaker). `said_on` is the day the text gives for the statement, or
the publication date (`said_on_source` says which)."""),
code("""wsw = pipeline.who_said_what(tables)
wsw[["speaker", "said_on", "kind", "cue", "quote", "title"]].head(30)"""),
md("""## Top speakers, direct and indirect

`reports` counts every quote, reprints included; `statements` counts distinct statements (a statement
reprinted in ten articles counts once)."""),
code("""top = pipeline.top_speakers(tables, n=15)
ax = top[["direct", "indirect"]].iloc[::-1].plot.barh(stacked=True, figsize=(8, 5))
ax.scatter(top.statements.iloc[::-1], range(len(top)), color="black", zorder=3, label="distinct statements")
ax.set_xlabel("reports"); ax.set_ylabel("speaker"); ax.set_title("Most quoted speakers"); ax.legend()
plt.tight_layout(); plt.show()
top"""),
md("""## Most reported statements

`pipeline.statements(tables)`: one row per statement, its reports across articles grouped (the same speaker and
the same words, allowing for case, quotation marks, truncation and retelling in the same words). `text` is the
most complete version; `first_*` the earliest report; `n_docs` how many articles carried it."""),
code("""said = pipeline.statements(tables)
print(len(said), "statements;", int((said.n_quotes > 1).sum()), "reported more than once,",
      int((said.n_docs > 1).sum()), "in more than one article")
said[["speaker", "n_docs", "n_quotes", "first_said_on", "first_title", "text"]].head(15)"""),
code("""spread = said.n_docs.value_counts().sort_index()
ax = spread.plot.bar(figsize=(6, 3), logy=True)
ax.set_xlabel("articles carrying the statement"); ax.set_ylabel("statements"); ax.set_title("How far statements travel")
plt.tight_layout(); plt.show()"""),
md("""## Who said it first

A timeline of the most reported statement's reports: the day each article carried it (`said_on`, else the
publication date); the first report is the statement's source."""),
code("""top_statement = said.statement_id.iloc[0] if len(said) else None
reports = pipeline.reports_of(tables, top_statement) if top_statement else wsw.iloc[0:0]
if len(reports):
    when = pd.to_datetime(reports.said_on.fillna(reports.published))
    fig, ax = plt.subplots(figsize=(9, 2 + 0.3 * len(reports)))
    ax.scatter(when, range(len(reports)), s=60)
    ax.scatter(when.iloc[:1], [0], s=160, marker="*", color="red", label="first report")
    ax.set_yticks(range(len(reports))); ax.set_yticklabels(reports.doc_id)
    ax.set_xlabel("date"); ax.set_ylabel("article"); ax.set_title(said.speaker.iloc[0] + ": " + said.text.iloc[0][:60] + "…")
    ax.invert_yaxis(); ax.legend(); fig.autofmt_xdate(); plt.tight_layout(); plt.show()
reports[["said_on", "published", "doc_id", "kind", "quote", "title"]]"""),
md("## Timeline: statements per speaker over `said_on`"),
code("""dated = wsw[wsw.said_on.notna()].copy()
dated["said_on"] = pd.to_datetime(dated["said_on"])
leaders = top.index[:6]
fig, ax = plt.subplots(figsize=(9, 4))
for i, name in enumerate(leaders):
    days = dated[dated.speaker == name].groupby("said_on").size()
    ax.scatter(days.index, [i] * len(days), s=40 * days.values, label=name)
ax.set_yticks(range(len(leaders))); ax.set_yticklabels(leaders)
ax.set_xlabel("date said (said_on)"); ax.set_ylabel("speaker"); ax.set_title("Statements per speaker over time")
fig.autofmt_xdate(); plt.tight_layout(); plt.show()"""),
md("## Everything one person said, across articles, in date order"),
code("""person = PERSON or (top.index[0] if len(top) else "")
pipeline.statements_of(tables, person)[["said_on", "kind", "cue", "quote", "title"]] if person else "no speakers\""""),
md("## Who is mentioned with whom"),
code("""pairs = pipeline.co_mentions(tables)
pairs.head(20)"""),
code("""both_ways = pd.concat([pairs, pairs.rename(columns={"person_a": "person_b", "person_b": "person_a"})])
people = both_ways.groupby("person_a").articles.sum().sort_values(ascending=False).index[:12]
grid = (both_ways[both_ways.person_a.isin(people) & both_ways.person_b.isin(people)]
        .pivot_table(index="person_a", columns="person_b", values="articles", fill_value=0)
        .reindex(index=people, columns=people, fill_value=0))
fig, ax = plt.subplots(figsize=(7, 6))
im = ax.imshow(grid.values, cmap="Blues")
ax.set_xticks(range(len(grid.columns))); ax.set_xticklabels(grid.columns, rotation=60, ha="right")
ax.set_yticks(range(len(grid.index))); ax.set_yticklabels(grid.index)
ax.set_xlabel("person"); ax.set_ylabel("person"); ax.set_title("Articles mentioning both")
fig.colorbar(im, label="articles"); plt.tight_layout(); plt.show()"""),
md("""## Who the sources are: named, organisations, media, collectives, anonymous

`quotes.source_kind` says what the phrase naming each statement's source is. Anonymous
sourcing (`эксперты`, `источник в министерстве`, `СМИ`) is counted per article and overall."""),
code("""overall = pipeline.sourcing(tables, by=None)
ax = overall[pipeline.api.SOURCE_KINDS].T.plot.bar(legend=False, figsize=(6, 3))
ax.set_xlabel("source kind"); ax.set_ylabel("statements"); ax.set_title("How statements are sourced")
plt.tight_layout(); plt.show()
overall"""),
code("""pipeline.sourcing(tables).head(10)   # the articles leaning most on anonymous sources"""),
code("""pipeline.anonymous_sources(tables).head(10)"""),
md("## Data quality: errors, statements without a speaker, attribution rules"),
code("""errors = tables.documents[tables.documents.status != "ok"][["doc_id", "error"]]
errors"""),
code("""unattributed = tables.quotes[tables.quotes.speaker.isna()][["doc_id", "cue", "text"]]
print(len(unattributed), "statements without a speaker")
unattributed.head(10)"""),
code("""rules = tables.quotes.attribution.value_counts()
ax = rules.plot.bar(figsize=(7, 3))
ax.set_xlabel("attribution rule"); ax.set_ylabel("statements"); ax.set_title("Which rule named the speaker")
plt.tight_layout(); plt.show()
rules"""),
md("## One article in spaCy, rendered with displaCy"),
code("""from spacy import displacy
doc_id = wsw.doc_id.iloc[0] if len(wsw) else tables.documents.doc_id.iloc[0]
doc = pipeline.to_spacy(tables, doc_id)
print(len(doc.ents), "entities,", len(doc.spans["quotes"]), "quotes,", len(doc.spans["dates"]), "dates")
html = displacy.render(doc, style="span", options={"spans_key": "quotes"}, jupyter=False)
from IPython.display import HTML, display
display(HTML(html))"""),
code("""display(HTML(displacy.render(doc, style="ent", jupyter=False)))"""),
]
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
import sys
nbf.write(nb, sys.argv[1] if len(sys.argv) > 1 else "notebooks/who_said_what.ipynb")
