"""The module paths from before the regrouping into component packages keep working for a release."""

import importlib
import sys
import warnings
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

from rallycrawl import _moved
from rallycrawl.downloadermiddlewares.seen_articles import SeenArticleMiddleware

#: every rallycrawl class path that settings.py named before the regrouping
OLD_SETTING_PATHS = [
    "rallycrawl.address_guard.GuardedHTTPDownloadHandler",
    "rallycrawl.backoff.RetryAfterMiddleware",
    "rallycrawl.distributed.RedisAddon",
    "rallycrawl.extensions.RunSummary",
    "rallycrawl.feed_export.AccountedFeedExporter",
    "rallycrawl.logformatter.RallyLogFormatter",
    "rallycrawl.middlewares.SeenArticleMiddleware",
    "rallycrawl.progress.RunProgress",
    "rallycrawl.redaction.CredentialRedaction",
    "rallycrawl.redirect_guard.RedirectGuardMiddleware",
]
#: other old paths that the docs or the add-on named
OLD_OTHER_PATHS = [
    "rallycrawl.redis_frontier.RedisScheduler",
    "rallycrawl.redis_frontier.RedisDupeFilter",
    "rallycrawl.distributed.RedisLink",
    "rallycrawl.extensions.EXIT_RECORDS_LOST",
    "rallycrawl.redaction.redact",
    "rallycrawl.urls.check_url",
    "rallycrawl.encoding.html_encoding",
    "rallycrawl.archives.read_warc",
    "rallycrawl.runlock.RunLock",
]


def _forget(name):
    sys.modules.pop(name, None)


@pytest.mark.parametrize("old", sorted(_moved.MOVED))
def test_every_old_module_imports_as_the_new_one_with_a_warning(old):
    _forget(old)
    with pytest.warns(DeprecationWarning, match=_moved.MOVED[old]):
        module = importlib.import_module(old)
    assert module is importlib.import_module(_moved.MOVED[old])


@pytest.mark.parametrize("path", OLD_SETTING_PATHS + OLD_OTHER_PATHS)
def test_every_old_class_path_loads_the_same_object(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        old = load_object(path)
    module, _, name = path.rpartition(".")
    new_module = _moved.MOVED.get(module, module)
    assert old is getattr(importlib.import_module(new_module), name)


def test_the_finder_answers_only_for_moved_names():
    assert _moved.MovedModuleFinder().find_spec("rallycrawl.pipelines") is None
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("rallycrawl.no_such_module")


def test_the_old_module_files_are_gone():
    import rallycrawl

    root = Path(rallycrawl.__path__[0]).parent
    for old in _moved.MOVED:
        # a file left at the old path would hide the move from git and from readers
        assert not (root / (old.replace(".", "/") + ".py")).exists(), old


def test_current_path():
    assert _moved.current_path("rallycrawl.middlewares.SeenArticleMiddleware") == (
        "rallycrawl.downloadermiddlewares.seen_articles.SeenArticleMiddleware")
    assert _moved.current_path("rallycrawl.redis_serializer") == "rallycrawl.distributed.serializer"
    assert _moved.current_path("rallycrawl.pipelines.BodyPipeline") == "rallycrawl.pipelines.BodyPipeline"


def _project_settings(**overrides):
    settings = Settings()
    settings.setmodule("rallycrawl.settings", priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    _moved.MovedPathsAddon().update_settings(settings)
    return settings


def test_an_old_path_switches_off_the_component():
    settings = _project_settings(DOWNLOADER_MIDDLEWARES={"rallycrawl.middlewares.SeenArticleMiddleware": None})
    built = build_component_list(settings["DOWNLOADER_MIDDLEWARES"])
    assert not [path for path in built if "SeenArticle" in str(path)]


def test_an_old_path_with_another_order_builds_the_component_once():
    settings = _project_settings(EXTENSIONS={"rallycrawl.progress.RunProgress": 5},
                                 LOG_FORMATTER="rallycrawl.logformatter.RallyLogFormatter",
                                 DOWNLOAD_HANDLERS={"http": "rallycrawl.address_guard.GuardedHTTPDownloadHandler"})
    built = build_component_list(settings["EXTENSIONS"])
    assert [path for path in built if "RunProgress" in str(path)] == ["rallycrawl.extensions.progress.RunProgress"]
    assert settings["EXTENSIONS"]["rallycrawl.extensions.progress.RunProgress"] == 5
    assert settings["LOG_FORMATTER"] == "rallycrawl.extensions.logformatter.RallyLogFormatter"
    assert settings["DOWNLOAD_HANDLERS"]["http"] == (
        "rallycrawl.downloadermiddlewares.address_guard.GuardedHTTPDownloadHandler")


def test_scrapy_runs_the_addon_from_the_project_settings():
    from rallycrawl import settings as project

    assert "rallycrawl._moved.MovedPathsAddon" in project.ADDONS
    values = {name: getattr(project, name) for name in dir(project) if name.isupper()}
    values["DOWNLOADER_MIDDLEWARES"] = {**values["DOWNLOADER_MIDDLEWARES"],
                                        "rallycrawl.middlewares.SeenArticleMiddleware": None}
    crawler = get_crawler(settings_dict=values)
    crawler._apply_settings()
    middlewares = crawler.settings["DOWNLOADER_MIDDLEWARES"]
    assert "rallycrawl.middlewares.SeenArticleMiddleware" not in middlewares
    assert middlewares["rallycrawl.downloadermiddlewares.seen_articles.SeenArticleMiddleware"] is None
    assert load_object("rallycrawl.middlewares.SeenArticleMiddleware") is SeenArticleMiddleware
