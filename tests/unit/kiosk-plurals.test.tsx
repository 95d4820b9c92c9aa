// @vitest-environment jsdom
// Plurals and number/money/date formats in every language, through the app's own i18next setup:
// each count picks the form Intl.PluralRules names for that language (Arabic: zero, one, two, few,
// many, other), numbers are written in the language's digits, money as US dollars in its format.
import { expect, test } from 'vitest';
import { initI18n } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1000];

test.each(LANGUAGES.map((l) => l.code))('%s: plural forms by Intl.PluralRules, Intl number, currency and date formats', async (lng) => {
  const i18n = await initI18n(lng);
  await i18n.loadNamespaces('kiosk');
  const t = i18n.getFixedT(lng, 'kiosk');
  const rules = new Intl.PluralRules(lng);
  const bundle = i18n.getResourceBundle(lng, 'kiosk') as { summary: Record<string, string> };
  for (const n of COUNTS) {
    const text = t('summary.people', { count: n });
    // Exactly the catalog's form for this count's category, with the count in the language's digits.
    const form = bundle.summary[`people_${rules.select(n)}`];
    expect(form, `${lng} has people_${rules.select(n)}`).toBeTypeOf('string');
    expect(text).toBe(form!.replace('{{count, number}}', new Intl.NumberFormat(lng).format(n)));
  }
  const money = t('summary.income', { amount: 1234.5 });
  expect(money).toContain(new Intl.NumberFormat(lng, { style: 'currency', currency: 'USD' }).format(1234.5));
  const date = new Date('2026-11-23T12:00:00');
  expect(t('summary.date', { date, formatParams: { date: { dateStyle: 'long' } } })).toContain(new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(date));
  expect(t('progress', { current: 3, total: 8 })).toContain(new Intl.NumberFormat(lng).format(8));
});

test('Arabic really uses six plural forms and Dari writes Persian digits', async () => {
  const ar = await initI18n('ar');
  await ar.loadNamespaces('kiosk');
  const forms = new Set(COUNTS.map((n) => ar.t('summary.people', { ns: 'kiosk', count: n })).map((s) => s.replace(/[\d٠-٩,٬.]+/g, '#')));
  expect(forms.size).toBe(6);
  const fa = await initI18n('fa-AF');
  await fa.loadNamespaces('kiosk');
  expect(fa.t('summary.people', { ns: 'kiosk', count: 4 })).toContain('۴');
  expect(fa.t('summary.income', { ns: 'kiosk', amount: 2718.28 })).toContain('۲٬۷۱۸٫۲۸');
});
