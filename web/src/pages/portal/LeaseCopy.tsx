import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useState } from 'react';
import { apiPost } from '../../api';
import { FormAlert, FormStatus } from '../../components/Form';
import { useSubmit } from '../../hooks/useSubmit';
import type { LeaseCopyRequest, LeaseDetail } from '@api';

/**
 * How the tenant gets the lease document. One signed digitally: its PDF, downloaded. One signed on paper: "Begär kopia", one click that sends a case
 * to the customer manager and answers with its number (asking again gives the same case).
 */
export function LeaseCopy({ lease }: { lease: LeaseDetail }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [sent, setSent] = useState<LeaseCopyRequest | null>(null);

  if (lease.signing === 'digital') {
    return (
      <>
        <p>{t('portal.lease.digitalCopy')}</p>
        {lease.document && (
          <p>
            <a href={lease.document.url} download={lease.document.filename}>{t('portal.lease.download', { name: lease.document.filename })}</a>
          </p>
        )}
      </>
    );
  }

  async function request() {
    const answer = await submit.run(() => apiPost<LeaseCopyRequest>(`/api/portal/leases/${encodeURIComponent(lease.id)}/copy-request`));
    if (!answer) return;
    setSent(answer);
    submit.setStatus(t(answer.created ? 'portal.lease.copyRequested' : 'portal.lease.copyAlreadyRequested', { number: answer.case.number }));
  }

  return (
    <div className="lease-copy">
      <p>{t('portal.lease.manualCopy')}</p>
      <FormAlert submit={submit} />
      <button type="button" className="button button--secondary" aria-disabled={submit.submitting ? true : undefined} onClick={() => void request()}>
        {t('portal.lease.requestCopy')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
      {sent && (
        <p>
          <Link to={`/arenden/${sent.case.id}`}>{t('portal.lease.copyCase', { number: sent.case.number })}</Link>
        </p>
      )}
    </div>
  );
}
