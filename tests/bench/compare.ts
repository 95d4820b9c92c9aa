/**
 * Interleaved A/B timing of two engines in one process, for a shared, busy machine where two
 * separate `npm run bench` runs differ by more than the change being measured: each round times
 * engine A, then B, on the same households, and prints both medians and their ratio per round.
 *
 *   npx tsx tests/bench/compare.ts /path/to/other/rules/index.ts [households=30000] [rounds=6] [snap]
 *
 * With `snap` last, only the SNAP lines are timed (the whole engine takes most of a round).
 *
 * A is the other tree's engine (e.g. a `git archive main rules | tar -x -C /tmp/main` copy with a
 * node_modules symlink), B is this tree's. Timings are printed, never asserted.
 */
import type * as Engine from '../../rules';
import { generateHouseholds } from './generate';
import { INLINED_FROM, INLINED_STATE, INLINED_TO, inlinedSnapMoFy2026 } from './inlined';

const [otherPath, nArg, roundsArg, only] = process.argv.slice(2);
const SNAP_ONLY = only === 'snap';
if (!otherPath) {
  console.error('usage: compare.ts OTHER/rules/index.ts [households] [rounds]');
  process.exit(2);
}
const A = (await import(otherPath)) as typeof Engine;
const B = (await import('../../rules')) as typeof Engine;
const N = Number(nArg ?? 30_000);
const ROUNDS = Number(roundsArg ?? 6);

const all = generateHouseholds(N, { seed: 20261123 });
const mo = generateHouseholds(N, { seed: 20261124, state: INLINED_STATE, from: INLINED_FROM, to: INLINED_TO });

/** Median µs per household, one clock read per call (as bench.ts measures). */
function medianUs<T>(xs: T[], fn: (x: T) => unknown): number {
  for (let i = 0; i < Math.min(3000, xs.length); i++) fn(xs[i]!);
  const per = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const t0 = process.hrtime.bigint();
    fn(xs[i]!);
    per[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  per.sort();
  return per[Math.floor(per.length / 2)]!;
}

const fmt = (x: number) => x.toFixed(2).padStart(6);
console.log('round   A all   B all   B/A    A snap  B snap  inlined  A ratio  B ratio');
const ratios: number[] = [];
const snapRatios: number[] = [];
const bOverInlined: number[] = [];
for (let r = 1; r <= ROUNDS; r++) {
  const aAll = SNAP_ONLY ? NaN : medianUs(all, (h) => A.screen(h));
  const bAll = SNAP_ONLY ? NaN : medianUs(all, (h) => B.screen(h));
  const aSnap = medianUs(mo, (h) => A.evaluateProgram(h, 'snap'));
  const bSnap = medianUs(mo, (h) => B.evaluateProgram(h, 'snap'));
  const inl = medianUs(mo, (h) => inlinedSnapMoFy2026(h));
  ratios.push(bAll / aAll);
  snapRatios.push(bSnap / aSnap);
  bOverInlined.push(bSnap / inl);
  console.log(`${String(r).padStart(5)} ${fmt(aAll)}  ${fmt(bAll)}  ${(bAll / aAll).toFixed(3)}  ${fmt(aSnap)}  ${fmt(bSnap)}  ${fmt(inl)}   ${fmt(aSnap / inl)}   ${fmt(bSnap / inl)}`);
}
const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
if (!SNAP_ONLY) console.log(`median B/A whole-engine ratio over ${ROUNDS} rounds: ${mid(ratios).toFixed(3)}`);
console.log(`median B/A SNAP ratio over ${ROUNDS} rounds: ${mid(snapRatios).toFixed(3)}; median B SNAP/inlined: ${mid(bOverInlined).toFixed(2)}`);
