import { useTranslation } from 'react-i18next';
import { LanguageSection } from './LanguageSection';

/** Settings: each concern (language, FRS ordering, updates, storage) adds its own section here. */
export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <LanguageSection />
    </section>
  );
}
