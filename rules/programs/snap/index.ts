import { notModeled } from '../placeholder';

export const snap = notModeled('snap');
