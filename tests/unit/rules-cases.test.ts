/**
 * Runs every rules case: rules/programs/<id>/cases/*.yaml. A case file is a list of
 *
 *   - name: short description
 *     source: where the expected values come from (hand computation from the rule, or an official example)
 *     request: { ...a full version-1 ScreeningRequest... }
 *     expect:
 *       <program id>:
 *         status: likely|possibly|unlikely|needs_info      (optional)
 *         monthly: 123                                      (optional; estimate.monthly, exact)
 *         annual: 1234                                      (optional; estimate.annual, exact)
 *         reasons: [code, ...]        codes that must all appear          (optional)
 *         notReasons: [code, ...]     codes that must not appear          (optional)
 *         reasonValues: { code: { key: value } }  values a reason must carry (optional)
 *         nextStepValues: { code: { key: value } } values a next step must carry, e.g. the state
 *                                     agency contact of apply_with_state_agency (optional)
 *         missing: [field, ...]       fields that must be listed missing  (optional)
 *         excludedMembers: [id, ...]  exact set of excluded member ids    (optional)
 *         stale: true|false                                                (optional)
 *
 * Each case must expect something concrete (a status or an amount) for every program it names.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { evaluateProgram, parseScreeningRequest, PROGRAM_IDS, type ProgramId } from '../../rules';

interface Expectation {
  status?: string;
  monthly?: number;
  annual?: number;
  reasons?: string[];
  notReasons?: string[];
  reasonValues?: Record<string, Record<string, unknown>>;
  nextStepValues?: Record<string, Record<string, unknown>>;
  missing?: string[];
  excludedMembers?: string[];
  stale?: boolean;
}
interface Case { name: string; source: string; request: unknown; expect: Record<string, Expectation> }

const programsDir = 'rules/programs';
const files = readdirSync(programsDir)
  .filter((p) => existsSync(join(programsDir, p, 'cases')))
  .flatMap((p) => readdirSync(join(programsDir, p, 'cases')).filter((f) => f.endsWith('.yaml')).map((f) => join(programsDir, p, 'cases', f)));

for (const file of files) {
  const cases = parse(readFileSync(file, 'utf8'), { schema: 'core' }) as Case[];
  describe(file, () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(c.source, 'every case names its source').toMatch(/\S{3,}/);
      const parsed = parseScreeningRequest(c.request);
      if (!parsed.ok) throw new Error(`invalid request: ${JSON.stringify(parsed.errors)}`);
      const programs = Object.keys(c.expect);
      expect(programs.length).toBeGreaterThan(0);
      for (const program of programs) {
        expect(PROGRAM_IDS).toContain(program);
        const want = c.expect[program]!;
        expect(want.status !== undefined || want.monthly !== undefined || want.annual !== undefined, `${program}: expect a status or an amount`).toBe(true);
        const got = evaluateProgram(parsed.request, program as ProgramId);
        const codes = got.reasons.map((r) => r.code);
        const ctx = `${program}: ${JSON.stringify({ status: got.status, estimate: got.estimate, reasons: got.reasons.map((r) => [r.code, r.values]) })}`;
        if (want.status !== undefined) expect(got.status, ctx).toBe(want.status);
        if (want.monthly !== undefined) expect(got.estimate?.monthly, ctx).toBe(want.monthly);
        if (want.annual !== undefined) expect(got.estimate?.annual, ctx).toBe(want.annual);
        for (const code of want.reasons ?? []) expect(codes, ctx).toContain(code);
        for (const code of want.notReasons ?? []) expect(codes, ctx).not.toContain(code);
        for (const [code, values] of Object.entries(want.reasonValues ?? {})) {
          expect(got.reasons.find((r) => r.code === code)?.values, ctx).toMatchObject(values);
        }
        for (const [code, values] of Object.entries(want.nextStepValues ?? {})) {
          expect(got.nextSteps.find((s) => s.code === code)?.values, `${ctx} nextSteps: ${JSON.stringify(got.nextSteps)}`).toMatchObject(values);
        }
        for (const field of want.missing ?? []) expect(got.missing, ctx).toContain(field);
        if (want.excludedMembers !== undefined) expect([...(got.excludedMembers ?? [])].sort(), ctx).toEqual([...want.excludedMembers].sort());
        if (want.stale !== undefined) expect(got.stale, ctx).toBe(want.stale);
      }
    });
  });
}

test('rules cases exist', () => {
  // Guards against the glob silently finding nothing.
  expect(files.length).toBeGreaterThan(0);
});
