"""Find the document in a photo and flatten it: edges → contour → four corners → perspective warp.

A scan (the document fills the frame) has no corners to find and is used as it is. The result
is always landscape (KTP-el and KK are both wider than tall); whether it is upside down is
decided by reading it (``reader``), since only the text knows.
"""

from __future__ import annotations

import cv2
import numpy as np

DETECT_SIDE = 900  # corners are found on a small copy; the warp uses the full picture


def _order(pts: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]], dtype=np.float32)


def find_corners(image: np.ndarray) -> np.ndarray | None:
    """The four corners of the largest document-like quadrilateral, or None (then it is a scan)."""
    h, w = image.shape[:2]
    scale = DETECT_SIDE / max(h, w)
    small = cv2.resize(image, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    gray = cv2.GaussianBlur(gray, (5, 5), 0)
    area_min = 0.12 * small.shape[0] * small.shape[1]
    candidates = []
    edges = cv2.dilate(cv2.Canny(gray, 30, 100), np.ones((3, 3), np.uint8), iterations=2)
    _t, otsu = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    for mask in (edges, otsu):
        contours, _h = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
            area = cv2.contourArea(c)
            if area < area_min:
                break
            hull = cv2.convexHull(c)
            peri = cv2.arcLength(hull, True)
            for eps in (0.02, 0.03, 0.05):
                approx = cv2.approxPolyDP(hull, eps * peri, True)
                if len(approx) == 4:
                    candidates.append((cv2.contourArea(approx), approx.reshape(4, 2)))
                    break
    if not candidates:
        return None
    area, quad = max(candidates, key=lambda t: t[0])
    if area > 0.97 * small.shape[0] * small.shape[1]:
        return None  # the frame itself: a scan
    return _order(quad.astype(np.float32) / scale)


def flatten(image: np.ndarray, corners: np.ndarray | None, long_side: int) -> np.ndarray:
    """The document, perspective-corrected and landscape, its long side ``long_side`` pixels."""
    if corners is None:
        out = image
    else:
        tl, tr, br, bl = corners
        width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
        height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
        dst = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
        matrix = cv2.getPerspectiveTransform(corners, dst)
        out = cv2.warpPerspective(image, matrix, (int(width), int(height)), flags=cv2.INTER_CUBIC)
    if out.shape[0] > out.shape[1]:
        out = cv2.rotate(out, cv2.ROTATE_90_CLOCKWISE)
    scale = long_side / out.shape[1]
    if abs(scale - 1) > 0.05:
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        out = cv2.resize(out, (long_side, max(1, round(out.shape[0] * scale))), interpolation=interp)
    return np.ascontiguousarray(out)


def turn(image: np.ndarray, quarter_turns: int) -> np.ndarray:
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    q = quarter_turns % 4
    return image if q == 0 else np.ascontiguousarray(cv2.rotate(image, codes[q]))
