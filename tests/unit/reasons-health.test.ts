// Every reason code the health-group programs (medicaid, chip, wic, school_meals, lifeline) emit on
// their rules cases has plain-language text in locales/en/reasons-health.json, and every {{variable}}
// in that text is a value the reason carries. Catches a renamed code or value the locale missed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { evaluateProgram, parseScreeningRequest, type ProgramId } from '../../rules';

const GROUP: ProgramId[] = ['medicaid', 'chip', 'wic', 'school_meals', 'lifeline'];
const PREFIXES = ['medicaid.', 'chip.', 'wic.', 'school_meals.', 'lifeline.'];
const catalog = JSON.parse(readFileSync('locales/en/reasons-health.json', 'utf8')) as Record<string, Record<string, string> | string>;

function text(code: string): string | undefined {
  const [ns, key] = code.split('.') as [string, string];
  const group = catalog[ns];
  return typeof group === 'object' ? group[key] : undefined;
}

const dirs = ['medicaid', 'wic', 'school_meals', 'lifeline'].map((p) => join('rules/programs', p, 'cases'));
const requests = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yaml')).flatMap((f) => (parse(readFileSync(join(d, f), 'utf8'), { schema: 'core' }) as { request: unknown }[]).map((c) => c.request)));

test('health cases exist', () => {
  expect(requests.length).toBeGreaterThanOrEqual(40);
});

test('every emitted health reason code has English text whose variables the reason carries', () => {
  const problems = new Set<string>();
  const seen = new Set<string>();
  for (const raw of requests) {
    const parsed = parseScreeningRequest(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    for (const program of GROUP) {
      for (const r of evaluateProgram(parsed.request, program).reasons) {
        if (!PREFIXES.some((p) => r.code.startsWith(p))) continue;
        seen.add(r.code);
        const t = text(r.code);
        if (t === undefined) { problems.add(`missing text: ${r.code}`); continue; }
        for (const m of t.matchAll(/\{\{\s*([a-zA-Z]+)/g)) {
          const v = m[1]!;
          if (!(v in r.values)) problems.add(`${r.code}: {{${v}}} not in values ${Object.keys(r.values).join(',')}`);
        }
      }
    }
  }
  expect([...problems].sort()).toEqual([]);
  // The cases exercise most of the catalogue (guards against a test that checks nothing).
  expect(seen.size).toBeGreaterThanOrEqual(60);
});

test('the English catalogue has no text for a code nobody emits (source scan)', () => {
  const src = ['medicaid/index.ts', 'medicaid/eligibility.ts', 'wic/index.ts', 'school_meals/index.ts', 'lifeline/index.ts']
    .map((f) => readFileSync(join('rules/programs', f), 'utf8')).join('\n');
  const unused: string[] = [];
  for (const [ns, keys] of Object.entries(catalog)) {
    // Top-level strings are next-step codes (looked up by code, like reasons-core's).
    if (typeof keys === 'string') { if (!src.includes(`'${ns}'`)) unused.push(ns); continue; }
    for (const k of Object.keys(keys)) {
      // Codes are written as '<ns>.<key>' or as `${program}.<key>` in the shared Medicaid/CHIP helpers.
      if (!new RegExp(`\\.${k}['\`]`).test(src)) unused.push(`${ns}.${k}`);
    }
  }
  expect(unused).toEqual([]);
});
