// The floor: React and one bare <input>, bundled, built and served exactly like the other pages. No kit can show
// a usable field sooner than this; every page's time is also given as a ratio to it.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { onRender } from './probe.js';

createRoot(document.getElementById('root')).render(
  <Profiler id="floor" onRender={onRender}>
    <input name="identifier" type="text" aria-label="Email or mobile number" autoComplete="username" />
  </Profiler>,
);
