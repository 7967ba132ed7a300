import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/base.css';
import './office.css';
import { App } from './app/app';

const root = document.getElementById('app');
const main = document.getElementById('main');
if (!root || !main) throw new Error('index.html must contain #app and #main');
main.replaceChildren();
createRoot(root).render(
  <StrictMode>
    <App main={main} />
  </StrictMode>,
);
