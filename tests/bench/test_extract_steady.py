"""bench/extract.py's steady-state figure (a long crawl: other pages first, each page's names unseen)
and the same option of bench/analysis_instructions.py."""

from __future__ import annotations

import os

import pytest

from bench_scripts import load  # tests/bench/bench_scripts.py

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the steady state forks")


def test_halves_alternate_within_each_language():
    extract = load("extract")
    first, second = extract.halves(["en", "de", "en", "de", "en", "fr", None])
    assert first == [0, 1, 4, 5, 6]
    assert second == [2, 3]  # a language met twice is met in both halves


def test_in_child_returns_the_result_and_leaves_this_process_as_it_was():
    extract = load("extract")
    state = {"seen": []}

    def work():
        state["seen"].append("page")  # what the child caches ...
        return len(state["seen"])

    assert extract.in_child(work) == 1
    assert extract.in_child(work) == 1
    assert state["seen"] == []  # ... is gone with it


def test_in_child_raises_what_the_child_raised():
    extract = load("extract")

    def work():
        raise ValueError("no page")

    with pytest.raises(RuntimeError, match="no page"):
        extract.in_child(work)


def test_steady_summary_labels_the_figure_and_takes_the_median():
    extract = load("extract")

    def page(protest, body, analysis):
        return {"article": True, "protest": protest, "body": body, "protest analysis": analysis,
                "quotes": 0.002, "organisations": 0.001, "event": 0.001, "demands": 0.0005}

    reps = [
        [page(True, 0.010, 0.003), page(False, 0.010, 0.0)],
        [page(True, 0.010, 0.005), page(False, 0.010, 0.0)],
        [page(True, 0.010, 0.004), page(False, 0.010, 0.0)],
    ]
    lines = extract.steady_summary({"reps": reps, "languages": ["de", "en"], "warm_up": 7, "single": ["de"]})
    assert lines[0].startswith("steady state (a long crawl): warm-up on 7 other pages")
    assert "paid there: de" in lines[0]
    assert "on the 1 protest pages: 0.400 (median of 3" in lines[1]
    # the share split by what runs the steps: every article, or the protest reports only
    assert "quotes + organisations (every article) 0.300" in lines[2]
    assert "event + demands (protest reports only) 0.150" in lines[2]
    assert "quotes 2.00" in lines[3] and "organisations 1.00" in lines[3]  # per analysed page


def test_steady_summary_without_protest_pages():
    extract = load("extract")
    page = {"article": True, "protest": False, "body": 0.01, "protest analysis": 0.0}
    lines = extract.steady_summary({"reps": [[page]], "languages": ["en"], "warm_up": 3, "single": []})
    assert lines[1] == "  protest analysis / body on protest pages: n/a (no page came out as a protest)"


def test_steady_state_measures_each_half_once_after_the_warm_up_and_the_other_half(monkeypatch):
    extract = load("extract")
    calls: list[str] = []

    def fake_extraction(timer):
        def run(html, url):
            calls.append(url)
            return {"article": True, "protest": True, "body": 1.0, "protest analysis": 0.2}

        return run

    # the children are forked: what they record comes back in their results only
    monkeypatch.setattr(extract, "rallycrawl_extraction", fake_extraction)
    monkeypatch.setattr(extract, "StepTimer", lambda: None)
    monkeypatch.setattr(extract, "page_language", lambda html, url: html)
    pages = [("a", "en"), ("b", "en"), ("c", "de"), ("d", "de")]
    urls = [f"https://news.example/{name}" for name, _ in pages]
    steady = extract.steady_state(pages, urls, [("w", "<html/>")], repeat=2)
    assert calls == ["https://warm-up.example/w"]  # the warm-up ran here, each half in a child
    assert len(steady["reps"]) == 2
    assert all(len(results) == 4 for results in steady["reps"])  # each page once per repetition
    assert steady["languages"] == ["de", "en"] and steady["single"] == []


def test_main_prints_the_steady_state_figure_apart(monkeypatch, capsys, tmp_path):
    extract = load("extract")
    (tmp_path / "p.html").write_text("<html><head><title>t</title></head><body><p>x</p></body></html>")

    def fake_extraction(timer):
        def run(html, url):
            return {"parse": 0.001, "body": 0.01, "protest analysis": 0.002, "article": True, "protest": True}

        return run

    monkeypatch.setattr(extract, "rallycrawl_extraction", fake_extraction)
    monkeypatch.setattr(extract, "trafilatura_with_metadata", lambda: lambda html, url: {})
    monkeypatch.setattr(extract, "StepTimer", lambda: None)
    monkeypatch.setattr(extract, "page_language", lambda html, url: "en")
    monkeypatch.setattr(extract, "pin_to_one_core", lambda core: 0)
    assert extract.main(["--pages", str(tmp_path), "--repeat", "1", "--warm-up-pages", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert "protest analysis / body on the 1 protest pages: 0.200 (budget <= 0.25; over the 1 repetitions" in out
    assert "steady state (a long crawl): warm-up on 0 other pages" in out
    assert extract.main(["--pages", str(tmp_path), "--repeat", "1", "--no-steady-state"]) == 0
    assert "steady state" not in capsys.readouterr().out


def test_analysis_instructions_steady_count_adds_both_halves(monkeypatch, tmp_path):
    instructions = load("analysis_instructions")
    runs: list[tuple[list[int], list[int]]] = []

    def fake_callgrind(pages, parts, tmp):
        runs.append(parts)
        return [100, 7 * len(parts[1])]

    monkeypatch.setattr(instructions, "_callgrind", fake_callgrind)
    pages = [{"language": lang} for lang in ("en", "en", "de", "de", "en")]
    warm_up = [{"language": "fr"}, {"language": "en"}]
    assert instructions.steady_count(pages, warm_up, str(tmp_path)) == 7 * 5
    (before_a, measured_a), (before_b, measured_b) = runs
    assert before_a[:2] == [0, 1] and before_b[:2] == [0, 1]  # the warm-up pages first, then the other half
    assert sorted(measured_a + measured_b) == [2, 3, 4, 5, 6]
    assert set(before_a[2:]) == set(measured_b) and set(before_b[2:]) == set(measured_a)
