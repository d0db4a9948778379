import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvoiceDetail } from '@api';
import { DataTable } from './DataTable';
import { Detail } from './Detail';
import { Money } from './Money';
import { Section } from './Section';

/** "2026-04-01 – 2026-04-30", kept on one line. */
export function InvoicePeriod({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  return <span className="nowrap">{t('invoiceView.periodValue', { from, to })}</span>;
}

/**
 * An invoice's rows, its VAT per rate and its totals: the same on the tenant's page and the staff's
 * (the staff's invoice is the tenant's with more around it). `rowsCaption` names the table for where
 * it is shown ("Avins rader" to the tenant, "Fakturans rader" in the back office).
 */
export function InvoiceRowsSection({ invoice, rowsCaption }: { invoice: InvoiceDetail; rowsCaption: string }) {
  const { t } = useTranslation();
  const credit = invoice.kind === 'credit';
  return (
    <Section title={t('invoiceView.rowsHeading')}>
      <DataTable
        caption={rowsCaption}
        rows={invoice.rows}
        rowKey={(row) => String(row.position)}
        columns={[
          { label: t('invoiceView.rowDescription'), cell: (row) => row.description },
          {
            label: t('invoiceView.rowPeriod'),
            cell: (row) => (row.periodFrom !== null && row.periodTo !== null ? <InvoicePeriod from={row.periodFrom} to={row.periodTo} /> : null),
          },
          { label: t('invoiceView.rowNet'), numeric: true, cell: (row) => <Money ore={row.netOre} /> },
          { label: t('invoiceView.rowVatRate'), numeric: true, cell: (row) => t('vat', { rate: row.vatRatePercent }) },
          { label: t('invoiceView.rowVat'), numeric: true, cell: (row) => <Money ore={row.vatOre} /> },
        ]}
      />
      <DataTable
        caption={t('invoiceView.vatCaption')}
        visibleCaption
        rows={invoice.vatByRate}
        rowKey={(vat) => String(vat.ratePercent)}
        columns={[
          { label: t('invoiceView.vatRate'), numeric: true, cell: (vat) => t('vat', { rate: vat.ratePercent }) },
          { label: t('invoiceView.vatBase'), numeric: true, cell: (vat) => <Money ore={vat.netOre} /> },
          { label: t('invoiceView.vatAmount'), numeric: true, cell: (vat) => <Money ore={vat.vatOre} /> },
        ]}
      />
      <dl className="details invoice-totals">
        <Detail label={t('invoiceView.net')}>
          <Money ore={invoice.netOre} />
        </Detail>
        <Detail label={t('invoiceView.vat')}>
          <Money ore={invoice.vatOre} />
        </Detail>
        <Detail label={credit ? t('invoiceView.creditTotal') : t('invoiceView.total')}>
          <strong>
            <Money ore={invoice.totalOre} />
          </strong>
        </Detail>
      </dl>
    </Section>
  );
}

/** The payments that paid the invoice, and when ("Betald 2026-03-28"); for staff each links its payment's page. */
export function InvoicePaymentsSection({ invoice, paymentHref }: { invoice: InvoiceDetail; paymentHref?: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Section title={t('invoiceView.paymentsHeading')}>
      {invoice.payments.length === 0 ? (
        <p>{t('invoiceView.noPayments')}</p>
      ) : (
        <DataTable
          caption={t('invoiceView.paymentsCaption')}
          rows={invoice.payments.map((payment, index) => ({ ...payment, key: String(index) }))}
          rowKey={(payment) => payment.key}
          columns={[
            {
              label: t('invoiceView.payment'), nowrap: true,
              cell: (payment) => (paymentHref ? <Link to={paymentHref(payment.id)}>{t('invoiceView.paidOn', { date: payment.paidOn })}</Link> : t('invoiceView.paidOn', { date: payment.paidOn })),
            },
            { label: t('invoiceView.paymentAmount'), numeric: true, cell: (payment) => <Money ore={payment.amountOre} /> },
          ]}
        />
      )}
    </Section>
  );
}
