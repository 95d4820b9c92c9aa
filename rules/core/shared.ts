/**
 * Facts several programs derive from the same request and figures, computed once per screening:
 * Medicaid and CHIP screen the same MAGI household, the EITC and the CTC the same tax unit.
 * screen() gives every program's Evaluation one SharedFacts; evaluateProgram() gives none, so the
 * fact is then simply computed.
 *
 * A shared fact must depend only on the request and the dated figures (never on which program
 * asks, nor on the evaluation's stale/needsVerification so far), and its value is shared: read it,
 * never modify it. The figures it read are recorded with their flags and replayed into each later
 * evaluation at the point it asks, so stale and needsVerification come out exactly as if it had
 * been recomputed there (evaluation order and all).
 */
import type { Evaluation } from './context';
import type { Lookup } from './params';

/** A named fact and how to compute it (define once per module; the object is the cache key). */
export interface SharedFact<T> {
  readonly name: string;
  readonly compute: (ev: Evaluation) => T;
}

export function sharedFact<T>(name: string, compute: (ev: Evaluation) => T): SharedFact<T> {
  return { name, compute };
}

export interface SharedEntry {
  value: unknown;
  /** The lookups the computation recorded that carry a flag (stale or verify), in order. */
  flagged: Lookup<unknown>[];
}

/** The shared facts of one screening (one request, one date). */
export class SharedFacts {
  readonly entries = new Map<SharedFact<unknown>, SharedEntry>();
}
