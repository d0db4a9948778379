import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Money } from '../../../components/Money';
import { KEEP_FOCUS, PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatTimestamp } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import { useStaffCan } from '../../../session';
import type { InvoiceRun, InvoiceRunList, InvoiceRunStatus } from '@api';
import { periodLabel } from './periods';
import { RunForm } from './RunForm';
import { RunProgress } from './RunProgress';

const statusTones = { queued: 'info', running: 'info', done: 'success', failed: 'danger' } as const satisfies Record<InvoiceRunStatus, string>;

/**
 * "Aviseringskörning" (/admin/avisering): preview a month or a quarter, run it as a background job and
 * follow its progress (/admin/avisering/:id, so that the bar survives a reload), and the runs so far.
 * Staff who may read billing see it all and may preview; only those who may edit it get the run button.
 */
export function InvoiceRunPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const canRun = useStaffCan('billing.edit');
  const runs = useApiData<InvoiceRunList>('/api/backoffice/invoice-runs');
  const reloadRuns = runs.reload;
  // The run started here (not one opened by its address): its bar takes focus.
  const [startedId, setStartedId] = useState<string>();

  const started = useCallback(
    (run: InvoiceRun) => {
      // The run's own address: a reload shows its bar again. Focus goes to the bar, not the heading.
      setStartedId(run.id);
      void navigate(`/admin/avisering/${encodeURIComponent(run.id)}`, { state: KEEP_FOCUS });
      reloadRuns();
    },
    [navigate, reloadRuns],
  );

  return (
    <>
      <PageHeading>{t('backoffice.invoiceRun.title')}</PageHeading>
      <p>{t('backoffice.invoiceRun.intro')}</p>
      {!canRun && <p>{t('backoffice.invoiceRun.readOnly')}</p>}
      <RunForm canRun={canRun} onStarted={started} />
      {id !== undefined && <RunProgress key={id} id={id} focus={startedId === id} onFinished={reloadRuns} />}
      <Section title={t('backoffice.invoiceRun.historyHeading')}>
        <AsyncContent state={runs}>
          {({ runs: list }) => (list.length === 0 ? <EmptyState title={t('backoffice.invoiceRun.noRuns')} /> : <RunTable runs={list} />)}
        </AsyncContent>
      </Section>
    </>
  );
}

function RunTable({ runs }: { runs: InvoiceRun[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <DataTable
      caption={t('backoffice.invoiceRun.historyCaption')}
      rows={runs}
      rowKey={(run) => run.id}
      columns={[
        {
          label: t('backoffice.invoiceRun.period'),
          nowrap: true,
          cell: (run) => (
            <Link to={`/admin/avisering/${encodeURIComponent(run.id)}`} state={KEEP_FOCUS}>
              {periodLabel(run.period.title ?? run.period.key, t, lang)}
            </Link>
          ),
        },
        {
          label: t('backoffice.invoiceRun.started'),
          nowrap: true,
          cell: (run) => {
            const at = run.startedAt ?? run.createdAt;
            return <time dateTime={at}>{formatTimestamp(at)}</time>;
          },
        },
        { label: t('backoffice.invoiceRun.startedBy'), cell: (run) => run.createdBy?.name },
        {
          label: t('backoffice.invoiceRun.status'),
          cell: (run) => <StatusBadge tone={statusTones[run.status]}>{t(`backoffice.invoiceRun.runStatus.${run.status}`)}</StatusBadge>,
        },
        { label: t('backoffice.invoiceRun.invoices'), numeric: true, cell: (run) => run.invoiceCount },
        { label: t('backoffice.invoiceRun.total'), numeric: true, cell: (run) => <Money ore={run.totalOre} /> },
      ]}
    />
  );
}
