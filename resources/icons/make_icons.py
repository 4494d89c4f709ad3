#!/usr/bin/env python3
"""Draws Pipeline Studio's action icons: one outline style (24 px grid, 1.8 px round strokes),
written as SVG for the light theme (dark strokes) and the dark theme (light strokes).

    python3 resources/icons/make_icons.py          # rewrites resources/icons/pipeline-studio-*/
    python3 resources/icons/make_icons.py --check  # exit 1 when the committed files differ

The names are freedesktop icon names where one exists, so QIcon::fromTheme finds them.
A test (IconSetTest) fails when the committed files drift from this script.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (ink, accent-go, accent-stop) per theme
THEMES = {
    "light": ("#37474f", "#2e7d32", "#c62828"),
    "dark": ("#d5dde2", "#81c784", "#ef9a9a"),
}

# Each icon: list of (kind, attrs, paint) where paint is "ink", "go", "stop" and kind is
# path/rect/circle. "fill:" before a paint fills instead of stroking.
ICONS = {
    "document-new": [("path", "M6 3h8l4 4v14H6z M14 3v4h4", "ink"), ("path", "M12 11v6 M9 14h6", "go")],
    "document-open": [("path", "M3 19V5h6l2 2h8v3", "ink"), ("path", "M3 19l3-8h16l-3 8z", "ink")],
    "document-open-recent": [("path", "M3 19V5h6l2 2h8v2", "ink"), ("circle", "cx=16 cy=15 r=5", "ink"), ("path", "M16 12.5V15l1.8 1.2", "ink")],
    "document-save": [("path", "M5 3h11l3 3v15H5z", "ink"), ("path", "M8 3v5h7V3 M8 21v-7h8v7", "ink")],
    "document-save-as": [("path", "M4 3h10l3 3v6 M4 3v18h7", "ink"), ("path", "M7 3v4h6V3", "ink"), ("path", "M14 21l1-3 5-5 2 2-5 5z", "go")],
    "document-export": [("path", "M12 15V3 M7 8l5-5 5 5", "go"), ("path", "M5 12v9h14v-9", "ink")],
    "application-exit": [("path", "M13 4H5v16h8", "ink"), ("path", "M10 12h11 M17 8l4 4-4 4", "stop")],
    "edit-undo": [("path", "M9 14L4 9l5-5", "ink"), ("path", "M4 9h11a5 5 0 0 1 0 10h-4", "ink")],
    "edit-redo": [("path", "M15 14l5-5-5-5", "ink"), ("path", "M20 9H9a5 5 0 0 0 0 10h4", "ink")],
    "edit-cut": [("circle", "cx=6 cy=18 r=3", "ink"), ("circle", "cx=18 cy=18 r=3", "ink"), ("path", "M8.2 15.8L18 3 M15.8 15.8L6 3", "ink")],
    "edit-copy": [("rect", "x=8 y=8 width=12 height=12 rx=2", "ink"), ("path", "M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3", "ink")],
    "edit-paste": [("path", "M9 5H6a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1h-3", "ink"), ("rect", "x=9 y=3 width=6 height=4 rx=1", "ink"), ("path", "M9 12h6 M9 16h4", "ink")],
    "edit-delete": [("path", "M4 7h16 M9 7V4h6v3", "ink"), ("path", "M6 7l1 14h10l1-14", "ink"), ("path", "M10 11v6 M14 11v6", "stop")],
    "edit-select-all": [("rect", "x=3 y=3 width=18 height=18 rx=2 stroke-dasharray=3,2.4", "ink"), ("rect", "x=8 y=8 width=8 height=8 rx=1", "fill:ink")],
    "edit-duplicate": [("rect", "x=3 y=3 width=12 height=12 rx=2", "ink"), ("rect", "x=9 y=9 width=12 height=12 rx=2", "ink"), ("path", "M15 12.5v5 M12.5 15h5", "go")],
    "zoom-in": [("circle", "cx=10 cy=10 r=6.5", "ink"), ("path", "M15 15l6 6", "ink"), ("path", "M7 10h6 M10 7v6", "ink")],
    "zoom-out": [("circle", "cx=10 cy=10 r=6.5", "ink"), ("path", "M15 15l6 6", "ink"), ("path", "M7 10h6", "ink")],
    "zoom-fit-best": [("path", "M4 9V4h5 M15 4h5v5 M20 15v5h-5 M9 20H4v-5", "ink"), ("rect", "x=8.5 y=8.5 width=7 height=7 rx=1", "ink")],
    "zoom-original": [("rect", "x=3 y=5 width=18 height=14 rx=2", "ink"), ("path", "M7.5 9.5l1.5-1v7 M15.5 9.5l1.5-1v7 M12 10.5v.5 M12 14v.5", "ink")],
    "view-grid": [("circle", "cx=5 cy=5 r=1.3", "fill:ink"), ("circle", "cx=12 cy=5 r=1.3", "fill:ink"), ("circle", "cx=19 cy=5 r=1.3", "fill:ink"),
                  ("circle", "cx=5 cy=12 r=1.3", "fill:ink"), ("circle", "cx=5 cy=19 r=1.3", "fill:ink"),
                  ("rect", "x=10 y=10 width=10 height=10 rx=2", "go")],
    "format-auto-layout": [("rect", "x=9 y=3 width=6 height=4 rx=1", "ink"), ("rect", "x=3 y=17 width=6 height=4 rx=1", "ink"),
                           ("rect", "x=15 y=17 width=6 height=4 rx=1", "ink"), ("path", "M12 7v4 M6 17v-3h12v3", "go")],
    "go-up": [("path", "M12 19V5 M6 11l6-6 6 6", "ink")],
    "go-down": [("path", "M12 5v14 M6 13l6 6 6-6", "ink")],
    "go-bottom": [("path", "M12 3v12 M7 10l5 5 5-5", "ink"), ("path", "M5 20h14", "go")],
    "media-playback-start": [("path", "M7 4.5l12.5 7.5-12.5 7.5z", "fill:go")],
    "media-playback-pause": [("path", "M8 5v14 M16 5v14", "ink")],
    "media-playback-stop": [("rect", "x=6 y=6 width=12 height=12 rx=1.5", "fill:stop")],
    "process-stop": [("circle", "cx=12 cy=12 r=9", "stop"), ("path", "M9 9l6 6 M15 9l-6 6", "stop")],
    "view-refresh": [("path", "M20 12a8 8 0 1 1-2.6-5.9", "ink"), ("path", "M20 4v5h-5", "ink")],
    "document-send": [("path", "M21 3L3 10.5l7 2.5 2.5 7z", "ink"), ("path", "M10 13l11-10", "go")],
    "configure": [("path", "M4 6h9 M17 6h3 M4 12h3 M11 12h9 M4 18h11 M19 18h1", "ink"),
                  ("circle", "cx=15 cy=6 r=2", "ink"), ("circle", "cx=9 cy=12 r=2", "ink"), ("circle", "cx=17 cy=18 r=2", "ink")],
    "network-server": [("rect", "x=3 y=4 width=18 height=7 rx=1.5", "ink"), ("rect", "x=3 y=13 width=18 height=7 rx=1.5", "ink"),
                       ("circle", "cx=7 cy=7.5 r=1", "fill:go"), ("circle", "cx=7 cy=16.5 r=1", "fill:go"), ("path", "M11 7.5h6 M11 16.5h6", "ink")],
    "list-add": [("path", "M12 5v14 M5 12h14", "ink")],
    "list-remove": [("path", "M5 12h14", "ink")],
    "edit-find": [("circle", "cx=10 cy=10 r=6.5", "ink"), ("path", "M15 15l6 6", "ink")],
    "folder-new": [("path", "M3 19V5h6l2 2h10v12z", "ink"), ("path", "M12 10v6 M9 13h6", "go")],
    "format-text-wrap": [("path", "M4 6h16 M4 12h13a3 3 0 0 1 0 6h-4 M4 18h6", "ink"), ("path", "M15 16l-2 2 2 2", "go")],
    "chronometer": [("circle", "cx=12 cy=12 r=8.5", "ink"), ("path", "M12 7v5l3.5 2", "ink")],
    "view-filter": [("path", "M4 5h16l-6 7v6l-4 2v-8z", "ink")],
    "regular-expression": [("path", "M15 4v9 M11 6.3l8 4.4 M19 6.3l-8 4.4", "ink"), ("circle", "cx=6 cy=18 r=1.6", "fill:ink")],
    "format-text-case": [("path", "M3 18l4.5-12 4.5 12 M4.7 14h5.6", "ink"), ("circle", "cx=17.5 cy=15.2 r=2.8", "ink"), ("path", "M20.3 11.5v6.5", "ink")],
    "help-about": [("circle", "cx=12 cy=12 r=9", "ink"), ("path", "M12 11v6 M12 7.2v.6", "ink")],
    "color-scheme": [("circle", "cx=12 cy=12 r=8.5", "ink"), ("path", "M12 3.5a8.5 8.5 0 0 1 0 17z", "fill:ink")],
    "window-close": [("path", "M6 6l12 12 M18 6L6 18", "ink")],
    "run-graph": [("rect", "x=3 y=4 width=6 height=5 rx=1", "fill:go"), ("rect", "x=15 y=4 width=6 height=5 rx=1", "fill:go"),
                  ("rect", "x=9 y=15 width=6 height=5 rx=1", "ink"), ("path", "M6 9v3h12V9 M12 12v3", "ink")],
}


def element(kind, attrs, paint, colours):
    ink, go, stop = colours
    fill = paint.startswith("fill:")
    colour = {"ink": ink, "go": go, "stop": stop}[paint.split(":")[-1]]
    if kind == "path":
        geometry = f'd="{attrs}"'
    else:
        parts = []
        for pair in attrs.split():
            key, value = pair.split("=")
            parts.append(f'{key}="{value.replace(",", " ")}"')
        geometry = " ".join(parts)
    if fill:
        return f'  <{kind} {geometry} fill="{colour}" stroke="{colour}" stroke-width="1" stroke-linejoin="round"/>'
    return (f'  <{kind} {geometry} fill="none" stroke="{colour}" stroke-width="1.8" '
            f'stroke-linecap="round" stroke-linejoin="round"/>')


def svg(shapes, colours):
    body = "\n".join(element(k, a, p, colours) for k, a, p in shapes)
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">\n'
            f"{body}\n</svg>\n")


def index_theme(name):
    return ("[Icon Theme]\n"
            f"Name={name}\n"
            "Comment=Pipeline Studio's action icons\n"
            "Inherits=hicolor\n"
            "Directories=scalable/actions\n\n"
            "[scalable/actions]\nSize=24\nMinSize=8\nMaxSize=512\nType=Scalable\n")


def generate():
    files = {}
    for theme, colours in THEMES.items():
        folder = f"pipeline-studio-{theme}"
        files[f"{folder}/index.theme"] = index_theme(folder)
        for name, shapes in sorted(ICONS.items()):
            files[f"{folder}/scalable/actions/{name}.svg"] = svg(shapes, colours)
    return files


if __name__ == "__main__":
    import sys
    if "--check" in sys.argv:
        stale = [p for p, t in generate().items()
                 if not os.path.exists(os.path.join(HERE, p)) or open(os.path.join(HERE, p)).read() != t]
        for p in stale:
            print(f"out of date: resources/icons/{p}")
        sys.exit(1 if stale else 0)
    for path, text in generate().items():
        full = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)
    print(f"{len(ICONS)} icons in {len(THEMES)} themes")
