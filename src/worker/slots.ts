/**
 * The screening flow and results view used by worker mode. PLACEHOLDERS until the `worker` branch
 * (src/screening/ScreeningFlow.tsx, src/results/ResultsView.tsx) is on main; then these two lines
 * re-export the real components and the placeholders are deleted.
 */
export { PlaceholderFlow as ScreeningFlow } from './PlaceholderFlow';
export { PlaceholderResults as ResultsView } from './PlaceholderResults';
