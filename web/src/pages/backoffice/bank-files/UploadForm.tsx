import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUpload } from '../../../api';
import { ErrorSummary, FieldError, Form, useDescribedBy } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { formatFileSize } from '../../../format';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { BankFileReceived } from '@api';
import { RefusedFileErrors, refusalOf, type Refusal } from './RefusedFile';

/** What the server takes: XML (camt) and BgMax text; any other file is refused there in words. */
const ACCEPT = '.xml,.txt,.dat,.bgm,.bgmax,application/xml,text/xml,text/plain';

/**
 * "Läs in en bankfil": one file (the existing upload button style), "Läs in", and the answer: the
 * import's page, where its progress and report are. A refusal (not a bank file, too large, or a
 * malformed file with its errors, each with its line or XML path) is shown in the form's error summary
 * with the file marked; a malformed file is then listed among the files as refused (`onRefused`).
 */
export function UploadForm({ onReceived, onRefused }: { onReceived: (received: BankFileReceived) => void; onRefused: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit<'file'>();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [refusal, setRefusal] = useState<Refusal>();
  const field = submit.field('file');
  const hintId = `${field.id}-hint`;
  const chosenId = `${field.id}-chosen`;
  const messageId = field.invalid && field.error ? `${field.id}-message` : undefined;
  const describedBy = useDescribedBy({ invalid: field.invalid, messageId, ids: [chosenId, hintId] });

  function send() {
    if (!file) return submit.fail(t('backoffice.bankFiles.fileMissing'), ['file']);
    setRefusal(undefined);
    return submit.run(
      async () => {
        const body = new FormData();
        body.append('file', file, file.name);
        const received = await apiUpload<BankFileReceived>('/api/backoffice/bank-files', body);
        setFile(undefined);
        if (input.current) input.current.value = '';
        onReceived(received);
      },
      (error) => {
        const refused = refusalOf(error, file.name);
        setRefusal(refused);
        if (refused) onRefused();
        return ['file'];
      },
    );
  }

  return (
    <Section title={t('backoffice.bankFiles.uploadHeading')}>
      <Form submit={submit} onSubmit={send} className="form narrow" alert={<ErrorSummary submit={submit}>{refusal && <RefusedFileErrors refusal={refusal} />}</ErrorSummary>}>
        <fieldset className="field attachment-picker">
          <legend>{t('backoffice.bankFiles.file')}</legend>
          {messageId && <FieldError id={messageId} message={field.error} />}
          <div className="attachment-picker__buttons">
            <label className="button button--secondary file-button">
              <input
                ref={input}
                id={field.id}
                type="file"
                className="visually-hidden"
                accept={ACCEPT}
                aria-describedby={describedBy}
                aria-invalid={field.invalid ? true : undefined}
                onChange={(event) => {
                  setFile(event.target.files?.[0]);
                  setRefusal(undefined);
                  submit.clearError();
                }}
              />
              {t('backoffice.bankFiles.chooseFile')}
            </label>
          </div>
          <p id={chosenId}>
            {file ? t('backoffice.bankFiles.chosen', { name: file.name, size: formatFileSize(file.size, currentLanguage()) }) : t('backoffice.bankFiles.noFileChosen')}
          </p>
          <p className="hint" id={hintId}>
            {t('backoffice.bankFiles.fileHint')}
          </p>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button">
            {submit.submitting ? t('backoffice.bankFiles.uploading') : t('backoffice.bankFiles.upload')}
          </button>
        </div>
      </Form>
    </Section>
  );
}
