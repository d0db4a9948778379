import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Detail } from '../../../components/Detail';
import { FormStatus } from '../../../components/Form';
import { InvoiceStatusBadge } from '../../../components/InvoiceStatusBadge';
import { InvoicePaymentsSection, InvoicePeriod, InvoiceRowsSection } from '../../../components/InvoiceSections';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { leaseName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import { invoiceHeading } from '../../../invoices';
import { useStaffCan } from '../../../session';
import type { StaffInvoiceDetail, StaffInvoiceResponse } from '@api';
import { leaseAnchor } from '../customer/CasesSection';
import { CreditForm } from './CreditForm';
import { RemindersSection } from './RemindersSection';
import { staffInvoiceHref, staffInvoicePdfHref } from './links';
import { staffPaymentHref } from '../payments/links';

/** What the new-invoice page tells this page it has just issued. */
export interface InvoiceIssuedState {
  issued: number;
}

function issuedNumber(state: unknown): number | undefined {
  const issued = (state as Partial<InvoiceIssuedState> | null)?.issued;
  return typeof issued === 'number' ? issued : undefined;
}

/**
 * One invoice in the back office (/admin/fakturor/:id): what the tenant sees of it, its customer and
 * who issued it, its credit notes, "Öppna avi" (the PDF), and for staff who may edit billing the
 * credit form ("Kreditera"). An invoice is never edited here: it is credited.
 */
export function InvoicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = useApiData<StaffInvoiceResponse>(`/api/backoffice/invoices/${encodeURIComponent(id)}`);
  const invoice = state.data?.invoice;
  const heading =
    invoice && invoice.id === id
      ? t('backoffice.invoice.heading', { kind: t(`invoiceKind.${invoice.kind}`), number: invoice.number })
      : t('backoffice.invoice.title');
  const issued = issuedNumber(location.state);

  return (
    <>
      <p className="back-link">
        <Link to="/admin/fakturor">{t('backoffice.invoice.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      {issued !== undefined && invoice?.number === issued && <FormStatus>{t('backoffice.invoice.issued', { number: issued })}</FormStatus>}
      <AsyncContent state={state}>{({ invoice: found }) => <InvoiceContent invoice={found} onCredited={state.reload} />}</AsyncContent>
    </>
  );
}

function InvoiceContent({ invoice, onCredited }: { invoice: StaffInvoiceDetail; onCredited: () => void }) {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  const credit = invoice.kind === 'credit';
  return (
    <>
      <Overview invoice={invoice} />
      <InvoiceRowsSection invoice={invoice} rowsCaption={t('backoffice.invoice.rowsCaption')} />
      {!credit && <InvoicePaymentsSection invoice={invoice} paymentHref={staffPaymentHref} />}
      {!credit && <RemindersSection invoiceId={invoice.id} />}
      {!credit && <CreditsSection invoice={invoice} />}
      {!credit && canEdit && (
        <Section title={t('backoffice.credit.heading')}>
          <CreditForm invoice={invoice} onCredited={onCredited} />
        </Section>
      )}
    </>
  );
}

function Overview({ invoice }: { invoice: StaffInvoiceDetail }) {
  const { t } = useTranslation();
  const credit = invoice.kind === 'credit';
  const text = invoice.text ?? (invoice.title ? invoiceHeading(invoice, t, currentLanguage()) : null);
  return (
    <Section title={t('backoffice.invoice.overview')}>
      <dl className="details">
        <Detail label={t('backoffice.invoice.status')}>
          <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />
        </Detail>
        <Detail label={t('backoffice.invoice.customer')}>
          <Link to={`/admin/kunder/${encodeURIComponent(invoice.customer.id)}`}>{invoice.customer.name}</Link>{' '}
          <span className="nowrap">{invoice.customer.identityNumber}</span>
        </Detail>
        {invoice.lease && (
          <Detail label={t('backoffice.invoice.lease')}>
            <Link to={`/admin/kunder/${encodeURIComponent(invoice.customer.id)}#${leaseAnchor(invoice.lease.id)}`}>{leaseName(invoice.lease, t)}</Link>
          </Detail>
        )}
        {text && <Detail label={t('backoffice.invoice.text')}>{text}</Detail>}
        <Detail label={t('backoffice.invoice.number')}>{invoice.number}</Detail>
        <Detail label={t('backoffice.invoice.issueDate')}>
          <span className="nowrap">{invoice.issueDate}</span>
        </Detail>
        {!credit && (
          <Detail label={t('backoffice.invoice.dueDate')}>
            <span className="nowrap">{invoice.dueDate}</span>
          </Detail>
        )}
        {invoice.periodFrom !== null && invoice.periodTo !== null && (
          <Detail label={t('backoffice.invoice.period')}>
            <InvoicePeriod from={invoice.periodFrom} to={invoice.periodTo} />
          </Detail>
        )}
        <Detail label={t('backoffice.invoice.createdBy')}>{invoice.createdBy?.name ?? t('backoffice.invoice.createdBySystem')}</Detail>
        {invoice.ocr !== null && (
          <Detail label={t('backoffice.invoice.ocr')}>
            <span className="nowrap">{invoice.ocr}</span>
          </Detail>
        )}
        <Detail label={t('backoffice.invoice.total')}>
          <Money ore={invoice.totalOre} />
        </Detail>
        {!credit && (
          <>
            <Detail label={t('backoffice.invoice.remaining')}>
              <Money ore={invoice.remainingOre} />
            </Detail>
            <Detail label={t('backoffice.invoice.uncredited')}>
              <Money ore={invoice.uncreditedOre} />
            </Detail>
          </>
        )}
        {invoice.creditsInvoice && (
          <Detail label={t('backoffice.invoice.credits')}>
            <Link to={staffInvoiceHref(invoice.creditsInvoice.id)}>{t('invoiceTitle.invoice', { number: invoice.creditsInvoice.number })}</Link>
          </Detail>
        )}
      </dl>
      {credit && invoice.creditsInvoice && <p>{t('backoffice.invoice.creditsText', { number: invoice.creditsInvoice.number })}</p>}
      <p>
        <a className="button button--secondary" href={staffInvoicePdfHref(invoice.id)} target="_blank" rel="noopener">
          {credit ? t('backoffice.invoice.openCreditPdf') : t('backoffice.invoice.openPdf')} <span className="link-note">{t('backoffice.invoice.newTab')}</span>
        </a>
      </p>
    </Section>
  );
}

function CreditsSection({ invoice }: { invoice: StaffInvoiceDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.invoice.creditsHeading')}>
      {invoice.credits.length === 0 ? (
        <p>{t('backoffice.invoice.noCredits')}</p>
      ) : (
        <DataTable
          caption={t('backoffice.invoice.creditsCaption')}
          rows={invoice.credits}
          rowKey={(note) => note.id}
          columns={[
            {
              label: t('backoffice.invoice.creditNote'),
              nowrap: true,
              cell: (note) => <Link to={staffInvoiceHref(note.id)}>{t('invoiceTitle.credit', { number: note.number })}</Link>,
            },
            { label: t('backoffice.invoice.issueDate'), nowrap: true, cell: (note) => note.issueDate },
            { label: t('backoffice.invoice.total'), numeric: true, cell: (note) => <Money ore={note.totalOre} /> },
          ]}
        />
      )}
    </Section>
  );
}
