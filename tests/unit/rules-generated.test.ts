import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compileRules, GENERATED, serialize } from '../../scripts/compile-rules';

test('rules/generated/parameters.json matches the YAML sources (run `npm run rules:compile`)', () => {
  const fresh = serialize(compileRules());
  expect(readFileSync(GENERATED, 'utf8') === fresh).toBe(true);
});
