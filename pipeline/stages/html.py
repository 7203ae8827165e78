"""HTML pages to article text and metadata, with trafilatura (made for news pages)."""
from datetime import date
from typing import Optional, Tuple

HtmlArticle = Tuple[str, Optional[str], Optional[str], Optional[date]]   # text, title, author, published


def _as_date(value) -> Optional[date]:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract_html(html: str) -> HtmlArticle:
    """Main text (boilerplate dropped), title, author and publication date of a page."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        include_tables=False, favor_precision=True)
    if found is None:
        return "", None, None, None
    d = found if isinstance(found, dict) else found.as_dict()
    return d.get("text") or "", d.get("title"), d.get("author"), _as_date(d.get("date"))
