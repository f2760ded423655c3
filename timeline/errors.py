"""Errors a user can cause. Each subclasses the matching built-in, so callers may catch either."""


class TimelineError(Exception):
    """Root of every error the package raises on bad input."""


class DocumentError(TimelineError, ValueError):
    """A document could not be read: missing, empty, binary, too large or of an unknown kind."""


class ReferenceDateError(TimelineError, ValueError):
    """A reference date was given in a form we do not accept."""


class GazetteerError(TimelineError, LookupError):
    """The offline gazetteer asset is missing or malformed."""


class ExportError(TimelineError, ValueError):
    """An output could not be written, e.g. an unknown file extension."""
