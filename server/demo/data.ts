// The demo landlord of SPEC.md "Demo data". Fictional: any likeness to real companies is chance.
// Numbers are valid organisationsnummer (checked by the seed through parseIdentityNumber).
import type { UsefulLink } from '../db/schema/landlord.ts';

export const demoLandlord = {
  name: 'Fastighets AB Exempel',
  orgNumber: '556677-8808',
  street: 'Kungsportsavenyen 1',
  postalCode: '411 36',
  city: 'Göteborg',
  email: 'kundservice@exempel.se',
  phone: '031-123 45 00',
  website: 'https://www.exempel.se',
  bankgiro: '5050-1055',
  /** The demo leases' terms agree to the lawful 60 kr reminder fee (lag 1981:739 4 §). */
  reminderFeeOre: 6000,
  usefulLinks: [
    { label: { sv: 'Felanmälan och jour', en: 'Fault reports and emergencies' }, url: 'https://www.exempel.se/felanmalan' },
    { label: { sv: 'Lediga lokaler', en: 'Premises to let' }, url: 'https://www.exempel.se/lediga-lokaler' },
    { label: { sv: 'Sophantering och återvinning', en: 'Waste and recycling' }, url: 'https://www.exempel.se/avfall' },
  ] satisfies UsefulLink[],
};

export const demoStaff = [
  { key: 'admin', email: 'admin@exempel.se', password: 'Admin#2026', name: 'Anna Administratör', role: 'administrator' },
  { key: 'kund', email: 'kundansvarig@exempel.se', password: 'Kund#2026', name: 'Karin Kundansvarig', role: 'customer_manager' },
  { key: 'fastighet', email: 'fastighetsansvarig@exempel.se', password: 'Fastighet#2026', name: 'Fredrik Fastighetsansvarig', role: 'property_manager' },
  { key: 'ekonomi', email: 'ekonomi@exempel.se', password: 'Ekonomi#2026', name: 'Eva Ekonomi', role: 'finance' },
] as const;

type ObjectType = 'premises' | 'apartment' | 'parking' | 'storage';
type SpaceKind = 'kitchen' | 'bathroom' | 'hall' | 'office' | 'room' | 'storage' | 'staff_room' | 'shop' | 'workshop';
interface DemoObject { number: string; type: ObjectType; areaSqm: number | null; floor: number | null; description: string; spaces: [SpaceKind, string][] }

const officeSpaces: [SpaceKind, string][] = [['office', 'Kontor'], ['kitchen', 'Pentry'], ['bathroom', 'WC'], ['hall', 'Entré']];
const flatSpaces: [SpaceKind, string][] = [['kitchen', 'Kök'], ['bathroom', 'Badrum'], ['hall', 'Hall'], ['room', 'Vardagsrum'], ['room', 'Sovrum']];

export const demoProperties = [
  {
    designation: 'Göteborg Inom Vallgraven 12:3',
    name: 'Utlandagatan 6-8 / Gyllenkrooksgatan 10',
    manager: 'fastighet',
    buildings: [
      {
        name: 'Utlandagatan 6-8', street: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg',
        objects: [
          { number: '1001', type: 'premises', areaSqm: 142.5, floor: 0, description: 'Café med kök och uteservering', spaces: [['shop', 'Serveringsyta'], ['kitchen', 'Storkök'], ['bathroom', 'WC'], ['staff_room', 'Personalrum'], ['storage', 'Förråd']] },
          { number: '1002', type: 'premises', areaSqm: 318, floor: 1, description: 'Kontor, 14 arbetsplatser', spaces: officeSpaces },
          { number: '1003', type: 'premises', areaSqm: 96, floor: 0, description: 'Ateljé med stora fönster', spaces: [['workshop', 'Ateljé'], ['kitchen', 'Pentry'], ['bathroom', 'WC']] },
          { number: '1101', type: 'apartment', areaSqm: 64, floor: 3, description: '2 rum och kök', spaces: flatSpaces },
          { number: '1102', type: 'apartment', areaSqm: 78.5, floor: 3, description: '3 rum och kök', spaces: [...flatSpaces, ['room', 'Arbetsrum']] },
          { number: 'P-01', type: 'parking', areaSqm: null, floor: -1, description: 'Garageplats med laddbox', spaces: [] },
          { number: 'F-01', type: 'storage', areaSqm: 6, floor: -1, description: 'Förråd i källaren', spaces: [] },
        ] satisfies DemoObject[],
      },
      {
        name: 'Gyllenkrooksgatan 10', street: 'Gyllenkrooksgatan 10', postalCode: '412 82', city: 'Göteborg',
        objects: [
          { number: '2001', type: 'premises', areaSqm: 410, floor: 0, description: 'Butik och lager', spaces: [['shop', 'Butik'], ['storage', 'Lager'], ['staff_room', 'Personalrum'], ['bathroom', 'WC']] },
          { number: '2101', type: 'apartment', areaSqm: 52, floor: 2, description: '2 rum och kokvrå', spaces: flatSpaces.slice(0, 4) },
        ] satisfies DemoObject[],
      },
    ],
  },
  {
    designation: 'Göteborg Heden 24:7',
    name: 'Skånegatan 17',
    manager: null,
    buildings: [
      {
        name: 'Skånegatan 17', street: 'Skånegatan 17', postalCode: '411 40', city: 'Göteborg',
        objects: [
          { number: '3001', type: 'premises', areaSqm: 205, floor: 1, description: 'Kontor i hörnläge', spaces: officeSpaces },
          { number: '3101', type: 'apartment', areaSqm: 88, floor: 4, description: '3 rum och kök med balkong', spaces: flatSpaces },
        ] satisfies DemoObject[],
      },
    ],
  },
] as const;

/** An index row carries the KPI values its amount comes from: amount = base rent × (current − base) / base (DOMAIN-SE.md §7.1). */
type RentRow = { kind: 'base_rent' | 'index' | 'property_tax' | 'heating' | 'parking' | 'service'; description: string; amountOre: number; per: 'year' | 'month'; vatRatePercent: 0 | 25; kpiBase?: number; kpiCurrent?: number };

export interface DemoCustomer {
  name: string;
  orgNumber: string;
  street: string; postalCode: string; city: string;
  email: string | null;
  mobile: string | null;
  manager: 'kund' | null;
  users: { username: string; password: string; name: string; email: string; mobile: string | null }[];
  leases: { number: string; objects: string[]; startDate: string; endDate: string | null; noticePeriodMonths: number; billingPeriod: 'monthly' | 'quarterly'; signing: 'digital' | 'manual'; rentRows: RentRow[] }[];
}

export const demoCustomers: DemoCustomer[] = [
  {
    name: 'Café Lunden AB', orgNumber: '559123-4561', street: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg',
    email: 'info@cafelunden.se', mobile: '+46701234567', manager: 'kund',
    users: [{ username: 'lunden', password: 'Lunden#2026', name: 'Lisa Lund', email: 'lisa@cafelunden.se', mobile: '+46701234567' }],
    leases: [
      {
        number: '100101', objects: ['1001', 'F-01'], startDate: '2021-04-01', endDate: null, noticePeriodMonths: 9, billingPeriod: 'quarterly', signing: 'digital',
        rentRows: [
          { kind: 'base_rent', description: 'Grundhyra lokal', amountOre: 342_000_00, per: 'year', vatRatePercent: 25 },
          // 342 000 kr × (356,40 − 330,00) / 330,00 = 27 360 kr a year
          { kind: 'index', description: 'Indexuppräkning', amountOre: 27_360_00, per: 'year', vatRatePercent: 25, kpiBase: 330, kpiCurrent: 356.4 },
          { kind: 'property_tax', description: 'Fastighetsskattetillägg', amountOre: 9_120_00, per: 'year', vatRatePercent: 25 },
          { kind: 'heating', description: 'Värme', amountOre: 14_250_00, per: 'year', vatRatePercent: 25 },
        ],
      },
      {
        number: '100102', objects: ['P-01'], startDate: '2023-01-01', endDate: null, noticePeriodMonths: 1, billingPeriod: 'monthly', signing: 'manual',
        rentRows: [{ kind: 'parking', description: 'Garageplats med laddbox', amountOre: 1_450_00, per: 'month', vatRatePercent: 25 }],
      },
    ],
  },
  {
    name: 'Kontorshotellet i Göteborg AB', orgNumber: '556987-6542', street: 'Utlandagatan 8', postalCode: '412 61', city: 'Göteborg',
    email: 'ekonomi@kontorshotellet.se', mobile: '+46739876543', manager: 'kund', users: [],
    leases: [{
      number: '100201', objects: ['1002'], startDate: '2022-10-01', endDate: '2027-09-30', noticePeriodMonths: 9, billingPeriod: 'quarterly', signing: 'digital',
      rentRows: [
        { kind: 'base_rent', description: 'Grundhyra kontor', amountOre: 636_000_00, per: 'year', vatRatePercent: 25 },
        { kind: 'index', description: 'Indexuppräkning', amountOre: 38_160_00, per: 'year', vatRatePercent: 25 },
        { kind: 'property_tax', description: 'Fastighetsskattetillägg', amountOre: 19_080_00, per: 'year', vatRatePercent: 25 },
        { kind: 'service', description: 'Städning av gemensamma ytor', amountOre: 2_400_00, per: 'month', vatRatePercent: 25 },
      ],
    }],
  },
  {
    name: 'Ateljé Nord HB', orgNumber: '916543-2106', street: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg',
    email: null, mobile: null, manager: null, users: [],
    leases: [{
      number: '100301', objects: ['1003'], startDate: '2024-03-01', endDate: null, noticePeriodMonths: 3, billingPeriod: 'monthly', signing: 'manual',
      rentRows: [
        { kind: 'base_rent', description: 'Grundhyra ateljé', amountOre: 14_400_00, per: 'month', vatRatePercent: 0 },
        { kind: 'heating', description: 'Värme', amountOre: 650_00, per: 'month', vatRatePercent: 0 },
      ],
    }],
  },
  {
    name: 'Byggvaruhuset Väst AB', orgNumber: '556600-1128', street: 'Gyllenkrooksgatan 10', postalCode: '412 82', city: 'Göteborg',
    email: 'hyra@byggvaruhuset.se', mobile: '+46761112233', manager: null,
    users: [{ username: 'bygg', password: 'Bygg#2026', name: 'Bo Byggare', email: 'bo@byggvaruhuset.se', mobile: null }],
    leases: [{
      number: '100401', objects: ['2001'], startDate: '2020-07-01', endDate: null, noticePeriodMonths: 9, billingPeriod: 'quarterly', signing: 'digital',
      rentRows: [
        { kind: 'base_rent', description: 'Grundhyra butik och lager', amountOre: 574_000_00, per: 'year', vatRatePercent: 25 },
        { kind: 'index', description: 'Indexuppräkning', amountOre: 51_660_00, per: 'year', vatRatePercent: 25 },
        { kind: 'property_tax', description: 'Fastighetsskattetillägg', amountOre: 16_400_00, per: 'year', vatRatePercent: 25 },
      ],
    }],
  },
  {
    name: 'Sara Lindqvist', orgNumber: '811218-9876', street: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg',
    email: 'sara.lindqvist@exempel.net', mobile: '+46702345678', manager: null, users: [],
    leases: [{
      number: '200101', objects: ['1101'], startDate: '2019-05-01', endDate: null, noticePeriodMonths: 3, billingPeriod: 'monthly', signing: 'manual',
      rentRows: [{ kind: 'base_rent', description: 'Hyra lägenhet', amountOre: 9_850_00, per: 'month', vatRatePercent: 0 }],
    }],
  },
  {
    name: 'Nordisk Design & Arkitektur AB', orgNumber: '556016-0680', street: 'Skånegatan 17', postalCode: '411 40', city: 'Göteborg',
    email: 'info@nordiskdesign.se', mobile: null, manager: 'kund', users: [],
    leases: [{
      number: '300101', objects: ['3001'], startDate: '2027-01-01', endDate: '2031-12-31', noticePeriodMonths: 9, billingPeriod: 'quarterly', signing: 'digital',
      rentRows: [
        { kind: 'base_rent', description: 'Grundhyra kontor', amountOre: 410_000_00, per: 'year', vatRatePercent: 25 },
        { kind: 'property_tax', description: 'Fastighetsskattetillägg', amountOre: 12_300_00, per: 'year', vatRatePercent: 25 },
      ],
    }],
  },
];
