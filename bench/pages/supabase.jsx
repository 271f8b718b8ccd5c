// The reference: Supabase Auth UI's sign-in screen, supabase-js pointed at a stub on the page's own origin.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '@supabase/supabase-js';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';
import { onRender } from './probe.js';

const supabase = createClient(`${window.location.origin}/supabase`, 'bench-anon-key');

createRoot(document.getElementById('root')).render(
  <Profiler id="supabase" onRender={onRender}>
    <Auth supabaseClient={supabase} appearance={{ theme: ThemeSupa }} providers={[]} />
  </Profiler>,
);
