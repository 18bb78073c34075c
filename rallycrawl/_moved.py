"""Old module paths that still import, for one release (deprecated now, removed in the next).

Settings name components by dotted path (``rallycrawl.middlewares.SeenArticleMiddleware``),
so the modules that moved into component packages stay importable under their old names:
a finder on ``sys.meta_path`` answers for the old name with the module at its new place
(the same module object, so classes compare equal) and warns with a DeprecationWarning.
``rallycrawl.extensions`` and ``rallycrawl.distributed`` need no entry: they became
packages of the same name that hand on the former modules' names.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings

#: old module -> where it lives now
MOVED = {
    "rallycrawl.middlewares": "rallycrawl.downloadermiddlewares.seen_articles",
    "rallycrawl.redirect_guard": "rallycrawl.downloadermiddlewares.redirect_guard",
    "rallycrawl.address_guard": "rallycrawl.downloadermiddlewares.address_guard",
    "rallycrawl.backoff": "rallycrawl.downloadermiddlewares.backoff",
    "rallycrawl.progress": "rallycrawl.extensions.progress",
    "rallycrawl.redaction": "rallycrawl.extensions.redaction",
    "rallycrawl.logformatter": "rallycrawl.extensions.logformatter",
    "rallycrawl.feed_export": "rallycrawl.extensions.feed_export",
    "rallycrawl.redis_frontier": "rallycrawl.distributed.frontier",
    "rallycrawl.redis_serializer": "rallycrawl.distributed.serializer",
    "rallycrawl.archives": "rallycrawl.spiders.archives",
    "rallycrawl.urls": "rallycrawl.utils.urls",
    "rallycrawl.encoding": "rallycrawl.utils.encoding",
    "rallycrawl.runlock": "rallycrawl.commands.runlock",
}


class _MovedLoader(importlib.abc.Loader):
    def __init__(self, new_name: str):
        self.new_name = new_name

    def create_module(self, spec):
        warnings.warn(f"{spec.name} has moved to {self.new_name}; the old path goes in the next release",
                      DeprecationWarning, stacklevel=2)
        return importlib.import_module(self.new_name)

    def exec_module(self, module) -> None:
        pass  # the module at its new place is already executed


class MovedModuleFinder(importlib.abc.MetaPathFinder):
    """Finds the old name of a moved module (and nothing else)."""

    def find_spec(self, fullname, path=None, target=None):
        new_name = MOVED.get(fullname)
        if new_name is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _MovedLoader(new_name))


def install() -> None:
    if not any(isinstance(finder, MovedModuleFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, MovedModuleFinder())


def current_path(path: str) -> str:
    """``path`` (a module or ``module.Name``) with a moved module's old name replaced by its new one."""
    if path in MOVED:
        return MOVED[path]
    module, _, name = path.rpartition(".")
    return f"{MOVED[module]}.{name}" if module in MOVED else path


#: settings that map component paths to orders, and settings whose value is one path
_COMPONENT_DICTS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS", "ITEM_PIPELINES")
_PATH_DICTS = ("DOWNLOAD_HANDLERS", "FEED_EXPORTERS")
_PATHS = ("LOG_FORMATTER", "SCHEDULER", "DUPEFILTER_CLASS", "SCHEDULER_SERIALIZER")


class MovedPathsAddon:
    """Scrapy add-on: settings that name a component by its old path mean the component.

    Importing the old path already works (the finder above), but a component dictionary
    compares paths as text: ``{"rallycrawl.middlewares.SeenArticleMiddleware": None}`` would not
    switch off the middleware that the defaults name by its new path, and another order would
    build it twice.  So the old keys are renamed before Scrapy builds the components, keeping
    the priority they were set with (a new key set at a higher priority still wins).
    """

    def update_settings(self, settings) -> None:
        for setting in _COMPONENT_DICTS:
            components = settings.get(setting)
            if not hasattr(components, "getpriority"):
                continue
            for key in [key for key in components if isinstance(key, str) and current_path(key) != key]:
                value, priority = components[key], components.getpriority(key)
                del components[key]
                components.set(current_path(key), value, priority=priority)
        for setting in _PATH_DICTS:
            handlers = settings.get(setting)
            if not hasattr(handlers, "getpriority"):
                continue
            for key in list(handlers):
                value = handlers[key]
                if isinstance(value, str) and current_path(value) != value:
                    handlers.set(key, current_path(value), priority=handlers.getpriority(key))
        for setting in _PATHS:
            value = settings.get(setting)
            if isinstance(value, str) and current_path(value) != value:
                settings.set(setting, current_path(value), priority=settings.getpriority(setting))
