import { useTranslation } from 'react-i18next';
import type { IdeaStatus } from '@/types';
import { statusTagClass } from '../statuses';

/** The idea's status as a GOV.UK tag with a readable label. */
export function IdeaStatusTag({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  return <strong className={statusTagClass(status)}>{t(`ideaStatus.${status}`)}</strong>;
}
