// Every code screen() produces over every YAML case in rules/programs/*/cases (and the sample
// families) has English text in one of the reasons-* namespaces: reason codes, next-step codes and
// document names. On failure it lists the codes that still lack text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { parseScreeningRequest, screen } from '../../rules';
import { REASON_NAMESPACES } from '../../src/results/ResultsView';
import { buildRequest, fieldForPath } from '../../src/screening/questions';
import * as samples from '../../src/screening/samples';

function lookup(tree: unknown, code: string): unknown {
  return code.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), tree);
}

function allRequests(): unknown[] {
  const requests: unknown[] = Object.values(samples).map((a) => buildRequest(a, '2026-11-23'));
  const dir = 'rules/programs';
  for (const p of readdirSync(dir).filter((p) => existsSync(join(dir, p, 'cases')))) {
    for (const f of readdirSync(join(dir, p, 'cases')).filter((f) => f.endsWith('.yaml'))) {
      for (const c of parse(readFileSync(join(dir, p, 'cases', f), 'utf8'), { schema: 'core' }) as { request: unknown }[]) requests.push(c.request);
    }
  }
  return requests;
}

test('every reason, next-step and document code from screen() over all rules cases has English text', () => {
  const catalogs = REASON_NAMESPACES.filter((ns) => existsSync(`locales/en/${ns}.json`))
    .map((ns) => JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')) as unknown);
  const requests = allRequests();
  const codes = new Map<string, string>(); // code → program that produced it
  for (const raw of requests) {
    const parsed = parseScreeningRequest(raw);
    if (!parsed.ok) continue; // invalid cases fail in rules-cases.test.ts
    for (const r of screen(parsed.request)) {
      for (const x of r.reasons) codes.set(x.code, r.program);
      for (const s of r.nextSteps) {
        codes.set(s.code, r.program);
        if (s.code === 'bring_documents') for (const d of String(s.values?.documents ?? '').split(',').filter(Boolean)) codes.set(`documents.${d}`, r.program);
      }
    }
  }
  expect(requests.length).toBeGreaterThan(3);
  expect(codes.size).toBeGreaterThan(5);
  const missing = [...codes.keys()].filter((code) => !catalogs.some((cat) => typeof lookup(cat, code) === 'string')).sort();
  expect(missing, `codes without English text in ${REASON_NAMESPACES.join(', ')}`).toEqual([]);
}, 60_000); // screen() over every rules case (500+) on a shared 2-core machine

test('every "missing" field path from screen() over all rules cases names a screening question', () => {
  const paths = new Set<string>();
  for (const raw of allRequests()) {
    const parsed = parseScreeningRequest(raw);
    if (parsed.ok) for (const r of screen(parsed.request)) for (const m of r.missing) paths.add(m);
  }
  expect(paths.size).toBeGreaterThan(3);
  expect([...paths].filter((p) => !fieldForPath(p)).sort()).toEqual([]);
}, 60_000);
