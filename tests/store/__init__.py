"""Tests of faultline.store (a package, so its conftest does not shadow tests/conftest.py)."""
