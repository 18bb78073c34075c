"""Dutch language resources (one module per topic)."""
