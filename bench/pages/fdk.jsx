// Our login route as a storefront would ship it: UserKitProvider + AuthScreen + styles.css, the client pointed at
// the page's own origin (the bench server proxies /service to the fake User service). The page
// fdk-initial.html carries the PlatformSchema inline (<script id="platform-config">), as a server-rendered
// storefront would pass it to `initialConfig`.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthScreen, UserKitProvider } from 'fdk-user-react';
import 'fdk-user-react/styles.css';
import { onRender } from './probe.js';

const inline = document.getElementById('platform-config');
const initialConfig = inline ? JSON.parse(inline.textContent) : undefined;
const clientOptions = { baseUrl: window.location.origin, applicationId: 'fake-application', applicationToken: 'fake-application-token' };

createRoot(document.getElementById('root')).render(
  <Profiler id="fdk" onRender={onRender}>
    <UserKitProvider clientOptions={clientOptions} initialConfig={initialConfig}>
      <AuthScreen />
    </UserKitProvider>
  </Profiler>,
);
