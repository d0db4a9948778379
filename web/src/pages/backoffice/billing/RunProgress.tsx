import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { ErrorAlert, Loading } from '../../../components/Status';
import { formatMoney, formatNumber } from '../../../format';
import { currentLanguage } from '../../../i18n';
import { usePolling } from '../../../hooks/usePolling';
import type { InvoiceRun, InvoiceRunResponse } from '@api';
import { periodLabel } from './periods';

/** How often the bar asks the server how far the run has come. */
const POLL_MS = 1000;

function finished(run: InvoiceRun): boolean {
  return run.status === 'done' || run.status === 'failed';
}

/**
 * The progress of one run: a <progress> bar with "Aviseringskörning april 2026: 120 av 400 avtal",
 * asked for every second until the run is done or has failed, then what it made.
 */
export function RunProgress({ id, focus, onFinished }: { id: string; focus: boolean; onFinished: () => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, retry } = usePolling<InvoiceRunResponse>(`/api/backoffice/invoice-runs/${encodeURIComponent(id)}`, ({ run }) => finished(run), {
    intervalMs: POLL_MS,
    onFinished, // the list of runs shows the new count and total
  });
  const run = data?.run;

  // Keyboard and screen-reader users land on the run they have just started.
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  const lang = currentLanguage();
  const period = run ? periodLabel(run.period.title ?? run.period.key, t, lang, true) : '';
  const title = run ? t('backoffice.invoiceRun.runHeading', { period }) : t('backoffice.invoiceRun.runHeadingLoading');

  return (
    <Section title={title} headingRef={headingRef} className="run-progress">
      {error && <ErrorAlert message={error.message} onRetry={error.status === 404 ? undefined : retry} />}
      {run === undefined ? (
        !error && <Loading />
      ) : (
        <>
          <p id={labelId} className="run-progress__label">
            {run.status === 'queued'
              ? t('backoffice.invoiceRun.queued', { period })
              : t('backoffice.invoiceRun.progressLabel', { period, done: formatNumber(run.leasesDone, lang), total: formatNumber(run.leasesTotal, lang) })}
          </p>
          {run.status === 'queued' ? (
            <progress className="run-progress__bar" aria-labelledby={labelId} />
          ) : (
            <progress className="run-progress__bar" aria-labelledby={labelId} max={Math.max(run.leasesTotal, 1)} value={run.status === 'done' ? Math.max(run.leasesTotal, 1) : run.leasesDone} />
          )}
          <div role="status" className="run-progress__result">
            {run.status === 'done' && (
              <p className="run-progress__done">{t('backoffice.invoiceRun.done', { count: run.invoiceCount, total: formatMoney(run.totalOre, lang) })}</p>
            )}
          </div>
          {run.status === 'failed' && (
            <ErrorAlert
              message={
                run.error ? t('backoffice.invoiceRun.failed', { period, error: run.error }) : t('backoffice.invoiceRun.failedNoReason', { period })
              }
            />
          )}
        </>
      )}
    </Section>
  );
}
