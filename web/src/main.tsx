import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './theme/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startQueueSync } from './attendance/check-in-queue';
import { setupI18n } from './i18n/i18n';
import { applySettings } from './theme/settings';

applySettings();
void setupI18n().then(() => {
  // Check-ins queued while offline go out as soon as the app opens with a network.
  startQueueSync();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
