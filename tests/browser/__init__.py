"""A package so that this folder's conftest is `browser.conftest` and never shadows `tests/conftest`."""
