import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { saveStaffLanguage } from '../../i18n/staff-language';

interface LocaleMeta { reviewedByFluentHuman: boolean; method: string }

// Tiny JSON files (one per language): whether a fluent person reviewed the translation.
const metas = import.meta.glob<LocaleMeta>('../../../locales/*/meta.json', { eager: true, import: 'default' });

export function localeMeta(code: string): LocaleMeta | undefined {
  return metas[`../../../locales/${code}/meta.json`];
}

function statusKey(code: string): string {
  if (code === 'en') return 'language.english';
  return localeMeta(code)?.reviewedByFluentHuman ? 'language.reviewed' : 'language.notReviewed';
}

/**
 * Language choice plus an honest note on each translation's review status. The choice is the
 * staff's: it is saved on this device and applies on the next load (kiosk mode has its own
 * per-person language screen, which never saves).
 */
export function LanguageSection({ onChange }: { onChange?: (code: string) => void }) {
  const { t, i18n } = useTranslation('settings');
  const id = useId();
  // The choice shows at once, while its language loads: otherwise the select jumps back to the old
  // language until then, and a second arrow key press starts from there (keyboard users).
  const [loading, setLoading] = useState<string | null>(null);
  return (
    <section aria-labelledby={`${id}-heading`} className="settings-section">
      <h2 id={`${id}-heading`}>{t('language.heading')}</h2>
      <label htmlFor={`${id}-select`}>{t('language.label')}</label>
      <select
        id={`${id}-select`}
        value={loading ?? i18n.language}
        onChange={(e) => {
          const code = e.target.value;
          setLoading(code);
          void i18n.changeLanguage(code).finally(() => setLoading((c) => (c === code ? null : c)));
          // Storage may be unavailable (private window): the choice then lasts this visit only.
          saveStaffLanguage(e.target.value).catch(() => undefined);
          onChange?.(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>
        ))}
      </select>
      <p className="review-status" data-testid="review-status">{t(statusKey(i18n.language))}</p>
      <details>
        <summary>{t('language.allHeading')}</summary>
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t('language.languageColumn')}</th>
              <th scope="col">{t('language.statusColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {LANGUAGES.map((l) => (
              <tr key={l.code}>
                <td lang={l.code} dir={l.dir}>{l.nativeName}</td>
                <td>{t(statusKey(l.code))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
