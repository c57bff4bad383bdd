import json

import pytest

from mpp_assist.settings import Settings


def test_values_persist_per_officer_and_notify(data_home) -> None:
    s = Settings()
    seen = []
    s.subscribe(lambda name, value: seen.append((name, value)))
    s.set("font_scale", 200)
    assert seen == [("font_scale", 200)]
    assert Settings().get("font_scale") == 200
    s.set("officer", "budi")
    assert s.get("font_scale") == 100  # budi has his own
    s.set("officer", "demo")
    assert s.get("font_scale") == 200


def test_bad_values_are_refused_and_bad_files_fall_back(data_home) -> None:
    s = Settings()
    with pytest.raises(ValueError, match="font_scale"):
        s.set("font_scale", 999)
    with pytest.raises(ValueError, match="theme"):
        s.set("theme", "purple")
    (data_home / "settings").mkdir(exist_ok=True)
    (data_home / "settings" / "machine.json").write_text(json.dumps({"desk": 5, "mpp_name": "MPP Bogor"}))
    s = Settings()
    assert s.get("desk") == "DEMO-01" and s.get("mpp_name") == "MPP Bogor"
    (data_home / "settings" / "machine.json").write_text("{not json")
    assert Settings().get("mpp_name") == "MPP Demo"
