// Renderer entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryProvider } from './api/QueryProvider';
import { App } from './app/App';
import { answerAppClosing } from './app/closing';
import './styles/tokens.css';
import './styles/base.css';

answerAppClosing();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryProvider>
      <App />
    </QueryProvider>
  </StrictMode>,
);
