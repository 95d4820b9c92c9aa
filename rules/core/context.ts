/**
 * One program's evaluation of one request: parameter lookups by the screening date and state,
 * remembering whether any figure used was stale or unverified so the result can say so.
 */
import { MissingParameterError, parameterIndex, resolveAt, type Lookup, type ParameterIndex, type ParameterTable } from './params';
import type { ScreeningRequest } from './request';
import type { SharedFact, SharedFacts } from './shared';
import type { FormulaResult } from './program';

/** Returned by noRulesForDate(); the engine replaces it (never shown). */
const NO_RULES_PLACEHOLDER: FormulaResult = Object.freeze({ program: 'snap', status: 'needs_info', reasons: [], missing: [], nextSteps: [] });

export class Evaluation {
  stale = false;
  readonly needsVerification: string[] = [];

  /** The required figure the formula found missing (see noRulesForDate). */
  missingFigure: string | undefined = undefined;

  /** The parameter table's index (shared by every evaluation of the table; caches key on it). */
  readonly index: ParameterIndex;

  /** The screening date and state, read once: every figure lookup reads the date. */
  readonly date: string;
  readonly state: string;

  /** While a shared fact is computed: the flagged lookups it reads (see shared.ts). */
  private recording: Lookup<unknown>[] | undefined = undefined;

  constructor(
    readonly request: ScreeningRequest,
    table: ParameterTable,
    /** The screening's shared facts (screen() passes one for all programs); none: computed each time. */
    private readonly facts?: SharedFacts,
  ) {
    this.index = parameterIndex(table);
    this.date = request.date;
    this.state = request.location.state;
  }

  /**
   * A fact shared by the programs of one screening (rules/core/shared.ts): computed by the first
   * program that asks; later ones get the same value, with the flags of the figures it read
   * recorded here as a recomputation would record them. A computation that throws is not kept.
   */
  shared<T>(fact: SharedFact<T>): T {
    const facts = this.facts;
    if (!facts) return fact.compute(this);
    const hit = facts.entries.get(fact);
    if (hit) {
      for (let i = 0; i < hit.flagged.length; i++) this.note(hit.flagged[i]!);
      return hit.value as T;
    }
    const outer = this.recording;
    const flagged: Lookup<unknown>[] = [];
    this.recording = flagged;
    let value: T;
    try {
      value = fact.compute(this);
    } finally {
      this.recording = outer;
    }
    // A fact computed inside another one: the outer fact read these figures too.
    if (outer) for (const r of flagged) outer.push(r);
    facts.entries.set(fact, { value, flagged });
    return value;
  }

  /** A federal or program parameter in force on the screening date. Throws when none exists. */
  param<T>(id: string): T {
    return this.lookup<T>(id).value;
  }

  /** Full lookup (value, effective date, citation) of a required parameter. */
  lookup<T>(id: string): Lookup<T> {
    const r = resolveAt<T>(this.index.get(id), this.date);
    if (!r) throw new MissingParameterError(id, this.date);
    this.note(r);
    return r;
  }

  /** The required parameter `<prefix>.<key>` (e.g. tax.brackets.joint), without building its id on every read. */
  lookupOf<T>(prefix: string, key: string): Lookup<T> {
    const r = resolveAt<T>(this.index.keyed(prefix, key), this.date);
    if (!r) throw new MissingParameterError(`${prefix}.${key}`, this.date);
    this.note(r);
    return r;
  }

  /** The optional parameter `<prefix>.<key>` (e.g. medicaid.state.NY): undefined when not defined or not in force. */
  optionalOf<T>(prefix: string, key: string): Lookup<T> | undefined {
    const r = resolveAt<T>(this.index.keyed(prefix, key), this.date);
    if (r) this.note(r);
    return r;
  }

  /**
   * What a formula returns when a required figure (read with optional()) has no value on the date:
   * the engine then gives the same engine.no_rules_for_date result as for a MissingParameterError
   * thrown by lookup(), without the cost of an exception (for dates past the newest tax year, say).
   */
  noRulesForDate(id: string): FormulaResult {
    this.missingFigure = id;
    return NO_RULES_PLACEHOLDER;
  }

  /** A state parameter (`state.<XX>.<id>` in the table), or undefined when the state has none. */
  stateLookup<T>(id: string, state: string = this.state): Lookup<T> | undefined {
    const r = resolveAt<T>(this.index.state(state, id), this.date);
    if (r) this.note(r);
    return r;
  }

  /** An optional parameter: undefined when not defined or not yet in force on the date. */
  optional<T>(id: string): Lookup<T> | undefined {
    const r = resolveAt<T>(this.index.get(id), this.date);
    if (r) this.note(r);
    return r;
  }

  /**
   * The lookup of a parameter in force on the date (undefined when none) WITHOUT recording its flags:
   * for caches that resolve figures once and record them with use() when a formula relies on them.
   */
  peek<T>(id: string): Lookup<T> | undefined {
    return resolveAt<T>(this.index.get(id), this.date);
  }

  /** Record the stale/verify flags of a lookup obtained with peek() (or from a cache), as lookup() does. */
  use(r: Lookup<unknown>): void {
    this.note(r);
  }

  private note(r: Lookup<unknown>): void {
    // Only flagged lookups change anything here, so only they need replaying for a shared fact.
    if (this.recording && (r.stale || r.verify)) this.recording.push(r);
    if (r.stale) this.stale = true;
    if (r.verify && !this.needsVerification.includes(r.id)) this.needsVerification.push(r.id);
  }
}
