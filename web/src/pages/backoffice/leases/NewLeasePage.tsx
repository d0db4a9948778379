import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiPost } from '../../../api';
import type { CreatedState } from '../../../components/CreatedNotice';
import { Form } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CustomerList, CustomerRow, NewLeaseBody, NewRentRowBody, RegisterLeaseResponse, RegisterObject, RegisterObjectList } from '@api';
import { leaseVatRate } from '@domain/leases';
import { LeaseTermsFields, NEW_TERMS, termsProblems, type TermsDraft, type TermsField } from './LeaseTermsFields';
import { ObjectChoice } from './ObjectChoice';
import { emptyRentRow, rentRowBody, RentRowFields, type RentRowDraft, type RentRowField } from './RentRowFields';

/** The fields of the form, named as the API names them (`rentRows.0.amountOre`), so a refusal marks its field. */
type NewLeaseField = 'customerId' | 'rentalObjectIds' | TermsField | `rentRows.${string}.${RentRowField}`;

/** "Nytt avtal": customer, rental objects, dates and periods, signing, and the first rent rows. */
export function NewLeasePage() {
  const { t } = useTranslation();
  const objects = useApiData<RegisterObjectList>('/api/backoffice/rental-objects');
  const customers = useApiData<CustomerList>('/api/backoffice/customers');
  return (
    <>
      <p className="back-link">
        <Link to="/admin/avtal">{t('backoffice.newLease.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.newLease.title')}</PageHeading>
      <p>{t('backoffice.newLease.intro')}</p>
      <AsyncContent state={objects}>
        {({ rentalObjects }) => (
          <AsyncContent state={customers}>{({ customers: list }) => <NewLeaseForm objects={rentalObjects} customers={list} />}</AsyncContent>
        )}
      </AsyncContent>
    </>
  );
}

function NewLeaseForm({ objects, customers }: { objects: RegisterObject[]; customers: CustomerRow[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmit<NewLeaseField>();
  const [customerId, setCustomerId] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [terms, setTerms] = useState<TermsDraft>(NEW_TERMS);
  const [rows, setRows] = useState<RentRowDraft[]>([emptyRentRow('')]);

  const types = objects.filter((o) => chosen.has(o.id)).map((o) => o.type);
  const housingOnly = types.length > 0 && types.every((type) => type === 'apartment');
  const vatRates = housingOnly ? [0] : [0, 25];
  const defaultVat: RentRowDraft['vat'] = types.length === 0 ? '' : leaseVatRate(types, terms.voluntaryVat) === 25 ? '25' : '0';
  const period = terms.startDate ? { startDate: terms.startDate, endDate: terms.endDate || null } : null;

  // A row's VAT rate follows the lease's default until someone chooses it.
  const [vatTouched, setVatTouched] = useState<ReadonlySet<number>>(new Set());
  const shownRows = rows.map((row, i) => (vatTouched.has(i) ? row : { ...row, vat: defaultVat }));

  function save() {
    const problems: Partial<Record<NewLeaseField, string>> = {};
    if (chosen.size === 0) problems.rentalObjectIds = t('backoffice.leaseForm.missingObjects');
    Object.assign(problems, termsProblems(terms, t));
    const bodies: NewRentRowBody[] = [];
    shownRows.forEach((row, i) => {
      const result = rentRowBody(row, t);
      if ('problems' in result) {
        for (const [name, message] of Object.entries(result.problems)) problems[`rentRows.${String(i)}.${name as RentRowField}`] = message;
      } else {
        bodies.push(result.body);
      }
    });
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    return submit.run(async () => {
      const result = await apiPost<RegisterLeaseResponse, NewLeaseBody>('/api/backoffice/leases', {
        customerId,
        rentalObjectIds: [...chosen],
        startDate: terms.startDate,
        endDate: terms.endDate || null,
        noticePeriodMonths: Number(terms.noticePeriodMonths),
        billingPeriod: terms.billingPeriod,
        signing: terms.signing,
        voluntaryVat: terms.voluntaryVat,
        rentRows: bodies,
      });
      const state: CreatedState = { created: result.lease.number };
      // Replace: going back should not return to a form that has been saved.
      void navigate(`/admin/avtal/${encodeURIComponent(result.lease.id)}`, { replace: true, state });
    });
  }

  const objectField = submit.field('rentalObjectIds');

  return (
    <Form submit={submit} onSubmit={save} className="form lease-form">
      <Section title={t('backoffice.newLease.termsHeading')}>
        <SelectField label={t('backoffice.leaseForm.customer')} required {...submit.field('customerId')} value={customerId} onValueChange={setCustomerId}>
          <option value="">{t('backoffice.leaseForm.chooseCustomer')}</option>
          {customers.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name} ({customer.identityNumber})
            </option>
          ))}
        </SelectField>
        <ObjectChoice objects={objects} chosen={chosen} onChange={setChosen} period={period} {...objectField} errorId={submit.errorId} />
        <LeaseTermsFields draft={terms} onChange={setTerms} field={(name) => submit.field(name)} />
      </Section>
      <Section title={t('backoffice.newLease.rowsHeading')}>
        {shownRows.map((row, i) => (
          <fieldset key={i} className="card rent-row-fieldset">
            <legend>{t('backoffice.newLease.rowHeading', { n: i + 1 })}</legend>
            <RentRowFields
              draft={row}
              vatRates={vatRates}
              field={(name) => submit.field(`rentRows.${String(i)}.${name}`)}
              onChange={(next) => {
                if (next.vat !== row.vat) setVatTouched((touched) => new Set(touched).add(i));
                setRows((list) => list.map((r, j) => (j === i ? next : r)));
              }}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setRows((list) => list.filter((_, j) => j !== i));
                  setVatTouched((touched) => new Set([...touched].filter((j) => j !== i).map((j) => (j > i ? j - 1 : j))));
                }}
              >
                {t('backoffice.newLease.removeRow', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setRows((list) => [...list, emptyRentRow('')]);
            }}
          >
            {t('backoffice.newLease.addRow')}
          </button>
        </p>
      </Section>
      <button type="submit" className="button button--primary">
        {t('backoffice.newLease.submit')}
      </button>
    </Form>
  );
}
