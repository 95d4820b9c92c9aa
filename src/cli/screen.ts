/**
 * `npm run -s screen -- FILE` (FILE "-" = stdin). A request object prints {"results":[...]};
 * an array of requests prints an array of those, in order. A bad request prints
 * {"errors":[{field, code, message}]} in its place and the command exits with status 1.
 */
import { readFileSync } from 'node:fs';
import { parseScreeningRequest, screen } from '../../rules';

type Output = { results: ReturnType<typeof screen> } | { errors: { field: string; code: string; message: string }[] };

function screenOne(input: unknown): Output {
  const parsed = parseScreeningRequest(input);
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
    input = JSON.parse(text);
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
