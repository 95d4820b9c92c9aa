import { notModeled } from '../placeholder';

export const eitc = notModeled('eitc');
export const ctc = notModeled('ctc');
