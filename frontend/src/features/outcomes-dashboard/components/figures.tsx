// Headline figures as a description list: a label, the figure in large type and, where it helps,
// a short note under it. Wraps onto as many lines as it needs at 320 px.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Figure {
  key: string;
  label: string;
  value: ReactNode;
  note?: ReactNode;
}

export function Figures({ items }: { items: Figure[] }) {
  return (
    <dl className="app-figures">
      {items.map((item) => (
        <div className="app-figures__item" key={item.key}>
          <dt className="app-figures__label">{item.label}</dt>
          <dd className="app-figures__value">{item.value}</dd>
          {item.note ? <dd className="app-figures__note">{item.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/** A figure the API leaves out (no data to divide by, or too few people): said in words. */
export function NotEnough() {
  const { t } = useTranslation();
  return <span className="app-figures__none">{t('dashboard.notEnough')}</span>;
}

/** The same in a narrow table cell: a dash for the eye, words for screen readers. */
export function Withheld({ words }: { words?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">{words ?? t('dashboard.notEnough')}</span>
    </>
  );
}
