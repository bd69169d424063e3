// English / Cymraeg switch in the GOV.UK language navigation pattern. Changing language
// re-renders the page in place; i18n remembers the choice and sets <html lang>.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LANGUAGES } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const current = i18n.resolvedLanguage ?? i18n.language;

  return (
    <nav className="govuk-language-navigation" aria-label={t('nav.language')}>
      <ul className="govuk-language-navigation__list">
        {LANGUAGES.map(({ code, name }) => {
          if (code === current) {
            return (
              <li key={code} className="govuk-language-navigation__list-item">
                <span className="govuk-language-navigation__text" lang={code} aria-current="true">
                  {name}
                </span>
              </li>
            );
          }
          const search = new URLSearchParams(location.search);
          search.set('lang', code);
          return (
            <li key={code} className="govuk-language-navigation__list-item">
              <a
                className="govuk-language-navigation__link"
                href={`${location.pathname}?${search.toString()}`}
                lang={code}
                hrefLang={code}
                rel="alternate"
                onClick={(event) => {
                  event.preventDefault();
                  void i18n.changeLanguage(code);
                }}
              >
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
