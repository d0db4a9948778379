import type { StartMessages } from '../sv';
import { compose } from '../compose';
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

// The same areas as sv/index.ts; each is typed by its Swedish area.
export const en: StartMessages = compose(common, account, portal, leases, invoices, cases, backoffice, audit, registers, invoicing, collections, properties, customers, options);
