import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSubmit } from '../../../hooks/useSubmit';
import type { OptionOrder, OptionOrderMoveBody, OptionOrderResponse, OptionOrderStatus } from '@api';

type MoveField = 'to' | 'plannedDate' | 'reason';

/** Staff move the order on: Godkänd, Planerad with a date, Utförd (books the surcharge and fee), Avslutad, Nekad with a reason. */
export function OptionOrderHandling({ order, onMoved }: { order: OptionOrder; onMoved: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit<MoveField>();
  const [to, setTo] = useState<OptionOrderStatus | ''>('');
  const [plannedDate, setPlannedDate] = useState(order.plannedDate ?? '');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<OptionOrderStatus | null>(null);
  if (order.next.length === 0) return null;

  function send() {
    if (!to) return submit.fail(t('optionOrder.choose'), ['to']);
    setSaved(null);
    return submit.run(async () => {
      const moved = await apiPost<OptionOrderResponse, OptionOrderMoveBody>(`/api/backoffice/option-orders/${order.id}/status`, {
        from: order.status, to, plannedDate: to === 'planned' ? plannedDate || null : null, reason: to === 'rejected' ? reason : null,
      });
      setSaved(moved.order.status);
      setTo('');
      onMoved();
    }, (error) => {
      const field = error.details?.field;
      return field === 'plannedDate' || field === 'reason' ? [field] : ['to'];
    });
  }

  return (
    <Form submit={submit} onSubmit={send} className="form narrow">
      <h3>{t('optionOrder.move')}</h3>
      <SelectField label={t('optionOrder.moveTo')} required {...submit.field('to')} value={to} onValueChange={(v) => setTo(v as OptionOrderStatus | '')}>
        <option value="">{t('optionOrder.choose')}</option>
        {order.next.map((s) => <option key={s} value={s}>{t(`optionStatus.${s}`)}</option>)}
      </SelectField>
      {to === 'planned' && <Field label={t('optionOrder.plannedDate')} type="date" required {...submit.field('plannedDate')} value={plannedDate} onValueChange={setPlannedDate} />}
      {to === 'rejected' && <TextAreaField label={t('optionOrder.reason')} required maxLength={2000} rows={3} {...submit.field('reason')} value={reason} onValueChange={setReason} />}
      {to === 'done' && <p className="hint">{t('optionOrder.doneHint')}</p>}
      <button type="submit" className="button button--primary">{t('optionOrder.save')}</button>
      {saved && <FormStatus>{t('optionOrder.saved', { status: t(`optionStatus.${saved}`) })}</FormStatus>}
    </Form>
  );
}
