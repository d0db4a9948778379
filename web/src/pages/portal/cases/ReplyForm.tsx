import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Form, FormStatus } from '../../../components/Form';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CaseDetail } from '../../../types';

interface Props {
  caseId: string;
  /** A closed case can still be written to: the server reopens it if it closed recently. */
  closed: boolean;
  onSent: () => void;
}

/** The tenant's message in the dialog of a case. */
export function ReplyForm({ caseId, closed, onSent }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const submit = useSubmit();

  function send() {
    if (body.trim() === '') return submit.fail(t('cases.missingMessage'));
    return submit.run(async () => {
      await apiPost<{ case: CaseDetail }>(`/api/portal/cases/${encodeURIComponent(caseId)}/messages`, { body: body.trim() });
      setBody('');
      submit.setStatus(t('portal.case.sent'));
      onSent();
    });
  }

  return (
    <Form submit={submit} onSubmit={send} className="form form--compact narrow">
      <TextAreaField
        label={t('cases.message')}
        hint={closed ? t('portal.case.reopenHint') : undefined}
        invalid={submit.error !== undefined}
        value={body}
        onValueChange={setBody}
      />
      <button type="submit" className="button button--primary">
        {t('portal.case.send')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}
