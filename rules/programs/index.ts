/** Registry: one formula per program id. Each program folder exports its formulas from index.ts. */
import type { ProgramFormula } from '../core/program';
import type { ProgramId } from '../core/types';
import { snap } from './snap';
import { tanf } from './tanf';
import { wioaAdult, wioaDislocatedWorker, wioaYouth } from './wioa';
import { vr, preEts } from './vr';
import { housingChoiceVoucher, publicHousing } from './housing';
import { wic } from './wic';
import { liheap } from './liheap';
import { childCare } from './child_care';
import { medicaid, chip } from './medicaid';
import { schoolMeals } from './school_meals';
import { eitc, ctc } from './tax_credits';
import { lifeline } from './lifeline';
import { emergencyAssistance } from './emergency_assistance';

export const FORMULAS: Record<ProgramId, ProgramFormula> = {
  snap,
  tanf,
  wioa_adult: wioaAdult,
  wioa_dislocated_worker: wioaDislocatedWorker,
  wioa_youth: wioaYouth,
  vr,
  pre_ets: preEts,
  housing_choice_voucher: housingChoiceVoucher,
  public_housing: publicHousing,
  wic,
  liheap,
  child_care: childCare,
  medicaid,
  chip,
  school_meals: schoolMeals,
  eitc,
  ctc,
  lifeline,
  emergency_assistance: emergencyAssistance,
};
