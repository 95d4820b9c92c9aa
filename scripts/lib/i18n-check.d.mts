export interface CatalogProblem {
  kind: 'missing' | 'extra' | 'empty' | 'variables' | 'no-meta' | 'bad-meta' | 'extra-namespace';
  lng: string;
  ns: string;
  key: string;
  missingVars?: string[];
  extraVars?: string[];
}
export interface SourceFinding { file: string; line: number; text: string }
export const PLURAL_SUFFIXES: string[];
export const USER_FACING_PROPS: Set<string>;
export const TEXT_ALLOWLIST: Set<string>;
export function flatten(obj: unknown, prefix?: string, out?: Map<string, unknown>): Map<string, unknown>;
export function pluralCategories(lng: string): string[];
export function expectedKeys(enFlat: Map<string, unknown>, lng: string): Map<string, string[]>;
export function variables(text: unknown): Set<string>;
export function compareCatalog(en: unknown, loc: unknown, lng: string, ns?: string): CatalogProblem[];
export function checkLocales(localesDir: string): CatalogProblem[];
export function scanSource(text: string, fileName?: string): SourceFinding[];
export function scanSources(root: string): SourceFinding[];
export function describe(p: CatalogProblem): string;
