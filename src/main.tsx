import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { deviceLanguage, initI18n } from './i18n';
import { startupLanguage } from './i18n/staff-language';
import { PwaNotices } from './pwa/PwaNotices';
import { registerServiceWorker } from './pwa/update';
import './styles/app.css';

async function start() {
  // The staff's saved language (Settings) wins over the device's; it also sets <html lang dir>.
  const i18n = await initI18n(await startupLanguage(deviceLanguage));
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PwaNotices />
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
  // Production only: the dev server has no service worker. Failures become a message, not a crash.
  if (import.meta.env.PROD) void registerServiceWorker();
}

void start();
