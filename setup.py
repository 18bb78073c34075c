"""For ``scrapyd-deploy`` only, which builds the project's egg through ``setup.py``.

The package is described in ``pyproject.toml`` (its ``scrapy`` entry point
tells Scrapyd where the settings are).
"""

from setuptools import setup

setup()
