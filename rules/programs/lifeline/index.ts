import { notModeled } from '../placeholder';

export const lifeline = notModeled('lifeline');
