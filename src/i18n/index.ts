/**
 * i18next setup. Each locales/<lng>/<namespace>.json is its own lazily loaded chunk (and
 * precached by the service worker), so a language costs nothing until it is chosen.
 *
 * Plurals use i18next's built-in Intl.PluralRules keys (`key_one`, `key_few`, `key_many`,
 * `key_other`, … — Arabic uses all six forms), and numbers, money and dates use the built-in
 * Intl formatters: `{{n, number}}`, `{{amount, currency(USD)}}`, `{{d, datetime}}`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, languageDir, matchLanguage } from './languages';

const bundles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/*/meta.json',
]);

const EN_PREFIX = '../../locales/en/';

/**
 * Every namespace English has (locales/en/<ns>.json), so a namespace another part of the app adds
 * (reasons-snap, pwa, worker, …) loads without editing this list. Still lazy: only the names are
 * known at build time; each file is fetched when its language is used.
 */
export const NAMESPACES: readonly string[] = Object.keys(bundles)
  .filter((k) => k.startsWith(EN_PREFIX))
  .map((k) => k.slice(EN_PREFIX.length, -'.json'.length))
  .sort();

async function loadBundle(lng: string, ns: string): Promise<Record<string, unknown> | undefined> {
  const load = bundles[`../../locales/${lng}/${ns}.json`];
  return load ? (await load()).default : undefined;
}

/** Point <html lang dir> at the language so screen readers and RTL layout follow it. */
export function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = languageDir(lng);
}

/** The device's own language when we have it (navigator.languages), else English. */
export function deviceLanguage(): string {
  return typeof navigator === 'undefined' ? DEFAULT_LANGUAGE : matchLanguage(navigator.languages ?? [navigator.language]);
}

export async function initI18n(lng: string = deviceLanguage()): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use({
      type: 'backend',
      read(language: string, namespace: string, callback: (err: unknown, data?: Record<string, unknown>) => void) {
        loadBundle(language, namespace).then((d) => callback(null, d ?? {}), (e: unknown) => callback(e));
      },
    })
    .init({
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      // Only the exact folder (fa-AF, zh-Hans), then English: there is no locales/fa or locales/zh.
      load: 'currentOnly',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  instance.on('languageChanged', applyDocumentLanguage);
  applyDocumentLanguage(lng);
  return instance;
}
