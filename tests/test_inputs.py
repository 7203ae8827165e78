"""Real-world input: formats, bad files, symlink loops, malformed lines — none stops a run."""
import json
import os

import pandas as pd
import pytest

from tests.conftest import SEEDS, run_cli

SEED_TEXT = (SEEDS / "articles" / "002_26cdcf452afca11a.txt").read_text(encoding="utf-8")
PLAIN_TEXT = SEED_TEXT.replace("…", "...").replace("\xa0", " ").replace("–", "-").replace("—", "-")
HTML = """<html><head><title>Песков оценил переговоры</title>
<meta name="author" content="Иван Петров"><meta property="article:published_time" content="2026-02-09T14:49:00">
</head><body><nav>Главная | Новости | Контакты</nav><article><h1>Песков оценил переговоры</h1>
<p>Пресс-секретарь Кремля Дмитрий Песков заявил, что переговоры в Женеве были трудными, но полезными для обеих сторон.</p>
<p>«Мы будем продолжать диалог», — отметил он, добавив, что следующая встреча пройдет в феврале.</p>
</article><footer>Подписывайтесь на наш канал</footer></body></html>"""


def run_folder(tmp_path, files: dict, *extra):
    inp = tmp_path / "in"
    for name, content in files.items():
        path = inp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = run_cli("run", inp, "--out", tmp_path / "out", *extra)
    assert result.returncode == 0, result.stderr
    return result, pd.read_parquet(tmp_path / "out" / "documents").set_index("doc_id")


def test_html_page_gives_main_text_and_metadata(tmp_path):
    _, docs = run_folder(tmp_path, {"page.html": HTML})
    doc = docs.loc["page"]
    assert doc.status == "ok" and doc.format == "html"
    assert "Подписывайтесь" not in doc.text and "Главная |" not in doc.text
    assert doc.title == "Песков оценил переговоры" and str(doc.published) == "2026-02-09"
    quotes = pd.read_parquet(tmp_path / "out" / "quotes")
    assert "Мы будем продолжать диалог" in set(quotes.text)


def test_jsonl_lines_are_articles_and_their_metadata_wins(tmp_path):
    lines = [json.dumps({"id": "a1", "text": SEED_TEXT, "title": "Свой заголовок", "published": "2022-01-14",
                         "url": "https://example.org/a1"}, ensure_ascii=False),
             "{not json", json.dumps({"id": "a3", "title": "без текста"}), ""]
    _, docs = run_folder(tmp_path, {"feed.jsonl": "\n".join(lines)})
    assert docs.loc["feed/a1", "title"] == "Свой заголовок"
    assert str(docs.loc["feed/a1", "published"]) == "2022-01-14"
    assert docs.loc["feed/a1", "url"] == "https://example.org/a1"
    assert docs.loc["feed/2", "status"] == "error" and "malformed JSON" in docs.loc["feed/2", "error"]
    assert docs.loc["feed/3", "status"] == "error" and "text" in docs.loc["feed/3", "error"]


def test_bad_files_each_get_a_row(tmp_path):
    files = {
        "good.txt": SEED_TEXT,
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 40,
        "bom.txt": "\ufeff" + SEED_TEXT,
        "utf16.txt": SEED_TEXT.encode("utf-16"),
        "plain.txt": PLAIN_TEXT,
        "koi8.txt": PLAIN_TEXT.encode("koi8_r"),
        "cp1251.txt": PLAIN_TEXT.encode("cp1251"),
        "english.txt": "Peskov said the talks would continue. " * 20,
        "huge.txt": b"a" * (6 * 1024 * 1024),
    }
    result, docs = run_folder(tmp_path, files)
    assert set(docs.index) == {name[:-4] for name in files}
    assert docs.loc["empty", "status"] == "error" and docs.loc["binary", "status"] == "error"
    assert docs.loc["huge", "status"] == "error" and "too large" in docs.loc["huge", "error"]
    for name in ("good", "bom", "utf16", "koi8", "cp1251", "english"):
        assert docs.loc[name, "status"] == "ok", name
    assert docs.loc["bom", "text"] == docs.loc["good", "text"] == docs.loc["utf16", "text"]
    assert docs.loc["koi8", "text"] == docs.loc["cp1251", "text"] == docs.loc["plain", "text"]
    assert docs.loc["koi8", "encoding"] == "koi8_r" and docs.loc["cp1251", "encoding"] == "cp1251"
    assert "with errors" in result.stdout


def test_dangling_symlink_and_symlink_loop(tmp_path):
    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    (inp / "sub" / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    os.symlink(inp, inp / "sub" / "loop")
    os.symlink(tmp_path / "missing.txt", inp / "dangling.txt")
    result = run_cli("run", inp, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    docs = pd.read_parquet(tmp_path / "out" / "documents").set_index("doc_id")
    assert docs.loc["sub/a", "status"] == "ok"
    assert docs.loc["dangling", "status"] == "error" and "cannot read" in docs.loc["dangling", "error"]
    assert len(docs) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "secret.txt").write_text(SEED_TEXT, encoding="utf-8")
    (inp / "secret.txt").chmod(0)
    result = run_cli("run", inp, "--out", tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents").set_index("doc_id")
    assert result.returncode == 0 and docs.loc["secret", "status"] == "error"


def test_a_very_long_line_is_processed(tmp_path):
    line = ("Песков заявил, что переговоры продолжатся " * 24000)[:1_000_000]
    _, docs = run_folder(tmp_path, {"long.txt": "Заголовок\n\n" + line + "\n"})
    assert docs.loc["long", "status"] == "ok"
    sentences = pd.read_parquet(tmp_path / "out" / "sentences")
    assert sentences.end.max() <= docs.loc["long", "n_chars"]


# Folders as they come in real life (issue 16): none of these may hang, crash or change a run.

@pytest.fixture(scope="module")
def odd_run(tmp_path_factory):
    """One run over good articles beside every odd entry; (stdout, documents by doc_id)."""
    tmp = tmp_path_factory.mktemp("odd")
    inp = tmp / "in"
    for rel in ("good.txt", "sub/.hidden.txt", ".git/config.txt", ".DS_Store", ".ipynb_checkpoints/a-checkpoint.txt"):
        (inp / rel).parent.mkdir(parents=True, exist_ok=True)
        (inp / rel).write_text(SEED_TEXT, encoding="utf-8")
    os.mkfifo(inp / "x.txt")
    os.symlink("/dev/zero", inp / "zero.txt")
    (inp / "two_boms.txt").write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"))
    (inp / "two_boms16.txt").write_bytes(("\ufeff" + SEED_TEXT).encode("utf-16"))
    with open(os.fsencode(inp) + b"/bad\xff.txt", "wb") as f:     # a byte that is not UTF-8
        f.write(SEED_TEXT.encode("utf-8"))
    (inp / "bad\\xff.txt").write_text(PLAIN_TEXT, encoding="utf-8")   # the text \xff
    result = run_cli("run", inp, "--out", tmp / "out", "--workers", "1")
    assert result.returncode == 0, result.stderr
    return result.stdout, pd.read_parquet(tmp / "out" / "documents").set_index("doc_id")


@pytest.mark.timeout(300)
def test_a_name_that_is_not_utf8_gets_a_lossless_printable_doc_id(odd_run):
    _, docs = odd_run
    assert docs.loc["bad\\xff", "path"] == "bad\\xff.txt" and docs.loc["bad\\xff", "status"] == "ok"
    assert docs.loc["bad\\\\xff", "path"] == "bad\\\\xff.txt" and docs.loc["bad\\\\xff", "status"] == "ok"
    assert docs.loc["bad\\xff", "text"] == docs.loc["good", "text"] != docs.loc["bad\\\\xff", "text"]


@pytest.mark.timeout(300)
def test_a_named_pipe_is_an_error_row_not_a_hang(odd_run):
    _, docs = odd_run
    assert docs.loc["x", "status"] == "error" and docs.loc["x", "error"] == "not a regular file: a named pipe"


@pytest.mark.timeout(300)
def test_a_link_to_dev_zero_is_an_error_row_not_read(odd_run):
    _, docs = odd_run
    assert docs.loc["zero", "status"] == "error"
    assert docs.loc["zero", "error"] == "not a regular file: a character device"


@pytest.mark.timeout(300)
def test_hidden_files_and_folders_give_no_rows_and_are_counted(odd_run):
    stdout, docs = odd_run
    assert not [doc_id for doc_id in docs.index if "hidden" in doc_id or "config" in doc_id or "checkpoint" in doc_id]
    assert "4 hidden files or folders skipped" in stdout
    assert len(docs) == 7


@pytest.mark.timeout(300)
def test_every_bom_at_the_start_is_dropped(odd_run):
    _, docs = odd_run
    for doc_id in ("two_boms", "two_boms16"):
        assert docs.loc[doc_id, "status"] == "ok" and docs.loc[doc_id, "text"] == docs.loc["good", "text"], doc_id
        assert not docs.loc[doc_id, "text"].startswith("\ufeff")
