// Every locale has exactly English's keys (plural forms per its own Intl.PluralRules), the same
// {{variables}}, a meta.json with its review status; and src/ has no user-facing text outside
// locales/. The checker is also run on a fixture with planted violations, so it cannot pass vacuously.
import { readdirSync } from 'node:fs';
import { describe as suite, expect, test } from 'vitest';
import { checkLocales, compareCatalog, describe, expectedKeys, flatten, scanSource, scanSources } from '../../scripts/lib/i18n-check.mjs';
import { LANGUAGES } from '../../src/i18n/languages';

suite('the project', () => {
  test('every locale matches English: no missing, extra or empty key, no variable mismatch', () => {
    expect(checkLocales('locales').map(describe)).toEqual([]);
  });

  test('no user-facing text in src/**/*.tsx outside locales/', () => {
    expect(scanSources('.')).toEqual([]);
  });

  test('the language list and the locales/ folders agree, with at least 12 languages and 3 right-to-left', () => {
    const folders = readdirSync('locales').sort();
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual(folders);
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(12);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').length).toBeGreaterThanOrEqual(3);
  });
});

suite('the checker, on planted violations', () => {
  const root = 'tests/unit/fixtures/i18n-bad';

  test('finds missing plural forms, wrong and changed variables, missing, extra keys and missing meta', () => {
    const found = checkLocales(`${root}/locales`).map(describe).sort();
    expect(found).toEqual([
      'ar/common: extra stray',
      'ar/common: missing items_few',
      'ar/common: missing items_many',
      'ar/common: missing items_two',
      'ar/common: missing items_zero',
      'ar/common: missing nested.b',
      'ar/common: hello variables differ (missing name; extra nom)',
      'fr/common: pay variables differ (missing amount,currency(USD); extra amount,currency(EUR))',
      'fr/meta: no-meta',
    ].sort());
  });

  test('a plural form may drop {{count}} (Arabic "one item" in words) but may not add variables', () => {
    const en = { n_one: '{{count}} day', n_other: '{{count}} days' };
    const ar = { n_zero: 'لا أيام', n_one: 'يوم واحد', n_two: 'يومان', n_few: '{{count}} أيام', n_many: '{{count}} يومًا', n_other: '{{count}} يوم {{x}}' };
    expect(compareCatalog(en, ar, 'ar').map(describe)).toEqual(['ar/ns: n_other variables differ (missing -; extra x)']);
    expect([...expectedKeys(flatten(en), 'zh-Hans').keys()]).toEqual(['n_other']);
    expect(compareCatalog(en, { n_one: 'x', n_other: 'y' }, 'zh-Hans').map(describe)).toEqual(['ar/ns: extra n_one'.replace('ar', 'zh-Hans')]);
  });

  test('finds text nodes, string children and user-facing props, but not allowlisted symbols or comparisons', () => {
    const found = scanSources(root).map((f) => `${f.line}:${f.text}`);
    expect(found).toEqual([
      '4:aria-label="Close the window"',
      '5:Hello there',
      '6:alt="A family"',
      '7:placeholder="Your name"',
      '8:Plain string child',
    ]);
    expect(scanSource('const a = <p title={t("x")}>{t("y")} · {n}</p>;')).toEqual([]);
  });
});
