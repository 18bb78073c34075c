"""Portuguese month and weekday names (lower case; abbreviations included)."""

MONTHS = {
    "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "mar": 3, "abril": 4,
    "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8,
    "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11, "nov": 11, "dezembro": 12,
    "dez": 12,
}
WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")
#: words between a day and its month ("7 *de* abril de 2021"), and between a month and its year
MONTH_LINKS = ("de",)
YEAR_LINKS = ("de",)
