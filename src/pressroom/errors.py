"""Errors the CLI turns into one line on stderr and exit code 2 (never a traceback)."""


class PressroomError(Exception):
    """Bad usage or input the user can fix: a missing path, an unknown id, a bad query."""


class ReadError(PressroomError):
    """A file that cannot become a release (empty, binary, undecodable, not a release)."""
