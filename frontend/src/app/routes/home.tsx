import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { SERVICE_CATEGORIES } from '@/features/services/categories';

export function HomeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  useDocumentTitle(t('home.title'));

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = q.trim();
    void navigate(query ? `/services?q=${encodeURIComponent(query)}` : '/services');
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading size="xl">{t('home.heading')}</PageHeading>
        <p className="govuk-body-l">{t('home.intro1')}</p>
        <p className="govuk-body">{t('home.intro2')}</p>

        <form role="search" aria-labelledby="home-search-heading" onSubmit={search} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="home-search-heading">
            {t('home.searchHeading')}
          </h2>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="home-q">
              {t('home.searchLabel')}
            </label>
            <div id="home-q-hint" className="govuk-hint">
              {t('home.searchHint')}
            </div>
            <div className="app-search">
              <input
                className="govuk-input"
                id="home-q"
                name="q"
                type="search"
                aria-describedby="home-q-hint"
                value={q}
                onChange={(event) => setQ(event.target.value)}
              />
              <button type="submit" className="govuk-button">
                {t('home.searchButton')}
              </button>
            </div>
          </div>
        </form>

        <h2 className="govuk-heading-m">{t('home.categoriesHeading')}</h2>
        <ul className="govuk-list govuk-!-margin-bottom-8">
          {SERVICE_CATEGORIES.map((code) => (
            <li key={code}>
              <Link className="govuk-link" to={`/services?category=${code}`}>
                {t(`categories.${code}`)}
              </Link>
            </li>
          ))}
        </ul>

        <h2 className="govuk-heading-m">{t('home.takePartHeading')}</h2>
        <p className="govuk-body">{t('home.takePartIntro')}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('home.takePart.ideas')}</li>
          <li>{t('home.takePart.volunteer')}</li>
          <li>{t('home.takePart.rate')}</li>
          <li>{t('home.takePart.priorities')}</li>
        </ul>
      </div>
    </div>
  );
}
