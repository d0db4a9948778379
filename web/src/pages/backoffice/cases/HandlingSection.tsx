import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { CASE_STATUSES } from '../../../cases';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CaseAssignBody, CaseStatus, CaseStatusBody, NamedRef, StaffCaseDetail, StaffCaseResponse } from '@api';

interface Props {
  detail: StaffCaseDetail;
  staff: NamedRef[];
  onChanged: () => void;
}

/** "Handläggning": change the status, or give the case to someone (or to the shared queue). */
export function HandlingSection({ detail, staff, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.case.handlingHeading')}>
      <div className="card-grid card-grid--wide">
        <div className="card">
          <StatusForm detail={detail} onChanged={onChanged} />
        </div>
        <div className="card">
          <AssignForm detail={detail} staff={staff} onChanged={onChanged} />
        </div>
      </div>
    </Section>
  );
}

function casePath(detail: StaffCaseDetail, action: string): string {
  return `/api/backoffice/cases/${encodeURIComponent(detail.id)}/${action}`;
}

function StatusForm({ detail, onChanged }: Omit<Props, 'staff'>) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseStatus>(detail.status);
  const submit = useSubmit();

  function change() {
    return submit.run(async () => {
      const result = await apiPost<StaffCaseResponse, CaseStatusBody>(casePath(detail, 'status'), { status });
      submit.setStatus(t('backoffice.case.statusChanged', { status: t(`caseStatus.${result.case.status}`) }));
      onChanged();
    });
  }

  return (
    <Form submit={submit} onSubmit={change} className="form form--compact">
      <SelectField
        label={t('backoffice.case.status')}
        value={status}
        onValueChange={(value) => {
          setStatus(value as CaseStatus);
        }}
      >
        {CASE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`caseStatus.${value}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button--primary">
        {t('backoffice.case.changeStatus')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}

function AssignForm({ detail, staff, onChanged }: Props) {
  const { t } = useTranslation();
  const [staffId, setStaffId] = useState(detail.responsible?.id ?? '');
  const submit = useSubmit();
  // Someone who is no longer on the list (e.g. deactivated) can still be the one responsible.
  const people = detail.responsible && !staff.some((person) => person.id === detail.responsible?.id) ? [detail.responsible, ...staff] : staff;

  function assign() {
    return submit.run(async () => {
      const result = await apiPost<StaffCaseResponse, CaseAssignBody>(casePath(detail, 'assign'), { staffId: staffId || null });
      const responsible = result.case.responsible;
      submit.setStatus(responsible ? t('backoffice.case.assigned', { name: responsible.name }) : t('backoffice.case.toQueue'));
      onChanged();
    });
  }

  return (
    <Form submit={submit} onSubmit={assign} className="form form--compact">
      <SelectField label={t('backoffice.case.assignee')} value={staffId} onValueChange={setStaffId}>
        <option value="">{t('backoffice.case.queue')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button--primary">
        {t('backoffice.case.assign')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}
