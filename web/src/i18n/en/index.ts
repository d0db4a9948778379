import type { Messages } from '../sv';
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

// The same areas as sv/index.ts; each is typed by its Swedish area.
export const en: Messages = compose(common, account, portal, leases, invoices, cases, notices, backoffice, audit, billing, registers, invoicing, collections, properties, customers, payqueue, bankfiles, options);
