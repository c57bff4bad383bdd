"""The documents package is core: no Qt, no UI, and only the forms, i18n and the bounded reader of ours."""

from __future__ import annotations

import json
import subprocess
import sys


def test_documents_loads_no_qt_and_only_forms_i18n_and_the_bounded_reader() -> None:
    code = "import sys, json\nimport mpp_assist.documents\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6", "mpp_assist.ui"))}
    ours = {m.split(".")[1] for m in loaded if m.startswith("mpp_assist.")}
    assert ours <= {"documents", "forms", "i18n", "paths", "bounded"}, ours  # (bounded: a photo read within its limit)


def test_the_cli_does_not_load_the_ocr_stack_until_a_scan() -> None:
    code = ("import sys, json\nimport mpp_assist.cli\nmpp_assist.cli.build_parser()\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    assert not {m for m in loaded if m.startswith(("cv2", "rapidocr", "onnxruntime", "mpp_assist.documents"))}
