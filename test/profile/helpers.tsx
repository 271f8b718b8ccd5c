/*
 * The profile tests stand the fake up with the one harness of the jsdom tests (`setupFakeKit`, on
 * `createFakeUserKit`); this file only gathers what they share.
 */
export { ANA, setupFakeKit as setupFakeBackend, type StartedKit } from '../helpers/kit';
export { descriptionOf, expectFocus, valueOf } from '../helpers/dom';
