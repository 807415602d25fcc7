"""Draws the Glassbox logo: a glass cube (translucent faces, bright edges) with a small
orange core inside. Writes logo-svg.svg, logo-32x32.png and logo-64x64.png next to
kernel.json.in. The same polygons feed the SVG and the PNGs (drawn 8x, then downsampled).
Run: python3 kernelspec/logo/draw_logo.py   (needs Pillow for the PNGs)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# Isometric cube in a 64x64 box.
TOP = [(32, 6), (56, 18), (32, 30), (8, 18)]
LEFT = [(8, 18), (32, 30), (32, 58), (8, 46)]
RIGHT = [(32, 30), (56, 18), (56, 46), (32, 58)]
BACK_EDGES = [((32, 6), (32, 34)), ((8, 46), (32, 34)), ((56, 46), (32, 34))]
CORE = [(32, 27), (42, 32), (32, 37), (22, 32)]
CORE_LEFT = [(22, 32), (32, 37), (32, 47), (22, 42)]
CORE_RIGHT = [(32, 37), (42, 32), (42, 42), (32, 47)]

FACES = [(TOP, "#9fd3ff", 0.55), (LEFT, "#4a9be0", 0.45), (RIGHT, "#2f78c4", 0.45)]
CORE_FACES = [(CORE, "#ffc15e", 1.0), (CORE_LEFT, "#f28c28", 1.0), (CORE_RIGHT, "#d9661a", 1.0)]
EDGE = "#0d3b66"


def pts(poly):
    return " ".join(f"{x},{y}" for x, y in poly)


def svg():
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">',
           '  <title>Glassbox</title>']
    for a, b in BACK_EDGES:
        out.append(f'  <line x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}" stroke="{EDGE}" '
                   'stroke-width="1.2" stroke-dasharray="2,2" opacity="0.6"/>')
    for poly, color, _ in CORE_FACES:
        out.append(f'  <polygon points="{pts(poly)}" fill="{color}"/>')
    for poly, color, alpha in FACES:
        out.append(f'  <polygon points="{pts(poly)}" fill="{color}" fill-opacity="{alpha}" '
                   f'stroke="{EDGE}" stroke-width="2" stroke-linejoin="round"/>')
    out.append('  <polyline points="12,20 32,30 52,20" fill="none" stroke="#ffffff" stroke-width="1" opacity="0.7"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def png(size):
    from PIL import Image, ImageDraw

    k = 8 * size / 64
    big = Image.new("RGBA", (8 * size, 8 * size), (0, 0, 0, 0))

    def scaled(poly):
        return [(x * k, y * k) for x, y in poly]

    def rgba(color, alpha):
        c = color.lstrip("#")
        return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) + (int(255 * alpha),)

    # Each shape on its own layer, then composited: drawing with alpha straight onto an RGBA
    # image replaces pixels instead of blending them.
    def paint(draw_fn):
        nonlocal big
        layer = Image.new("RGBA", big.size, (0, 0, 0, 0))
        draw_fn(ImageDraw.Draw(layer))
        big = Image.alpha_composite(big, layer)

    for a, b in BACK_EDGES:
        paint(lambda d: d.line(scaled([a, b]), fill=rgba(EDGE, 0.5), width=max(1, int(1.2 * k))))
    for poly, color, alpha in CORE_FACES:
        paint(lambda d: d.polygon(scaled(poly), fill=rgba(color, alpha)))
    for poly, color, alpha in FACES:
        paint(lambda d: d.polygon(scaled(poly), fill=rgba(color, alpha)))
    for poly, _, _ in FACES:
        paint(lambda d: d.line(scaled(poly + [poly[0]]), fill=rgba(EDGE, 1.0), width=max(1, int(2 * k)), joint="curve"))
    paint(lambda d: d.line(scaled([(12, 20), (32, 30), (52, 20)]), fill=(255, 255, 255, 180), width=max(1, int(k))))
    return big.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    with open(os.path.join(OUT, "logo-svg.svg"), "w") as f:
        f.write(svg())
    for s in (32, 64):
        png(s).save(os.path.join(OUT, f"logo-{s}x{s}.png"))
