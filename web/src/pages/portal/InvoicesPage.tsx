import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { InvoiceStatusBadge } from '../../components/InvoiceStatusBadge';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { useApiData } from '../../hooks/useApiData';
import { useSearchFilters } from '../../hooks/useSearchFilters';
import { formatMoney } from '../../format';
import { currentLanguage } from '../../i18n';
import { invoiceHeading, invoiceHref } from '../../invoices';
import type { InvoiceList, InvoiceSummary } from '@api';

/** `?visa=alla` shows paid invoices too; without it, only what is left to pay (the default). */
const FILTERS = ['visa'] as const;
const SHOW_ALL = 'alla';

/**
 * Avier & fakturor: by default what is left to pay, with the switch "Visa endast obetalda" off every
 * invoice, newest first. The switch's state is in the address, so a reload or a link keeps it.
 */
export function InvoicesPage() {
  const { t } = useTranslation();
  const id = useId();
  const { values, update } = useSearchFilters(FILTERS);
  const onlyUnpaid = values.visa !== SHOW_ALL;
  const state = useApiData<InvoiceList>(`/api/portal/invoices?unpaid=${String(onlyUnpaid)}`);
  // The list being shown is the one asked for once it has answered; meanwhile the earlier one stays.
  const count = state.loading ? undefined : state.data?.invoices.length;

  return (
    <>
      <PageHeading>{t('portal.invoices.title')}</PageHeading>
      <p>{t('portal.invoices.intro')}</p>
      <p>
        <Link to="/avier/inbetalningar">{t('portal.payments.link')}</Link>
      </p>
      <div className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={onlyUnpaid}
          onChange={(event) => {
            update({ visa: event.target.checked ? '' : SHOW_ALL });
          }}
        />
        <label htmlFor={id} className="switch__label">
          {t('portal.invoices.onlyUnpaid')}
        </label>
      </div>
      <p className="result-count" role="status">
        {count !== undefined && count > 0 && (onlyUnpaid ? t('portal.invoices.countUnpaid', { count }) : t('portal.invoices.countAll', { count }))}
      </p>
      <AsyncContent state={state}>
        {({ invoices }) =>
          invoices.length === 0 ? (
            <EmptyState title={onlyUnpaid ? t('portal.invoices.emptyUnpaid') : t('portal.invoices.emptyAll')}>
              <p>{t('portal.invoices.emptyHint')}</p>
            </EmptyState>
          ) : (
            <InvoiceTable invoices={newestFirst(invoices)} />
          )
        }
      </AsyncContent>
    </>
  );
}

/** The server's order is newest first; kept so here too should it ever send another. */
function newestFirst(invoices: readonly InvoiceSummary[]): InvoiceSummary[] {
  return [...invoices].sort((a, b) => b.issueDate.localeCompare(a.issueDate) || b.number - a.number);
}

/** Where an invoice's "Tillbaka till alla avier" leads: the list as the tenant left it (`?visa=alla`). */
export interface InvoiceListState {
  listSearch: string;
}

function InvoiceTable({ invoices }: { invoices: InvoiceSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const { search } = useLocation();
  const back: InvoiceListState = { listSearch: search };
  const lang = currentLanguage();
  const headingId = (invoice: InvoiceSummary) => `${id}-invoice-${invoice.id}`;
  return (
    <DataTable
      caption={t('portal.invoices.caption')}
      rows={invoices}
      rowKey={(invoice) => invoice.id}
      rowHeaderId={headingId}
      columns={[
        {
          label: t('portal.invoices.heading'),
          cell: (invoice) => <Link to={invoiceHref(invoice.id)} state={back}>{invoiceHeading(invoice, t, lang)}</Link>,
        },
        {
          label: t('portal.invoices.amount'),
          numeric: true,
          cell: (invoice) => (
            <>
              <Money ore={invoice.totalOre} />
              {invoice.status === 'partly_paid' || (invoice.status === 'overdue' && invoice.remainingOre !== invoice.totalOre) ? (
                <span className="cell-note">{t('portal.invoices.left', { amount: formatMoney(invoice.remainingOre, lang) })}</span>
              ) : null}
            </>
          ),
        },
        { label: t('portal.invoices.dueDate'), nowrap: true, cell: (invoice) => (invoice.kind === 'credit' ? null : invoice.dueDate) },
        { label: t('portal.invoices.status'), cell: (invoice) => <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} /> },
        {
          label: t('portal.invoices.openColumn'),
          cell: (invoice) => (
            <Link to={invoiceHref(invoice.id)} state={back} className="button button--secondary button--small" aria-describedby={headingId(invoice)}>
              {t('portal.invoices.open')}
            </Link>
          ),
        },
      ]}
    />
  );
}
