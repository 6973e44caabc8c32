from __future__ import annotations

import faultline.store


def test_public_surface_is_small():
    assert sorted(faultline.store.__all__) == ["RunInfo", "SaveResult", "Store"]
    for name in faultline.store.__all__:
        assert getattr(faultline.store, name).__module__.startswith("faultline.store.")
