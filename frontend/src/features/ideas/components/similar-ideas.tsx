// While someone types a title, ideas already proposed to the service that look alike, so they can
// support one instead of proposing it twice. The live region is always there, so changes are read out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIdeas } from '../api/get-ideas';
import { IdeaStatusTag } from './idea-status-tag';

export const SIMILAR_DELAY_MS = 400;
export const SIMILAR_MIN_LENGTH = 4;
export const SIMILAR_LIMIT = 5;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export function SimilarIdeas({ serviceId, title }: { serviceId: string; title: string }) {
  const { t } = useTranslation();
  const q = useDebounced(title.trim().replace(/\s+/g, ' '), SIMILAR_DELAY_MS);
  const enabled = q.length >= SIMILAR_MIN_LENGTH && !!serviceId;
  const similar = useIdeas({ service: serviceId, q, limit: SIMILAR_LIMIT }, { enabled });
  const items = enabled ? (similar.data?.items ?? []) : [];

  return (
    <div aria-live="polite" className="app-similar-region">
      {items.length > 0 ? (
        <div className="govuk-inset-text app-similar">
          <h2 className="govuk-heading-s">{t('similar.heading')}</h2>
          <p className="govuk-body">{t('similar.intro')}</p>
          <ul className="govuk-list">
            {items.map((idea) => (
              <li key={idea.id} className="app-break-word">
                <Link className="govuk-link" to={`/ideas/${encodeURIComponent(idea.id)}`}>
                  {idea.title}
                </Link>{' '}
                <IdeaStatusTag status={idea.status} />{' '}
                <span className="govuk-body-s">{t('ideas.supporters', { count: idea.supportCount })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
