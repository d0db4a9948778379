import { compose } from '../compose';
import { common } from './common';
import { account } from './account';
import { portal } from './portal';
import { leases } from './leases';
import { invoices } from './invoices';
import { cases } from './cases';
import { notices } from './notices';
import { backoffice } from './backoffice';
import { audit } from './audit';
import { billing } from './billing';
import { registers } from './registers';
import { invoicing } from './invoicing';
import { bankfiles } from './bankfiles';
import { collections } from './collections';
import { properties } from './properties';
import { customers } from './customers';
import { payqueue } from './payqueue';
import { options } from './options';

// Swedish is the source language: each en/<area>.ts must have exactly the keys of sv/<area>.ts
// (checked by its type), and en/index.ts composes the same areas.
// Labels marked "seed" are required verbatim by the specification.
// The name of a thing (Kategori, Ärendenummer, Hyresobjekt, Förvaltning …) is written once, in
// common.ts's `glossary`, and the areas refer to it (`category: glossary.category`): one word per thing
// in the portal and the back office.
//
// To add an area (e.g. billing, options): write sv/<area>.ts exporting `<area>` and `<Area>Messages`
// (its own top-level keys, plus `portal: {…}` / `backoffice: {…}` for its pages there), write
// en/<area>.ts typed `<Area>Messages`, and add it to compose() here and in en/index.ts.
// A key defined by two areas is an error when the texts load.
export const sv = compose(common, account, portal, leases, invoices, cases, notices, backoffice, audit, billing, registers, invoicing, collections, properties, customers, payqueue, bankfiles, options);

export type Messages = typeof sv;
