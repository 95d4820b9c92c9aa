import { notModeled } from '../placeholder';

export const vr = notModeled('vr');
export const preEts = notModeled('pre_ets');
