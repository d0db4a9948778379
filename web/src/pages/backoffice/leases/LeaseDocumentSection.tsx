import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { AttachmentList } from '../../../components/attachments/AttachmentList';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { useAttachmentUploads } from '../../../hooks/useAttachmentUploads';
import { useSubmit } from '../../../hooks/useSubmit';
import type { LeaseDocument, LeaseDocumentBody, RegisterLease } from '@api';

/**
 * "Undertecknat avtal": the signed lease's PDF on file (a link that downloads it), and for finance and
 * administrators an upload of a new one. Attaching it makes the lease digitally signed; the customer's
 * tenants download the latest from the lease's page on Mina sidor.
 */
export function LeaseDocumentSection({ lease, onChanged }: { lease: RegisterLease; onChanged: () => void }) {
  const { t } = useTranslation();
  const uploads = useAttachmentUploads('backoffice', 1);
  const submit = useSubmit<'attachmentId'>();

  function save() {
    return submit.run(async () => {
      const ids = await uploads.idsToSend((message) => submit.fail(message, ['attachmentId']));
      if (!ids) return;
      const [attachmentId] = ids;
      if (attachmentId === undefined) {
        submit.fail(t('backoffice.lease.document.missing'), ['attachmentId']);
        return;
      }
      const result = await apiPost<LeaseDocument, LeaseDocumentBody>(`/api/backoffice/leases/${encodeURIComponent(lease.id)}/document`, { attachmentId });
      uploads.clear();
      submit.setStatus(t('backoffice.lease.document.attached', { name: result.document.filename }));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.lease.document.heading')}>
      {lease.document ? (
        <>
          <p>{t('backoffice.lease.document.current')}</p>
          <AttachmentList attachments={[lease.document]} />
        </>
      ) : (
        <p className="muted">{t(lease.signing === 'digital' ? 'backoffice.lease.document.noneDigital' : 'backoffice.lease.document.none')}</p>
      )}
      {lease.canEdit && (
        <Form submit={submit} onSubmit={save} className="form form--compact">
          <AttachmentPicker
            uploads={uploads}
            pdfOnly
            label={t('backoffice.lease.document.label')}
            hint={t(lease.document ? 'backoffice.lease.document.replaceHint' : 'backoffice.lease.document.hint')}
            {...submit.field('attachmentId')}
          />
          <button type="submit" className="button button--primary">
            {t('backoffice.lease.document.submit')}
          </button>
          <FormStatus>{submit.status}</FormStatus>
        </Form>
      )}
    </Section>
  );
}
