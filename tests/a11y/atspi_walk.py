"""What a screen reader sees of the desk, read over AT-SPI (run by Debian's python3, which has pyatspi).

A long-lived helper of tests/a11y: the app under test writes one JSON command a line on stdin
(``{"page": ..., "screen": [w, h], "errors": [...], "document_text": [...]}``, the last the words of
a document shown as a picture, which a screen reader must be able to read), this process walks the
app's accessible tree over D-Bus exactly as Orca would and answers one JSON line: the problems a
screen-reader user meets on that page. It imports nothing of the project: it is the outside view.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

# Roles a person operates; each needs a name (or a label relation that gives one).
CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "list", "list box", "table", "tree", "tree table",
    "page tab", "link", "menu item", "scroll pane", "date editor",
}
FIELDS = {"text", "entry", "password text", "spin button", "combo box", "date editor"}
GROUPS = {"grouping", "panel", "filler", "form", "section", "radio menu item"}


def find_app(pid: int) -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except GLib.GError:  # an application that vanished while we looked
            continue
    return None


def relation_targets(node: object, kind: object) -> list[object]:
    out = []
    for rel in node.getRelationSet():
        if rel.getRelationType() == kind:
            out += [rel.getTarget(i) for i in range(rel.getNTargets())]
    return out


def extents(node: object) -> tuple[int, int, int, int]:
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x, box.y, box.width, box.height


def describe(node: object) -> str:
    try:
        return f"{node.getRoleName()} {node.name!r}"
    except GLib.GError:  # a node deleted while we looked
        return "?"


def context_of(node: object) -> str:
    """The nearest named ancestor, so a problem can be found on the page."""
    parent = node.parent
    for _ in range(6):
        if parent is None:
            break
        if parent.name:
            return f" in {parent.getRoleName()} {parent.name!r}"
        parent = parent.parent
    return ""


def walk(node: object, depth: int = 0):
    """Every node a person can meet: a hidden subtree (a page kept for later) is skipped whole."""
    try:
        if depth and not node.getState().contains(pyatspi.STATE_SHOWING):
            return
        count = node.childCount
    except GLib.GError:  # a node deleted while walking
        return
    yield node, depth
    if depth > 40:
        return
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def focus_leaves(focused: list[object]) -> list[object]:
    """The control that really has the focus: a container whose focus proxy has it reports it too."""
    def inside(node: object, other: object) -> bool:
        parent = node.parent
        for _ in range(40):
            if parent is None:
                return False
            if parent == other:
                return True
            parent = parent.parent
        return False
    return [f for f in focused if not any(g is not f and inside(g, f) for g in focused)]


def showing(node: object) -> bool:
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def group_name(node: object) -> str:
    """The question a radio or check box belongs to: a member-of relation or a named group above it."""
    for target in relation_targets(node, pyatspi.RELATION_MEMBER_OF):
        if target is not None and target.name and target is not node:
            return target.name
    parent = node.parent
    for _ in range(3):
        if parent is None:
            break
        if parent.getRoleName() in GROUPS and parent.name:
            return parent.name
        parent = parent.parent
    return ""


def heading_level(node: object) -> int:
    """The heading's level as a screen reader is told it (the "level" attribute); 0 when not told."""
    try:
        attributes = dict(a.split(":", 1) for a in node.getAttributes() if ":" in a)
    except GLib.GError:  # a node deleted while we looked
        return 0
    try:
        return int(attributes.get("level", "0"))
    except ValueError:
        return 0


def heading_problems(headings: list[tuple[int, str]]) -> list[str]:
    """Levels a screen reader can navigate by: each heading has one, the page starts at its title
    (level 1), and going down no level is skipped (a section under the title is level 2)."""
    problems = []
    previous = 0
    for level, name in headings:
        if level < 1:
            problems.append(f"heading {name!r} has no level")
            continue
        if previous == 0 and level != 1:
            problems.append(f"the first heading {name!r} is level {level}, not the page's title (1)")
        elif level > previous + 1:
            problems.append(f"heading {name!r} is level {level} right after level {previous}")
        previous = level
    return problems


def check_page(app: object, command: dict) -> dict:
    screen_w, screen_h = command.get("screen", [1366, 768])
    problems: list[str] = []
    headings: list[tuple[int, str]] = []  # (level, name) in reading order
    alerts = 0
    focused: list[object] = []
    names_by_group: dict[str, list[str]] = {}
    descriptions: list[str] = []
    words: list[str] = []  # every name and description: what a screen reader can read out
    count = 0
    for frame in (app.getChildAtIndex(i) for i in range(app.childCount)):
        if frame is None or not showing(frame):
            continue
        x, y, w, h = extents(frame)
        if w > screen_w or h > screen_h:
            problems.append(f"window {describe(frame)} is {w}×{h}, larger than the {screen_w}×{screen_h} screen")
        for node, _depth in walk(frame):
            count += 1
            try:
                role = node.getRoleName()
                states = node.getState()
            except GLib.GError:  # a node deleted while walking
                continue
            if role == "heading":
                headings.append((heading_level(node), node.name or ""))
            if role in ("alert", "notification"):
                alerts += 1
            if states.contains(pyatspi.STATE_FOCUSED):
                focused.append(node)
            words += [node.name or "", node.description or ""]
            if node.description and (role in FIELDS or role in ("radio button", "check box")):
                descriptions.append(node.description)  # the field's own message, not the summary's list
            if role not in CONTROLS or not states.contains(pyatspi.STATE_FOCUSABLE):
                continue
            name = (node.name or "").strip()
            labels = relation_targets(node, pyatspi.RELATION_LABELLED_BY)
            if not name and not any(t is not None and t.name for t in labels):
                problems.append(f"unnamed {role}{context_of(node)}")
            if role in FIELDS and not labels:
                problems.append(f"{describe(node)} has no label relation{context_of(node)}")
            if role == "radio button":
                group = group_name(node)
                if not group:
                    problems.append(f"{describe(node)} has no group naming its question{context_of(node)}")
                names_by_group.setdefault(group, []).append(name)
    for group, names in names_by_group.items():
        seen: set[str] = set()
        for name in names:
            if name in seen:
                problems.append(f"two radio buttons named {name!r} in one group {group!r}")
            seen.add(name)
    focused = focus_leaves(focused)
    if len(focused) > 1:
        problems.append("more than one control reports the focus: " + ", ".join(describe(f) for f in focused))
    for node in focused:
        states = node.getState()
        if not (states.contains(pyatspi.STATE_ENABLED) or states.contains(pyatspi.STATE_SENSITIVE)):
            problems.append(f"focus on a disabled control: {describe(node)}")
        x, y, w, h = extents(node)
        if w > 0 and h > 0 and (x < 0 or y < 0 or x + w > screen_w or y + h > screen_h):
            problems.append(f"focus off-screen: {describe(node)} at {x},{y} {w}×{h}{context_of(node)}")
    if command.get("expect_heading", True) and not headings:
        problems.append("no heading on the page")
    problems += heading_problems(headings)
    for message in command.get("errors", []):
        if not any(message in d for d in descriptions):
            problems.append(f"error {message!r} is not in its field's description")
    for text in command.get("document_text", []):
        if not any(text in w for w in words):
            problems.append(f"the document's text {text!r} is not exposed (a picture without its words)")
    if command.get("errors") and alerts == 0:
        problems.append("errors shown but no alert exposed")
    return {"page": command.get("page"), "problems": problems, "nodes": count,
            "focus": [describe(f) for f in focused], "headings": headings}


def main() -> int:
    pid = int(sys.argv[1])
    app = None
    for line in sys.stdin:
        command = json.loads(line)
        if app is None:
            app = find_app(pid)
        if app is None:
            answer = {"page": command.get("page"), "problems": ["the app is not on the AT-SPI bus"], "nodes": 0}
        else:
            answer = check_page(app, command)
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
