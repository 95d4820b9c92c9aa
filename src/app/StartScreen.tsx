import { useTranslation } from 'react-i18next';
import type { Screen } from './App';

export function StartScreen({ onChoose }: { onChoose: (s: Screen) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="start-heading" className="start">
      <h1 id="start-heading">{t('start.heading')}</h1>
      <p>{t('tagline')}</p>
      <div className="mode-choices">
        <button type="button" className="mode-choice" onClick={() => onChoose('worker')}>
          <span className="mode-title">{t('start.worker')}</span>
          <span className="mode-hint">{t('start.workerHint')}</span>
        </button>
        <button type="button" className="mode-choice" onClick={() => onChoose('kiosk')}>
          <span className="mode-title">{t('start.kiosk')}</span>
          <span className="mode-hint">{t('start.kioskHint')}</span>
        </button>
      </div>
      <button type="button" className="secondary" onClick={() => onChoose('settings')}>
        {t('start.settings')}
      </button>
    </section>
  );
}
