/**
 * The screening flow tells the PWA layer (src/pwa/activity.ts) that a screening is in progress, so
 * the update prompt never reloads the page under a half-finished form.
 */
export { setScreeningInProgress } from '../pwa/activity';
