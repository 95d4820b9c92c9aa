/**
 * Three sample families as the answers a worker would enter (the same shape as a saved draft).
 * Used by the answer-count test, the flow tests and the e2e screening runs.
 */
import type { Answers } from './questions';

/** Family of four, one earner: parents 34 and 36, children 4 and 10, all citizens, renting in Detroit. */
export const FAMILY_OF_FOUR: Answers = {
  zip: '48201', state: 'MI',
  household_size: '4',
  m1_age: '34',
  m2_age: '36', m2_relationship: 'spouse',
  m3_age: '4', m3_relationship: 'child',
  m4_age: '10', m4_relationship: 'child',
  citizenship: 'all_citizens',
  income_who: ['m1'],
  m1_inc0_type: 'wages', m1_inc0_amount: '1450', m1_inc0_frequency: 'monthly',
  m1_emp_status: 'employed', m1_emp_hours: '28',
  m2_emp_status: 'unemployed',
  housing: 'renting', rent: '1100',
  utilities: ['heatingCooling', 'electricity'],
  bank: '300',
  hvs_worried: 'sometimes', hvs_ran_out: 'never',
  ahc_living: 'steady', ahc_utilities: 'no', ahc_transportation: 'no', ahc_safety_consent: 'no',
  needs: ['food', 'job'],
  // Work help (asked because the family needs a job): the parent looking for work wants work.
  m1_work: [], m2_work: ['wantsToWork'],
};

/** An older woman living alone, disabled, on SSI, owns her home, with medical costs and a shutoff notice. */
export const OLDER_ADULT: Answers = {
  zip: '73301', state: 'TX',
  household_size: '1',
  m1_age: '67', m1_flags: ['disabled'],
  citizenship: 'all_citizens',
  income_who: ['m1'],
  m1_inc0_type: 'ssi', m1_inc0_amount: '967', m1_inc0_frequency: 'monthly',
  m1_emp_status: 'retired',
  housing: 'owns', property_tax: '120',
  utilities: ['heatingCooling', 'electricity', 'water'],
  medical: '85',
  benefits: ['ssi', 'medicaid'],
  hvs_worried: 'often', hvs_ran_out: 'sometimes',
  ahc_living: 'steady', ahc_utilities: 'yes', ahc_transportation: 'yes', ahc_safety_consent: 'no',
};

/** Mixed-status refugee family of four (the contract example), two earners, eviction notice. */
export const MIXED_STATUS_FAMILY: Answers = {
  zip: '48201', state: 'MI', county: 'Wayne',
  household_size: '4',
  m1_age: '34',
  m2_age: '36', m2_relationship: 'spouse', m2_flags: ['disabled'],
  m3_age: '4', m3_relationship: 'child',
  m4_age: '15', m4_relationship: 'child', m4_flags: ['student'],
  citizenship: 'some_not',
  m1_imm_status: 'lawful_permanent_resident', m1_imm_since: '2019-05-01', m1_imm_quarters: '12',
  m2_imm_status: 'undocumented',
  m3_imm_status: 'citizen',
  m4_imm_status: 'refugee', m4_imm_since: '2024-02-10',
  income_who: ['m1', 'm2'],
  m1_income_rows: '2',
  m1_inc0_type: 'wages', m1_inc0_amount: '1450', m1_inc0_frequency: 'monthly',
  m1_inc1_type: 'child_support_received', m1_inc1_amount: '100', m1_inc1_frequency: 'monthly',
  m2_inc0_type: 'wages', m2_inc0_amount: '300', m2_inc0_frequency: 'biweekly',
  m1_emp_status: 'employed', m1_emp_hours: '28',
  m2_emp_status: 'employed', m2_emp_hours: '15',
  housing: 'renting', rent: '1100',
  utilities: ['heatingCooling', 'electricity', 'phone'],
  dependent_care: '250',
  bank: '650', cash: '200',
  hvs_worried: 'often', hvs_ran_out: 'often',
  ahc_living: 'worried', ahc_utilities: 'no', ahc_transportation: 'no', ahc_safety_consent: 'no',
  needs: ['food', 'rent', 'eviction', 'utilities', 'child_care', 'job'],
};

/**
 * An older man living alone on Social Security (retirement benefit, not SSI): 72, renting in
 * Chicago, pays for heat and electricity, some out-of-pocket medical costs. Used by the e2e run of
 * three families (tests/e2e/families.e2e.ts).
 */
export const OLDER_ADULT_SOCIAL_SECURITY: Answers = {
  zip: '60623', state: 'IL',
  household_size: '1',
  m1_age: '72',
  citizenship: 'all_citizens',
  income_who: ['m1'],
  m1_inc0_type: 'social_security', m1_inc0_amount: '1400', m1_inc0_frequency: 'monthly',
  m1_emp_status: 'retired',
  housing: 'renting', rent: '750',
  utilities: ['heatingCooling', 'electricity'],
  medical: '60',
  bank: '1200',
  hvs_worried: 'sometimes', hvs_ran_out: 'never',
  ahc_living: 'steady', ahc_utilities: 'no', ahc_transportation: 'yes', ahc_safety_consent: 'no',
  needs: ['food', 'transportation'],
};
