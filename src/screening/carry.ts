/**
 * What a continued screening carries that its screens do not ask.
 *
 * A request that started elsewhere (a kiosk code, a saved case, the CLI) can hold facts the
 * question graph has no screen for (veteran, foster youth, vehicles…), values a screen would not
 * ask given the other answers (rent for a home owner, a sixth income row), member ids and order,
 * and the Hunger Vital Sign result. answersFromRequest (./from-request) turns the request into form
 * answers and records here, as a list of leaf changes, how the original request differs from what
 * the graph alone would rebuild from those answers:
 *
 *   { path, asked: the graph's value at carry time, value: the original's value }
 *
 * buildRequest (./questions) then applies each change only where the graph still gives `asked` —
 * i.e. where the worker did not change the answer that writes it. So with no edit the original
 * request comes back unchanged (tests/unit/screening-from-request.test.ts), and an answer the
 * worker does change always wins over the carried value. A change under a member who is no longer
 * in the household (the household got smaller) is dropped with that member.
 *
 * Objects are compared key by key; arrays are single values (an income list, the needs), except
 * household.members, compared member by member. Absent and undefined are the same.
 */

export interface CarriedChange {
  path: (string | number)[];
  asked?: unknown;
  value?: unknown;
}

export interface Carried {
  /** Where the person screened ("self") stood in the original member list (the graph puts them first). */
  selfAt: number;
  changes: CarriedChange[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality where an absent key and an undefined value are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

const MEMBERS = 'household.members';

/** The leaf changes that turn `asked` into `value` (see the header for what a leaf is). */
export function diffRequest(asked: unknown, value: unknown, path: (string | number)[] = []): CarriedChange[] {
  if (sameValue(asked, value)) return [];
  if (isObject(asked) && isObject(value)) {
    const keys = [...new Set([...Object.keys(asked), ...Object.keys(value)])];
    return keys.flatMap((k) => diffRequest(asked[k], value[k], [...path, k]));
  }
  if (Array.isArray(asked) && Array.isArray(value) && path.join('.') === MEMBERS) {
    const n = Math.max(asked.length, value.length);
    return Array.from({ length: n }, (_, i) => diffRequest(asked[i], value[i], [...path, i])).flat();
  }
  const change: CarriedChange = { path };
  if (asked !== undefined) change.asked = structuredClone(asked);
  if (value !== undefined) change.value = structuredClone(value);
  return [change];
}

function parentOf(root: unknown, path: readonly (string | number)[]): Record<string | number, unknown> | undefined {
  let at: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (!isObject(at) && !Array.isArray(at)) return undefined;
    at = (at as Record<string | number, unknown>)[k];
  }
  return isObject(at) || Array.isArray(at) ? (at as Record<string | number, unknown>) : undefined;
}

/** Keys never walked or written (a stored draft is data: it must not reach Object.prototype). */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** A well-formed Carried from a draft's answers (drafts are stored data: anything else is ignored). */
export function readCarried(v: unknown): Carried | undefined {
  if (!isObject(v) || !Array.isArray(v.changes)) return undefined;
  const selfAt = typeof v.selfAt === 'number' && Number.isInteger(v.selfAt) && v.selfAt >= 0 ? v.selfAt : 0;
  const changes = v.changes.filter((c): c is CarriedChange => isObject(c) && Array.isArray(c.path) && c.path.length > 0
    && c.path.every((k) => typeof k === 'number' || (typeof k === 'string' && !UNSAFE_KEYS.has(k))));
  return { selfAt, changes };
}

/** Apply the carried changes to a request the graph built (in place), then put "self" back where it stood. */
export function applyCarried(request: Record<string, unknown>, carried: Carried): void {
  for (const c of carried.changes) {
    // Never write under a member who is not in the household any more.
    if (c.path.join('.').startsWith(`${MEMBERS}.`) && c.path.length > 3) {
      const members = (request.household as { members?: unknown[] } | undefined)?.members;
      if (!Array.isArray(members) || !isObject(members[c.path[2] as number])) continue;
    }
    const parent = parentOf(request, c.path);
    if (!parent) continue;
    const key = c.path[c.path.length - 1]!;
    if (!sameValue(parent[key], c.asked)) continue; // the worker changed it: their answer stands
    if (c.value === undefined) delete parent[key];
    else parent[key] = structuredClone(c.value);
  }
  const members = (request.household as { members?: { id?: unknown }[] } | undefined)?.members;
  if (!Array.isArray(members)) return;
  // Two members with one id (a member added after the carried ids came back): give the later one a free id.
  const seen = new Set<unknown>();
  members.forEach((m, i) => {
    if (!isObject(m)) return;
    if (seen.has(m.id)) {
      let n = i + 1;
      while (members.some((x) => isObject(x) && x.id === `m${n}`)) n++;
      m.id = `m${n}`;
    }
    seen.add(m.id);
  });
  if (carried.selfAt > 0 && carried.selfAt < members.length) {
    const [self] = members.splice(0, 1);
    members.splice(carried.selfAt, 0, self!);
  }
}
