"""The editorial calendar reviewers read: approved posts by day, week, channel and author.

`model` turns the linter's results into a calendar (only approved posts ever enter it),
`html`, `svg` and `ics` render it. Nothing here imports MkDocs: `linter.mkdocs_plugin`
is a thin adapter, and another static-site generator could replace it.
"""

from linter.calendar.model import Calendar, CalendarError, Entry, Settings, build_calendar

__all__ = ["Calendar", "CalendarError", "Entry", "Settings", "build_calendar"]
