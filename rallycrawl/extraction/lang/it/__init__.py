"""Language resources for 'it': one module per topic (see rallycrawl.extraction.lang)."""
