// Bundle budget: first-load JavaScript (the scripts index.html loads, plus their static imports)
// must stay under 150 KB gzip, counting what every start loads: the entry scripts, their static
// imports, the default language's locale chunks and workbox-window. Lazy chunks (worker mode,
// kiosk, rules, other languages) are not first load.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 150;
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html missing: run `npm run build` first.');
  process.exit(1);
}
const manifestPath = join(dist, '.vite', 'manifest.json');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]);

// Follow static imports from the manifest when present; otherwise the HTML's scripts and preloads.
const files = new Set([...entries, ...preloads]);
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
  const visit = (file) => {
    const chunk = byFile.get(file);
    for (const imp of chunk?.imports ?? []) {
      const f = manifest[imp]?.file;
      if (f && !files.has(f)) { files.add(f); visit(f); }
    }
  };
  for (const f of [...files]) visit(f);
  // Also loaded on every start, though by dynamic import: the default language's namespaces
  // (src/i18n NAMESPACES) and workbox-window (service-worker registration, right after render).
  const src = existsSync('src/i18n/index.ts') ? readFileSync('src/i18n/index.ts', 'utf8') : '';
  const nsList = /NAMESPACES\s*=\s*\[([^\]]*)\]/.exec(src)?.[1];
  const namespaces = nsList ? [...nsList.matchAll(/'([^']+)'/g)].map((m) => m[1]) : undefined;
  for (const [key, chunk] of Object.entries(manifest)) {
    const m = /(?:^|\/)locales\/en\/([^/]+)\.json$/.exec(key);
    const startup = (m && (!namespaces || namespaces.includes(m[1]))) || /workbox-window/.test(key);
    if (startup && !files.has(chunk.file)) { files.add(chunk.file); visit(chunk.file); }
  }
}
let total = 0;
for (const f of files) {
  const size = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += size;
  console.log(`  ${f}: ${(size / 1024).toFixed(1)} KB gzip`);
}
const kb = total / 1024;
console.log(`First-load JavaScript: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (files.size === 0) { console.error('No entry script found in dist/index.html'); process.exit(1); }
if (kb > BUDGET_KB) { console.error('Over budget.'); process.exit(1); }
