// "Proposed by Bob Citizen with Sam Staff on 1 December 2026": the author and accepted co-authors.
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '@/lib/format';
import type { IdeaView } from '@/types';

/**
 * Names joined for the current language. Welsh lists the names after a label ("Cyd-awduron: …"),
 * so it needs only commas: ICU's Welsh list writes "a(c)", and "a"/"ac" would mutate names.
 */
function joinNames(names: string[], language: string): string {
  if (language === 'cy') return names.join(', ');
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
}

export function IdeaByline({ idea }: { idea: IdeaView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const name = (displayName: string | undefined) => displayName || t('idea.formerParticipant');
  const coauthors = (idea.coauthors ?? []).map((person) => name(person.displayName));
  const values = { name: name(idea.author.displayName), date: formatDate(idea.createdAt) };

  return (
    <p className="govuk-body govuk-!-margin-bottom-6 app-break-word">
      {coauthors.length === 0
        ? t('idea.byline', values)
        : t('idea.bylineWithCoauthors', {
            ...values,
            count: coauthors.length,
            coauthors: joinNames(coauthors, i18n.resolvedLanguage ?? i18n.language),
          })}
    </p>
  );
}
