// A rasterizer for the small SVG subset the app's icon uses: a viewBox, rounded <rect>s with a fill,
// and stroked <path>s of straight segments (M/L/H/V, absolute or relative) with round caps and joins.
// Anything else is refused by name, so a redesigned icon cannot silently render wrong. Edges are
// antialiased from signed distances (one sample per pixel, coverage from the distance to the edge).

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

function attributes(tag) {
  const found = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) found[name] = value;
  return found;
}

function parseColor(value) {
  const match = /^#([0-9a-f]{6})$/i.exec(value ?? '');
  if (!match) throw new Error(`icon: only #rrggbb colours are supported, got ${JSON.stringify(value)}`);
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The points of each subpath of a path made of straight segments. */
function parsePath(d) {
  const polylines = [];
  let current = null;
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g)) {
    const values = (args.match(NUMBER) ?? []).map(Number);
    const relative = command === command.toLowerCase();
    const take = (count, apply) => {
      if (values.length === 0 || values.length % count !== 0) throw new Error(`icon: bad arguments for ${command}`);
      for (let i = 0; i < values.length; i += count) apply(values.slice(i, i + count));
    };
    switch (command.toUpperCase()) {
      case 'M':
        take(2, ([a, b], index = current === null ? 0 : 1) => {
          x = relative ? x + a : a;
          y = relative ? y + b : b;
          if (index === 0 || current === null) polylines.push((current = []));
          current.push([x, y]);
        });
        break;
      case 'L':
        take(2, ([a, b]) => current.push([(x = relative ? x + a : a), (y = relative ? y + b : b)]));
        break;
      case 'H':
        take(1, ([a]) => current.push([(x = relative ? x + a : a), y]));
        break;
      case 'V':
        take(1, ([b]) => current.push([x, (y = relative ? y + b : b)]));
        break;
      default:
        throw new Error(`icon: path command ${command} is not supported`);
    }
  }
  return polylines;
}

function parseShapes(svg) {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1].match(NUMBER)?.map(Number);
  if (!viewBox || viewBox.length !== 4) throw new Error('icon: the SVG needs a viewBox');
  const shapes = [];
  for (const [tag, name] of svg.matchAll(/<(\w+)\b[^>]*>/g)) {
    const a = attributes(tag);
    if (name === 'svg') continue;
    if (name === 'rect') {
      shapes.push({ kind: 'rect', x: Number(a.x ?? 0), y: Number(a.y ?? 0), width: Number(a.width), height: Number(a.height), rx: Number(a.rx ?? 0), color: parseColor(a.fill) });
    } else if (name === 'path') {
      if ((a.fill ?? 'none') !== 'none') throw new Error('icon: filled paths are not supported');
      if (a['stroke-linecap'] !== 'round') throw new Error('icon: strokes need stroke-linecap="round"');
      shapes.push({ kind: 'stroke', polylines: parsePath(a.d ?? ''), halfWidth: Number(a['stroke-width'] ?? 1) / 2, color: parseColor(a.stroke) });
    } else {
      throw new Error(`icon: <${name}> is not supported`);
    }
  }
  return { viewBox, shapes };
}

function roundedRectDistance(px, py, shape) {
  const r = Math.min(shape.rx, shape.width / 2, shape.height / 2);
  const qx = Math.abs(px - (shape.x + shape.width / 2)) - shape.width / 2 + r;
  const qy = Math.abs(py - (shape.y + shape.height / 2)) - shape.height / 2 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Round caps and joins make a stroke exactly the union of one capsule per segment. */
function strokeDistance(px, py, shape) {
  let best = Infinity;
  for (const points of shape.polylines) {
    if (points.length === 1) best = Math.min(best, segmentDistance(px, py, points[0], points[0]));
    for (let i = 1; i < points.length; i += 1) best = Math.min(best, segmentDistance(px, py, points[i - 1], points[i]));
  }
  return best - shape.halfWidth;
}

/** RGBA pixels (straight alpha), `size` × `size`, of the SVG scaled to fit. */
export function renderSvg(svg, size) {
  const { viewBox, shapes } = parseShapes(svg);
  const [minX, minY, width, height] = viewBox;
  const scale = size / Math.max(width, height);
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const px = minX + (column + 0.5) / scale;
      const py = minY + (row + 0.5) / scale;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const shape of shapes) {
        const distance = shape.kind === 'rect' ? roundedRectDistance(px, py, shape) : strokeDistance(px, py, shape);
        const coverage = Math.max(0, Math.min(1, 0.5 - distance * scale));
        if (coverage === 0) continue;
        // Source-over in straight alpha.
        const outA = coverage + a * (1 - coverage);
        const mix = (source, dest) => (source * coverage + dest * a * (1 - coverage)) / outA;
        [r, g, b, a] = [mix(shape.color[0], r), mix(shape.color[1], g), mix(shape.color[2], b), outA];
      }
      const offset = (row * size + column) * 4;
      pixels[offset] = Math.round(r);
      pixels[offset + 1] = Math.round(g);
      pixels[offset + 2] = Math.round(b);
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}
