import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLandlord } from '../landlord';
import { useTenant } from '../session';
import { AppShell } from './AppShell';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';

/** The tenant portal's frame: header with "Mina uppgifter" top right, left menu, useful links. */
export function PortalShell() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const landlord = useLandlord();
  const links = landlord?.links ?? [];

  const actions = (
    <>
      <LanguageSwitch />
      {/* The accessible name is the visible text, "Mina uppgifter Lisa Lund" (WCAG 2.5.3, label in name). */}
      <NavLink to="/mina-uppgifter" className="user-link">
        <span className="user-link__label">
          {t('portal.myDetails')}
        </span>{' '}
        <span className="user-link__name">
          {tenant.name ?? tenant.username}
        </span>
      </NavLink>
      <LogoutButton />
    </>
  );

  const sidebar = (
    <>
      <nav aria-label={t('portal.nav.label')} className="side-nav">
        <ul>
          <li>
            <NavLink to="/" end>
              {t('portal.nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/avtal">{t('portal.nav.leases')}</NavLink>
          </li>
          <li>
            <NavLink to="/avier">{t('portal.nav.invoices')}</NavLink>
          </li>
          <li>
            <NavLink to="/arenden">{t('portal.nav.cases')}</NavLink>
          </li>
          <li>
            <NavLink to="/tillval">{t('portal.nav.options')}</NavLink>
          </li>
        </ul>
      </nav>
      {links.length > 0 && (
        <nav aria-labelledby="useful-links-title" className="useful-links">
          <p id="useful-links-title" className="sidebar-title">
            {t('portal.usefulLinks')}
          </p>
          <ul>
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );

  return <AppShell area="portal" homeHref="/" product={t('app.portalName')} actions={actions} sidebar={sidebar} />;
}
