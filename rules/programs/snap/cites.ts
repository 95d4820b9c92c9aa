/** Legal citations the SNAP reasons carry (7 U.S.C. = Food and Nutrition Act; 7 CFR part 273). */
export const CITE = {
  household: '7 CFR 273.1; 7 CFR 273.10(e)(2)',
  gross: '7 CFR 273.9(b); 7 CFR 273.10(e)(1)(i)(A)',
  prorate: '7 CFR 273.11(c)(3)',
  earned: '7 U.S.C. 2014(e)(2); 7 CFR 273.9(d)(2)',
  depCare: '7 U.S.C. 2014(e)(3); 7 CFR 273.9(d)(4)',
  childSupport: '7 U.S.C. 2014(e)(4); 7 CFR 273.9(d)(5)',
  medical: '7 U.S.C. 2014(e)(5); 7 CFR 273.9(d)(3)',
  shelter: '7 U.S.C. 2014(e)(6); 7 CFR 273.9(d)(6)(ii)',
  utility: '7 U.S.C. 2014(e)(6)(C); 7 CFR 273.9(d)(6)(iii)',
  categorical: '7 U.S.C. 2014(a); 7 CFR 273.2(j)(2)(i)',
  bbce: '7 CFR 273.2(j)(2)(ii)',
  net: '7 CFR 273.10(e)(1)(ii)',
  benefit: '7 U.S.C. 2017(a); 7 CFR 273.10(e)(2)(ii)(A)',
  zero: '7 CFR 273.10(e)(2)(iii)',
  childEarned: '7 CFR 273.9(c)(7)',
} as const;
