"""Text lines in a picture, by RapidOCR (PP-OCRv6 on ONNX Runtime, CPU) with the models its wheel carries.

The engine loads once per process, on first use or on ``warm_up()`` (the desk calls it in the
background after start-up), under a lock, so two threads never build it twice. The model files
are named explicitly from inside the installed package: nothing is ever downloaded, and a
missing model is a clear error rather than a network request.

Speed (``benchmarks/bench_documents.py``): RapidOCR loads each model on its first use, so
``warm_up`` runs detection *and* recognition once; ONNX Runtime's worker threads do not spin
while they wait (on a desk's two cores, shared with the window, spinning burnt a third more CPU
and slowed the reading when anything else ran).
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from mpp_assist.documents.errors import DocumentError
from mpp_assist.i18n import translate

MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
MODEL_LICENCE = "PP-OCRv6 models (PaddleOCR, Apache-2.0) through RapidOCR (Apache-2.0)"

# Text is found on a copy at most this many pixels across: a KK's small print needs 1280; a card's
# larger print is found as well at 960 (``recognise(..., detect_side=CARD_DETECT_SIDE)``), in less time.
DETECT_SIDE = 1280
CARD_DETECT_SIDE = 960

_lock = threading.Lock()
_run_lock = threading.Lock()
_engine: Any = None


@dataclass(frozen=True)
class TextLine:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1
    confidence: float

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


def model_dir() -> Path | None:
    spec = find_spec("rapidocr")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "models"


def _no_engine() -> DocumentError:
    return DocumentError(
        translate("Documents", "Pembaca dokumen (OCR) belum terpasang di komputer ini; pasang ulang MPP Assist."),
        "no_engine",
    )


def _threads_wait_quietly() -> None:
    """ONNX Runtime's sessions (built by RapidOCR from its own options) with spinning turned off."""
    try:
        from rapidocr.inference_engine.onnxruntime.main import OrtInferSession

        build_options = OrtInferSession.__dict__["_init_sess_opts"].__func__
    except (ImportError, KeyError, AttributeError):  # another RapidOCR: its own options, only slower
        return
    if getattr(build_options, "quiet", False):
        return

    def options(cfg: Any) -> Any:
        opts = build_options(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return opts

    options.quiet = True  # type: ignore[attr-defined]
    OrtInferSession._init_sess_opts = staticmethod(options)


def _build() -> Any:
    folder = model_dir()
    if folder is None or not all((folder / f).is_file() for f in MODEL_FILES.values()):
        raise _no_engine()
    try:
        from rapidocr import RapidOCR
    except ImportError:
        raise _no_engine() from None
    _threads_wait_quietly()
    threads = max(1, min(4, os.cpu_count() or 1))
    params = {
        "Global.log_level": "error",
        "Global.use_cls": False,  # documents are turned upright before reading
        "Global.max_side_len": 2400,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "Det.limit_type": "max",
        "Det.limit_side_len": DETECT_SIDE,
        "Det.box_thresh": 0.5,
        # Each line is recognised at least this wide (48 px high): most of a card's values are short
        # (RT, L, ISLAM, a date), and RapidOCR's 320 made the recogniser read half a KK's width as padding.
        "Rec.rec_img_shape": [3, 48, 160],
        **{f"{part}.model_path": str(folder / name) for part, name in MODEL_FILES.items()},
    }
    return RapidOCR(params=params)


def engine() -> Any:
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _build()
    return _engine


def warm_up() -> None:
    """Load both models and run each once, so the first real scan is not slow (RapidOCR loads the
    recogniser only when detection first finds text: a blank picture alone left it for the first card)."""
    blank = np.full((64, 256, 3), 255, dtype=np.uint8)
    recognise(blank)
    eng = engine()
    with _run_lock:  # (the flags persist in the engine: ``recognise`` always names its own)
        eng(blank, use_det=False, use_cls=False, use_rec=True)


def recognise(image: np.ndarray, detect_side: int = DETECT_SIDE) -> list[TextLine]:
    """Every text line found in ``image`` (RGB), in reading order (top to bottom, left to right).

    ``detect_side``: the longest side text is looked for at (the lines are still read at full size).
    """
    eng = engine()
    bgr = np.ascontiguousarray(image[:, :, ::-1])
    with _run_lock:  # one picture at a time: the sessions already use every core
        detector = getattr(eng, "text_det", None)  # loaded by the first call (``warm_up``)
        if detector is not None and hasattr(detector, "limit_side_len"):
            detector.limit_side_len = detect_side
        try:
            result = eng(bgr, use_det=True, use_cls=False, use_rec=True)  # (flags persist between calls)
        except Exception as exc:  # the engine's own errors are not part of our interface
            raise DocumentError(
                translate("Documents", "Pembaca dokumen gagal membaca gambar ini ({error}).").format(error=exc),
                "engine_failed",
            ) from None
    boxes = getattr(result, "boxes", None)
    if boxes is None:
        return []
    lines = []
    for pts, text, score in zip(boxes, result.txts, result.scores, strict=False):
        arr = np.asarray(pts)
        x0, y0 = arr.min(axis=0)
        x1, y1 = arr.max(axis=0)
        # NFKC: the model was trained on Chinese too and writes full-width colons and digits
        clean = unicodedata.normalize("NFKC", str(text)).strip()
        lines.append(TextLine(clean, (int(x0), int(y0), int(x1), int(y1)), float(score)))
    lines.sort(key=lambda t: (t.cy, t.box[0]))
    return [t for t in lines if t.text]
