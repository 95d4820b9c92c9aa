import { notModeled } from '../placeholder';

export const schoolMeals = notModeled('school_meals');
