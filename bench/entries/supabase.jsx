// Supabase Auth UI: the minimal sign-in screen from its docs (email + password, Supabase theme).
// Its styles are CSS-in-JS (@stitches/core), so they are inside the JS number.
import { createClient } from '@supabase/supabase-js';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';

const supabase = createClient('https://bench.supabase.co', 'bench-anon-key');

export function LoginScreen() {
  return <Auth supabaseClient={supabase} appearance={{ theme: ThemeSupa }} providers={[]} />;
}
