// The back office's texts: each area's `backoffice` section, apart from the rest so that a tenant's phone
// never downloads them. i18n/index.ts adds them to the language's texts when the back office first opens.
import { compose } from '../../compose';
import { auditStaff } from './audit';
import { backofficeStaff } from './backoffice';
import { bankfilesStaff } from './bankfiles';
import { billingStaff } from './billing';
import { casesStaff } from './cases';
import { collectionsStaff } from './collections';
import { customersStaff } from './customers';
import { invoicingStaff } from './invoicing';
import { noticesStaff } from './notices';
import { optionsStaff } from './options';
import { payqueueStaff } from './payqueue';
import { propertiesStaff } from './properties';
import { registersStaff } from './registers';

export const svStaff = compose(auditStaff, backofficeStaff, bankfilesStaff, billingStaff, casesStaff, collectionsStaff, customersStaff, invoicingStaff, noticesStaff, optionsStaff, payqueueStaff, propertiesStaff, registersStaff);

export type StaffMessages = typeof svStaff;
