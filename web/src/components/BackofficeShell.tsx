import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useStaff } from '../session';
import { AppShell } from './AppShell';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';

export function BackofficeShell() {
  const { t } = useTranslation();
  const staff = useStaff();

  const actions = (
    <>
      <LanguageSwitch />
      <p className="staff-badge">
        <span className="visually-hidden">{t('backoffice.signedInAs')} </span>
        <span className="staff-badge__name">{staff.name}</span>
        <span className="visually-hidden">, </span>
        <span className="staff-badge__role">{t(`staffRole.${staff.role}`)}</span>
      </p>
      <LogoutButton />
    </>
  );

  const sidebar = (
    <nav aria-label={t('backoffice.nav.label')} className="side-nav">
      <ul>
        <li>
          <NavLink to="/admin" end>
            {t('backoffice.nav.overview')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/arenden">{t('backoffice.nav.cases')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/utskick">{t('backoffice.nav.notices')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/tillval">{t('backoffice.nav.options')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/kunder">{t('backoffice.nav.customers')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/avtal">{t('backoffice.nav.leases')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/fastigheter">{t('backoffice.nav.properties')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/hyresobjekt">{t('backoffice.nav.rentalObjects')}</NavLink>
        </li>
        {staff.abilities.includes('billing.read') && (
          <>
            <li>
              <NavLink to="/admin/fakturor">{t('backoffice.nav.invoices')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/avisering">{t('backoffice.nav.invoicing')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/bankfiler">{t('backoffice.nav.bankFiles')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/skulder">{t('backoffice.nav.debtors')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/bokforing">{t('backoffice.nav.bookkeeping')}</NavLink>
            </li>
          </>
        )}
        {staff.abilities.includes('collections.settings') && (
          <li>
            <NavLink to="/admin/installningar">{t('backoffice.nav.collectionSettings')}</NavLink>
          </li>
        )}
        {staff.abilities.includes('billing.edit') && (
          <li>
            <NavLink to="/admin/inbetalningar/oparade">{t('backoffice.nav.paymentQueue')}</NavLink>
          </li>
        )}
        {staff.role === 'administrator' && (
          <>
            <li>
              <NavLink to="/admin/personal">{t('backoffice.nav.staff')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/meddelanden">{t('backoffice.nav.messages')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/handelser">{t('backoffice.nav.audit')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );

  return (
    <AppShell area="backoffice" homeHref="/admin" product={t('app.backofficeName')} actions={actions} sidebar={sidebar} wide />
  );
}
