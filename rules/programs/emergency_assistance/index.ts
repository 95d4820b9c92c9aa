import { notModeled } from '../placeholder';

export const emergencyAssistance = notModeled('emergency_assistance');
