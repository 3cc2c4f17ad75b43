"""lint-posts: an authenticity linter and editorial calendar for posts kept in git."""

__version__ = "0.1.0"
