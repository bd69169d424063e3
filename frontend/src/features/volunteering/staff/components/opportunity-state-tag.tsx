import { useTranslation } from 'react-i18next';
import type { OpportunityState } from '@/types';

const COLOURS: Record<OpportunityState, string> = {
  DRAFT: 'govuk-tag--grey',
  PUBLISHED: 'govuk-tag--green',
  CLOSED: 'govuk-tag--orange',
};

/** The state in words (never colour alone). */
export function OpportunityStateTag({ state }: { state: OpportunityState }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${COLOURS[state] ?? ''}`}>{t(`volunteeringStaff.state.${state}`)}</strong>;
}
