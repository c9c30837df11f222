"""Pure value normalizers: text, dates, money and durations. Failure is ``None``, never an exception."""
