/**
 * Compile the rules' YAML parameters into rules/generated/parameters.json, validating each file
 * with zod. Runs in `npm test` (tests/unit/rules-generated.test.ts fails when the committed JSON
 * is out of date) and by hand: `npm run rules:compile`.
 *
 * Sources:
 *   rules/core/parameters/*.yaml, rules/programs/<id>/parameters/*.yaml  -> ids as written
 *   rules/states/<xx>.yaml  (key `parameters`)                          -> state.<XX>.<id>
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { parameterSchema, type ParameterTable } from '../rules/core/params';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const stateFileSchema = z.strictObject({
  name: z.string(),
  /** Agencies, phone numbers and links people use to apply; free-form per program. */
  contacts: z.record(z.string(), z.unknown()).optional(),
  parameters: z.record(z.string(), parameterSchema).default({}),
});

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

function load(file: string): unknown {
  // Dates stay strings: the YAML 1.2 core schema does not turn 2025-10-01 into a Date.
  return parse(readFileSync(file, 'utf8'), { schema: 'core' });
}

export interface Compiled {
  rulesVersion: string;
  parameters: ParameterTable;
  contacts: Record<string, { name: string; contacts: Record<string, unknown> }>;
}

export function compileRules(): Compiled {
  const errors: string[] = [];
  const parameters: ParameterTable = {};
  const contacts: Compiled['contacts'] = {};
  const add = (id: string, p: unknown, file: string) => {
    const r = parameterSchema.safeParse(p);
    if (!r.success) {
      for (const i of r.error.issues) errors.push(`${relative(root, file)}: ${id}.${i.path.join('.')}: ${i.message}`);
      return;
    }
    if (parameters[id]) errors.push(`${relative(root, file)}: ${id} is defined twice`);
    parameters[id] = r.data as ParameterTable[string];
  };

  const paramDirs = [join(root, 'rules/core/parameters')];
  const programsDir = join(root, 'rules/programs');
  for (const p of readdirSync(programsDir).sort()) {
    const d = join(programsDir, p, 'parameters');
    if (existsSync(d) && statSync(d).isDirectory()) paramDirs.push(d);
  }
  for (const dir of paramDirs) {
    for (const file of yamlFiles(dir)) {
      const doc = load(file);
      if (!doc || typeof doc !== 'object') { errors.push(`${relative(root, file)}: not a map`); continue; }
      for (const [id, p] of Object.entries(doc)) add(id, p, file);
    }
  }
  for (const file of yamlFiles(join(root, 'rules/states'))) {
    const code = file.slice(-7, -5).toUpperCase();
    const r = stateFileSchema.safeParse(load(file));
    if (!r.success) {
      for (const i of r.error.issues) errors.push(`${relative(root, file)}: ${i.path.join('.')}: ${i.message}`);
      continue;
    }
    contacts[code] = { name: r.data.name, contacts: r.data.contacts ?? {} };
    for (const [id, p] of Object.entries(r.data.parameters)) add(`state.${code}.${id}`, p, file);
  }
  if (errors.length) throw new Error(`Rules parameters are invalid:\n  ${errors.join('\n  ')}`);

  const sorted: ParameterTable = {};
  for (const k of Object.keys(parameters).sort()) sorted[k] = parameters[k]!;
  const body = JSON.stringify({ parameters: sorted, contacts });
  const rulesVersion = `r-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
  return { rulesVersion, parameters: sorted, contacts };
}

export const GENERATED = join(root, 'rules/generated/parameters.json');

export function serialize(c: Compiled): string {
  return `${JSON.stringify(c, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const c = compileRules();
  writeFileSync(GENERATED, serialize(c));
  console.log(`rules: ${Object.keys(c.parameters).length} parameters, ${Object.keys(c.contacts).length} states, version ${c.rulesVersion}`);
}
