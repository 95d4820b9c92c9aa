import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StartScreen } from './StartScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { setKioskModeOpen } from '../pwa/kiosk-open';
import { OnlineStatus } from '../pwa/OnlineStatus';
import { keepFocusOnScreenChange } from './focus';

// Kiosk mode (and its QR encoder) loads only when chosen: not part of first-load JS.
const KioskMode = lazy(() => import('./kiosk/KioskMode'));
// Worker mode (vault, rules engine, referrals) likewise loads only when chosen.
const WorkerMode = lazy(() => import('../worker/WorkerMode'));

/** The screens the app shell can show. Each mode owns its own sub-navigation. */
export type Screen = 'start' | 'worker' | 'kiosk' | 'settings';

export function App() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>('start');
  // A screen change must not drop keyboard focus to <body> (see ./focus).
  useEffect(() => keepFocusOnScreenChange(), []);
  // Staff-only notices (storage advice) hide while kiosk mode shows.
  useEffect(() => {
    setKioskModeOpen(screen === 'kiosk');
    return () => setKioskModeOpen(false);
  }, [screen]);

  return (
    <div className="app">
      <header className="app-header">
        <button type="button" className="link-button app-name" onClick={() => setScreen('start')}>
          {t('appName')}
        </button>
        <OnlineStatus />
      </header>
      <main id="main" className="app-main">
        {screen === 'start' && <StartScreen onChoose={setScreen} />}
        {screen === 'settings' && <SettingsScreen />}
        {screen === 'worker' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <WorkerMode />
          </Suspense>
        )}
        {screen === 'kiosk' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <KioskMode />
          </Suspense>
        )}
      </main>
    </div>
  );
}
