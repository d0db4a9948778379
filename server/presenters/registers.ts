// The back office's lease register as the API shows it: a lease row of the list, a lease's page with
// every rent row (ended ones too, with their validity and KPI values) and its signed document, and the
// rental objects of the register with the leases on them (the Hyresobjekt list, and the objects a
// lease may take).
import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { ObjectView, leaseSummaryFields, presentObject } from './leases.ts';
import { AttachmentView, presentAttachment } from './attachments.ts';
import type { AttachmentRow } from '../repositories/attachments.ts';
import { leaseStatus, leaseVatRate, periodAmountOre, rentDate, rowInForce, rowsInForce, yearlyAmountOre } from '../domain/leases.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import type { listRentalObjects, StaffLeaseBundle } from '../repositories/registers.ts';

const LeaseStatusView = StringEnum(['upcoming', 'active', 'terminated']);
const BillingPeriodView = StringEnum(['monthly', 'quarterly']);

const registerLeaseFields = {
  id: Type.String(),
  number: Type.String(),
  status: LeaseStatusView,
  startDate: IsoDate,
  endDate: Nullable(IsoDate),
  billingPeriod: BillingPeriodView,
  customer: Type.Object({ id: Type.String(), name: Type.String(), identityNumber: Type.String() }),
  objects: Type.Array(ObjectView),
  yearlyRentOre: Type.Integer({ description: 'The rent rows in force today (an upcoming lease: on its first day; an ended one: on its last), per year, excluding VAT, in öre' }),
};

export const RegisterLeaseRowView = Type.Object(registerLeaseFields);
export const RegisterLeaseListView = Type.Object({
  leases: Type.Array(RegisterLeaseRowView),
  canEdit: Type.Boolean({ description: 'The person asking may enter leases' }),
});

export const RegisterRentRowView = Type.Object({
  id: Type.String(),
  kind: StringEnum(['base_rent', 'index', 'property_tax', 'heating', 'parking', 'service']),
  description: Type.String(),
  amountOre: Type.Integer({ description: 'Excluding VAT, per `per`' }),
  per: StringEnum(['year', 'month']),
  vatRatePercent: Type.Integer(),
  validFrom: Nullable(IsoDate),
  validTo: Nullable(IsoDate),
  kpiBase: Nullable(Type.Number({ description: 'An index row: the base KPI staff entered' })),
  kpiCurrent: Nullable(Type.Number({ description: 'An index row: the current KPI staff entered' })),
  yearlyOre: Type.Integer(),
  periodOre: Type.Integer({ description: "Per the lease's billing period (a month or a quarter), excluding VAT" }),
  inForce: Type.Boolean({ description: 'The row applies on the rent date (see yearlyRentOre)' }),
});

export const RegisterLeaseView = Type.Object({
  ...registerLeaseFields,
  noticePeriodMonths: Type.Integer(),
  signing: StringEnum(['digital', 'manual']),
  voluntaryVat: Type.Boolean({ description: 'Frivillig skattskyldighet: premises let with VAT' }),
  rentDate: IsoDate,
  periodRentOre: Type.Integer({ description: 'The rows in force, per billing period, excluding VAT' }),
  defaultVatRatePercent: Type.Union([Type.Literal(0), Type.Literal(25)], { description: "A new rent row's VAT rate, from the main object's type and the voluntary VAT" }),
  vatRates: Type.Array(Type.Integer(), { description: 'The rates a rent row of this lease may have (housing alone: 0 only)' }),
  rentRows: Type.Array(RegisterRentRowView),
  // The signed lease's PDF, the latest attached (the customer's tenants download it); null when none is on file.
  document: Nullable(AttachmentView),
  canEdit: Type.Boolean({ description: 'The person asking may change the lease, its rent rows and its document' }),
});
export const RegisterLeaseResponseView = Type.Object({ lease: RegisterLeaseView });

export const RegisterObjectView = Type.Composite([ObjectView, Type.Object({
  buildingId: Type.String(),
  building: Type.String({ description: "The building's name" }),
  propertyId: Type.String(),
  property: Type.String({ description: "The property's designation" }),
  leases: Type.Array(Type.Object({
    id: Type.String(), number: Type.String(), customer: Type.String(), startDate: IsoDate, endDate: Nullable(IsoDate), status: LeaseStatusView,
  }), { description: 'Every lease the object has been, is or will be on, earliest first' }),
})]);
export const RegisterObjectListView = Type.Object({
  rentalObjects: Type.Array(RegisterObjectView),
  canEdit: Type.Boolean({ description: 'The person asking may enter and change rental objects' }),
});

export function presentRegisterLeaseRow(bundle: StaffLeaseBundle, today: string) {
  const { customer } = bundle;
  return {
    ...leaseSummaryFields(bundle, today),
    customer: { id: customer.id, name: customer.name, identityNumber: formatIdentityNumber(customer.identityNumber) },
  };
}

export function presentRegisterLease(bundle: StaffLeaseBundle, today: string, canEdit: boolean, document: AttachmentRow | null) {
  const { lease } = bundle;
  const date = rentDate(lease, today);
  const types = bundle.objects.map((o) => o.type);
  const inForce = rowsInForce(bundle.rentRows, date);
  return {
    ...presentRegisterLeaseRow(bundle, today),
    noticePeriodMonths: lease.noticePeriodMonths,
    signing: lease.signing,
    voluntaryVat: lease.voluntaryVat,
    rentDate: date,
    periodRentOre: inForce.reduce((sum, row) => sum + periodAmountOre(row, lease.billingPeriod), 0),
    defaultVatRatePercent: leaseVatRate(types, lease.voluntaryVat),
    vatRates: types.every((type) => type === 'apartment') ? [0] : [0, 25],
    rentRows: bundle.rentRows.map((r) => ({
      id: r.id, kind: r.kind, description: r.description, amountOre: r.amountOre, per: r.per, vatRatePercent: r.vatRatePercent,
      validFrom: r.validFrom, validTo: r.validTo, kpiBase: r.kpiBase, kpiCurrent: r.kpiCurrent,
      yearlyOre: yearlyAmountOre(r), periodOre: periodAmountOre(r, lease.billingPeriod), inForce: rowInForce(r, date),
    })),
    document: document ? presentAttachment(document, 'backoffice') : null,
    canEdit,
  };
}

export function presentRegisterObject(o: Awaited<ReturnType<typeof listRentalObjects>>[number], today: string) {
  return {
    ...presentObject(o),
    buildingId: o.buildingId,
    building: o.building,
    propertyId: o.propertyId,
    property: o.property,
    leases: o.leases.map((l) => ({ id: l.id, number: l.number, customer: l.customer, startDate: l.startDate, endDate: l.endDate, status: leaseStatus(l, today) })),
  };
}
