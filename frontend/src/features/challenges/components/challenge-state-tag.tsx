import { useTranslation } from 'react-i18next';
import type { ChallengeState } from '@/types';

const CLASSES: Record<ChallengeState, string> = {
  DRAFT: 'govuk-tag--grey',
  OPEN: 'govuk-tag--green',
  CLOSED: 'govuk-tag--grey',
  ANSWERED: 'govuk-tag--teal',
};

export function ChallengeStateTag({ state }: { state: ChallengeState }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${CLASSES[state]}`}>{t(`challengeState.${state}`)}</strong>;
}
