import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/lib/i18n';
import '@/styles/app.scss';
import { App } from '@/app/app';

// Welsh readers wait for the Welsh catalogue rather than seeing English first (English is bundled).
void i18nReady.finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
