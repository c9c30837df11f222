"""Pure value normalizers (text, dates, money, durations): failure is None, never an exception."""
