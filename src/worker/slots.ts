/** The screening flow and results view that worker mode embeds (owned by src/screening and src/results). */
export { ScreeningFlow } from '../screening/ScreeningFlow';
export { ResultsView } from '../results/ResultsView';
