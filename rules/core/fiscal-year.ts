/**
 * The US federal fiscal year of an ISO date: FY2027 runs 2026-10-01 to 2027-09-30 (31 U.S.C. 1102).
 * SNAP's cost-of-living figures and most federal program tables change on October 1.
 */
export function federalFiscalYear(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return iso.slice(5, 7) >= '10' ? year + 1 : year;
}
