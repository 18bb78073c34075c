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


def non_article_reason(
    word_count: int,
    paragraph_count: int,
    *,
    declared_article: bool,
    og_type: str | None,
    min_words: int,
) -> str | None:
    """Why a parsed HTML page is not an article, or ``None`` if it is one."""
    if word_count == 0:
        return "no article text"
    if word_count < min_words:
        return f"too little article text ({word_count} words)"
    if not declared_article and og_type in _NON_ARTICLE_OG_TYPES and paragraph_count < 4:
        return f"a {og_type} page, not an article"
    return None
