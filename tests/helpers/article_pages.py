"""An invented article page around a headline and its paragraphs, for the tests that run the whole
extraction on invented text (relevance kinds and senses, the pt/it/no reports)."""

from __future__ import annotations

from html import escape


def article_page(headline: str, paragraphs: list[str], language: str) -> str:
    """A page in ``language`` whose ``<article>`` holds ``headline`` as its ``<h1>`` and ``paragraphs``."""
    body = "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{escape(headline)}</title></head>'
        f"<body><article><h1>{escape(headline)}</h1>{body}</article></body></html>"
    )
