import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Detail } from '../../components/Detail';
import { InvoiceStatusBadge } from '../../components/InvoiceStatusBadge';
import { Money } from '../../components/Money';
import { EmptyState } from '../../components/Status';
import { formatMoney } from '../../format';
import { currentLanguage } from '../../i18n';
import { invoiceHeading, invoiceHref, isOpen } from '../../invoices';
import type { InvoiceSummary } from '@api';

/**
 * Hem's Avier & fakturor: what is overdue first (how many and how much, in words and marked red),
 * then the next invoice to pay with its amount, due date and a link to it, the credit from an
 * overpayment if any, and the way to Inbetalningar. Given the unpaid list and the credit.
 */
export function InvoicesCard({ invoices, creditOre }: { invoices: InvoiceSummary[]; creditOre: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const open = invoices.filter(isOpen);
  const overdue = open.filter((invoice) => invoice.status === 'overdue');
  const next = open
    .filter((invoice) => invoice.status !== 'overdue')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number - b.number)[0];

  const payments = (
    <>
      {creditOre > 0 && (
        <dl className="details details--compact">
          <Detail label={t('portal.homeInvoices.credit')}>
            <Money ore={creditOre} />
          </Detail>
        </dl>
      )}
      <p>
        <Link to="/avier/inbetalningar">{t('portal.homeInvoices.paymentsLink')}</Link>
      </p>
    </>
  );
  if (overdue.length === 0 && next === undefined) {
    return (
      <>
        <EmptyState title={t('portal.invoices.emptyUnpaid')} />
        {payments}
      </>
    );
  }
  const overdueOre = overdue.reduce((sum, invoice) => sum + invoice.remainingOre, 0);
  return (
    <>
      {overdue.length > 0 && (
        <div className="overdue-note">
          <p>
            <InvoiceStatusBadge status="overdue" kind="rent" />{' '}
            <span>{t('portal.homeInvoices.overdue', { count: overdue.length, amount: formatMoney(overdueOre, lang) })}</span>
          </p>
          <p>
            <Link to="/avier">{t('portal.homeInvoices.overdueLink')}</Link>
          </p>
        </div>
      )}
      {next === undefined ? (
        <p>{t('portal.homeInvoices.noneDue')}</p>
      ) : (
        <>
          <h3 className="card__subheading">{t('portal.homeInvoices.next')}</h3>
          <p>
            <Link to={invoiceHref(next.id)}>{invoiceHeading(next, t, lang)}</Link> <InvoiceStatusBadge status={next.status} kind={next.kind} />
          </p>
          <dl className="details details--compact">
            <Detail label={t('portal.homeInvoices.toPay')}>
              <Money ore={next.remainingOre} />
            </Detail>
            <Detail label={t('portal.homeInvoices.dueDate')}>
              <span className="nowrap">{next.dueDate}</span>
            </Detail>
          </dl>
        </>
      )}
      {payments}
    </>
  );
}
