import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UserKitProvider } from 'fdk-user-react';
import '../../src/screens/styles.css';
import './demo.css';
import { App } from './App';
import { startBackend } from './backend';

const backend = await startBackend();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UserKitProvider client={backend.client} platformName="Fynd">
      <App fake={backend.fake} />
    </UserKitProvider>
  </StrictMode>,
);
