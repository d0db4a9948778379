import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Detail } from '../../../components/Detail';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { formatMoney } from '../../../format';
import { currentLanguage } from '../../../i18n';
import type { BankFileDetail, BankFileError, BankFileReport } from '@api';
import { bankFileHref, UNMATCHED_QUEUE_HREF } from './bankFileWords';

/** Lists in the report stop at this many (the server's); the counts say how many there were. */
const LISTED = 100;

/** An import's report: the counts, the totals per deposit, the unmatched payments, those booked already. */
export function ReportSections({ file, report }: { file: BankFileDetail; report: BankFileReport }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const countAndAmount = (count: number, ore: number) => t('backoffice.bankFile.countAndAmount', { count, amount: formatMoney(ore, lang) });
  return (
    <>
      <Section title={t('backoffice.bankFile.reportHeading')}>
        <dl className="details">
          <Detail label={t('backoffice.bankFile.paymentsRead')}>{report.payments}</Detail>
          <Detail label={t('backoffice.bankFile.matchedCount')}>{report.matched}</Detail>
          <Detail label={t('backoffice.bankFile.splitCount')}>{report.split}</Detail>
          <Detail label={t('backoffice.bankFile.creditCount')}>{countAndAmount(report.credit, report.creditOre)}</Detail>
          <Detail label={t('backoffice.bankFile.creditUsed')}>
            <Money ore={report.creditUsedOre} />
          </Detail>
          <Detail label={t('backoffice.bankFile.unmatchedCount')}>
            {countAndAmount(report.unmatched, report.unmatchedOre)}
            {report.unmatched > 0 && (
              <>
                {' '}
                <Link to={UNMATCHED_QUEUE_HREF}>{t('backoffice.bankFile.toQueue')}</Link>
              </>
            )}
          </Detail>
          <Detail label={t('backoffice.bankFile.duplicateCount')}>{countAndAmount(report.duplicates, report.duplicateOre)}</Detail>
          {report.lumpSums > 0 && <Detail label={t('backoffice.bankFile.lumpSumCount')}>{report.lumpSums}</Detail>}
          <Detail label={t('backoffice.bankFile.bookedTotal')}>
            <Money ore={report.bookedOre} />
          </Detail>
        </dl>
      </Section>
      <Section title={t('backoffice.bankFile.depositsHeading')}>
        <DataTable
          caption={t('backoffice.bankFile.depositsCaption')}
          rows={report.deposits}
          rowKey={(deposit) => deposit.reference}
          columns={[
            { label: t('backoffice.bankFile.deposit'), nowrap: true, cell: (deposit) => deposit.reference },
            { label: t('backoffice.bankFile.date'), nowrap: true, cell: (deposit) => deposit.date },
            { label: t('backoffice.bankFile.count'), numeric: true, cell: (deposit) => deposit.count },
            { label: t('backoffice.bankFile.total'), numeric: true, cell: (deposit) => <Money ore={deposit.totalOre} /> },
          ]}
        />
      </Section>
      {file.unmatchedPayments.length > 0 && <UnmatchedSection file={file} />}
      {report.duplicateList.length > 0 && <DuplicatesSection report={report} />}
      {report.lumpSumList.length > 0 && <LumpSumsSection report={report} />}
    </>
  );
}

function UnmatchedSection({ file }: { file: BankFileDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.bankFile.unmatchedHeading')}>
      <p>
        {t('backoffice.bankFile.unmatchedIntro')} <Link to={UNMATCHED_QUEUE_HREF}>{t('backoffice.bankFile.toQueue')}</Link>
      </p>
      <DataTable
        caption={t('backoffice.bankFile.unmatchedCaption')}
        rows={file.unmatchedPayments}
        rowKey={(payment) => payment.id}
        columns={[
          { label: t('backoffice.bankFile.payer'), cell: (payment) => payment.payerName },
          { label: t('backoffice.bankFile.date'), nowrap: true, cell: (payment) => payment.paidOn },
          { label: t('backoffice.bankFile.amount'), numeric: true, cell: (payment) => <Money ore={payment.amountOre} /> },
          { label: t('backoffice.bankFile.left'), numeric: true, cell: (payment) => <Money ore={payment.leftOre} /> },
          { label: t('backoffice.bankFile.reference'), nowrap: true, cell: (payment) => payment.reference },
          { label: t('backoffice.bankFile.reason'), cell: (payment) => t(`backoffice.bankFile.reasonWord.${payment.reason}`, { defaultValue: payment.reason }) },
        ]}
      />
    </Section>
  );
}

function DuplicatesSection({ report }: { report: BankFileReport }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.bankFile.duplicatesHeading')}>
      <p>{t('backoffice.bankFile.duplicatesIntro')}</p>
      <DataTable
        caption={t('backoffice.bankFile.duplicatesCaption')}
        rows={report.duplicateList}
        rowKey={(duplicate) => duplicate.identity}
        columns={[
          { label: t('backoffice.bankFile.identity'), nowrap: true, cell: (duplicate) => duplicate.identity.replace(/^(camt:(tx:)?|bgmax:)/, '') },
          { label: t('backoffice.bankFile.date'), nowrap: true, cell: (duplicate) => duplicate.date },
          { label: t('backoffice.bankFile.amount'), numeric: true, cell: (duplicate) => <Money ore={duplicate.amountOre} /> },
          { label: t('backoffice.bankFile.why'), cell: (duplicate) => t(`backoffice.bankFile.whyWord.${duplicate.by}`) },
          {
            label: t('backoffice.bankFile.bookedFrom'),
            cell: (duplicate) => duplicate.bankFileId && <Link to={bankFileHref(duplicate.bankFileId)}>{t('backoffice.bankFile.bookedFromFile')}</Link>,
          },
        ]}
      />
      {report.duplicates > LISTED && <p>{t('backoffice.bankFile.listedOnly', { count: LISTED })}</p>}
    </Section>
  );
}

function LumpSumsSection({ report }: { report: BankFileReport }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.bankFile.lumpSumsHeading')}>
      <DataTable
        caption={t('backoffice.bankFile.lumpSumsCaption')}
        rows={report.lumpSumList}
        rowKey={(lump) => lump.reference}
        columns={[
          { label: t('backoffice.bankFile.deposit'), nowrap: true, cell: (lump) => lump.reference },
          { label: t('backoffice.bankFile.date'), nowrap: true, cell: (lump) => lump.date },
          { label: t('backoffice.bankFile.amount'), numeric: true, cell: (lump) => <Money ore={lump.amountOre} /> },
          { label: t('backoffice.bankFile.lumpSumState'), cell: (lump) => t(lump.bookedInDetail ? 'backoffice.bankFile.lumpSumBooked' : 'backoffice.bankFile.lumpSumWaiting') },
        ]}
      />
    </Section>
  );
}

/** A refused file: where each error is (a line or an XML path) and why, in words. */
export function FileErrorsSection({ errors }: { errors: BankFileError[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.bankFile.errorsHeading')}>
      <DataTable
        caption={t('backoffice.bankFile.errorsCaption')}
        rows={errors.map((error, index) => ({ ...error, index }))}
        rowKey={(error) => String(error.index)}
        columns={[
          {
            label: t('backoffice.bankFile.where'),
            cell: (error) => <ErrorPlace error={error} />,
          },
          { label: t('backoffice.bankFile.message'), cell: (error) => error.message },
        ]}
      />
    </Section>
  );
}

/** Where an error is: "Rad 4", or its XML path. */
export function ErrorPlace({ error }: { error: Pick<BankFileError, 'line' | 'path'> }) {
  const { t } = useTranslation();
  return error.line !== null ? t('backoffice.bankFile.line', { line: error.line }) : error.path && <XmlPath path={error.path} />;
}

/** An XML path that may break after each "/" (never inside a name), so a phone shows it whole. */
function XmlPath({ path }: { path: string }) {
  const parts = path.split('/');
  return (
    <code>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </span>
      ))}
    </code>
  );
}
