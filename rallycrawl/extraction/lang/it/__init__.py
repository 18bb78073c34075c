"""Italian language resources (one module per topic)."""
