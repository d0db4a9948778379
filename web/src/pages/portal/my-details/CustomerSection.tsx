import { useTranslation } from 'react-i18next';
import { AddressLines, Detail } from '../../../components/Detail';
import { Section } from '../../../components/Section';
import type { PortalMe } from '@api';
import { formatMobile } from '@domain/contact';

/** The customer in the landlord's register, read-only: staff change it. */
export function CustomerSection({ customer }: { customer: PortalMe['customer'] }) {
  const { t } = useTranslation();
  const missing = t('common.missing');
  return (
    <Section className="card" title={t('portal.me.customerHeading')}>
      <p className="hint">{t('portal.me.customerIntro')}</p>
      <dl className="details">
        <Detail label={t('portal.me.name')}>{customer.name}</Detail>
        <Detail label={t('portal.me.identityNumber')}>{customer.identityNumber}</Detail>
        <Detail label={t('portal.me.email')}>{customer.email ?? missing}</Detail>
        <Detail label={t('portal.me.mobile')}>{customer.mobile === null ? missing : formatMobile(customer.mobile)}</Detail>
        <Detail label={t('portal.me.address')}>
          <AddressLines address={customer.address} />
        </Detail>
      </dl>
    </Section>
  );
}
