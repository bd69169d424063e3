// The frame of every page: skip link, header (name, account, navigation, language), main, footer.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { SIGN_OUT_URL, signInUrl } from '@/lib/api-client';
import { isAdmin, isStaff, useMe, useSavedLanguage } from '@/lib/auth';
import { useUnreadCount } from '@/lib/unread-notifications';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main-content');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView?.();
}

function NavItem({ to, active, children }: { to: string; active: boolean; children: string }) {
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <Link className="govuk-service-navigation__link" to={to} aria-current={active ? 'page' : undefined}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{children}</strong> : children}
      </Link>
    </li>
  );
}

/** "Notifications (3)", heard as "Notifications, 3 unread"; the count only when there are unread ones. */
function NotificationsLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const current = pathname === '/notifications';
  return (
    <Link className="govuk-link govuk-link--inverse" to="/notifications" aria-current={current ? 'page' : undefined}>
      {t('nav.notifications')}
      {count > 0 ? (
        <>
          <span aria-hidden="true"> ({count})</span>
          <span className="govuk-visually-hidden">, {t('nav.unreadCount', { count })}</span>
        </>
      ) : null}
    </Link>
  );
}

/** What the person has chosen to tell us about themselves (area, age, disability). */
function AboutYouLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = pathname === '/about-you';
  return (
    <Link className="govuk-link govuk-link--inverse" to="/about-you" aria-current={current ? 'page' : undefined}>
      {t('nav.aboutYou')}
    </Link>
  );
}

/** The person's account: name, language, email choices, their data and erasing it. */
function YourAccountLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = pathname === '/account';
  return (
    <Link className="govuk-link govuk-link--inverse" to="/account" aria-current={current ? 'page' : undefined}>
      {t('nav.account')}
    </Link>
  );
}

function Account() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <div className="app-account" />;
  if (!me.data) {
    return (
      <div className="app-account">
        <a className="govuk-link govuk-link--inverse" href={signInUrl(location.pathname + location.search)}>
          {t('nav.signIn')}
        </a>
      </div>
    );
  }
  return (
    <div className="app-account">
      <span className="app-break-word">{t('nav.signedInAs', { name: me.data.displayName })}</span>
      <NotificationsLink />
      <AboutYouLink />
      <YourAccountLink />
      <a className="govuk-link govuk-link--inverse" href={SIGN_OUT_URL}>
        {t('nav.signOut')}
      </a>
    </div>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useMe();
  // the language saved in "Your account" applies on this device too; the English / Cymraeg switch
  // is this device's choice (the account's "No preference" means: follow it)
  useSavedLanguage();
  const adding = pathname === '/services/new';
  const inServices = !adding && (pathname === '/services' || pathname.startsWith('/services/'));
  const inIdeas = pathname === '/ideas' || pathname.startsWith('/ideas/') || pathname.startsWith('/challenges/');
  const reviewing = pathname === '/review-queue';
  // the list of reviews waiting for a reply, and replying to one
  const answeringReviews = pathname === '/reviews/awaiting-reply' || /^\/reviews\/[^/]+\/reply$/.test(pathname);
  // "New opportunity" (staff) has its own item; everything else about volunteering is under Volunteer
  const inVolunteering =
    pathname === '/opportunities' ||
    (pathname.startsWith('/opportunities/') && pathname !== '/opportunities/new') ||
    pathname === '/my-shifts' ||
    pathname === '/contributions/new';
  // the overview of every service's figures, and the open data behind it
  const inOutcomes = pathname === '/outcomes' || pathname === '/open-data';
  const signedIn = !!me.data;
  const staff = isStaff(me.data);
  // admins start at the machine clients; staff only manage webhooks
  const integrationsHome = isAdmin(me.data) ? '/integrations/clients' : '/integrations/webhooks';

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                {t('app.name')}
              </Link>
            </div>
            <Account />
          </div>
        </div>
        <div className="govuk-service-navigation">
          <div className="govuk-width-container app-service-navigation">
            <div className="govuk-service-navigation__container">
              <nav aria-label={t('nav.label')} className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  <NavItem to="/services" active={inServices}>
                    {t('nav.services')}
                  </NavItem>
                  <NavItem to="/ideas" active={inIdeas}>
                    {t('nav.ideas')}
                  </NavItem>
                  <NavItem to="/opportunities" active={inVolunteering}>
                    {t('nav.volunteer')}
                  </NavItem>
                  <NavItem to="/outcomes" active={inOutcomes}>
                    {t('nav.outcomes')}
                  </NavItem>
                  {signedIn ? (
                    <NavItem to="/my-ideas" active={pathname === '/my-ideas'}>
                      {t('nav.myIdeas')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/review-queue" active={reviewing}>
                      {t('nav.reviewIdeas')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/reviews/awaiting-reply" active={answeringReviews}>
                      {t('nav.reviewsToAnswer')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/moderation" active={pathname === '/moderation'}>
                      {t('nav.moderation')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/monitors" active={pathname === '/monitors'}>
                      {t('nav.monitors')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to={integrationsHome} active={pathname.startsWith('/integrations/')}>
                      {t('nav.integrations')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/audit" active={pathname === '/audit'}>
                      {t('nav.audit')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/services/new" active={adding}>
                      {t('nav.addService')}
                    </NavItem>
                  ) : null}
                  {staff ? (
                    <NavItem to="/opportunities/new" active={pathname === '/opportunities/new'}>
                      {t('nav.newOpportunity')}
                    </NavItem>
                  ) : null}
                </ul>
              </nav>
            </div>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper app-main" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility" aria-current={pathname === '/accessibility' ? 'page' : undefined}>
                    {t('footer.accessibility')}
                  </Link>
                </li>
              </ul>
              <p className="govuk-body-s">{t('footer.about')}</p>
              <p className="govuk-body-s">{t('footer.help')}</p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
