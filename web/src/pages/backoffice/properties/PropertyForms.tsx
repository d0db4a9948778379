import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../../api';
import { addressProblems, AddressFields, EMPTY_ADDRESS, type AddressDraft, type AddressField } from '../../../components/AddressFields';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { useSubmit, type FieldState } from '../../../hooks/useSubmit';
import type { Building, BuildingChangesBody, Managers, NewBuildingBody, PropertyChangesBody, PropertyDetail, PropertyResponse } from '@api';
import { differences } from '@domain/registers';
import { propertyBody, propertyDraftOf, PropertyFields, type PropertyDraft, type PropertyField } from './PropertyFields';

interface FormProps {
  property: PropertyDetail;
  /** Reloads the property after a change. */
  onChanged: () => void;
}

const propertyUrl = (property: PropertyDetail) => `/api/backoffice/properties/${encodeURIComponent(property.id)}`;

/** "Ändra fastigheten": only what differs from the property as it is is sent. */
export function PropertyEditForm({ property, managers, onChanged }: FormProps & { managers: Managers }) {
  const { t } = useTranslation();
  const submit = useSubmit<PropertyField>();
  const [draft, setDraft] = useState<PropertyDraft>(() => propertyDraftOf(property));

  function save() {
    const changed = differences(propertyBody(propertyDraftOf(property)), propertyBody(draft));
    if (!changed) {
      submit.setStatus(t('backoffice.property.nothingChanged'));
      return undefined;
    }
    return submit.run(async () => {
      const result = await apiPatch<PropertyResponse, PropertyChangesBody>(propertyUrl(property), changed.after);
      setDraft(propertyDraftOf(result.property));
      submit.setStatus(t('backoffice.property.saved'));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.property.editHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <PropertyFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} managers={managers} />
        <button type="submit" className="button button--primary">
          {t('backoffice.property.save')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

type BuildingField = 'name' | AddressField;

interface BuildingDraft extends AddressDraft {
  name: string;
}

const NEW_BUILDING: BuildingDraft = { name: '', ...EMPTY_ADDRESS };

function buildingBody(draft: BuildingDraft): NewBuildingBody {
  return { name: draft.name.trim(), street: draft.street.trim(), postalCode: draft.postalCode.trim(), city: draft.city.trim() };
}

/** A building's name and address. */
function BuildingFields({ draft, onChange, field }: { draft: BuildingDraft; onChange: (draft: BuildingDraft) => void; field: (name: BuildingField) => FieldState }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t('backoffice.buildingForm.name')}
        hint={t('backoffice.buildingForm.nameHint')}
        required
        maxLength={200}
        autoComplete="off"
        {...field('name')}
        value={draft.name}
        onValueChange={(name) => {
          onChange({ ...draft, name });
        }}
      />
      <AddressFields draft={draft} onChange={(address) => { onChange({ ...draft, ...address }); }} field={field} />
    </>
  );
}

/** "Lägg till byggnad": its name and street address, which its rental objects show. */
export function AddBuildingForm({ property, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<BuildingField>();
  const [draft, setDraft] = useState<BuildingDraft>(NEW_BUILDING);

  function save() {
    const problems = addressProblems(draft, t);
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    return submit.run(async () => {
      await apiPost<PropertyResponse, NewBuildingBody>(`${propertyUrl(property)}/buildings`, buildingBody(draft));
      submit.setStatus(t('backoffice.property.buildingAdded', { name: draft.name.trim() }));
      setDraft(NEW_BUILDING);
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.property.addBuildingHeading')}>
      <p>{t('backoffice.property.addBuildingIntro')}</p>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <BuildingFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} />
        <button type="submit" className="button button--primary">
          {t('backoffice.property.addBuilding')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

function buildingDraftOf(building: Building): BuildingDraft {
  return { name: building.name, street: building.street, postalCode: building.postalCode, city: building.city };
}

/** "Ändra byggnad": choose one of the property's buildings, change its name or address. */
export function EditBuildingForm({ property, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<BuildingField | 'building'>();
  const [buildingId, setBuildingId] = useState('');
  const [draft, setDraft] = useState<BuildingDraft>(NEW_BUILDING);
  const building = property.buildings.find((b) => b.id === buildingId);

  function choose(id: string) {
    setBuildingId(id);
    const chosen = property.buildings.find((b) => b.id === id);
    setDraft(chosen ? buildingDraftOf(chosen) : NEW_BUILDING);
    submit.clearError();
  }

  function save() {
    if (!building) return submit.fail(t('form.choose', { field: t('backoffice.buildingForm.building').toLocaleLowerCase() }), ['building']);
    const problems = addressProblems(draft, t);
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    const changed = differences(buildingBody(buildingDraftOf(building)), buildingBody(draft));
    if (!changed) {
      submit.setStatus(t('backoffice.property.nothingChanged'));
      return undefined;
    }
    return submit.run(async () => {
      await apiPatch<PropertyResponse, BuildingChangesBody>(`/api/backoffice/buildings/${encodeURIComponent(building.id)}`, changed.after);
      submit.setStatus(t('backoffice.property.buildingSaved', { name: draft.name.trim() }));
      onChanged();
    });
  }

  if (property.buildings.length === 0) return null;
  return (
    <Section className="card" title={t('backoffice.property.editBuildingHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <SelectField label={t('backoffice.buildingForm.building')} required {...submit.field('building')} value={buildingId} onValueChange={choose}>
          <option value="">{t('backoffice.property.chooseBuilding')}</option>
          {property.buildings.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} – {b.address}
            </option>
          ))}
        </SelectField>
        {building && <BuildingFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} />}
        <button type="submit" className="button button--primary">
          {t('backoffice.property.saveBuilding')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
