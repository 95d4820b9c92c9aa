/**
 * Federal EITC (26 U.S.C. 32) and Child Tax Credit (26 U.S.C. 24): annual estimates for the tax year
 * of the screening date, from the IRS inflation figures (Rev. Proc. 2024-40 for 2025, 2025-32 for 2026).
 * tax.ts: tax unit, inferred filing status, AGI, income tax; eitc.ts: the EIC Table method; ctc.ts.
 */
export { eitc, eitcTableAmount, eitcTableBand, eitcWorksheetA } from './eitc';
export { ctc } from './ctc';
export { ssnStatus } from './tax';
