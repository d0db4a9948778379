import { compose, type Composed } from '../compose';
import type { StaffMessages } from './staff';
import { common } from './common';
import { account } from './account';
import { portal } from './portal';
import { leases } from './leases';
import { invoices } from './invoices';
import { cases } from './cases';
import { backoffice } from './backoffice';
import { audit } from './audit';
import { registers } from './registers';
import { invoicing } from './invoicing';
import { collections } from './collections';
import { properties } from './properties';
import { customers } from './customers';
import { options } from './options';

// Swedish is the source language: each en/<area>.ts must have exactly the keys of sv/<area>.ts
// (checked by its type), and en/index.ts composes the same areas.
// Labels marked "seed" are required verbatim by the specification.
// The name of a thing (Kategori, Ärendenummer, Hyresobjekt, Förvaltning …) is written once, in
// common.ts's `glossary`, and the areas refer to it (`category: glossary.category`): one word per thing
// in the portal and the back office.
//
// To add an area (e.g. billing, options): write sv/<area>.ts exporting `<area>` and `<Area>Messages`
// (its own top-level keys, plus `portal: {…}` for its pages there), write en/<area>.ts typed
// `<Area>Messages`, and add it to compose() here and in en/index.ts. Its back-office pages' texts
// (`backoffice: {…}`) go in sv/staff/<area>.ts and en/staff/<area>.ts, composed in staff/index.ts: they
// are loaded when the back office first opens, never on a tenant's phone.
// A key defined by two areas is an error when the texts load.
export const sv = compose(common, account, portal, leases, invoices, cases, backoffice, audit, registers, invoicing, collections, properties, customers, options);

/** The texts in the first download (the public pages and the portal). */
export type StartMessages = typeof sv;
/** Every text a page may use: the start's and the back office's. */
export type Messages = Composed<StartMessages, StaffMessages>;
