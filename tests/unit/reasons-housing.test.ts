/**
 * Every reason code the housing-group programs emit (housing_choice_voucher, public_housing, liheap,
 * child_care, eitc, ctc) on their YAML cases, and every next-step code they add, has plain-language
 * text in locales/en/reasons-housing.json (the locale test then holds the other 11 languages to it),
 * and each text's {{variables}} are values the reason actually carries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { evaluateProgram, parseScreeningRequest, type ProgramId, type ProgramResult } from '../../rules';

const PROGRAMS: ProgramId[] = ['housing_choice_voucher', 'public_housing', 'liheap', 'child_care', 'eitc', 'ctc'];
const OWN = /^(housing|housing_choice_voucher|public_housing|liheap|child_care|eitc|ctc|tax_credits)\./;
const OWN_STEPS = new Set(['emergency_housing_help', 'apply_with_pha', 'emergency_energy_help', 'free_tax_help']);
/** Document names this group adds; the others (identity, income_proof, …) are in reasons-core. */
const OWN_DOCUMENTS = new Set(['shutoff_notice', 'work_or_school_schedule', 'tax_forms']);
const en = JSON.parse(readFileSync('locales/en/reasons-housing.json', 'utf8')) as Record<string, Record<string, unknown>>;
const text = (code: string): string | undefined => {
  let node: unknown = en;
  for (const p of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[p];
  return typeof node === 'string' ? node : undefined;
};

function allResults(): ProgramResult[] {
  const out: ProgramResult[] = [];
  for (const dir of ['housing', 'liheap', 'child_care', 'tax_credits']) {
    const d = join('rules/programs', dir, 'cases');
    for (const f of readdirSync(d).filter((x) => x.endsWith('.yaml'))) {
      for (const c of parse(readFileSync(join(d, f), 'utf8'), { schema: 'core' }) as { request: unknown }[]) {
        const p = parseScreeningRequest(c.request);
        if (!p.ok) throw new Error(`${f}: invalid request`);
        for (const prog of PROGRAMS) out.push(evaluateProgram(p.request, prog));
      }
    }
  }
  return out;
}

test('every own reason and next-step code has English text whose variables the reason carries', () => {
  const results = allResults();
  const seen = new Set<string>();
  for (const r of results) {
    for (const reason of r.reasons.filter((x) => OWN.test(x.code))) {
      seen.add(reason.code);
      const t = text(reason.code);
      expect(t, `no text for ${reason.code}`).toBeTypeOf('string');
      for (const m of t!.matchAll(/\{\{\s*([A-Za-z0-9_]+)/g)) expect(reason.values, `${reason.code} uses {{${m[1]}}}`).toHaveProperty(m[1]!);
    }
    for (const s of r.nextSteps.filter((x) => OWN_STEPS.has(x.code))) expect(text(s.code), s.code).toBeTypeOf('string');
    for (const s of r.nextSteps.filter((x) => x.code === 'bring_documents')) {
      for (const d of String(s.values?.documents ?? '').split(',').filter((x) => OWN_DOCUMENTS.has(x))) expect(text(`documents.${d}`), d).toBeTypeOf('string');
    }
  }
  // The cases reach most codes; a code that no case reaches is still listed in the locale.
  expect(seen.size).toBeGreaterThan(50);
});
