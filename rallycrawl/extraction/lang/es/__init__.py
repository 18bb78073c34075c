"""Language resources for 'es': one module per topic (see rallycrawl.extraction.lang)."""
