import { useCallback, useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../components/NewRecordLink';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { Email } from '../../components/Email';
import { KEEP_FOCUS, PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState, ResultCount } from '../../components/Status';
import { useApiData } from '../../hooks/useApiData';
import { useStaffCan } from '../../session';
import type { CustomerList, CustomerRow } from '@api';
import { formatMobile } from '@domain/contact';

const SEARCH_DELAY_MS = 300;

/** Customer register with search; the query lives in the URL so a search can be shared or reloaded. */
export function CustomersPage() {
  const { t } = useTranslation();
  // From the session, so the button is there at first paint and nothing moves when the list arrives.
  const canEdit = useStaffCan('registers.edit');
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const [input, setInput] = useState(query);
  // The query this page last wrote to the URL; any other change came from outside (menu link,
  // back button) and replaces what is in the field.
  const ownQuery = useRef(query);

  useEffect(() => {
    if (query !== ownQuery.current) {
      ownQuery.current = query;
      setInput(query);
    }
  }, [query]);

  const search = useCallback(
    (text: string) => {
      const q = text.trim();
      ownQuery.current = q;
      setSearchParams(q ? { q } : {}, { replace: true, state: KEEP_FOCUS });
    },
    [setSearchParams],
  );

  // Searching as you type, but not on every keystroke.
  useEffect(() => {
    if (input.trim() === ownQuery.current) return;
    const timer = window.setTimeout(() => {
      search(input);
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [input, search]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    search(input);
  }

  const path = query ? `/api/backoffice/customers?q=${encodeURIComponent(query)}` : '/api/backoffice/customers';
  const customers = useApiData<CustomerList>(path);
  const count = customers.data?.customers.length;

  return (
    <>
      <PageHeading>{t('backoffice.customers.title')}</PageHeading>
      {canEdit && (
        <NewRecordLink to="/admin/kunder/ny">{t('backoffice.customers.newLink')}</NewRecordLink>
      )}
      <form role="search" className="search-form" onSubmit={handleSubmit}>
        <label htmlFor={`${id}-q`}>{t('backoffice.customers.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          value={input}
          onChange={(event) => {
            setInput(event.target.value);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('backoffice.customers.searchHint')}
        </p>
      </form>
      <ResultCount count={count} loading={customers.loading}>{(n) => t('backoffice.customers.count', { count: n })}</ResultCount>
      <AsyncContent state={customers}>
        {({ customers: list }) =>
          list.length === 0 ? <EmptyState title={t('backoffice.customers.empty')} /> : <CustomerTable customers={list} />
        }
      </AsyncContent>
    </>
  );
}

function CustomerTable({ customers }: { customers: CustomerRow[] }) {
  const { t } = useTranslation();
  const missing = t('common.missing');
  return (
    <DataTable
      caption={t('backoffice.customers.caption')}
      className="table table--compact"
      rows={customers}
      rowKey={(customer) => customer.id}
      columns={[
        {
          label: t('backoffice.customers.name'),
          cell: (customer) => <Link to={`/admin/kunder/${encodeURIComponent(customer.id)}`}>{customer.name}</Link>,
        },
        { label: t('backoffice.customers.identityNumber'), nowrap: true, cell: (customer) => customer.identityNumber },
        {
          label: t('backoffice.customers.email'),
          cell: (customer) => (customer.email ? <Email address={customer.email} /> : <span className="muted">{missing}</span>),
        },
        {
          label: t('backoffice.customers.mobile'),
          nowrap: true,
          cell: (customer) => (customer.mobile === null ? null : formatMobile(customer.mobile)) ?? <span className="muted">{missing}</span>,
        },
        {
          label: t('backoffice.customers.customerManager'),
          cell: (customer) => customer.customerManager ?? <span className="muted">{missing}</span>,
        },
        { label: t('backoffice.customers.leases'), numeric: true, cell: (customer) => customer.leaseCount },
        { label: t('backoffice.customers.tenantUsers'), numeric: true, cell: (customer) => customer.tenantUserCount },
      ]}
    />
  );
}
