"""Headline, authors and date of pages that declare nothing: read from the visible text, in
every language of lang/ (invented pages, names and sentences)."""

from __future__ import annotations

import pytest

from rallycrawl.extraction import metadata as md
from rallycrawl.extraction.article import extract_article
from rallycrawl.extraction.dates import parse_date
from rallycrawl.extraction.metadata import extract_metadata
from rallycrawl.extraction.page import Page

URL = "http://127.0.0.1:8000/pages/harbour.html"

BODY = {
    "en": "Dock workers walked off the job at the harbour on Monday, saying their new rosters left them "
          "without a single free weekend. The union said the strike would last until the port authority "
          "agreed to talks. About four hundred people joined the picket line outside the main gate.",
    "de": "Hafenarbeiter haben am Montag die Arbeit niedergelegt, weil ihre neuen Dienstpläne ihnen kein "
          "freies Wochenende mehr lassen. Die Gewerkschaft erklärte, der Streik werde dauern, bis die "
          "Hafenbehörde zu Gesprächen bereit sei. Etwa vierhundert Menschen versammelten sich vor dem Tor "
          "und verteilten Flugblätter an die vorbeifahrenden Autofahrer.",
    "es": "Los trabajadores del puerto abandonaron sus puestos el lunes porque los nuevos turnos no les "
          "dejan ni un fin de semana libre. El sindicato afirmó que la huelga durará hasta que la autoridad "
          "portuaria acepte negociar. Unas cuatrocientas personas se reunieron ante la puerta principal.",
    "fr": "Les dockers ont cessé le travail lundi, estimant que leurs nouveaux horaires ne leur laissent "
          "plus aucun week-end libre. Le syndicat a indiqué que la grève durerait jusqu'à ce que l'autorité "
          "portuaire accepte de négocier. Environ quatre cents personnes se sont rassemblées devant l'entrée.",
    "it": "I lavoratori del porto hanno incrociato le braccia lunedì, perché i nuovi turni non lasciano loro "
          "nemmeno un fine settimana libero. Il sindacato ha detto che lo sciopero durerà finché l'autorità "
          "portuale non accetterà di trattare. Circa quattrocento persone si sono radunate davanti al cancello.",
    "pt": "Os trabalhadores do porto pararam na segunda-feira, dizendo que as novas escalas não lhes deixam "
          "nenhum fim de semana livre. O sindicato afirmou que a greve vai durar até que a autoridade "
          "portuária aceite negociar. Cerca de quatrocentas pessoas reuniram-se diante do portão principal.",
    "nl": "Havenarbeiders hebben maandag het werk neergelegd omdat hun nieuwe roosters hun geen enkel vrij "
          "weekend meer laten. De vakbond zei dat de staking doorgaat tot de havenautoriteit bereid is te "
          "praten. Ongeveer vierhonderd mensen verzamelden zich bij de hoofdingang van de haven.",
    "no": "Havnearbeidere la ned arbeidet mandag fordi de nye turnusene ikke gir dem en eneste fri helg. "
          "Fagforeningen sa at streiken vil vare til havnemyndigheten går med på forhandlinger. Rundt fire "
          "hundre mennesker samlet seg ved hovedporten og delte ut løpesedler til bilistene.",
}

HEADLINE = "Dock workers walk out over rosters"


def page_html(lang: str, under: str = "", *, above: str = "", body: str | None = None, html_lang: str | None = None) -> str:
    text = body or BODY[lang]
    return (
        f'<html lang="{html_lang or lang}"><head><title>{HEADLINE} - Harbour Courier</title></head><body>'
        "<div class='nav'><a href='/'>Home</a> <a href='/local'>Local</a></div>"
        f"{above}<h1>{HEADLINE}</h1>{under}<p>{text}</p><p>{text}</p></body></html>"
    )


def record(lang: str, under: str = "", **kw) -> dict:
    return extract_article(page_html(lang, under, **kw), URL)


def meta(lang: str, under: str = "", **kw) -> md.Metadata:
    return extract_metadata(Page(page_html(lang, under, **kw), URL))


# --- bylines and dates in each language's words and formats ----------------------------------

@pytest.mark.parametrize("lang, under, authors, day", [
    ("en", "<p>By Tamsin Okafor and Rui Delgado</p><p>March 3, 2009</p>", ["Tamsin Okafor", "Rui Delgado"], "2009-03-03"),
    ("en", "<div>By Tamsin Okafor | Published: Mar. 3, 2009 10:15 a.m.</div>", ["Tamsin Okafor"], "2009-03-03"),
    ("de", "<p>Von Jonas Brenner und Lea Hartmann</p><p>3. März 2009</p>", ["Jonas Brenner", "Lea Hartmann"], "2009-03-03"),
    ("de", "<p>03.03.2009, 14:30 Uhr</p><p>Von Jonas Brenner</p>", ["Jonas Brenner"], "2009-03-03"),
    ("de", "<p>Veröffentlicht am Dienstag, 3. März 2009</p>", [], "2009-03-03"),
    ("es", "<p>Por Lucía Ferrer y Tomás Ibarra</p><p>3 de marzo de 2009</p>", ["Lucía Ferrer", "Tomás Ibarra"], "2009-03-03"),
    ("fr", "<p>Par Camille Rouault et Hugo Lemaire</p><p>Publié le 3 mars 2009 à 14h30</p>",
     ["Camille Rouault", "Hugo Lemaire"], "2009-03-03"),
    ("it", "<p>Di Giulia Ferraro e Marco Lenzi</p><p>Pubblicato il 3 marzo 2009</p>", ["Giulia Ferraro", "Marco Lenzi"], "2009-03-03"),
    ("pt", "<p>Por Ana Teixeira e Rui Barbosa</p><p>3 de março de 2009</p>", ["Ana Teixeira", "Rui Barbosa"], "2009-03-03"),
    ("nl", "<p>Door Sanne Vermeulen en Joris Dekker</p><p>Gepubliceerd op 3 maart 2009</p>",
     ["Sanne Vermeulen", "Joris Dekker"], "2009-03-03"),
    ("no", "<p>Av Ingrid Solberg og Eirik Haugen</p><p>Publisert 03.03.2009 kl. 14.30</p>",
     ["Ingrid Solberg", "Eirik Haugen"], "2009-03-03"),
])
def test_byline_and_date_lines_under_the_headline(lang, under, authors, day):
    rec = record(lang, under)
    assert rec["headline"] == HEADLINE
    assert rec["authors"] == authors
    assert (rec["published"] or "")[:10] == day


# --- where the date line is ------------------------------------------------------------------

def test_a_date_line_just_above_the_headline():
    above = "<div class='kicker'><a href='/labour'>Labour</a> | <span>06 May 2031</span></div>"
    assert meta("en", "<p>By Tamsin Okafor</p>", above=above).published == "2031-05-06"
    md.switch_off("date-before-headline")
    try:
        assert meta("en", "<p>By Tamsin Okafor</p>", above=above).published is None
    finally:
        md.switch_off()


def test_the_date_under_the_headline_wins_over_one_above_it():
    above = "<p>Monday 5 May 2031</p>"
    assert meta("en", "<p>By Tamsin Okafor</p><p>6 May 2031</p>", above=above).published == "2031-05-06"


def test_a_dated_header_bar_far_above_the_headline_is_not_the_date():
    above = ("<div class='top'>Wednesday, June 11, 2031</div><ul class='sections'>"
             + "".join(f"<li><a href='/{s}'>{s}</a></li>" for s in ("News", "Sport", "Weather", "Business", "Culture", "Travel"))
             + "</ul>")
    assert meta("en", above=above).published is None


def test_a_related_story_date_is_never_the_date():
    under = ("<div class='related-stories'><h3>More on the port</h3><ul><li><a href='/p'>Port deal signed</a> "
             "<span>Feb 2, 2009</span></li></ul></div>")
    assert meta("en", under).published is None
    assert meta("en", under + "<p>March 3, 2009</p>").published == "2009-03-03"


def test_a_date_about_the_event_in_the_article_is_not_the_date():
    body = BODY["en"] + " The last strike at the port, on June 4, 2007, lasted three days."
    assert record("en", body=body)["published"] is None


# --- two-digit years, update lines ------------------------------------------------------------

@pytest.mark.parametrize("lang, line, day", [
    ("en", "On 9/14/22 at 8:05 AM EDT", "2022-09-14"),
    ("de", "14.09.22, 08:05 Uhr", "2022-09-14"),
    ("fr", "Publié le 14/09/22 à 08h05", "2022-09-14"),
    ("en", "12/31/98", "1998-12-31"),
])
def test_a_date_line_with_a_two_digit_year(lang, line, day):
    assert (meta(lang, f"<p>By Tamsin Okafor</p><div>{line}</div>").published or "")[:10] == day


def test_two_digit_years_are_read_only_in_date_lines():
    assert parse_date("On 9/14/22 at 8:05 AM") is None
    assert parse_date("On 9/14/22 at 8:05 AM", short_year=True)[:10] == "2022-09-14"
    assert parse_date("version 3.5.12.1", short_year=True) is None
    md.switch_off("two-digit-year")
    try:
        assert meta("en", "<div>On 9/14/22 at 8:05 AM EDT</div>").published is None
    finally:
        md.switch_off()


@pytest.mark.parametrize("lang, line, day", [
    ("en", "Updated 11:42 a.m. CDT, Thu February 11, 2016", "2016-02-11"),
    ("fr", "Mis à jour le 4 mars 2009", "2009-03-04"),
    ("es", "Actualizado 04/03/2009 10:15", "2009-03-04"),
    ("it", "Aggiornato il 4 marzo 2009", "2009-03-04"),
    ("pt", "Atualizado em 4 de março de 2009", "2009-03-04"),
    ("nl", "Bijgewerkt op 4 maart 2009", "2009-03-04"),
    ("no", "Oppdatert 4. mars 2009", "2009-03-04"),
    ("de", "Aktualisiert am 4. März 2009", "2009-03-04"),
])
def test_an_update_line_stands_in_when_the_page_gives_no_other_date(lang, line, day):
    assert (meta(lang, f"<p>{line}</p>").published or "")[:10] == day
    md.switch_off("updated-date")
    try:
        assert meta(lang, f"<p>{line}</p>").published is None
    finally:
        md.switch_off()


def test_the_first_publication_wins_over_an_update():
    under = "<p>Updated March 5, 2009</p><p>Published March 3, 2009</p>"
    assert meta("en", under).published == "2009-03-03"


def test_rules_are_named_and_unknown_names_refused():
    assert {"date-before-headline", "two-digit-year", "updated-date", "date-not-in-other-stories"} <= md.RULES.keys()
    with pytest.raises(ValueError):
        md.switch_off("no-such-rule")


# --- bylines without a lead-in ----------------------------------------------------------------

@pytest.mark.parametrize("lang, under, authors", [
    ("en", "<p>Tamsin Okafor, Reuters</p>", ["Tamsin Okafor"]),
    ("en", "<div>Tamsin Okafor</div><div>Staff Writer</div><div>Mar. 3, 2009</div>", ["Tamsin Okafor"]),
    ("en", "<div><a href='/staff/okafor'>Tamsin Okafor</a></div><time>March 3, 2009 11:30 am</time>", ["Tamsin Okafor"]),
    ("en", "<p>Tamsin Okafor and Rui Delgado | AP</p>", ["Tamsin Okafor", "Rui Delgado"]),
    ("de", "<p>Jonas Brenner</p><p>Redakteur</p>", ["Jonas Brenner"]),
    ("de", "<p>Jonas Brenner | dpa</p>", ["Jonas Brenner"]),
    ("es", "<p>Lucía Ferrer (EFE)</p>", ["Lucía Ferrer"]),
    ("fr", "<p>Camille Rouault, AFP</p><p>le 3 mars 2009</p>", ["Camille Rouault"]),
    ("it", "<p>Giulia Ferraro, Ansa</p>", ["Giulia Ferraro"]),
    ("pt", "<p>Ana Teixeira</p><p>Jornalista</p>", ["Ana Teixeira"]),
    ("nl", "<p>Sanne Vermeulen, ANP</p>", ["Sanne Vermeulen"]),
    ("no", "<p>Ingrid Solberg og Eirik Haugen, NTB</p>", ["Ingrid Solberg", "Eirik Haugen"]),
])
def test_a_byline_without_a_lead_in(lang, under, authors):
    rec = record(lang, under)
    assert rec["authors"] == authors
    assert authors[0] not in rec["body"]
    md.switch_off("name-line-byline", "author-link")  # (one line links to the author's page)
    try:
        assert record(lang, under)["authors"] == []
    finally:
        md.switch_off()


@pytest.mark.parametrize("under", [
    "<p>Tamsin Okafor</p>",  # a name alone: a caption, a link, a person in the news
    "<div class='photo-credit'>Tamsin Okafor / Reuters</div>",
    "<div class='related'><a href='/x'>Tamsin Okafor</a> <span>Staff Writer</span></div>",
    "<p>Le Monde with AFP</p>",  # an outlet opening with an article, whatever gender-guesser says
    "<p>Tamsin Okafor walked to the gate.</p>",
])
def test_no_byline_from_a_name_alone_or_an_outlet(under):
    assert record("en", under)["authors"] == []


def test_name_lines():
    assert md.name_line("Tamsin Okafor, Reuters") == (["Tamsin Okafor"], True)
    assert md.name_line("Tamsin Okafor Staff Writer") == (["Tamsin Okafor"], True)
    assert md.name_line("TAMSIN OKAFOR, AP") == (["Tamsin Okafor"], True)
    assert md.name_line("Tamsin Okafor and Rui Delgado") == (["Tamsin Okafor", "Rui Delgado"], False)
    for text in ("Dock workers walk out", "Harbour Courier", "Mike Dorn / Kestrel Tribune", "By Tamsin Okafor",
                 "Tamsin Okafor, who runs the union, for the workers of the port"):
        assert md.name_line(text) is None, text


@pytest.mark.parametrize("lang, line, names", [
    ("en", "Written by Tamsin Okafor", ["Tamsin Okafor"]),
    ("de", "Geschrieben von Jonas Brenner", ["Jonas Brenner"]),
    ("es", "Escrito por Lucía Ferrer", ["Lucía Ferrer"]),
    ("fr", "Écrit par Camille Rouault", ["Camille Rouault"]),
    ("it", "Scritto da Giulia Ferraro", ["Giulia Ferraro"]),
    ("pt", "Escrito por Ana Teixeira", ["Ana Teixeira"]),
    ("nl", "Geschreven door Sanne Vermeulen", ["Sanne Vermeulen"]),
    ("no", "Skrevet av Ingrid Solberg", ["Ingrid Solberg"]),
])
def test_written_by_in_every_language(lang, line, names):
    assert md.byline_names(line, strict=True)[0] == names
    assert record(lang, f"<p>{line}</p>")["authors"] == names
    if lang == "it":
        return  # "Scritto da" is a lead-in of its own (Italian "da", not "di"), not a label before one
    md.switch_off("labelled-byline-line")
    try:
        assert record(lang, f"<p>{line}</p>")["authors"] == []
    finally:
        md.switch_off()


# --- datelines --------------------------------------------------------------------------------

FOOTER = "<footer><p>© 2009 Harbour Courier</p></footer>"


def dateline_page(lang: str, dateline: str, footer: str = FOOTER) -> str:
    text = BODY[lang]
    return (f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>'
            f"<p>{dateline} {text}</p><p>{text}</p>{footer}</body></html>")


@pytest.mark.parametrize("lang, dateline", [
    ("en", "WASHINGTON, March 3, 2009 (Reuters) -"),
    ("fr", "PARIS, 3 mars 2009 (AFP) -"),
    ("es", "MADRID, 3 de marzo de 2009 (EFE).-"),
])
def test_a_dateline_with_its_year(lang, dateline):
    assert extract_metadata(Page(dateline_page(lang, dateline, footer=""), URL)).published == "2009-03-03"
    md.switch_off("dateline-date")
    try:
        assert extract_metadata(Page(dateline_page(lang, dateline, footer=""), URL)).published is None
    finally:
        md.switch_off()


@pytest.mark.parametrize("lang, dateline", [
    ("en", "WASHINGTON, March 3 (Reuters) -"),
    ("de", "BERLIN, 3. März (dpa) -"),
    ("es", "MADRID, 3 mar (EFE).-"),
    ("fr", "LYON, 3 mars (AFP) -"),
    ("it", "ROMA, 3 marzo -"),
    ("pt", "LISBOA, 3 mar (Lusa) -"),
    ("nl", "DEN HAAG, 3 maart (ANP) -"),
    ("no", "Oslo, 3. mars (NTB):"),
])
def test_a_dateline_without_a_year_takes_the_copyright_year(lang, dateline):
    assert extract_metadata(Page(dateline_page(lang, dateline), URL)).published == "2009-03-03"
    assert extract_metadata(Page(dateline_page(lang, dateline, footer=""), URL)).published is None
    md.switch_off("dateline-year-from-copyright")
    try:
        assert extract_metadata(Page(dateline_page(lang, dateline), URL)).published is None
    finally:
        md.switch_off()


@pytest.mark.parametrize("opening", [
    "WASHINGTON (Reuters) -",  # no date
    "NEW YORK, Tuesday (AP) -",  # a weekday only
    "Yesterday, the union said -",
])
def test_no_date_from_a_dateline_without_one(opening):
    assert extract_metadata(Page(dateline_page("en", opening), URL)).published is None


def test_a_copyright_range_gives_its_end_and_two_notices_no_year():
    assert extract_metadata(Page(dateline_page("en", "WASHINGTON, March 3 (Reuters) -",
                                               "<p>Copyright 2001-2009 Harbour Courier</p>"), URL)).published == "2009-03-03"
    assert extract_metadata(Page(dateline_page("en", "WASHINGTON, March 3 (Reuters) -",
                                               "<p>© 2008 Reuters</p><p>© 2009 Harbour Courier</p>"), URL)).published is None


def test_a_date_line_under_the_headline_wins_over_the_dateline():
    html = dateline_page("en", "WASHINGTON, March 3 (Reuters) -").replace(f"</h1>", "</h1><p>March 4, 2009</p>")
    assert extract_metadata(Page(html, URL)).published == "2009-03-04"


def test_a_page_that_shows_no_headline_anywhere_takes_its_first_short_line():
    paragraphs = "".join(f"<p>{s}.</p>" for s in BODY["en"].split(". "))
    html = f"<html><body><div><p>Dock workers walk out over weekend rosters</p><p>By Tamsin Okafor</p>{paragraphs}</div></body></html>"
    record = extract_article(html, URL)
    assert record["headline"] == "Dock workers walk out over weekend rosters"
    assert record["authors"] == ["Tamsin Okafor"]
    assert not record["body"].startswith("Dock workers walk out over")
    md.switch_off("first-line-headline")
    try:
        with pytest.raises(Exception, match="headline"):
            extract_article(html, URL)
    finally:
        md.switch_off()
    # a first line that ends with a full stop is text, not a headline: no headline, no article
    html = f"<html><body><div>{paragraphs}</div></body></html>"
    with pytest.raises(Exception, match="headline"):
        extract_article(html, URL)
