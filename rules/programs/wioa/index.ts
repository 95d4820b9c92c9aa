import { notModeled } from '../placeholder';

export const wioaAdult = notModeled('wioa_adult');
export const wioaDislocatedWorker = notModeled('wioa_dislocated_worker');
export const wioaYouth = notModeled('wioa_youth');
