// Figures for the outcomes dashboard's tests: a service's record, the overview, a service's value of
// time, monitors, open data.
import type { MonitorView, OpenDataCatalogue, OverviewView, ServiceRecordView, TimeValueView } from '@/types';
import { SERVICE_REF } from './data';

/** The API sends null for figures it leaves out; the generated types only say "optional". */
export const NULL = null as unknown as number;

export const BINS_REF = {
  id: '99999999-9999-4999-8999-999999999991',
  slug: 'missed-bins',
  name: 'Missed bin collections',
  organisationId: SERVICE_REF.organisationId,
};

export function aServiceRecord(overrides: Partial<ServiceRecordView> = {}): ServiceRecordView {
  return {
    service: SERVICE_REF,
    from: '2025-11-01',
    to: '2026-10-31',
    coCommissioning: { supports: 42 },
    coDesign: { ideas: 12, answered: 9, answeredShare: 75, medianDaysToFirstAnswer: 6.5, accepted: 4, implemented: 2, comments: 30 },
    coDelivery: {
      shifts: 10,
      places: 40,
      placesFilled: 30,
      fillRate: 75,
      attended: 27,
      noShows: 3,
      noShowRate: 10,
      approvedHours: 1234.5,
      contributions: 8,
      contributionHours: 16.25,
      valueOfTime: {
        hourlyValue: 13.5,
        currency: 'GBP',
        value: 16665.75,
        hourlyValueSetBy: 'INSTANCE',
        staffSupportHours: 12.5,
        citizenHoursPerStaffHour: 98.76,
      },
    },
    coAssessment: { ratings: 15, mean: 4.13, netScore: 40 },
    changes: { committed: 3, done: 2, confirmedYes: 1, confirmedPartly: 1, confirmedNo: 0 },
    balance: {
      voice: 99,
      action: 35,
      actionShare: 26.1,
      trend: [
        { month: '2026-09', voice: 10, action: 5, actionShare: 33.3 },
        { month: '2026-10', voice: 0, action: 0, actionShare: NULL },
      ],
    },
    countedAt: '2026-11-02T09:30:00Z',
    refreshedAt: '2026-11-02T09:27:00Z',
    ...overrides,
  };
}

export function anOverview(overrides: Partial<OverviewView> = {}): OverviewView {
  return {
    from: '2025-11-01',
    to: '2026-10-31',
    totals: {
      supports: 120,
      ideas: 40,
      answered: 30,
      answeredShare: 75,
      shifts: 25,
      approvedHours: 2000,
      valueOfTime: {
        hourlyValue: 13.5,
        currency: 'GBP',
        value: 28500,
        hourlyValueSetBy: 'INSTANCE',
        staffSupportHours: NULL,
        citizenHoursPerStaffHour: NULL,
      },
      contributions: 60,
      ratings: 80,
      changesCommitted: 6,
      changesConfirmed: 4,
      voice: 300,
      action: 100,
      actionShare: 25,
      trend: [
        { month: '2026-08', voice: 30, action: 10, actionShare: 25 },
        { month: '2026-09', voice: 40, action: 20, actionShare: 33.3 },
        { month: '2026-10', voice: 0, action: 0, actionShare: NULL },
      ],
    },
    services: [
      {
        service: SERVICE_REF,
        supports: 42,
        ideas: 12,
        answeredShare: 75,
        approvedHours: 1234.5,
        contributions: 8,
        ratings: 15,
        ratingMean: 4.13,
        voice: 99,
        action: 35,
      },
      {
        service: BINS_REF,
        supports: 0,
        ideas: 0,
        answeredShare: NULL,
        approvedHours: 0,
        contributions: 0,
        ratings: 3,
        ratingMean: NULL,
        voice: 3,
        action: 0,
      },
    ],
    countedAt: '2026-11-02T09:30:00Z',
    refreshedAt: '2026-11-02T09:27:00Z',
    ...overrides,
  };
}

export function aTimeValue(overrides: Partial<TimeValueView> = {}): TimeValueView {
  return {
    service: SERVICE_REF,
    hourlyValue: 13.5,
    serviceHourlyValue: NULL,
    instanceHourlyValue: 13.5,
    currency: 'GBP',
    staffHours: [
      { month: '2026-10', hours: 12.5 },
      { month: '2026-08', hours: 7.25 },
    ],
    canEdit: true,
    ...overrides,
  };
}

export function aMonitor(overrides: Partial<MonitorView> = {}): MonitorView {
  return {
    service: SERVICE_REF,
    from: '2025-11-01',
    to: '2026-10-31',
    concentration: [
      { co: 'CO_DELIVERY', people: NULL, topTenthShare: NULL, gini: NULL, fewerThanFive: true },
      { co: 'CO_COMMISSIONING', people: 60, topTenthShare: 20, gini: 0.21, fewerThanFive: false },
      { co: 'CO_DESIGN', people: 42, topTenthShare: 35, gini: 0.42, fewerThanFive: false },
      { co: 'CO_ASSESSMENT', people: 15, topTenthShare: 60, gini: 0.63, fewerThanFive: false },
    ],
    burden: { warningHours: 48, overWarning: NULL, repeatedNoShows: 6, fewerThanFive: true },
    unanswered: { ideasWaitingOver30Days: 4, reviewsWithoutReply: 2 },
    // 6 people: 5 from Northbank; Millbrook's 1 is withheld, and so is Riverside's 0, the next smallest
    representativeness: {
      people: 6,
      declaredArea: 6,
      areas: [
        { code: 'millbrook', name: 'Millbrook', people: NULL, percent: NULL, populationPercent: 40 },
        { code: 'northbank', name: 'Northbank', people: 5, percent: 83.3, populationPercent: 35 },
        { code: 'riverside', name: 'Riverside', people: NULL, percent: NULL, populationPercent: 25 },
      ],
      groups: [
        {
          question: 'AGE_BAND',
          declared: 5,
          answers: [
            { code: '16-24', name: '16-24', people: NULL, percent: NULL, populationPercent: 14 },
            { code: '25-44', name: '25-44', people: NULL, percent: NULL, populationPercent: 33 },
            { code: '45-64', name: '45-64', people: NULL, percent: NULL, populationPercent: 32 },
            { code: '65+', name: '65+', people: 5, percent: 100, populationPercent: 21 },
          ],
        },
        {
          question: 'DISABILITY',
          declared: NULL,
          answers: [
            { code: 'yes', name: 'yes', people: NULL, percent: NULL, populationPercent: 22 },
            { code: 'no', name: 'no', people: NULL, percent: NULL, populationPercent: NULL },
          ],
        },
      ],
    },
    countedAt: '2026-11-02T09:30:00Z',
    ...overrides,
  };
}

export function anOpenDataCatalogue(overrides: Partial<OpenDataCatalogue> = {}): OpenDataCatalogue {
  return {
    licence: 'Open Government Licence v3.0',
    licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    datasets: [
      {
        name: 'service-records',
        rows: 'One row per service and month',
        fields: [
          { name: 'service', type: 'string', description: "The service's slug" },
          { name: 'approvedHours', type: 'number', description: 'Volunteer hours approved by staff' },
        ],
      },
      {
        name: 'ratings-by-month',
        rows: 'One row per service and month with ratings',
        fields: [{ name: 'mean', type: 'number', description: 'Average score; empty below 5 ratings' }],
      },
    ],
    ...overrides,
  };
}
