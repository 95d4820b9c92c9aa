/**
 * The screening flow and results view used by worker mode. The flow is the real one
 * (src/screening). The results view is a PLACEHOLDER until src/results/ResultsView.tsx (branch
 * `worker`) is on main; then this line re-exports it and PlaceholderResults is deleted.
 */
export { ScreeningFlow } from '../screening/ScreeningFlow';
export { PlaceholderResults as ResultsView } from './PlaceholderResults';
