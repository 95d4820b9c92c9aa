#!/usr/bin/env node
// List what each locale still lacks compared to English (missing, extra, empty keys and
// {{variable}} mismatches), grouped per locale and namespace, plus English text written in src/.
//   node scripts/i18n-missing.mjs            # summary + every problem
//   node scripts/i18n-missing.mjs --json     # machine-readable
//   node scripts/i18n-missing.mjs --skeleton fr   # print the missing keys of one locale as JSON with
//                                                 # the English text, ready to translate and merge
import { readFileSync } from 'node:fs';
import { checkLocales, describe, flatten, scanSources } from './lib/i18n-check.mjs';

const args = process.argv.slice(2);
const problems = checkLocales('locales');
const sources = scanSources('.');

if (args[0] === '--skeleton') {
  const lng = args[1];
  const out = {};
  for (const p of problems.filter((x) => x.lng === lng && x.kind === 'missing')) {
    const en = flatten(JSON.parse(readFileSync(`locales/en/${p.ns}.json`, 'utf8')));
    const base = p.key.replace(/_(zero|one|two|few|many|other)$/, '');
    const text = en.get(p.key) ?? en.get(`${base}_other`) ?? '';
    (out[p.ns] ??= {})[p.key] = text;
  }
  console.log(JSON.stringify(out, null, 2));
} else if (args.includes('--json')) {
  console.log(JSON.stringify({ problems, sources }, null, 2));
} else {
  const byLng = new Map();
  for (const p of problems) byLng.set(p.lng, (byLng.get(p.lng) ?? 0) + 1);
  for (const [lng, n] of byLng) console.log(`${lng}: ${n} problem(s)`);
  for (const p of problems) console.log(`  ${describe(p)}`);
  for (const s of sources) console.log(`  text outside locales: ${s.file}:${s.line} ${JSON.stringify(s.text)}`);
  if (!problems.length && !sources.length) console.log('All locales complete; no user-facing text outside locales/.');
}
if (args[0] !== '--skeleton') process.exitCode = problems.length || sources.length ? 1 : 0; // exitCode, not exit(): a piped stdout is flushed first
