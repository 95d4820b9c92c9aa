import { notModeled } from '../placeholder';

export const medicaid = notModeled('medicaid');
export const chip = notModeled('chip');
