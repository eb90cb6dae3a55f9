/**
 * The legal and scholarly context shared by several metrics. Stated carefully:
 * fairgate measures; whether a law applies to a given use is for counsel.
 */
export const CONTEXT = {
  fourFifths:
    'EEOC Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D): a selection rate for any race, sex or ethnic group that is less than four-fifths (80 %) of the rate of the group with the highest rate is generally regarded by US federal enforcement agencies as evidence of adverse impact. It is a rule of thumb, not a safe harbour: smaller differences can still be adverse impact when they are statistically and practically significant, and larger ones may not be when the numbers are small.',
  ll144:
    'New York City Local Law 144 of 2021 (automated employment decision tools; rules at 6 RCNY § 5-300 ff.) requires a yearly independent bias audit that publishes, for sex, race/ethnicity and their intersections, each category\'s selection rate and impact ratio: its selection rate divided by that of the most selected category. The law sets no pass mark; the four-fifths rule is the usual benchmark.',
  equalOpportunity:
    'Hardt, Price and Srebro, "Equality of Opportunity in Supervised Learning" (NeurIPS 2016): equal opportunity asks that people who merit the positive outcome (label 1) are selected at the same rate in every group, i.e. equal true positive rates; equalized odds also asks for equal false positive rates.',
  predictiveParity:
    'Chouldechova, "Fair prediction with disparate impact" (Big Data, 2017) and Kleinberg, Mullainathan and Raghavan, "Inherent Trade-Offs in the Fair Determination of Risk Scores" (ITCS 2017): when base rates differ between groups, a classifier cannot in general have equal predictive values and equal error rates at once, so the choice of metric is a policy decision.',
  calibration:
    'Calibration within groups asks that a score of s means the same probability s of a positive outcome in every group (Kleinberg et al. 2017). A model that is well calibrated overall can be miscalibrated for one group, which then gets systematically over- or under-stated scores.',
  notLegalAdvice: 'fairgate reports numbers and the usual benchmarks; it does not decide whether a law applies to your use. Ask counsel.',
} as const;
