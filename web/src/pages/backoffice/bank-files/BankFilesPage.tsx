import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatTimestamp } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useStaffCan } from '../../../session';
import type { BankFile, BankFileList, BankFileReceived } from '@api';
import { UploadForm } from './UploadForm';
import { bankFileHref, bankFileStatusTones, UNMATCHED_QUEUE_HREF, type BankFileUploadedState } from './bankFileWords';

/**
 * "Bankfiler" (/admin/bankfiler): read in the bank's file of incoming payments (staff who may edit
 * billing), and the files read so far with their status and counts. An import runs as a job: the
 * upload goes to its page, where the progress bar and the report are.
 */
export function BankFilesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canImport = useStaffCan('billing.edit');
  const files = useApiData<BankFileList>('/api/backoffice/bank-files');

  function received(answer: BankFileReceived) {
    const state: BankFileUploadedState = { message: answer.message, alreadyImported: answer.alreadyImported };
    void navigate(bankFileHref(answer.bankFile.id), { state });
  }

  return (
    <>
      <PageHeading>{t('backoffice.bankFiles.title')}</PageHeading>
      <p>{t('backoffice.bankFiles.intro')}</p>
      <p>
        <Link to={UNMATCHED_QUEUE_HREF}>{t('backoffice.bankFiles.queueLink')}</Link>
      </p>
      {canImport ? <UploadForm onReceived={received} onRefused={files.reload} /> : <p>{t('backoffice.bankFiles.readOnly')}</p>}
      <Section title={t('backoffice.bankFiles.historyHeading')}>
        <AsyncContent state={files}>
          {({ bankFiles }) => (bankFiles.length === 0 ? <EmptyState title={t('backoffice.bankFiles.empty')} /> : <BankFileTable files={bankFiles} />)}
        </AsyncContent>
      </Section>
    </>
  );
}

function BankFileTable({ files }: { files: BankFile[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('backoffice.bankFiles.caption')}
      rows={files}
      rowKey={(file) => file.id}
      columns={[
        { label: t('backoffice.bankFiles.fileName'), cell: (file) => <Link to={bankFileHref(file.id)}>{file.fileName}</Link> },
        { label: t('backoffice.bankFiles.received'), nowrap: true, cell: (file) => <time dateTime={file.receivedAt}>{formatTimestamp(file.receivedAt)}</time> },
        {
          label: t('backoffice.bankFiles.receivedBy'),
          cell: (file) => file.receivedBy?.name ?? (file.source === 'folder' ? t('backoffice.bankFiles.bySystem') : t('backoffice.bankFiles.byApi')),
        },
        { label: t('backoffice.bankFiles.format'), nowrap: true, cell: (file) => file.format && t(`backoffice.bankFiles.formatWord.${file.format}`) },
        { label: t('backoffice.bankFiles.status'), cell: (file) => <StatusBadge tone={bankFileStatusTones[file.status]}>{t(`backoffice.bankFiles.statusWord.${file.status}`)}</StatusBadge> },
        { label: t('backoffice.bankFiles.payments'), numeric: true, cell: (file) => file.counts?.payments },
        { label: t('backoffice.bankFiles.matched'), numeric: true, cell: (file) => file.counts?.matched },
        { label: t('backoffice.bankFiles.unmatched'), numeric: true, cell: (file) => file.counts?.unmatched },
        { label: t('backoffice.bankFiles.duplicates'), numeric: true, cell: (file) => file.counts?.duplicates },
        { label: t('backoffice.bankFiles.booked'), numeric: true, cell: (file) => file.counts && <Money ore={file.counts.bookedOre} /> },
      ]}
    />
  );
}
