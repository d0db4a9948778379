import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CreatedNotice } from '../../../components/CreatedNotice';
import { AddressLines, Detail } from '../../../components/Detail';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useStaffCan } from '../../../session';
import type { CustomerDetail, CustomerResponse } from '@api';
import { CasesSection } from './CasesSection';
import { ContactSection } from './ContactSection';
import { DebtSection } from './DebtSection';
import { EditCustomerSection } from './EditCustomerSection';
import { InvoicesSection } from './InvoicesSection';
import { LeasesSection } from './LeasesSection';
import { UsersSection } from './UsersSection';

/** One customer in the back office: the register's facts, contact channels, cases, leases, user accounts. */
export function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<CustomerResponse>(`/api/backoffice/customers/${encodeURIComponent(id)}`);
  const customer = state.data?.customer;
  const heading = customer && customer.id === id ? customer.name : t('backoffice.customer.title');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/kunder">{t('backoffice.customer.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <CreatedNotice text={(name) => t('backoffice.customer.createdNotice', { name })} />
      <AsyncContent state={state}>
        {({ customer: detail }) => <CustomerDetails customer={detail} onChanged={state.reload} />}
      </AsyncContent>
    </>
  );
}

function CustomerDetails({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const canReadBilling = useStaffCan('billing.read');
  return (
    <>
      <Section title={t('backoffice.customer.overviewHeading')}>
        <dl className="details">
          <Detail label={t('backoffice.customer.identityNumber')}>{customer.identityNumber}</Detail>
          <Detail label={t('backoffice.customer.kind')}>{t(`customerKind.${customer.kind}`)}</Detail>
          <Detail label={t('backoffice.customer.address')}>
            <AddressLines address={customer.address} />
          </Detail>
          <Detail label={t('backoffice.customer.customerManager')}>{customer.customerManager ?? t('common.missing')}</Detail>
        </dl>
      </Section>
      <ContactSection customer={customer} onChanged={onChanged} />
      {customer.canEdit && <EditCustomerSection customer={customer} onChanged={onChanged} />}
      <CasesSection customer={customer} />
      <LeasesSection customer={customer} />
      {canReadBilling && <DebtSection customerId={customer.id} />}
      {canReadBilling && <InvoicesSection customer={customer} />}
      <UsersSection customer={customer} onChanged={onChanged} />
    </>
  );
}
