"""Project commands (``scrapy <name>``), found through the COMMANDS_MODULE setting."""
