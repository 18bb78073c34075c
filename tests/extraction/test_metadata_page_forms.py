"""Page forms of metadata met on pages from outlets outside the corpus: a headline shown in a
paragraph on a page without headings, a byline in the piece after a date, a commenter's name
in a comments block. One test per named rule of metadata.RULES, each with the rule on and
switched off (invented pages, towns, people and outlets)."""

from __future__ import annotations

from rallycrawl.extraction import metadata as md
from rallycrawl.extraction.metadata import extract_metadata
from rallycrawl.extraction.page import Page
from tests.helpers.metadata_pages import rules_off

URL = "http://127.0.0.1:8000/noticias/porto.html"
PT_TEXT = ("Os trabalhadores do porto de Vila Serena pararam nesta manhã para pedir novos turnos. "
           "A direção da empresa disse que vai receber os representantes da categoria na semana que vem, "
           "e os navios voltam a ser descarregados amanhã cedo, disse o sindicato.")
PT_HEADLINE = "Trabalhadores do porto de Vila Serena param por novos turnos"
EN_TEXT = ("Dock workers walked off the job at the harbour of Kestrelby on Monday, saying their new rosters "
           "left them without a single free weekend. About four hundred people joined the picket line.")
EN_HEADLINE = "Dock workers walk out over rosters in Kestrelby"


def pt_page(*, lang: str = "") -> str:
    """A page without headings: the headline in a <p>, the date and the byline in the line under it."""
    return (f"<html{lang}><head><title>{PT_HEADLINE} - Jornal Exemplo</title></head><body>"
            '<ul class="menu"><li><a href="/">Início</a></li><li><a href="/c">Cidade</a></li></ul>'
            f'<div class="col"><p class="titulo">{PT_HEADLINE}</p>'
            '<small><b>05/10/2031</b> - Publicado por: Lia Moura - Categoria: <a href="/c">Cidade</a></small>'
            f"<p>{PT_TEXT}</p><p>{PT_TEXT}</p></div></body></html>")


def read(html: str, *off: str) -> md.Metadata:
    with rules_off(*off):
        return extract_metadata(Page(html, URL))


def test_the_rules_are_named():
    assert {"headline-in-text-element", "byline-after-date-piece", "commenter-not-author"} <= md.RULES.keys()


# --- a headline shown outside any heading --------------------------------------------------------


def test_a_headline_in_a_paragraph_is_where_the_date_is_read():
    # The date line under the headline is read there, day first since the text under it is
    # Portuguese: 5 October. Without the rule no headline element is found and the "Publicado"
    # line is read in the default (month-first) order.
    assert read(pt_page()).published.startswith("2031-10-05")
    assert read(pt_page(), "headline-in-text-element").published.startswith("2031-05-10")


def test_a_page_with_an_h1_keeps_it():
    html = pt_page().replace('<ul class="menu">', '<h1>Jornal Exemplo</h1><ul class="menu">')
    before = md.RULE_USES["headline-in-text-element"]
    read(html)
    assert md.RULE_USES["headline-in-text-element"] == before  # the first <h1> stays the place read


def test_a_link_with_the_headline_is_not_the_headline_element():
    html = pt_page().replace('<li><a href="/c">Cidade</a></li>', f'<li><a href="/c">{PT_HEADLINE}</a></li>')
    html = html.replace(f'<p class="titulo">{PT_HEADLINE}</p>', "")
    assert read(html).published.startswith("2031-05-10")


# --- a byline in the piece after the date ---------------------------------------------------------


def test_a_byline_after_a_date_in_the_next_piece():
    assert read(pt_page()).authors == ["Lia Moura"]
    assert read(pt_page(), "byline-after-date-piece").authors == []


def test_the_piece_after_a_date_in_english():
    html = (f'<html lang="en"><head><title>{EN_HEADLINE}</title></head><body><h1>{EN_HEADLINE}</h1>'
            '<div class="meta"><span>March 3, 2031</span> | By: Tamsin Okafor | <a href="/news">News</a></div>'
            f"<p>{EN_TEXT}</p><p>{EN_TEXT}</p></body></html>")
    assert read(html).authors == ["Tamsin Okafor"]
    assert read(html, "byline-after-date-piece").authors == []


def test_a_piece_without_a_date_before_it_is_no_byline():
    html = pt_page().replace("<b>05/10/2031</b>", "<b>Cidade</b>")
    assert read(html).authors == []


# --- a commenter is not the author ----------------------------------------------------------------


def en_page(sidebar: str) -> str:
    return (f'<html lang="en"><head><title>{EN_HEADLINE}</title></head><body><article><h1>{EN_HEADLINE}</h1>'
            f"<p>{EN_TEXT}</p><p>{EN_TEXT}</p></article>{sidebar}</body></html>")


RECENT = ('<aside><div class="widget widget_recent_comments"><ul id="recentcomments">'
          '<li class="recentcomments"><span class="comment-author-link">Oskar Lindqvist</span> on '
          '<a href="/harbour#comment-12">Ferry fares rise</a></li></ul></div></aside>')
THREAD = ('<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">'
          '<div class="comment-author vcard"><cite class="fn">Oskar Lindqvist</cite></div>'
          "<p>When will the rosters be published?</p></li></ol></div>")


def test_a_sidebar_of_recent_comments_names_no_author():
    assert read(en_page(RECENT)).authors == []
    assert read(en_page(RECENT), "commenter-not-author").authors == ["Oskar Lindqvist"]


def test_a_comment_thread_names_no_author():
    assert read(en_page(THREAD)).authors == []
    assert read(en_page(THREAD), "commenter-not-author").authors == ["Oskar Lindqvist"]


def test_an_opinion_pages_comment_class_keeps_its_byline():
    html = en_page("").replace("<article>", '<article class="tone-comment">').replace(
        "</h1>", '</h1><div class="byline tone-comment__byline"><span class="author">Tamsin Okafor</span></div>')
    assert read(html).authors == ["Tamsin Okafor"]


def test_the_author_above_a_comment_thread_is_kept():
    html = en_page(THREAD).replace("</h1>", '</h1><p class="byline">By <span class="author">Tamsin Okafor</span></p>')
    assert read(html).authors == ["Tamsin Okafor"]
