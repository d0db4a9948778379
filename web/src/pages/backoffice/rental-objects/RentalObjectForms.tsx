import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { useSubmit, type FieldState } from '../../../hooks/useSubmit';
import type { NewSpaceBody, PropertyRow, RentalObjectChangesBody, RentalObjectDetail, RentalObjectResponse, SpaceChangesBody, SpaceKind } from '@api';
import { differences } from '@domain/registers';
import { objectBody, objectDraftOf, ObjectFields, type ObjectDraft, type ObjectField } from './ObjectFields';

interface FormProps {
  rentalObject: RentalObjectDetail;
  /** Reloads the object after a change. */
  onChanged: () => void;
}

const objectUrl = (object: RentalObjectDetail) => `/api/backoffice/rental-objects/${encodeURIComponent(object.id)}`;

/** "Ändra hyresobjektet": only what differs is sent; an object with leases keeps its type and building. */
export function RentalObjectEditForm({ rentalObject, properties, onChanged }: FormProps & { properties: readonly PropertyRow[] }) {
  const { t } = useTranslation();
  const submit = useSubmit<ObjectField>();
  const [draft, setDraft] = useState<ObjectDraft>(() => objectDraftOf(rentalObject));

  function save() {
    const result = objectBody(draft, t);
    const was = objectBody(objectDraftOf(rentalObject), t);
    if ('problems' in result || 'problems' in was) {
      const problems = 'problems' in result ? result.problems : {};
      return submit.fail(Object.values(problems)[0] ?? '', problems);
    }
    const changed = differences(was.body, result.body);
    if (!changed) {
      submit.setStatus(t('backoffice.rentalObject.nothingChanged'));
      return undefined;
    }
    return submit.run(async () => {
      const answer = await apiPatch<RentalObjectResponse, RentalObjectChangesBody>(objectUrl(rentalObject), changed.after);
      setDraft(objectDraftOf(answer.rentalObject));
      submit.setStatus(t('backoffice.rentalObject.saved'));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.rentalObject.editHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <ObjectFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} properties={properties} inUse={rentalObject.leases.length > 0} />
        <button type="submit" className="button button--primary">
          {t('backoffice.rentalObject.save')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

const SPACE_KINDS: readonly SpaceKind[] = ['kitchen', 'bathroom', 'hall', 'office', 'room', 'storage', 'staff_room', 'shop', 'workshop'];

type SpaceField = 'kind' | 'name';

/** A space's kind and name. */
function SpaceFields({ kind, name, onKind, onName, field }: { kind: string; name: string; onKind: (kind: string) => void; onName: (name: string) => void; field: (name: SpaceField) => FieldState }) {
  const { t } = useTranslation();
  return (
    <div className="field-grid">
      <SelectField label={t('backoffice.rentalObject.spaceKind')} required {...field('kind')} value={kind} onValueChange={onKind}>
        <option value="">{t('backoffice.rentalObject.chooseKind')}</option>
        {SPACE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`spaceKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <Field label={t('backoffice.rentalObject.spaceName')} required maxLength={100} autoComplete="off" {...field('name')} value={name} onValueChange={onName} />
    </div>
  );
}

const isSpaceKind = (value: string): value is SpaceKind => (SPACE_KINDS as readonly string[]).includes(value);

/** "Lägg till utrymme": its kind (kök, badrum …) and its name ("Storkök"). */
export function AddSpaceForm({ rentalObject, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<SpaceField>();
  const [kind, setKind] = useState('');
  const [name, setName] = useState('');

  function save() {
    if (!isSpaceKind(kind)) return undefined;
    return submit.run(async () => {
      await apiPost<RentalObjectResponse, NewSpaceBody>(`${objectUrl(rentalObject)}/spaces`, { kind, name: name.trim() });
      submit.setStatus(t('backoffice.rentalObject.spaceAdded', { name: name.trim() }));
      setKind('');
      setName('');
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.rentalObject.addSpaceHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <SpaceFields kind={kind} name={name} onKind={setKind} onName={setName} field={(field) => submit.field(field)} />
        <button type="submit" className="button button--primary">
          {t('backoffice.rentalObject.addSpace')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

/** "Ändra utrymme": choose one of the object's spaces, change its kind or name. */
export function EditSpaceForm({ rentalObject, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<SpaceField | 'space'>();
  const [spaceId, setSpaceId] = useState('');
  const [kind, setKind] = useState('');
  const [name, setName] = useState('');
  const space = rentalObject.spaces.find((s) => s.id === spaceId);

  function choose(id: string) {
    const chosen = rentalObject.spaces.find((s) => s.id === id);
    setSpaceId(id);
    setKind(chosen?.kind ?? '');
    setName(chosen?.name ?? '');
    submit.clearError();
  }

  function save() {
    if (!space || !isSpaceKind(kind)) return undefined;
    const changed = differences({ kind: space.kind, name: space.name }, { kind, name: name.trim() });
    if (!changed) {
      submit.setStatus(t('backoffice.rentalObject.nothingChanged'));
      return undefined;
    }
    return submit.run(async () => {
      await apiPatch<RentalObjectResponse, SpaceChangesBody>(`/api/backoffice/spaces/${encodeURIComponent(space.id)}`, changed.after);
      submit.setStatus(t('backoffice.rentalObject.spaceSaved', { name: name.trim() }));
      onChanged();
    });
  }

  if (rentalObject.spaces.length === 0) return null;
  return (
    <Section className="card" title={t('backoffice.rentalObject.editSpaceHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <SelectField label={t('backoffice.rentalObject.space')} required {...submit.field('space')} value={spaceId} onValueChange={choose}>
          <option value="">{t('backoffice.rentalObject.chooseSpace')}</option>
          {rentalObject.spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({t(`spaceKind.${s.kind}`)})
            </option>
          ))}
        </SelectField>
        {space && <SpaceFields kind={kind} name={name} onKind={setKind} onName={setName} field={(field) => submit.field(field)} />}
        <button type="submit" className="button button--primary">
          {t('backoffice.rentalObject.saveSpace')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
