import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../../components/NewRecordLink';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { SearchForm } from '../../../components/SearchForm';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent, EmptyState, ResultCount } from '../../../components/Status';
import { queryString } from '../../../cases';
import { useApiData } from '../../../hooks/useApiData';
import { useSearchFilters } from '../../../hooks/useSearchFilters';
import { useStaffCan } from '../../../session';
import type { InvoiceKind, InvoiceStatus, StaffInvoiceList } from '@api';
import { useStaffInvoiceColumns } from './InvoiceColumns';
import { newInvoiceHref } from './links';

const STATUSES: readonly InvoiceStatus[] = ['unpaid', 'partly_paid', 'overdue', 'paid'];
const KINDS: readonly InvoiceKind[] = ['rent', 'one_off', 'credit'];
/** The longest search the API takes. */
const SEARCH_MAX = 100;
const FILTERS = ['q', 'status', 'kind', 'kund', 'sida'] as const;

const isStatus = (value: string): value is InvoiceStatus => (STATUSES as readonly string[]).includes(value);
const isKind = (value: string): value is InvoiceKind => (KINDS as readonly string[]).includes(value);

/**
 * Fakturor (/admin/fakturor): every customer's invoices, newest first, searched by number or customer
 * and filtered by status and type, in pages of the server's size; the search is in the address. A
 * customer's page links here with `kund` set.
 */
export function InvoicesPage() {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  const { values, update } = useSearchFilters(FILTERS);
  const status = isStatus(values.status) ? values.status : '';
  const kind = isKind(values.kind) ? values.kind : '';
  const page = Math.max(1, Number.parseInt(values.sida, 10) || 1);
  const { q, kund } = values;
  const invoices = useApiData<StaffInvoiceList>(
    `/api/backoffice/invoices${queryString({ q, status, kind, customerId: kund, page: page > 1 ? String(page) : '' })}`,
  );
  const filtered = Boolean(q || status || kind || kund);
  const total = invoices.data?.total;
  const customerName = kund ? invoices.data?.invoices[0]?.customer.name : undefined;

  return (
    <>
      <PageHeading>{t('backoffice.invoices.title')}</PageHeading>
      <p>{t('backoffice.invoices.intro')}</p>
      {canEdit && (
        <NewRecordLink to={newInvoiceHref(kund || undefined)}>{t('backoffice.invoices.newLink')}</NewRecordLink>
      )}
      <SearchForm
        query={q}
        onSearch={(text) => {
          update({ q: text, sida: '' });
        }}
        maxLength={SEARCH_MAX}
        label={t('backoffice.invoices.search')}
        buttonLabel={t('backoffice.invoices.searchButton')}
        hint={t('backoffice.invoices.searchHint')}
      >
        <SelectField
          label={t('backoffice.invoices.status')}
          value={status}
          onValueChange={(value) => {
            update({ status: value, sida: '' });
          }}
        >
          <option value="">{t('backoffice.invoices.all')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`invoiceStatus.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('backoffice.invoices.kind')}
          value={kind}
          onValueChange={(value) => {
            update({ kind: value, sida: '' });
          }}
        >
          <option value="">{t('backoffice.invoices.all')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`invoiceKind.${value}`)}
            </option>
          ))}
        </SelectField>
      </SearchForm>
      {kund && (
        <p>
          {customerName ? t('backoffice.invoices.customerFilter', { name: customerName }) : t('backoffice.invoices.customerFilterUnnamed')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              update({ kund: '', sida: '' });
            }}
          >
            {t('backoffice.invoices.allCustomers')}
          </button>
        </p>
      )}
      <ResultCount count={total} loading={invoices.loading}>{(n) => t('backoffice.invoices.count', { count: n })}</ResultCount>
      <AsyncContent state={invoices}>
        {(found) =>
          found.invoices.length === 0 ? (
            <EmptyState title={filtered ? t('backoffice.invoices.noMatch') : t('backoffice.invoices.empty')} />
          ) : (
            <>
              <InvoiceTable list={found} withCustomer={!kund} />
              <Pages
                page={found.page}
                pages={Math.max(1, Math.ceil(found.total / found.pageSize))}
                onPage={(next) => {
                  update({ sida: next > 1 ? String(next) : '' });
                }}
              />
            </>
          )
        }
      </AsyncContent>
    </>
  );
}

function InvoiceTable({ list, withCustomer }: { list: StaffInvoiceList; withCustomer: boolean }) {
  const { t } = useTranslation();
  const columns = useStaffInvoiceColumns({ withCustomer });
  return <DataTable caption={t('backoffice.invoices.caption')} dense rows={list.invoices} rowKey={(invoice) => invoice.id} columns={columns} />;
}

/** Previous and next page, and where in the list this page is. */
function Pages({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="button-row" aria-label={t('backoffice.invoices.pages')}>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={page <= 1}
        onClick={() => {
          onPage(page - 1);
        }}
      >
        {t('backoffice.invoices.previous')}
      </button>
      <span>{t('backoffice.invoices.page', { page, pages })}</span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={page >= pages}
        onClick={() => {
          onPage(page + 1);
        }}
      >
        {t('backoffice.invoices.next')}
      </button>
    </nav>
  );
}
