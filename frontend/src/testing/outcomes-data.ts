// Fixtures for outcomes: an initiative of the community gardens service, its indicators and
// observations, and an evaluation with the service rating and one indicator with a comparison.
import type { EvaluationView, IndicatorResult, IndicatorView, InitiativeView, ObservationView } from '@/types';
import { PARKS_ORG, SERVICE_REF } from './data';

export const INITIATIVE_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1';
export const INDICATOR_ID = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1';
export const OTHER_INDICATOR_ID = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2';

export const LIBRARY_REF = {
  id: 'cccccccc-cccc-4ccc-8ccc-ccccccccccc1',
  slug: 'riverside-library',
  name: 'Riverside library',
  organisationId: PARKS_ORG.id,
};

export const ALLOTMENTS_REF = {
  id: 'cccccccc-cccc-4ccc-8ccc-ccccccccccc2',
  slug: 'allotments',
  name: 'Allotments',
  organisationId: PARKS_ORG.id,
};

const none = null as unknown as string;

export function anInitiative(overrides: Partial<InitiativeView> = {}): InitiativeView {
  return {
    id: INITIATIVE_ID,
    service: SERVICE_REF,
    name: 'Volunteer key holders open the garden on Sundays',
    description: 'Neighbours hold keys.\n\nThe garden opens every Sunday.',
    startsOn: '2026-03-01',
    endsOn: none,
    cos: ['CO_DESIGN', 'CO_DELIVERY'],
    comparisonServices: [LIBRARY_REF],
    version: 2,
    ...overrides,
  };
}

export function anIndicator(overrides: Partial<IndicatorView> = {}): IndicatorView {
  return {
    id: INDICATOR_ID,
    serviceId: SERVICE_REF.id,
    name: 'Garden visits per week',
    unit: 'visits',
    better: 'UP',
    description: 'Counted at the gate.',
    observationCount: 24,
    firstObservedOn: '2025-09-07',
    lastObservedOn: '2026-08-30',
    version: 1,
    ...overrides,
  };
}

export function someObservations(): ObservationView[] {
  return [
    { observedOn: '2026-01-04', value: 38, source: 'STAFF' },
    { observedOn: '2026-01-11', value: 42.5, source: 'CSV' },
    { observedOn: '2026-01-18', value: 40, source: 'INTEGRATOR' },
  ];
}

export function aRatingResult(overrides: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    indicatorId: null as unknown as string,
    name: 'Service rating',
    unit: 'average score (1 to 5)',
    better: 'UP',
    beforeCount: 6,
    beforeMean: 3.5,
    afterCount: 6,
    afterMean: 3.6,
    difference: 0.1,
    percentChange: 2.8571,
    low: -0.2,
    high: 0.4,
    verdict: 'NO_CLEAR_CHANGE',
    summary: 'Service rating changed by 0.1, but the interval includes zero: it may be chance.',
    comparison: null as unknown as IndicatorResult['comparison'],
    ...overrides,
  };
}

export function aVisitsResult(overrides: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    indicatorId: INDICATOR_ID,
    name: 'Garden visits per week',
    unit: 'visits',
    better: 'UP',
    beforeCount: 26,
    beforeMean: 40,
    afterCount: 26,
    afterMean: 50,
    difference: 10,
    percentChange: 25,
    low: 8,
    high: 12,
    verdict: 'IMPROVED',
    summary: 'Garden visits per week improved after the start, and the interval does not include zero.',
    comparison: {
      services: 1,
      beforeCount: 26,
      beforeMean: 30,
      afterCount: 26,
      afterMean: 32,
      differenceInDifferences: 8,
      low: 5.5,
      high: 10.25,
      summary: 'Compared with services without the initiative, it improved more than they did.',
    },
    ...overrides,
  };
}

export function anEvaluation(overrides: Partial<EvaluationView> = {}): EvaluationView {
  return {
    initiativeId: INITIATIVE_ID,
    months: 6,
    beforeFrom: '2025-09-01',
    startsOn: '2026-03-01',
    afterTo: '2026-08-31',
    bootstrapSamples: 2000,
    seed: 20261129,
    caveat:
      'These figures are indicative, not proof of cause: other things changed too. A difference whose interval includes zero may be chance.',
    indicators: [aRatingResult(), aVisitsResult()],
    ...overrides,
  };
}
