import type { StaffMessages } from '../../sv/staff';
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

// The same areas as sv/staff/index.ts; each is typed by its Swedish area.
export const enStaff: StaffMessages = compose(auditStaff, backofficeStaff, bankfilesStaff, billingStaff, casesStaff, collectionsStaff, customersStaff, invoicingStaff, noticesStaff, optionsStaff, payqueueStaff, propertiesStaff, registersStaff);
