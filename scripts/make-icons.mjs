#!/usr/bin/env node
// Generates the app icons (public/icons/*.png, public/favicon.svg) from one vector description:
// an open door with warm light coming through, on the theme blue. No npm packages: a tiny
// supersampling rasterizer and a PNG encoder on node:zlib. The output is committed; re-run with
// `node scripts/make-icons.mjs` after changing the shapes or colours.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const THEME = '#1d4f91';
const LIGHT = '#ffd166';
const WHITE = '#ffffff';

/** The glyph in a unit box (0..1, y down). Painted in order. */
const GLYPH = [
  { kind: 'rect', x0: 0.3, y0: 0.18, x1: 0.7, y1: 0.84, fill: LIGHT }, // the doorway, lit
  { kind: 'poly', points: [[0.3, 0.18], [0.54, 0.25], [0.54, 0.79], [0.3, 0.84]], fill: WHITE }, // the open door
  { kind: 'circle', cx: 0.485, cy: 0.52, r: 0.022, fill: THEME }, // the knob
  { kind: 'rect', x0: 0.2, y0: 0.84, x1: 0.8, y1: 0.875, fill: WHITE }, // the floor
];

/**
 * Layouts. `bg` is the background shape: a rounded square for "any" icons (transparent corners),
 * full bleed for maskable and Apple icons (the platform crops them). `scale` shrinks the glyph
 * around the centre: the maskable glyph stays inside the 80 % safe circle.
 */
const LAYOUTS = {
  any: { bg: 'rounded', scale: 1 },
  maskable: { bg: 'full', scale: 0.72 },
  apple: { bg: 'full', scale: 0.86 },
};

export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, layout: 'any' },
  { file: 'icons/icon-512.png', size: 512, layout: 'any' },
  { file: 'icons/maskable-512.png', size: 512, layout: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, layout: 'apple' },
];

function hex(c) {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
}

function placed(shape, scale) {
  const p = (v) => 0.5 + (v - 0.5) * scale;
  switch (shape.kind) {
    case 'rect':
      return { ...shape, x0: p(shape.x0), y0: p(shape.y0), x1: p(shape.x1), y1: p(shape.y1) };
    case 'poly':
      return { ...shape, points: shape.points.map(([x, y]) => [p(x), p(y)]) };
    case 'circle':
      return { ...shape, cx: p(shape.cx), cy: p(shape.cy), r: shape.r * scale };
    default:
      return shape;
  }
}

function inside(s, x, y) {
  switch (s.kind) {
    case 'rect':
      return x >= s.x0 && x < s.x1 && y >= s.y0 && y < s.y1;
    case 'rrect': {
      if (x < 0 || x >= 1 || y < 0 || y >= 1) return false;
      const cx = Math.min(Math.max(x, s.r), 1 - s.r);
      const cy = Math.min(Math.max(y, s.r), 1 - s.r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
    }
    case 'circle':
      return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    case 'poly': {
      let hit = false;
      const pts = s.points;
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const [xi, yi] = pts[i];
        const [xj, yj] = pts[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
      }
      return hit;
    }
    default:
      return false;
  }
}

function shapesFor(layout) {
  const { bg, scale } = LAYOUTS[layout];
  const back = bg === 'rounded' ? { kind: 'rrect', r: 0.18, fill: THEME } : { kind: 'rect', x0: 0, y0: 0, x1: 1, y1: 1, fill: THEME };
  return [back, ...GLYPH.map((s) => placed(s, scale))].map((s) => ({ ...s, rgb: hex(s.fill) }));
}

/** RGBA pixels, 4×4 supersampled. */
export function rasterize(size, layout) {
  const shapes = shapesFor(layout);
  const N = 4;
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const u = (x + (sx + 0.5) / N) / size;
          const v = (y + (sy + 0.5) / N) / size;
          let hit;
          for (const s of shapes) if (inside(s, u, v)) hit = s;
          if (hit) {
            r += hit.rgb[0];
            g += hit.rgb[1];
            b += hit.rgb[2];
            a += 1;
          }
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((a / (N * N)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), filter 0 on every row. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The same picture as SVG (the favicon). */
export function svg() {
  const n = (v) => +(v * 64).toFixed(2);
  const parts = shapesFor('any').map((s) => {
    switch (s.kind) {
      case 'rrect':
        return `<rect width="64" height="64" rx="${n(s.r)}" fill="${s.fill}"/>`;
      case 'rect':
        return `<rect x="${n(s.x0)}" y="${n(s.y0)}" width="${n(s.x1 - s.x0)}" height="${n(s.y1 - s.y0)}" fill="${s.fill}"/>`;
      case 'poly':
        return `<polygon points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${s.fill}"/>`;
      case 'circle':
        return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"/>`;
      default:
        return '';
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${parts.join('')}</svg>\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
  for (const icon of ICONS) {
    const out = join(root, icon.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, encodePng(icon.size, rasterize(icon.size, icon.layout)));
    console.log(`wrote public/${icon.file} (${icon.size}×${icon.size}, ${icon.layout})`);
  }
  writeFileSync(join(root, 'favicon.svg'), svg());
  console.log('wrote public/favicon.svg');
}
