import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Detail } from '../../../components/Detail';
import { FormStatus } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { ErrorAlert, Loading } from '../../../components/Status';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatFileSize, formatNumber, formatTimestamp } from '../../../format';
import { usePolling } from '../../../hooks/usePolling';
import { currentLanguage } from '../../../i18n';
import type { BankFileDetail, BankFileResponse } from '@api';
import { FileErrorsSection, ReportSections } from './ReportSections';
import { bankFileFinished, bankFileStatusTones, uploadedState } from './bankFileWords';

/**
 * One bank file (/admin/bankfiler/:id): while it waits or is read, a progress bar asked for every
 * second (so it survives a reload); then its report, or for a refused file the lines and reasons.
 */
export function BankFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const uploaded = uploadedState(location.state);
  const { data, error, retry } = usePolling<BankFileResponse>(`/api/backoffice/bank-files/${encodeURIComponent(id)}`, ({ bankFile }) => bankFileFinished(bankFile));
  const file = data?.bankFile.id === id ? data.bankFile : undefined;

  return (
    <>
      <p className="back-link">
        <Link to="/admin/bankfiler">{t('backoffice.bankFile.back')}</Link>
      </p>
      <PageHeading>{file?.fileName ?? t('backoffice.bankFile.title')}</PageHeading>
      {uploaded && <FormStatus>{uploaded.message}</FormStatus>}
      {error && <ErrorAlert message={error.message} onRetry={error.status === 404 ? undefined : retry} />}
      {file === undefined ? !error && <Loading /> : <BankFileContent file={file} />}
    </>
  );
}

function BankFileContent({ file }: { file: BankFileDetail }) {
  return (
    <>
      <Overview file={file} />
      {!bankFileFinished(file) && <ImportProgress file={file} />}
      {file.status === 'done' && file.report && <ReportSections file={file} report={file.report} />}
      {file.status === 'refused' && <FileErrorsSection errors={file.errors} />}
    </>
  );
}

function Overview({ file }: { file: BankFileDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Section title={t('backoffice.bankFile.overview')}>
      <dl className="details">
        <Detail label={t('backoffice.bankFiles.status')}>
          <StatusBadge tone={bankFileStatusTones[file.status]}>{t(`backoffice.bankFiles.statusWord.${file.status}`)}</StatusBadge>
        </Detail>
        {file.format && <Detail label={t('backoffice.bankFiles.format')}>{t(`backoffice.bankFiles.formatWord.${file.format}`)}</Detail>}
        <Detail label={t('backoffice.bankFiles.received')}>
          <time dateTime={file.receivedAt}>{formatTimestamp(file.receivedAt)}</time>
        </Detail>
        <Detail label={t('backoffice.bankFile.source')}>{t(`backoffice.bankFile.sourceWord.${file.source}`)}</Detail>
        {file.receivedBy && <Detail label={t('backoffice.bankFile.receivedBy')}>{file.receivedBy.name}</Detail>}
        <Detail label={t('backoffice.bankFile.size')}>{formatFileSize(file.sizeBytes, lang)}</Detail>
      </dl>
      {file.status === 'done' && file.finishedAt && <p>{t('backoffice.bankFile.done', { at: formatTimestamp(file.finishedAt) })}</p>}
      {file.status === 'refused' && <ErrorAlert message={t('backoffice.bankFile.refused')} />}
      {file.status === 'failed' && (
        <ErrorAlert message={file.failure ? t('backoffice.bankFile.failed', { error: file.failure }) : t('backoffice.bankFile.failedNoReason')} />
      )}
    </Section>
  );
}

/** "camt054.xml: 1 200 av 10 000 betalningar" and its bar; before the file is read, a bar that only moves. */
function ImportProgress({ file }: { file: BankFileDetail }) {
  const { t } = useTranslation();
  const labelId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lang = currentLanguage();
  const { done, total } = file.progress;
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const label =
    file.status === 'queued'
      ? t('backoffice.bankFile.queued', { name: file.fileName })
      : total === 0
        ? t('backoffice.bankFile.reading', { name: file.fileName })
        : t('backoffice.bankFile.progress', { name: file.fileName, done: formatNumber(done, lang), total: formatNumber(total, lang) });
  return (
    <Section title={t('backoffice.bankFile.progressHeading')} headingRef={headingRef} className="run-progress">
      <p id={labelId} className="run-progress__label">
        {label}
      </p>
      {total === 0 ? (
        <progress className="run-progress__bar" aria-labelledby={labelId} />
      ) : (
        <progress className="run-progress__bar" aria-labelledby={labelId} max={total} value={done} />
      )}
      {file.failure && <p role="status">{t('backoffice.bankFile.retrying', { error: file.failure })}</p>}
    </Section>
  );
}
