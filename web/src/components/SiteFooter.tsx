import { useTranslation } from 'react-i18next';
import { useLandlord } from '../landlord';

function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function SiteFooter() {
  const { t } = useTranslation();
  const landlord = useLandlord();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {landlord && (
          <address className="site-footer__address">
            <p className="site-footer__name">{landlord.name}</p>
            <p>{t('footer.orgNumber', { value: landlord.orgNumber })}</p>
            <p>
              {landlord.address.street}
              <br />
              {landlord.address.postalCode} {landlord.address.city}
            </p>
            <ul className="site-footer__contact">
              {landlord.phone && (
                <li>
                  {t('footer.phone')}: <a href={`tel:${landlord.phone.replace(/[^\d+]/g, '')}`}>{landlord.phone}</a>
                </li>
              )}
              {landlord.email && (
                <li>
                  {t('footer.email')}: <a href={`mailto:${landlord.email}`}>{landlord.email}</a>
                </li>
              )}
              {landlord.website && (
                <li>
                  {t('footer.website')}: <a href={landlord.website}>{displayUrl(landlord.website)}</a>
                </li>
              )}
            </ul>
          </address>
        )}
      </div>
    </footer>
  );
}
