import { notModeled } from '../placeholder';

export const childCare = notModeled('child_care');
