// Facts shared between the programs of one screen() (rules/core/shared.ts) must not change any
// result: screen() gives what evaluateProgram() gives program by program (which shares nothing),
// in either order of the programs that share, and a shared fact's figure flags reach every program.
import { describe, expect, test } from 'vitest';
import { evaluateProgram, parameterTable, PROGRAM_IDS, screen, type ProgramId } from '../../rules';
import { Evaluation } from '../../rules/core/context';
import type { ParameterTable } from '../../rules/core/params';
import type { ScreeningRequest } from '../../rules/core/request';
import { SharedFacts, sharedFact } from '../../rules/core/shared';
import { generateHouseholds } from '../bench/generate';

const households = generateHouseholds(1500, { seed: 4242 });

describe('screen() with shared facts', () => {
  test('equals evaluateProgram for every program', () => {
    let compared = 0;
    for (const h of households) {
      const all = screen(h);
      PROGRAM_IDS.forEach((p, i) => {
        expect(all[i]).toEqual(evaluateProgram(h, p));
        compared++;
      });
    }
    expect(compared).toBe(households.length * PROGRAM_IDS.length);
  }, 60_000);

  test('Medicaid and CHIP reasons carry their own program\'s codes (the shared evaluation is re-coded for CHIP)', () => {
    const own = (p: string, code: string) => code.startsWith(`${p}.`) || code.startsWith('public_charge.') || code.startsWith('engine.');
    let chipImmigrationReasons = 0;
    for (const h of households) {
      const [medicaid, chip] = screen(h, ['medicaid', 'chip']);
      for (const r of medicaid!.reasons) expect(own('medicaid', r.code), r.code).toBe(true);
      for (const r of chip!.reasons) {
        expect(own('chip', r.code), r.code).toBe(true);
        if (/status|since_date|five_year_bar|lawfully_residing/.test(r.code)) chipImmigrationReasons++;
      }
    }
    expect(chipImmigrationReasons).toBeGreaterThan(50);
  }, 60_000);

  test('the same when CHIP comes before Medicaid and the CTC before the EITC', () => {
    const order: ProgramId[] = ['chip', 'ctc', 'medicaid', 'eitc'];
    for (const h of households.slice(0, 500)) {
      const got = screen(h, order);
      order.forEach((p, i) => expect(got[i]).toEqual(evaluateProgram(h, p)));
    }
  }, 60_000);
});

describe('Evaluation.shared', () => {
  const table: ParameterTable = {
    ...parameterTable(),
    'test.fresh': { description: 'fresh figure', values: [{ effective: '2020-01-01', value: 1, citation: 'cite fresh' }] },
    'test.unverified': { description: 'unverified figure', values: [{ effective: '2020-01-01', value: 2, citation: 'cite verify', verify: true }] },
    'test.stale': { description: 'stale figure', values: [{ effective: '2020-01-01', expires: '2020-12-31', value: 3, citation: 'cite stale' }] },
  };
  const request = households[0]! as ScreeningRequest;
  let computed = 0;
  const fact = sharedFact('test.sum', (ev) => {
    computed++;
    return ev.param<number>('test.fresh') + ev.param<number>('test.unverified') + ev.param<number>('test.stale');
  });

  test('computed once per screening; every evaluation gets the value and the flags of the figures it read', () => {
    const facts = new SharedFacts();
    const first = new Evaluation(request, table, facts);
    first.param('test.unverified');
    expect(first.shared(fact)).toBe(6);
    const second = new Evaluation(request, table, facts);
    expect(second.stale).toBe(false);
    expect(second.shared(fact)).toBe(6);
    expect(computed).toBe(1);
    for (const ev of [first, second]) {
      expect(ev.stale).toBe(true);
      expect(ev.needsVerification).toEqual(['test.unverified']);
    }
    // Without shared facts (evaluateProgram) it is simply computed.
    const alone = new Evaluation(request, table);
    expect(alone.shared(fact)).toBe(6);
    expect(computed).toBe(2);
    expect(alone.stale).toBe(true);
  });

  test('a computation that throws is not kept', () => {
    const facts = new SharedFacts();
    let tries = 0;
    const failing = sharedFact('test.failing', (ev) => { tries++; return ev.param<number>('test.absent'); });
    expect(() => new Evaluation(request, table, facts).shared(failing)).toThrow(/test\.absent/);
    expect(() => new Evaluation(request, table, facts).shared(failing)).toThrow(/test\.absent/);
    expect(tries).toBe(2);
  });
});
