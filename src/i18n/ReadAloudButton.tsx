import { useTranslation } from 'react-i18next';
import { useReadAloud } from './speech';

/**
 * "Read aloud" for a block of text in the current language. Renders nothing when the device has
 * no voice for that language.
 */
export function ReadAloudButton({ text, className }: { text: () => string; className?: string }) {
  const { t, i18n } = useTranslation();
  const { available, speaking, speak, stop } = useReadAloud(i18n.language);
  if (!available) return null;
  return (
    <button
      type="button"
      className={className ?? 'secondary read-aloud'}
      onClick={() => (speaking ? stop() : speak(text()))}
    >
      {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
