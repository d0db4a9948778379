import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { useSubmit } from '../../../hooks/useSubmit';
import { useSession } from '../../../session';
import type { MyNameBody, PortalMe } from '@api';

/** The tenant user's own name (shown in the header). */
export function NameSection({ name, onSaved }: { name: string | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [value, setValue] = useState(name ?? '');
  const submit = useSubmit<'name'>();

  function save() {
    if (value.trim() === '') {
      submit.fail(t('portal.me.missingName'), ['name']);
    } else {
      return submit.run(async () => {
        await apiPatch<PortalMe, MyNameBody>('/api/portal/me', { name: value.trim() });
        submit.setStatus(t('portal.me.nameSaved'));
        onSaved();
        await refresh(); // the header shows the name
      }, () => ['name']);
    }
  }

  return (
    <Section className="card" title={t('portal.me.nameHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <Field label={t('portal.me.name')} autoComplete="name" {...submit.field('name')} value={value} onValueChange={setValue} />
        <button type="submit" className="button button--primary">
          {t('portal.me.save')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
