import { useTranslation } from 'react-i18next';
import { useLandlord } from '../landlord';
import { Loading } from './Status';

/** The landlord's phone and e-mail, for pages that send the tenant to contact them. */
export function ContactDetails() {
  const { t } = useTranslation();
  const landlord = useLandlord();
  if (!landlord) return <Loading />;
  return (
    <dl className="details details--compact">
      <div>
        <dt>{t('footer.phone')}</dt>
        <dd>{landlord.phone ? <a href={`tel:${landlord.phone.replace(/[^\d+]/g, '')}`}>{landlord.phone}</a> : t('common.missing')}</dd>
      </div>
      <div>
        <dt>{t('footer.email')}</dt>
        <dd>{landlord.email ? <a href={`mailto:${landlord.email}`}>{landlord.email}</a> : t('common.missing')}</dd>
      </div>
    </dl>
  );
}
