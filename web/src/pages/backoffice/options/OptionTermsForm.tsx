import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut } from '../../../api';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { TextAreaField } from '../../../components/TextAreaField';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { OptionTerms } from '@api';

/** The landlord's terms for option orders (villkor), which the checkout shows. */
export function OptionTermsForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const terms = useApiData<OptionTerms>('/api/backoffice/option-terms');
  const submit = useSubmit<'text'>();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => { if (terms.data) setText(terms.data.text); }, [terms.data]);
  const save = () => {
    setSaved(false);
    return submit.run(async () => { await apiPut<OptionTerms, OptionTerms>('/api/backoffice/option-terms', { text }); setSaved(true); }, () => ['text']);
  };
  return (
    <Section title={t('backoffice.tillval.terms')}>
      <Form submit={submit} onSubmit={save} className="form">
        <TextAreaField label={t('backoffice.tillval.terms')} hint={t('backoffice.tillval.termsHint')} required rows={10} maxLength={20_000} readOnly={!canEdit}
          {...submit.field('text')} value={text} onValueChange={setText} />
        {canEdit && <button type="submit" className="button button--primary">{t('backoffice.tillval.saveTerms')}</button>}
        {saved && <FormStatus>{t('backoffice.tillval.saved')}</FormStatus>}
      </Form>
    </Section>
  );
}
