import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/forms.css';
import './styles/flows.css';
import './styles/content.css';
import './styles/tables.css';
import './styles/cases.css';
import './styles/attachments.css';
import './styles/invoices.css';
import './styles/options.css';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void languageReady.then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
