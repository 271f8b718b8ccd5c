import { onDemand } from '../lazy/onDemand';

/**
 * `safeRedirect`, loaded on demand: it is needed only once a shopper is signed in, so the kit's calls fetch it with
 * their own code (`preloadMutations`), and the screens when the browser is idle. A call that signs the shopper in
 * therefore finds it loaded.
 */
export const redirectCheck = /* @__PURE__ */ onDemand(() => import('./redirect').then((module) => module.safeRedirect));
