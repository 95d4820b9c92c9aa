/**
 * Result-identity check for engine speed work: screens generated households (all states, dates
 * across FY2025–FY2027 plus fixed dates around the law changes) and hashes every result, per program.
 * A speed change must leave every hash unchanged.
 *
 *   npx tsx tests/bench/identity.ts save FILE     write the hashes
 *   npx tsx tests/bench/identity.ts check FILE    compare with saved hashes (exit 1 on any change)
 *   ENGINE=/path/to/other/rules/index.ts npx tsx tests/bench/identity.ts save FILE   hashes of another tree's engine
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type * as Engine from '../../rules';
import { PROGRAM_IDS, type ScreeningRequest } from '../../rules';
import { generateHouseholds } from './generate';

const { evaluateProgram, screen } = (await import(process.env.ENGINE ?? '../../rules')) as typeof Engine;

const FIXED_DATES = ['2025-06-01', '2025-07-04', '2025-10-15', '2026-09-30', '2026-10-01', '2026-11-23', '2027-10-01'];

function households(): ScreeningRequest[] {
  const spread = generateHouseholds(20_000, { seed: 777 });
  const fixed = generateHouseholds(3_000, { seed: 778 });
  const out = [...spread];
  for (const d of FIXED_DATES) for (const h of fixed) out.push({ ...h, date: d });
  return out;
}

function hashes(): Record<string, string> {
  const hs = households();
  const perProgram = new Map(PROGRAM_IDS.map((p) => [p, createHash('sha256')]));
  const whole = createHash('sha256');
  const single = createHash('sha256');
  hs.forEach((h, i) => {
    const results = screen(h);
    results.forEach((r) => {
      const s = JSON.stringify(r);
      perProgram.get(r.program)!.update(s);
      whole.update(s);
    });
    // evaluateProgram has its own completion path: check it on a rotating program.
    single.update(JSON.stringify(evaluateProgram(h, PROGRAM_IDS[i % PROGRAM_IDS.length]!)));
  });
  const out: Record<string, string> = { households: String(hs.length), whole: whole.digest('hex'), evaluateProgram: single.digest('hex') };
  for (const [p, h] of perProgram) out[p] = h.digest('hex');
  return out;
}

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'save' && mode !== 'check')) {
  console.error('usage: identity.ts save|check FILE');
  process.exit(2);
}
const now = hashes();
if (mode === 'save') {
  writeFileSync(file, JSON.stringify(now, null, 2) + '\n');
  console.log(`saved ${now.households} households' hashes to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const changed = Object.keys(before).filter((k) => before[k] !== now[k]);
  if (changed.length) {
    console.error(`CHANGED: ${changed.join(', ')}`);
    process.exit(1);
  }
  console.log(`identical: ${now.households} households, ${Object.keys(before).length - 1} hashes`);
}
