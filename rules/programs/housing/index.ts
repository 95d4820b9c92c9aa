import { notModeled } from '../placeholder';

export const housingChoiceVoucher = notModeled('housing_choice_voucher');
export const publicHousing = notModeled('public_housing');
