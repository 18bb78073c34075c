"""Is a fetched document an article at all?  Reasons for saying no."""

from __future__ import annotations

_MAGIC = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"RIFF": "a RIFF media file",
    b"OggS": "an Ogg media file",
    b"\x00\x00\x01\x00": "an icon",
}
_NON_ARTICLE_OG_TYPES = {"website", "profile", "video.other", "video.movie", "music.song", "product", "book"}


def binary_reason(magic: bytes, content_type: str, has_text: bool) -> str | None:
    """Why a response is not an HTML document, or ``None`` if it may be one."""
    for prefix, what in _MAGIC.items():
        if magic.startswith(prefix):
            return f"{what}, not HTML"
    if not has_text:
        kind = content_type.split(";", 1)[0].strip() or "unknown content type"
        return f"not a text document ({kind})"
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind and not any(t in kind for t in ("html", "xml", "text/plain")):
        return f"not HTML ({kind})"
    return None


class NotAnArticleError(ValueError):
    """A page that is no article, with the reason's stats key (``no_text``, ``not_article_page``,
    ``no_headline``, ``unparseable``, ``not_html``) and its words for the log."""

    def __init__(self, key: str, reason: str):
        super().__init__(reason)
        self.key = key
        self.reason = reason


def check_article(
    word_count: int,
    paragraph_count: int,
    *,
    declared_article: bool,
    og_type: str | None,
    min_words: int,
) -> NotAnArticleError | None:
    """Why a parsed HTML page is not an article (to raise), or ``None`` if it is one."""
    if word_count == 0:
        return NotAnArticleError("no_text", "no article text")
    if word_count < min_words:
        return NotAnArticleError("no_text", f"too little article text ({word_count} words)")
    if not declared_article and og_type in _NON_ARTICLE_OG_TYPES and paragraph_count < 4:
        return NotAnArticleError("not_article_page", f"a {og_type} page, not an article")
    return None


def non_article_reason(
    word_count: int,
    paragraph_count: int,
    *,
    declared_article: bool,
    og_type: str | None,
    min_words: int,
) -> str | None:
    """Why a parsed HTML page is not an article, or ``None`` if it is one (the words of :func:`check_article`)."""
    error = check_article(
        word_count, paragraph_count, declared_article=declared_article, og_type=og_type, min_words=min_words
    )
    return error.reason if error else None
