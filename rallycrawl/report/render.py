"""The report as one HTML file: inline CSS, inline SVG charts, a small inline pager script.

Every text that comes from pages goes through :func:`esc` (it is hostile input);
links are written only for ``http``/``https`` URLs.  A Content-Security-Policy
forbids the page any network access.  Without script, every table row shows.
"""

from __future__ import annotations

import html
from typing import Any

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf"]
PAGE_SIZE = 50
MAX_DEMANDS = 40
EVENT_LINKS_PER_DEMAND = 8


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def link(url: Any, text: Any) -> str:
    """An ``<a>`` for web URLs; anything else (javascript:, data:...) is shown as text only."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(text)}</a>'
    return esc(text)


def _short(text: Any, limit: int = 42) -> str:
    text = "" if text is None else " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(low: Any, high: Any) -> str:
    if low is None and high is None:
        return ""
    if low == high or high is None:
        return f"{low:,}" + ("" if high is not None else "+")
    if low is None:
        return f"≤{high:,}"
    return f"{low:,}–{high:,}"


# -- charts -------------------------------------------------------------------------------


def stacked_bars(timeline: dict[str, Any]) -> str:
    buckets, kinds = timeline["buckets"], timeline["kinds"]
    if not buckets:
        return '<p class="empty">No dated events.</p>'
    colour = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(kinds)}
    width, height, left, bottom, top = 960, 280, 40, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    most = max(sum(b["counts"].values()) for b in buckets) or 1
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10**9) if most / s <= 5)
    ticks = -(-most // step)
    peak = ticks * step
    bar_w = plot_w / len(buckets)
    parts = [f'<svg class="chart" role="img" aria-label="Protest events per {esc(timeline["unit"])}, by kind" '
             f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">']
    for i in range(ticks + 1):  # grid and y labels, whole numbers
        value = step * i
        y = top + plot_h - plot_h * i / ticks
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick">{value:.0f}</text>')
    label_every = max(1, -(-80 // int(bar_w)) if bar_w >= 1 else 80)  # labels at least 80 px apart
    for i, bucket in enumerate(buckets):
        x = left + i * bar_w
        y = top + plot_h
        for kind in kinds:
            n = bucket["counts"].get(kind, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(f'<rect x="{x + 0.5:.1f}" y="{y:.1f}" width="{max(bar_w - 1, 1):.1f}" height="{h:.1f}" '
                         f'fill="{colour[kind]}"><title>{esc(bucket["start"])} · {esc(kind)}: {n}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                         f'class="tick">{esc(bucket["start"])}</text>')
    x = left
    for kind in kinds[:10]:
        parts.append(f'<rect x="{x}" y="{height - 14}" width="10" height="10" fill="{colour[kind]}"/>'
                     f'<text x="{x + 14}" y="{height - 5}" class="tick">{esc(_short(kind, 18))}</text>')
        x += 24 + 7 * min(len(kind), 18)
    parts.append("</svg>")
    return "".join(parts)


def hbars(items: list[dict[str, Any]], label: str, value: str, what: str) -> str:
    if not items:
        return '<p class="empty">None found.</p>'
    row, left, width = 22, 260, 640
    peak = max(i[value] for i in items) or 1
    height = row * len(items) + 6
    parts = [f'<svg class="chart" role="img" aria-label="{esc(what)}" viewBox="0 0 {width} {height}" '
             f'width="100%" style="max-width:{width}px" xmlns="http://www.w3.org/2000/svg">']
    for n, item in enumerate(items):
        y = 3 + n * row
        w = (width - left - 50) * item[value] / peak
        parts.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end" class="label">'
                     f'<title>{esc(item[label])}</title>{esc(_short(item[label], 38))}</text>'
                     f'<rect x="{left}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row - 6}" fill="{PALETTE[0]}">'
                     f'<title>{esc(item[label])}: {item[value]}</title></rect>'
                     f'<text x="{left + w + 5:.1f}" y="{y + 15}" class="tick">{item[value]}</text>')
    parts.append("</svg>")
    return "".join(parts)


# -- sections -----------------------------------------------------------------------------


def _headline(h: dict[str, Any]) -> str:
    span = f"{h['first']} – {h['last']}" if h["first"] else "no dated event"
    figures = [("articles", h["articles"]), ("protest articles", h["protest_articles"]),
               ("protest events", h["events"]), ("events with 2+ sources", h["multi_source_events"]),
               ("outlets", h["outlets"]), ("languages", h["languages"])]
    cells = "".join(f'<div class="figure"><b>{v:,}</b><span>{esc(k)}</span></div>' for k, v in figures)
    return f'<div class="figures">{cells}<div class="figure"><b class="span">{esc(span)}</b><span>event dates</span></div></div>'


def _event_rows(events: list[dict[str, Any]]) -> str:
    rows = []
    for e in events:
        dates = e["date_first"] or ""
        if e["date_last"] and e["date_last"] != e["date_first"]:
            dates += f" – {e['date_last']}"
        sizes = "".join(f'<li>{esc(s.get("outlet"))}: {esc(s.get("size_text"))}</li>' for s in e["sizes"])
        sources = "".join(
            f'<li>{link(s["url"], s.get("headline") or s["url"])} <span class="muted">{esc(s.get("outlet"))}'
            f'{", " + esc((s.get("published") or "")[:10]) if s.get("published") else ""}</span>'
            + (f' <span class="why" title="{esc("; ".join(s["joined"]["reasons"]))}">joined: '
               f'{esc("; ".join(s["joined"]["reasons"][:3]))}</span>' if s.get("joined") else "")
            + "</li>"
            for s in e["sources"])
        rows.append(
            f'<tr id="{esc(e["event_id"])}"><td class="nowrap">{esc(dates)}</td><td>{esc(e["place"])}</td>'
            f'<td>{esc(e["kind"])}</td><td>{esc(_size(e["size_min"], e["size_max"]))}'
            f'{f"<ul class=small>{sizes}</ul>" if sizes else ""}</td>'
            f'<td>{esc("; ".join(e["organisers"]))}</td><td>{esc(e["target"])}</td>'
            f'<td><ul class="sources">{sources}</ul></td></tr>')
    return "".join(rows)


def _speakers(speakers: list[dict[str, Any]]) -> str:
    if not speakers:
        return '<p class="empty">No quoted speaker.</p>'
    rows = []
    for s in speakers:
        quotes = "".join(f'<blockquote>“{esc(q["text"])}” <span class="muted">— {link(q["url"], q["outlet"] or "source")}'
                         f'</span></blockquote>' for q in s["quotes"])
        rows.append(f'<tr><td><b>{esc(s["name"])}</b></td><td>{esc("; ".join(s["organisations"]))}</td>'
                    f'<td class="num">{s["count"]}</td><td class="num">{s["articles"]}</td><td>{quotes}</td></tr>')
    return ('<table><thead><tr><th>speaker</th><th>organisation</th><th>quotes</th><th>articles</th>'
            f'<th>some of the quotes</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _demands(demands: list[dict[str, Any]]) -> str:
    if not demands:
        return '<p class="empty">No demand found.</p>'
    rows = []
    for d in demands[:MAX_DEMANDS]:
        links = ", ".join(f'<a href="#{esc(i)}">{esc(i[3:11])}</a>' for i in d["sources"][:EVENT_LINKS_PER_DEMAND])
        more = f" and {len(d['sources']) - EVENT_LINKS_PER_DEMAND} more" if len(d["sources"]) > EVENT_LINKS_PER_DEMAND else ""
        variants = f'<div class="muted small">also: {esc(" | ".join(d["variants"][:3]))}</div>' if d["variants"] else ""
        rows.append(f'<tr><td>{esc(d["text"])}{variants}</td><td class="num">{len(d["sources"])}</td>'
                    f'<td>{links}{esc(more)}</td></tr>')
    note = (f'<p class="muted">The {MAX_DEMANDS} demands raised by most events of {len(demands)}.</p>'
            if len(demands) > MAX_DEMANDS else "")
    return (f'{note}<table><thead><tr><th>demand (near-identical wordings joined)</th><th>events</th>'
            f'<th>events that raised it</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _coverage(coverage: list[dict[str, Any]], languages: list[dict[str, Any]]) -> str:
    rows = "".join(f'<tr><td>{esc(o["outlet"])}</td><td class="num">{o["articles"]}</td><td class="num">{o["protest"]}</td>'
                   f'<td class="num">{o["events"]}</td><td>{esc(", ".join(o["languages"]))}</td></tr>'
                   for o in coverage)
    langs = "".join(f'<tr><td>{esc(lang["language"])}</td><td class="num">{lang["articles"]}</td>'
                    f'<td class="num">{lang["protest"]}</td></tr>' for lang in languages)
    chart = hbars(coverage[:15], "outlet", "articles", "Articles per outlet")
    return (f'{chart}<div class="pair"><div><h3>Outlets</h3><table class="paged" data-page-size="{PAGE_SIZE}">'
            '<thead><tr><th>outlet</th><th>articles</th><th>protest articles</th><th>events</th><th>languages</th></tr>'
            f'</thead><tbody>{rows}</tbody></table></div><div><h3>Languages</h3><table><thead><tr><th>language</th>'
            f'<th>articles</th><th>protest articles</th></tr></thead><tbody>{langs}</tbody></table></div></div>')


def _basis(b: dict[str, Any]) -> str:
    filters = "; ".join(f"{k} = {v}" for k, v in b["filters"]) or "none"
    items = [("read from", b["source"]), ("filters", filters), ("records read", b["read"]),
             ("skipped as unusable", b["unusable"]), ("left out by the filters", b["filtered_out"]),
             ("rallycrawl version", b["version"]), ("made", b["made"])]
    return "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items) + "</dl>"


CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fff}
main{max-width:1180px;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{margin:.6rem 0 0}h2{margin-top:2.2rem;border-bottom:2px solid #1f77b4;padding-bottom:.2rem}
nav a{margin-right:.9rem}.muted{color:#666}.small{font-size:.85em}.empty{color:#888;font-style:italic}
.figures{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.figure{background:#f3f6fa;border-radius:6px;padding:.6rem 1rem;min-width:8rem}
.figure b{display:block;font-size:1.7rem}.figure b.span{font-size:1.05rem;padding:.45rem 0}
.figure span{color:#555;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e3e3e3;padding:.35rem .45rem;
vertical-align:top;text-align:left}th{background:#f3f6fa;position:sticky;top:0}td.num{text-align:right}
.nowrap{white-space:nowrap}ul.sources,ul.small{margin:0;padding-left:1rem}ul.sources li{margin-bottom:.2rem}
.why{color:#2a7a2a;font-size:.8em}blockquote{margin:.2rem 0 .4rem;padding-left:.6rem;border-left:3px solid #ccc}
.chart{display:block;margin:.5rem 0}.chart .tick{font-size:11px;fill:#444}.chart .label{font-size:12px;fill:#222}
.pair{display:grid;grid-template-columns:2fr 1fr;gap:1.5rem}.pager{margin:.4rem 0}.pager button{margin:0 .3rem}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
dt{font-weight:600;float:left;clear:left;width:13rem}dd{margin-left:14rem;margin-bottom:.3rem}
@media (max-width:800px){.pair,.columns{grid-template-columns:1fr}}
"""

SCRIPT = """
(function(){
  var errors = 0;
  window.addEventListener('error', function(){ errors++; document.documentElement.setAttribute('data-script-errors', errors); });
  function pager(table){
    var size = parseInt(table.getAttribute('data-page-size'), 10) || 50;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    if (rows.length <= size && !table.hasAttribute('data-search')) return;
    var shown = rows, page = 0;
    var bar = document.createElement('div'); bar.className = 'pager';
    var search = null;
    if (table.hasAttribute('data-search')) {
      search = document.createElement('input'); search.type = 'search';
      search.placeholder = 'Filter rows…'; search.setAttribute('aria-label', 'Filter rows');
      bar.appendChild(search);
    }
    var prev = document.createElement('button'); prev.type = 'button'; prev.textContent = '‹ previous';
    var next = document.createElement('button'); next.type = 'button'; next.textContent = 'next ›';
    var info = document.createElement('span');
    bar.appendChild(prev); bar.appendChild(info); bar.appendChild(next);
    table.parentNode.insertBefore(bar, table);
    function draw(){
      var pages = Math.max(1, Math.ceil(shown.length / size));
      page = Math.min(Math.max(page, 0), pages - 1);
      rows.forEach(function(r){ r.style.display = 'none'; });
      shown.slice(page * size, (page + 1) * size).forEach(function(r){ r.style.display = ''; });
      info.textContent = ' page ' + (page + 1) + ' of ' + pages + ' (' + shown.length + ' rows) ';
      prev.disabled = page === 0; next.disabled = page >= pages - 1;
    }
    prev.addEventListener('click', function(){ page--; draw(); });
    next.addEventListener('click', function(){ page++; draw(); });
    if (search) search.addEventListener('input', function(){
      var q = search.value.toLowerCase();
      shown = rows.filter(function(r){ return r.textContent.toLowerCase().indexOf(q) >= 0; });
      page = 0; draw();
    });
    table.showRow = function(id){
      var i = shown.findIndex(function(r){ return r.id === id; });
      if (i < 0) { shown = rows; if (search) search.value = ''; i = shown.findIndex(function(r){ return r.id === id; }); }
      if (i >= 0) { page = Math.floor(i / size); draw(); }
    };
    draw();
  }
  var tables = document.querySelectorAll('table.paged');
  for (var i = 0; i < tables.length; i++) pager(tables[i]);
  function follow(){
    var id = decodeURIComponent(location.hash.slice(1)); if (!id) return;
    var row = document.getElementById(id); if (!row || row.tagName !== 'TR') return;
    var table = row.closest('table'); if (table && table.showRow) table.showRow(id);
    row.scrollIntoView();
  }
  window.addEventListener('hashchange', follow); follow();
  document.documentElement.setAttribute('data-report-ready', '1');
})();
"""


def render_report(f: dict[str, Any]) -> str:
    h = f["headline"]
    tl = f["timeline"]
    undated = f'<p class="muted">{tl["undated"]} event(s) without a date are not in the chart.</p>' if tl["undated"] else ""
    events = f["events"]
    sections = [
        ("overview", "Headline figures", _headline(h)),
        ("timeline", f"Protest events per {tl['unit']}, by kind", stacked_bars(tl) + undated),
        ("organisations", "Organisations",
         '<div class="columns"><div><h3>Most often organising</h3>'
         + hbars(f["organising"], "name", "events", "Organisations most often organising (events)")
         + '</div><div><h3>Most often targeted</h3>'
         + hbars(f["targeted"], "name", "events", "Organisations most often targeted (events)") + "</div></div>"),
        ("speakers", "Most quoted speakers", _speakers(f["speakers"])),
        ("demands", "Demands", _demands(f["demands"])),
        ("events", f"Events ({len(events):,})",
         '<p class="muted">Newest first. Each event lists every article that reports it; “joined” says why an '
         'article was merged into the event.</p>'
         f'<table class="paged" data-search data-page-size="{PAGE_SIZE}"><thead><tr><th>date</th><th>place</th>'
         '<th>kind</th><th>size</th><th>organisers</th><th>target</th><th>sources</th></tr></thead>'
         f'<tbody>{_event_rows(events)}</tbody></table>'),
        ("coverage", "Coverage per outlet and language", _coverage(f["coverage"], f["languages"])),
        ("basis", "What the numbers are based on", _basis(f["basis"])),
    ]
    nav = "".join(f'<a href="#{key}">{esc(title.split(" (")[0])}</a>' for key, title, _ in sections)
    body = "".join(f'<section id="{key}"><h2>{esc(title)}</h2>{content}</section>' for key, title, content in sections)
    csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>rallycrawl report: {h['events']:,} protest events</title><style>{CSS}</style></head>"
        f'<body><main><h1>Protest events</h1><p class="muted">{esc(f["basis"]["source"])} · made {esc(f["basis"]["made"])}'
        f" by rallycrawl {esc(f['basis']['version'])}</p><nav>{nav}</nav>{body}</main>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
