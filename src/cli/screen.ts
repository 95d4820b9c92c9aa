/**
 * `npm run -s screen -- FILE` (FILE "-" = stdin). A request object prints {"results":[...]};
 * an array of requests prints an array of those, in order. A bad request prints
 * {"errors":[{field, code, message}]} in its place and the command exits with status 1.
 *
 * Input handling (audit-3): a leading UTF-8 byte-order mark is ignored (RFC 8259 §8.1 lets a parser
 * ignore it; editors on Windows write one), and an object key whose value is JSON `null` is read as
 * "not given" — the key is dropped before validation, so an optional field (`county`, `since`,
 * `workQuarters`, `employment`, …) is simply absent and a required one is reported missing by its
 * path. Nothing else is changed: wrong types and unknown values are still rejected.
 */
import { readFileSync } from 'node:fs';
import { parseScreeningRequest, screen } from '../../rules';

type Output = { results: ReturnType<typeof screen> } | { errors: { field: string; code: string; message: string }[] };

/** A copy of `v` without object keys whose value is null (array elements are kept as they are). */
function dropNullKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNullKeys);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = dropNullKeys(x);
  return out;
}

function screenOne(input: unknown): Output {
  const parsed = parseScreeningRequest(dropNullKeys(input));
  if (!parsed.ok) return { errors: parsed.errors };
  return { results: screen(parsed.request) };
}

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: npm run -s screen -- FILE   (FILE "-" reads standard input)\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ errors: [{ field: '(root)', code: 'invalid_json', message: (e as Error).message }] })}\n`);
    return 1;
  }
  const out = Array.isArray(input) ? input.map(screenOne) : screenOne(input);
  process.stdout.write(`${JSON.stringify(out)}\n`);
  const failed = (Array.isArray(out) ? out : [out]).some((o) => 'errors' in o);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
