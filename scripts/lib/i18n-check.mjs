// Locale catalog and source checks, shared by the unit test (tests/unit/locales.test.ts) and
// scripts/i18n-missing.mjs. English (locales/en) is the reference: every other locale must have
// exactly its keys (plural keys expanded to the locale's own Intl.PluralRules categories) with
// the same {{variables}}; and src/**/*.tsx must not contain user-facing text outside locales/.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_RE = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join('|')})$`);

/** Flatten nested JSON into dotted keys → string values (non-strings are reported as such). */
export function flatten(obj, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
    else out.set(key, v);
  }
  return out;
}

/** The plural categories i18next will ask for in this language (it uses Intl.PluralRules too). */
export function pluralCategories(lng) {
  try {
    return new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  } catch {
    return ['one', 'other'];
  }
}

/** Plural groups of a flat catalog: base key → suffixes present. A group needs an `_other` form. */
function pluralGroups(flat) {
  const groups = new Map();
  for (const key of flat.keys()) {
    const m = PLURAL_RE.exec(key);
    if (m) {
      if (!groups.has(m[1])) groups.set(m[1], new Set());
      groups.get(m[1]).add(m[2]);
    }
  }
  for (const [base, s] of [...groups]) if (!s.has('other')) groups.delete(base);
  return groups;
}

/** The keys a locale must have, derived from English: plain keys as is, plural groups re-expanded. */
export function expectedKeys(enFlat, lng) {
  const groups = pluralGroups(enFlat);
  const cats = pluralCategories(lng);
  const keys = new Map(); // key → English source key(s) to compare variables against
  for (const key of enFlat.keys()) {
    const m = PLURAL_RE.exec(key);
    if (m && groups.has(m[1])) continue;
    keys.set(key, [key]);
  }
  for (const [base, suffixes] of groups) {
    const sources = [...suffixes].map((s) => `${base}_${s}`);
    for (const c of cats) keys.set(`${base}_${c}`, sources);
  }
  return keys;
}

/** `{{name}}` / `{{name, format}}` tokens, normalized (spaces removed), and `$t(...)` nestings. */
export function variables(text) {
  if (typeof text !== 'string') return new Set();
  const out = new Set();
  for (const m of text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)) out.add(m[1].replace(/\s+/g, ''));
  for (const m of text.matchAll(/\$t\(([^)]+)\)/g)) out.add(`$t(${m[1]})`);
  return out;
}

/** Compare one locale's namespace against English. Returns a list of problems (empty = good). */
export function compareCatalog(en, loc, lng, ns = 'ns') {
  const enFlat = flatten(en);
  const locFlat = flatten(loc);
  const want = expectedKeys(enFlat, lng);
  const problems = [];
  for (const [key, sources] of want) {
    if (!locFlat.has(key)) { problems.push({ kind: 'missing', lng, ns, key }); continue; }
    const value = locFlat.get(key);
    if (typeof value !== 'string' || value.trim() === '') { problems.push({ kind: 'empty', lng, ns, key }); continue; }
    const isPlural = sources.length > 1 || PLURAL_RE.test(key);
    const allowed = new Set(sources.flatMap((s) => [...variables(enFlat.get(s))]));
    // Every form may drop {{count}} ("one second" in words), but nothing else; nothing new may appear.
    const required = new Set([...allowed].filter((v) => !(isPlural && v.split(',')[0] === 'count')));
    const got = variables(value);
    const missingVars = [...required].filter((v) => !got.has(v));
    const extraVars = [...got].filter((v) => !allowed.has(v));
    if (missingVars.length || extraVars.length) problems.push({ kind: 'variables', lng, ns, key, missingVars, extraVars });
  }
  for (const key of locFlat.keys()) if (!want.has(key)) problems.push({ kind: 'extra', lng, ns, key });
  return problems;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every locale folder (except en) against English, namespace by namespace. */
export function checkLocales(localesDir) {
  const langs = readdirSync(localesDir).filter((d) => statSync(join(localesDir, d)).isDirectory());
  const nsFiles = readdirSync(join(localesDir, 'en')).filter((f) => f.endsWith('.json') && f !== 'meta.json');
  const problems = [];
  for (const lng of langs) {
    if (!existsSync(join(localesDir, lng, 'meta.json'))) problems.push({ kind: 'no-meta', lng, ns: 'meta', key: '' });
    else {
      const meta = readJson(join(localesDir, lng, 'meta.json'));
      if (typeof meta.reviewedByFluentHuman !== 'boolean' || typeof meta.method !== 'string') {
        problems.push({ kind: 'bad-meta', lng, ns: 'meta', key: '' });
      }
    }
    if (lng === 'en') continue;
    for (const f of nsFiles) {
      const ns = f.replace(/\.json$/, '');
      const en = readJson(join(localesDir, 'en', f));
      const path = join(localesDir, lng, f);
      const loc = existsSync(path) ? readJson(path) : {};
      problems.push(...compareCatalog(en, loc, lng, ns));
    }
    for (const f of readdirSync(join(localesDir, lng))) {
      if (f.endsWith('.json') && f !== 'meta.json' && !nsFiles.includes(f)) problems.push({ kind: 'extra-namespace', lng, ns: f, key: '' });
    }
  }
  return problems;
}

/** Props whose string value a person reads or hears. */
export const USER_FACING_PROPS = new Set([
  'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext',
  'title', 'placeholder', 'alt', 'label',
]);
/** Text that is not words in any language (separators, symbols). */
export const TEXT_ALLOWLIST = new Set(['·', '•', '—', '–', '/', ':', '|', '×', '→', '←', '*', '…']);

const hasWords = (s) => /\p{L}/u.test(s) && !TEXT_ALLOWLIST.has(s.trim());

/** User-facing text written directly in a TSX file: JSX text, string children, user-facing props. */
export function scanSource(text, fileName = 'file.tsx') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = [];
  const report = (node, what) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ file: fileName, line: line + 1, text: what.trim().slice(0, 80) });
  };
  const literalText = (expr) => {
    if (!expr) return undefined;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isTemplateExpression(expr)) return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ');
    if (ts.isConditionalExpression(expr)) return [literalText(expr.whenTrue), literalText(expr.whenFalse)].filter(Boolean).join(' ') || undefined;
    if (ts.isBinaryExpression(expr)) {
      // Comparisons (screen === 'start') are not text; `a && 'x'`, `a ?? 'x'`, `'a' + b` can be.
      const op = expr.operatorToken.kind;
      const K = ts.SyntaxKind;
      if (op === K.AmpersandAmpersandToken) return literalText(expr.right);
      if (op === K.PlusToken || op === K.BarBarToken || op === K.QuestionQuestionToken) {
        return [literalText(expr.left), literalText(expr.right)].filter(Boolean).join(' ') || undefined;
      }
      return undefined;
    }
    if (ts.isParenthesizedExpression(expr)) return literalText(expr.expression);
    return undefined;
  };
  const visit = (node) => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const s = literalText(node.expression);
      if (s && hasWords(s)) report(node, s);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (USER_FACING_PROPS.has(name) && node.initializer) {
        const init = node.initializer;
        const s = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) ? literalText(init.expression) : undefined;
        if (s && hasWords(s)) report(node, `${name}="${s}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function listFiles(dir, ext) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, ext));
    else if (e.name.endsWith(ext) && !e.name.endsWith(`.test${ext}`)) out.push(p);
  }
  return out;
}

/** Scan every src/**\/*.tsx under root. */
export function scanSources(root) {
  return listFiles(join(root, 'src'), '.tsx').flatMap((f) => scanSource(readFileSync(f, 'utf8'), relative(root, f)));
}

/** Human-readable one-liners for a problem list. */
export function describe(p) {
  if (p.kind === 'variables') return `${p.lng}/${p.ns}: ${p.key} variables differ (missing ${p.missingVars.join(',') || '-'}; extra ${p.extraVars.join(',') || '-'})`;
  return `${p.lng}/${p.ns}: ${p.kind}${p.key ? ` ${p.key}` : ''}`;
}
