/** State median income by household size (HHS/ACF tables), shared by LIHEAP and child care (CCDF). */
import type { Evaluation } from '../../core/context';

interface SizeAdjustment { sizes: number[]; additional: number }

export interface Smi { amount: number; fourPerson: number; effective: string; citation: string; stale: boolean }

/** Annual SMI for a household size in the evaluation's state, unrounded; undefined when not on file. */
export function smiForSize(ev: Evaluation, size: number, state: string = ev.state): Smi | undefined {
  const four = ev.optional<number>(`hhs.smi.${state}`);
  if (!four) return undefined;
  const adj = ev.lookup<SizeAdjustment>('hhs.smi.size_adjustment').value;
  const n = adj.sizes.length;
  const share = size <= n ? adj.sizes[size - 1]! : adj.sizes[n - 1]! + adj.additional * (size - n);
  return { amount: four.value * share, fourPerson: four.value, effective: four.effective, citation: four.citation, stale: four.stale };
}
