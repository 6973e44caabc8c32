"""The package's public surface: what `from faultline import *` promises exists."""
import faultline


def test_every_exported_name_resolves():
    for name in faultline.__all__:
        assert getattr(faultline, name) is not None, name


def test_unknown_names_raise_attribute_error():
    try:
        faultline.no_such_thing
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
