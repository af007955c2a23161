"""Documents that leave the app (PDF, CSV, iCalendar): Qt-free, fed plain dataclasses."""
