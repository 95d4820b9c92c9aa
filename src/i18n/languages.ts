/**
 * Languages the UI offers: BCP 47 code (also the locales/<code>/ folder), the name in its own
 * script (what the picker shows), and writing direction.
 *
 * Dari uses `fa-AF` (Persian as written and spoken in Afghanistan): browsers, screen readers and
 * speech engines know `fa-AF`/`fa`, while the ISO 639-3 code `prs` is rarely recognized.
 */
export interface Language {
  code: string;
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'fa-AF', nativeName: 'دری', dir: 'rtl' },
  { code: 'ps', nativeName: 'پښتو', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ht', nativeName: 'Kreyòl ayisyen', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'sw', nativeName: 'Kiswahili', dir: 'ltr' },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr' },
  { code: 'zh-Hans', nativeName: '简体中文', dir: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr' },
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

export function languageDir(code: string): 'ltr' | 'rtl' {
  return findLanguage(code)?.dir ?? 'ltr';
}

/** Best supported language for a browser language list (e.g. navigator.languages), else English. */
export function matchLanguage(preferred: readonly string[]): string {
  for (const p of preferred) {
    const lower = p.toLowerCase();
    const exact = LANGUAGES.find((l) => l.code.toLowerCase() === lower);
    if (exact) return exact.code;
    if (lower === 'prs' || lower.startsWith('prs-')) return 'fa-AF';
    if (lower.startsWith('zh') && !/hant|tw|hk|mo/.test(lower)) return 'zh-Hans';
    const base = lower.split('-')[0];
    const byBase = LANGUAGES.find((l) => l.code.toLowerCase() === base);
    if (byBase) return byBase.code;
  }
  return DEFAULT_LANGUAGE;
}
