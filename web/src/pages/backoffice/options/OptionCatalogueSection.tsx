import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, apiPut, apiUpload } from '../../../api';
import { DataTable } from '../../../components/DataTable';
import { Field } from '../../../components/Field';
import { Form, FormAlert, FormStatus } from '../../../components/Form';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { OptionCatalogueAdmin } from '@api';
import { OptionForm } from './OptionForm';

type Catalogue = OptionCatalogueAdmin;
type Group = Catalogue['groups'][number];
type Option = Catalogue['options'][number];

/** Groups in order with their options; retire or put back; a picture per option through the upload checks. */
export function OptionCatalogueSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const catalogue = useApiData<Catalogue>('/api/backoffice/option-catalogue');
  const action = useSubmit();
  const [editing, setEditing] = useState<string | null>(null);

  const toggleGroup = (g: Group) => void action.run(async () => {
    await apiPut<Catalogue, { name: string; sortOrder: number; retired: boolean }>(`/api/backoffice/option-groups/${g.id}`, { name: g.name, sortOrder: g.sortOrder, retired: !g.retired });
    catalogue.reload();
  });
  const toggleOption = (o: Option) => void action.run(async () => {
    const { id: _id, pictures: _pictures, retired, ...fields } = o;
    await apiPut<Catalogue, typeof fields & { retired: boolean }>(`/api/backoffice/options/${o.id}`, { ...fields, retired: !retired });
    catalogue.reload();
  });
  const addPicture = (o: Option, file: File) => void action.run(async () => {
    const form = new FormData();
    form.append('file', file);
    const uploaded = await apiUpload<{ attachment: { id: string } }>('/api/backoffice/uploads', form);
    await apiPost<Catalogue, { attachmentId: string }>(`/api/backoffice/options/${o.id}/pictures`, { attachmentId: uploaded.attachment.id });
    catalogue.reload();
  });

  return (
    <Section title={t('backoffice.tillval.catalogue')}>
      <FormAlert submit={action} />
      <AsyncContent state={catalogue}>
        {({ groups, options }) => (
          <>
            <DataTable
              caption={t('backoffice.tillval.groupsCaption')}
              visibleCaption
              rows={groups}
              rowKey={(g) => g.id}
              columns={[
                { label: t('backoffice.tillval.group'), cell: (g) => g.name },
                { label: t('backoffice.tillval.order'), numeric: true, cell: (g) => g.sortOrder },
                { label: t('backoffice.tillval.options'), numeric: true, cell: (g) => g.optionCount },
                { label: t('backoffice.tillval.status'), cell: (g) => (g.retired ? t('backoffice.tillval.retired') : t('backoffice.tillval.active')) },
                ...(canEdit ? [{
                  label: t('backoffice.tillval.actions'), cell: (g: Group) => (
                    <button type="button" className="button button--secondary" onClick={() => toggleGroup(g)} aria-label={`${g.retired ? t('backoffice.tillval.restore') : t('backoffice.tillval.retire')}: ${g.name}`}>
                      {g.retired ? t('backoffice.tillval.restore') : t('backoffice.tillval.retire')}
                    </button>
                  ),
                }] : []),
              ]}
            />
            {canEdit && <NewGroupForm onAdded={catalogue.reload} next={groups.length + 1} />}
            {groups.map((g) => (
              <Fragment key={g.id}>
              <DataTable
                caption={t('backoffice.tillval.optionsCaption', { group: g.name })}
                visibleCaption
                rows={options.filter((o) => o.groupId === g.id)}
                rowKey={(o) => o.id}
                columns={[
                  { label: t('backoffice.tillval.name'), cell: (o) => o.name },
                  { label: t('backoffice.tillval.monthly'), numeric: true, cell: (o) => (o.monthlyOre === null ? null : <Money ore={o.monthlyOre} />) },
                  { label: t('backoffice.tillval.fee'), numeric: true, cell: (o) => (o.feeOre === null ? null : <Money ore={o.feeOre} />) },
                  { label: t('backoffice.tillval.unit'), cell: (o) => (o.unit === 'piece' ? `${t('backoffice.tillval.unitPiece')} (≤ ${o.maxQuantity})` : t('backoffice.tillval.unitOther')) },
                  { label: t('backoffice.tillval.spaceKind'), cell: (o) => t(`spaceKind.${o.spaceKind}`) },
                  { label: t('backoffice.tillval.pictures'), numeric: true, cell: (o) => o.pictures.length },
                  { label: t('backoffice.tillval.status'), cell: (o) => (o.retired ? t('backoffice.tillval.retired') : t('backoffice.tillval.active')) },
                  ...(canEdit ? [{
                    label: t('backoffice.tillval.actions'), cell: (o: Option) => (
                      <div className="row-actions">
                        <label className="button button--secondary">
                          <span aria-hidden="true">{t('backoffice.tillval.pictures')} +</span>
                          <input type="file" accept="image/jpeg,image/png,image/webp,image/heic" className="visually-hidden" aria-label={t('backoffice.tillval.addPicture', { name: o.name })}
                            onChange={(event) => { const file = event.target.files?.[0]; if (file) addPicture(o, file); event.target.value = ''; }} />
                        </label>
                        <button type="button" className="button button--secondary" onClick={() => setEditing(o.id)} aria-label={`${t('backoffice.tillval.edit')}: ${o.name}`} aria-expanded={editing === o.id}>
                          {t('backoffice.tillval.edit')}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => toggleOption(o)} aria-label={`${o.retired ? t('backoffice.tillval.restore') : t('backoffice.tillval.retire')}: ${o.name}`}>
                          {o.retired ? t('backoffice.tillval.restore') : t('backoffice.tillval.retire')}
                        </button>
                      </div>
                    ),
                  }] : []),
                ]}
              />
              {canEdit && options.some((o) => o.id === editing && o.groupId === g.id) && (
                <OptionForm key={editing} groups={groups} option={options.find((o) => o.id === editing)!} onSaved={catalogue.reload} onCancel={() => setEditing(null)} />
              )}
              </Fragment>
            ))}
            {canEdit && groups.length > 0 && <OptionForm groups={groups} onSaved={catalogue.reload} />}
          </>
        )}
      </AsyncContent>
    </Section>
  );
}

function NewGroupForm({ onAdded, next }: { onAdded: () => void; next: number }) {
  const { t } = useTranslation();
  const submit = useSubmit<'name'>();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(false);
  const add = () => submit.run(async () => {
    await apiPost<{ id: string }, { name: string; sortOrder: number }>('/api/backoffice/option-groups', { name: name.trim(), sortOrder: next });
    setName('');
    setSaved(true);
    onAdded();
  }, () => ['name']);
  return (
    <Form submit={submit} onSubmit={add} className="form narrow">
      <h3>{t('backoffice.tillval.newGroup')}</h3>
      <Field label={t('backoffice.tillval.groupName')} required maxLength={100} {...submit.field('name')} value={name} onValueChange={(v) => { setName(v); setSaved(false); }} />
      <button type="submit" className="button button--primary">{t('backoffice.tillval.addGroup')}</button>
      {saved && <FormStatus>{t('backoffice.tillval.saved')}</FormStatus>}
    </Form>
  );
}
