#!/usr/bin/env python3
"""Keep the Qt translation sources (``resources/translations/*_en.ts``) in step with the code.

    python scripts/translations.py update   # re-extract strings with pyside6-lupdate
    python scripts/translations.py check    # list strings with no English yet (exit 1 if any)
    python scripts/translations.py fill FILE.json   # merge {"context|source": "English"} pairs

One ``.ts`` per unit, so people working on different parts never edit the same
file: ``core`` (top-level modules), one per subpackage (``forms``, ``ui``, …),
and one per CLI command module (``cli_core_cmds``, …). Source strings are
Indonesian; the ``.ts`` holds English. ``dev.py`` compiles them to ``.qm``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "mpp_assist"
OUT = ROOT / "resources" / "translations"


def units() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {"core": sorted(PKG.glob("*.py"))}
    for sub in sorted(p for p in PKG.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        if sub.name == "cli":
            for mod in sorted(sub.glob("*.py")):
                found["cli_" + mod.stem.strip("_")] = [mod]
        else:
            found[sub.name] = sorted(sub.rglob("*.py"))
    return found


def lupdate() -> Path:
    exe = "pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate"
    return Path(sys.executable).parent / exe


def update(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, files in units().items():
        ts = out / f"{name}_en.ts"
        subprocess.run(
            [lupdate(), *files, "-source-language", "id", "-target-language", "en",
             "-no-obsolete", "-locations", "none", "-silent", "-ts", ts],
            check=True,
        )
        # A unit with no strings yields an empty .ts; drop it to keep the folder readable.
        if ts.exists() and not list(ET.parse(ts).getroot().iter("message")):  # noqa: S314
            ts.unlink()


def messages(ts: Path):
    tree = ET.parse(ts)  # noqa: S314
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            yield tree, name, msg


def unfinished(folder: Path = OUT) -> list[str]:
    missing = []
    for ts in sorted(folder.glob("*_en.ts")):
        for _tree, ctx, msg in messages(ts):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append(f"{ts.name}: [{ctx}] {msg.findtext('source')}")
    return missing


def fill(pairs_file: Path) -> int:
    pairs = json.loads(pairs_file.read_text(encoding="utf-8"))
    done = 0
    for ts in sorted(OUT.glob("*_en.ts")):
        tree, changed = None, False
        for tree, ctx, msg in messages(ts):  # noqa: B007 - the tree is written after the loop
            key = f"{ctx}|{msg.findtext('source')}"
            tr = msg.find("translation")
            if key in pairs and (tr.text != pairs[key] or tr.get("type")):
                tr.text = pairs[key]
                tr.attrib.pop("type", None)
                done += 1
                changed = True
        if changed and tree is not None:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    # Back to lupdate's own layout, so the next update shows no formatting-only changes.
    update()
    return done


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["check"]:
        missing = unfinished()
        print("\n".join(missing) or "All strings translated.")
        return 1 if missing else 0
    if argv[:1] == ["fill"] and len(argv) == 2:
        print(f"{fill(Path(argv[1]))} translations set.")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
