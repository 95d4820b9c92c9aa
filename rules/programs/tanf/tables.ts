/** Size-indexed benefit tables: amounts[0] is size 1; `additional` extends past the table. */
export interface SizeTable { amounts: number[]; additional?: number }

export class SizeOverTableError extends Error {
  constructor(readonly size: number, readonly max: number) {
    super(`family size ${size} is past the table (${max})`);
  }
}

export function amountFor(t: SizeTable, size: number): number {
  const n = t.amounts.length;
  if (size <= n) return t.amounts[Math.max(1, size) - 1]!;
  if (t.additional === undefined) throw new SizeOverTableError(size, n);
  return t.amounts[n - 1]! + t.additional * (size - n);
}
