"""Portuguese language resources (one module per topic)."""
