import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { leaseStatus, periodAmountOre, rentDate, rowsInForce, yearlyAmountOre, yearlyRentOre } from '../domain/leases.ts';
import type { findCustomerLeases, findSpacesOf } from '../repositories/leases.ts';
import { AttachmentView, presentAttachment } from './attachments.ts';
import type { AttachmentRow } from '../repositories/attachments.ts';

export const ObjectView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  type: Type.Union([Type.Literal('premises'), Type.Literal('apartment'), Type.Literal('parking'), Type.Literal('storage')]),
  areaSqm: Nullable(Type.Number()),
  floor: Nullable(Type.Integer()),
  street: Type.String({ description: 'The street address alone, e.g. "Utlandagatan 6", for the object\'s name' }),
  address: Type.String(),
});

const leaseFields = {
  id: Type.String(),
  number: Type.String(),
  status: Type.Union([Type.Literal('upcoming'), Type.Literal('active'), Type.Literal('terminated')]),
  startDate: IsoDate,
  endDate: Nullable(IsoDate),
  billingPeriod: Type.Union([Type.Literal('monthly'), Type.Literal('quarterly')]),
  yearlyRentOre: Type.Integer({ description: 'Sum of the rent rows in force (today, or on the first day of an upcoming lease, the last of an ended one) per year, excluding VAT, in öre' }),
  monthlyRentOre: Type.Integer({ description: 'The yearly rent divided by twelve, rounded to öre, excluding VAT' }),
};

export const LeaseSummaryView = Type.Object({ ...leaseFields, objects: Type.Array(ObjectView) });

export const LeaseDetailView = Type.Object({
  ...leaseFields,
  noticePeriodMonths: Type.Integer(),
  signing: Type.Union([Type.Literal('digital'), Type.Literal('manual')]),
  // The signed lease's PDF, for a digitally signed lease whose document is on file.
  document: Nullable(AttachmentView),
  rentRows: Type.Array(Type.Object({
    kind: StringEnum(['base_rent', 'index', 'property_tax', 'heating', 'parking', 'service']),
    description: Type.String(),
    amountOre: Type.Integer(),
    per: Type.Union([Type.Literal('year'), Type.Literal('month')]),
    vatRatePercent: Type.Integer(),
    yearlyOre: Type.Integer({ description: 'The row per year, excluding VAT, in öre' }),
    periodOre: Type.Integer({ description: "The row per billing period (the lease's month or quarter), excluding VAT, in öre" }),
  })),
  objects: Type.Array(Type.Composite([ObjectView, Type.Object({
    spaces: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), name: Type.String() })),
  })])),
});

export const LeaseCopyRequestView = Type.Object({
  case: Type.Object({ id: Type.String(), number: Type.String() }),
  created: Type.Boolean({ description: 'false: the open request made earlier, not a new one' }),
});

export const LeaseListView = Type.Object({ leases: Type.Array(LeaseSummaryView) });
export const LeaseResponseView = Type.Object({ lease: LeaseDetailView });

type LeaseBundle = Awaited<ReturnType<typeof findCustomerLeases>>[number];
type SpaceRow = Awaited<ReturnType<typeof findSpacesOf>>[number];

export function presentObject(o: Omit<LeaseBundle['objects'][number], 'leaseId'>) {
  return { id: o.id, number: o.number, type: o.type, areaSqm: o.areaSqm, floor: o.floor, street: o.street, address: `${o.street}, ${o.postalCode} ${o.city}` };
}

/**
 * What a lease's row says wherever leases are listed (the tenant's Avtal, the staff's register): its
 * number, status, period, objects and the yearly rent today (an upcoming lease: on its first day; an
 * ended one: on its last); ended rows no longer count.
 */
export function leaseSummaryFields(bundle: Pick<LeaseBundle, 'lease' | 'objects' | 'rentRows'>, today: string) {
  const { lease } = bundle;
  return {
    id: lease.id,
    number: lease.number,
    status: leaseStatus(lease, today),
    startDate: lease.startDate,
    endDate: lease.endDate,
    billingPeriod: lease.billingPeriod,
    objects: bundle.objects.map(presentObject),
    yearlyRentOre: yearlyRentOre(rowsInForce(bundle.rentRows, rentDate(lease, today))),
  };
}

export function presentLeaseSummary(bundle: LeaseBundle, today: string) {
  const fields = leaseSummaryFields(bundle, today);
  return { ...fields, monthlyRentOre: Math.round(fields.yearlyRentOre / 12) };
}

export function presentLeaseDetail(bundle: LeaseBundle, spaces: SpaceRow[], today: string, document: AttachmentRow | null = null) {
  const date = rentDate(bundle.lease, today);
  return {
    ...presentLeaseSummary(bundle, today),
    noticePeriodMonths: bundle.lease.noticePeriodMonths,
    signing: bundle.lease.signing,
    document: document ? presentAttachment(document, 'portal') : null,
    // The rows in force and those still to come (an ended row is history, kept in the back office).
    rentRows: bundle.rentRows.filter((r) => !r.validTo || r.validTo >= date).map((r) => ({
      kind: r.kind, description: r.description, amountOre: r.amountOre, per: r.per, vatRatePercent: r.vatRatePercent,
      yearlyOre: yearlyAmountOre(r), periodOre: periodAmountOre(r, bundle.lease.billingPeriod),
    })),
    objects: bundle.objects.map((o) => ({
      ...presentObject(o),
      spaces: spaces.filter((s) => s.rentalObjectId === o.id).map((s) => ({ id: s.id, kind: s.kind, name: s.name })),
    })),
  };
}
