import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPlatform } from '#platform';
import { App } from './App';
import { ApiProvider } from './hooks/api-context';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={createPlatform()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
