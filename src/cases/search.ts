/**
 * Case search, in memory: over the plaintext index (state, county, programs, referral statuses)
 * and the family label decrypted for this session only. Every word of the query must match
 * something (case- and accent-insensitive); program and status names are matched in the UI's
 * language too, through the `names` callbacks.
 */
import type { CaseSummary } from './vault';

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export interface SearchNames {
  program(id: string): string;
  status(id: string): string;
  state?(code: string): string | undefined;
}

export function caseHaystack(c: CaseSummary, names?: SearchNames): string {
  const r = c.row;
  const parts = [c.familyLabel, r.state, r.county ?? '', ...r.programs, ...r.referralStatuses];
  if (names) {
    parts.push(...r.programs.map(names.program), ...r.referralStatuses.map(names.status));
    const st = names.state?.(r.state);
    if (st) parts.push(st);
  }
  return fold(parts.join(' \u0001 '));
}

export function searchCases(cases: readonly CaseSummary[], query: string, names?: SearchNames): CaseSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...cases];
  return cases.filter((c) => {
    const hay = caseHaystack(c, names);
    return words.every((w) => hay.includes(w));
  });
}
