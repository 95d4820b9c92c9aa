import { notModeled } from '../placeholder';

export const liheap = notModeled('liheap');
