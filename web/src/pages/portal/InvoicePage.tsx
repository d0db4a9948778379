import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Detail } from '../../components/Detail';
import { InvoiceStatusBadge } from '../../components/InvoiceStatusBadge';
import { InvoicePaymentsSection, InvoicePeriod, InvoiceRowsSection } from '../../components/InvoiceSections';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { PaymentQrCode } from '../../components/PaymentQrCode';
import { Section } from '../../components/Section';
import { AsyncContent } from '../../components/Status';
import { leaseName } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useCopy } from '../../hooks/useCopy';
import { currentLanguage } from '../../i18n';
import { invoiceHeading, invoiceHref, invoicePdfHref, isOpen } from '../../invoices';
import type { InvoiceDetail, InvoiceResponse } from '@api';
import { NotFoundContent } from '../NotFoundPage';
import type { InvoiceListState } from './InvoicesPage';

/**
 * One invoice: what it is for, how to pay it (bankgiro, OCR, the QR code a bank app scans), its rows
 * and VAT, the payments that paid it, and "Öppna avi" for the PDF. Another customer's invoice, like
 * one that does not exist, is the not-found page.
 */
export function InvoicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const listSearch = (useLocation().state as Partial<InvoiceListState> | null)?.listSearch ?? '';
  const state = useApiData<InvoiceResponse>(`/api/portal/invoices/${encodeURIComponent(id)}`);
  const status = state.error?.status;
  if (!state.loading && (status === 404 || status === 400)) return <NotFoundContent />;

  const invoice = state.data?.invoice;
  const heading = invoice && invoice.id === id ? invoiceHeading(invoice, t, currentLanguage()) : t('portal.invoice.pageTitle');
  return (
    <>
      <p className="back-link">
        <Link to={`/avier${listSearch}`}>{t('portal.invoice.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <AsyncContent state={state}>{({ invoice: found }) => <InvoiceContent invoice={found} />}</AsyncContent>
    </>
  );
}

function InvoiceContent({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const credit = invoice.kind === 'credit';
  return (
    <>
      <Section title={t('portal.invoice.overview')}>
        <dl className="details">
          <Detail label={t('portal.invoice.status')}>
            <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />
          </Detail>
          <Detail label={t('portal.invoice.number')}>{invoice.number}</Detail>
          <Detail label={t('portal.invoice.issueDate')}>
            <span className="nowrap">{invoice.issueDate}</span>
          </Detail>
          {!credit && (
            <Detail label={t('portal.invoice.dueDate')}>
              <span className="nowrap">{invoice.dueDate}</span>
            </Detail>
          )}
          {invoice.periodFrom !== null && invoice.periodTo !== null && (
            <Detail label={t('portal.invoice.period')}>
              <InvoicePeriod from={invoice.periodFrom} to={invoice.periodTo} />
            </Detail>
          )}
          {invoice.lease && (
            <Detail label={t('portal.invoice.lease')}>
              <Link to={`/avtal/${encodeURIComponent(invoice.lease.id)}`}>{leaseName(invoice.lease, t)}</Link>
            </Detail>
          )}
          {invoice.creditsInvoice && (
            <Detail label={t('portal.invoice.credits')}>
              <Link to={invoiceHref(invoice.creditsInvoice.id)}>{t('invoiceTitle.invoice', { number: invoice.creditsInvoice.number })}</Link>
            </Detail>
          )}
          {invoice.credits.length > 0 && (
            <Detail label={t('portal.invoice.creditedBy')}>
              <ul className="plain-list">
                {invoice.credits.map((note) => (
                  <li key={note.id}>
                    <Link to={invoiceHref(note.id)}>{t('invoiceTitle.credit', { number: note.number })}</Link> <Money ore={note.totalOre} />
                  </li>
                ))}
              </ul>
            </Detail>
          )}
        </dl>
        {credit && invoice.creditsInvoice && <p>{t('portal.invoice.creditsText', { number: invoice.creditsInvoice.number })}</p>}
        <p>
          <a className="button button--secondary" href={invoicePdfHref(invoice.id)} target="_blank" rel="noopener">
            {credit ? t('portal.invoice.openCreditPdf') : t('portal.invoice.openPdf')} <span className="link-note">{t('portal.invoice.newTab')}</span>
          </a>
        </p>
      </Section>

      {!credit && <PaySection invoice={invoice} />}
      <InvoiceRowsSection invoice={invoice} rowsCaption={t('portal.invoice.rowsCaption')} />
      {!credit && <InvoicePaymentsSection invoice={invoice} />}
    </>
  );
}

/** Att betala, due date, bankgiro and OCR with copy buttons, and the QR code while there is something to pay. */
function PaySection({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const { copy, message } = useCopy();
  const open = isOpen(invoice);
  const partly = open && invoice.remainingOre !== invoice.totalOre;
  return (
    <Section title={t('portal.invoice.payHeading')}>
      {!open && <p className="success-message">{t('portal.invoice.paid')}</p>}
      <div className="pay">
        <div className="pay__facts">
          <dl className="details details--compact">
            <Detail label={t('portal.invoice.toPay')}>
              <span className="pay__amount">
                <Money ore={invoice.totalOre} />
              </span>
            </Detail>
            {partly && (
              <Detail label={t('portal.invoice.remaining')}>
                <span className="pay__amount">
                  <Money ore={invoice.remainingOre} />
                </span>
              </Detail>
            )}
            <Detail label={t('portal.invoice.dueDate')}>
              <span className="nowrap">{invoice.dueDate}</span>
            </Detail>
            <Detail label={t('portal.invoice.bankgiro')}>
              <CopyValue value={invoice.bankgiro} label={t('portal.invoice.copyBankgiro')} onCopy={copy} />
            </Detail>
            {invoice.ocr !== null && (
              <Detail label={t('portal.invoice.ocr')}>
                <CopyValue value={invoice.ocr} label={t('portal.invoice.copyOcr')} onCopy={copy} />
              </Detail>
            )}
          </dl>
          <p className="form-status" role="status">
            {message}
          </p>
        </div>
        {open && invoice.qr && <PaymentQrCode qr={invoice.qr} />}
      </div>
    </Section>
  );
}

/** A number and its copy button; the button's name says what it copies ("Kopiera OCR-nummer"). */
function CopyValue({ value, label, onCopy }: { value: string; label: string; onCopy: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <span className="copy-value">
      <span className="copy-value__text nowrap">{value}</span>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={label}
        onClick={() => {
          onCopy(value);
        }}
      >
        {t('portal.invoice.copy')}
      </button>
    </span>
  );
}
