import { notModeled } from '../placeholder';

export const wic = notModeled('wic');
