// FirebaseUI: email sign-in. firebaseui 6 is written against the v9/v10 *compat* API (firebase/compat/app and
// firebase/compat/auth, which it imports itself), so the modular getAuth(app) cannot be passed to it.
import { useEffect, useRef } from 'react';
import firebase from 'firebase/compat/app';
import 'firebase/compat/auth';
import * as firebaseui from 'firebaseui';
import 'firebaseui/dist/firebaseui.css';

const app = firebase.initializeApp({ apiKey: 'bench-api-key', authDomain: 'bench.firebaseapp.com', projectId: 'bench' });

export function LoginScreen() {
  const ref = useRef(null);
  useEffect(() => {
    const ui = firebaseui.auth.AuthUI.getInstance() ?? new firebaseui.auth.AuthUI(firebase.auth(app));
    ui.start(ref.current, { signInOptions: [firebase.auth.EmailAuthProvider.PROVIDER_ID] });
    return () => void ui.reset();
  }, []);
  return <div ref={ref} />;
}
