import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UserKitProvider, loadMessages, textDirection } from 'fdk-user-react';
import '../../src/screens/styles.css';
import './demo.css';
import { App } from './App';
import { startBackend } from './backend';

const backend = await startBackend();
// `?lang=hi` or `?lang=ar`: the kit's messages in that language (loaded on demand), the page right-to-left for Arabic.
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
const messages = await loadMessages(lang);
document.documentElement.lang = lang;
document.documentElement.dir = textDirection(lang);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UserKitProvider client={backend.client} platformName="Fynd" messages={messages}>
      <App fake={backend.fake} />
    </UserKitProvider>
  </StrictMode>,
);
