import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';

/** First screen of the kiosk: one big button per language, each named in its own script. */
export function LanguageScreen({ onPick, cleared }: { onPick: (code: string) => void; cleared: boolean }) {
  const { t } = useTranslation('kiosk');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="kiosk-language" aria-labelledby="kiosk-language-heading">
      <h1 id="kiosk-language-heading" ref={heading} tabIndex={-1}>{t('language.heading')}</h1>
      {cleared && <p role="status" className="kiosk-cleared">{t('cleared')}</p>}
      <p>{t('language.hint')}</p>
      <ul className="kiosk-language-list">
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button type="button" className="kiosk-language-button" lang={l.code} dir={l.dir} onClick={() => onPick(l.code)}>
              {l.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
