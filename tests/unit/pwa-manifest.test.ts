// The web app manifest (the object vite.config.ts hands to vite-plugin-pwa) has every field an
// installable PWA needs, and each icon it names exists in public/ as a PNG of the stated size.
// The built dist/manifest.webmanifest is checked against the same object in tests/e2e/pwa.e2e.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MANIFEST_ICONS, WEB_MANIFEST } from '../../src/pwa/manifest';
import { encodePng, ICONS, rasterize } from '../../scripts/make-icons.mjs';

/** Width, height, bit depth and colour type from a PNG's signature + IHDR chunk. */
function pngHeader(buf: Buffer): { width: number; height: number; depth: number; colorType: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('first chunk is not IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), depth: buf[24]!, colorType: buf[25]! };
}

const publicFile = (src: string) => join('public', src.replace(/^\//, ''));

describe('web app manifest', () => {
  test('names, colours, start URL, scope, display, language and direction', () => {
    expect(WEB_MANIFEST.name).toMatch(/AnyDoor/);
    expect(WEB_MANIFEST.short_name).toBe('AnyDoor');
    expect(WEB_MANIFEST.short_name.length).toBeLessThanOrEqual(12);
    expect(WEB_MANIFEST.start_url).toBe('/');
    expect(WEB_MANIFEST.scope).toBe('/');
    expect(WEB_MANIFEST.display).toBe('standalone');
    expect(WEB_MANIFEST.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(WEB_MANIFEST.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(WEB_MANIFEST.lang).toBe('en');
    expect(WEB_MANIFEST.dir).toBe('ltr');
  });

  test('index.html declares the same theme colour and links the favicon and Apple icon that exist', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${WEB_MANIFEST.theme_color}"`);
    const links = [...html.matchAll(/<link rel="(icon|apple-touch-icon)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(links.map(([rel]) => rel).sort()).toEqual(['apple-touch-icon', 'icon']);
    for (const [, href] of links) expect(existsSync(publicFile(href!)), href).toBe(true);
  });

  test('icons: 192 and 512 for any purpose, 512 maskable', () => {
    const bySizePurpose = MANIFEST_ICONS.map((i) => `${i.sizes}:${i.purpose ?? 'any'}`).sort();
    expect(bySizePurpose).toEqual(['192x192:any', '512x512:any', '512x512:maskable']);
  });

  test.each(MANIFEST_ICONS)('$src exists and is a $sizes RGBA PNG', (icon) => {
    const file = publicFile(icon.src);
    expect(existsSync(file)).toBe(true);
    const [w, h] = icon.sizes.split('x').map(Number);
    expect(pngHeader(readFileSync(file))).toEqual({ width: w, height: h, depth: 8, colorType: 6 });
  });

  test('the Apple touch icon is 180×180', () => {
    expect(pngHeader(readFileSync('public/icons/apple-touch-icon.png'))).toMatchObject({ width: 180, height: 180 });
  });

  test('the committed icons are what scripts/make-icons.mjs draws (re-run it after changing the design)', () => {
    for (const icon of ICONS) {
      const drawn = encodePng(icon.size, rasterize(icon.size, icon.layout));
      expect(readFileSync(join('public', icon.file)).equals(drawn), icon.file).toBe(true);
    }
  }, 60_000);

  test('the maskable icon keeps its picture inside the 80 % safe circle (outside it: background only)', () => {
    const size = 128;
    const px = rasterize(size, 'maskable');
    const bg = [px[0], px[1], px[2], px[3]];
    expect(bg).toEqual([0x1d, 0x4f, 0x91, 255]);
    let outsideDiffers = 0;
    let insideDiffers = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const o = (y * size + x) * 4;
        const differs = [0, 1, 2, 3].some((k) => px[o + k] !== bg[k]);
        const r = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) / size;
        if (r > 0.4 && differs) outsideDiffers++;
        if (r <= 0.4 && differs) insideDiffers++;
      }
    }
    expect(outsideDiffers).toBe(0);
    expect(insideDiffers).toBeGreaterThan(size * size * 0.1);
  });
});
