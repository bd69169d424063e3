// What a person has told us about themselves, for the About you page's tests.
import type { ProfileView } from '@/types';

/** The API sends null for an area not said; the generated types only say "optional". */
export const NO_AREA = null as unknown as string;

export function aProfile(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    area: NO_AREA,
    answers: {},
    areas: [
      { code: 'millbrook', name: 'Millbrook' },
      { code: 'northbank', name: 'Northbank' },
      { code: 'riverside', name: 'Riverside' },
    ],
    questions: [
      { question: 'AGE_BAND', answers: ['16-24', '25-44', '45-64', '65+'] },
      { question: 'DISABILITY', answers: ['yes', 'no'] },
    ],
    ...overrides,
  };
}
