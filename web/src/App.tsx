import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { BackofficeShell } from './components/BackofficeShell';
import { RequireStaff, RequireTenant } from './components/Guards';
import { PortalShell } from './components/PortalShell';
import { loadStaffTexts } from './i18n';
import { LandlordProvider } from './landlord';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteError } from './pages/RouteError';
import { HomePage } from './pages/portal/HomePage';
import { LoginPage } from './pages/portal/LoginPage';
import { SessionProvider } from './session';

/**
 * A page loaded when it is first opened (React Router's `lazy`): the tenant's start (login and Hem) is
 * in the first download, each other page in a file of its own, fetched once, and the back office never
 * reaches a tenant's phone unless it is opened. `name` is the page's export in its module.
 */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K & (M[K] extends ComponentType ? K : never)) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/**
 * A back-office module with the back office's texts beside it (a file of their own per language,
 * i18n/index.ts), loaded when the back office is first opened: a tenant's phone never loads them.
 */
async function withStaffTexts<M>(module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadStaffTexts()]);
  return loaded;
}

// Swedish paths, as the tenants read them in the address bar. A page that cannot be shown (its file did
// not download, or it failed while drawing) says so in the user's words: inside the portal and the back
// office within their frame (the pathless routes around their pages), elsewhere on a page of its own.
const router = createBrowserRouter([{ errorElement: <RouteError />, children: [
  { path: '/login', element: <LoginPage /> },
  { path: '/skapa-konto', lazy: page(() => import('./pages/portal/register/RegisterPage'), 'RegisterPage') },
  { path: '/verifiera', lazy: page(() => import('./pages/portal/VerifyLinkPage'), 'VerifyLinkPage') },
  { path: '/glomt-losenord', lazy: page(() => import('./pages/portal/forgot-password/ForgotPasswordPage'), 'ForgotPasswordPage') },
  {
    path: '/',
    element: (
      <RequireTenant>
        <PortalShell />
      </RequireTenant>
    ),
    children: [{ errorElement: <RouteError inShell />, children: [
      { index: true, element: <HomePage /> },
      { path: 'avtal', lazy: page(() => import('./pages/portal/LeasesPage'), 'LeasesPage') },
      { path: 'avtal/:id', lazy: page(() => import('./pages/portal/LeaseDetailPage'), 'LeaseDetailPage') },
      { path: 'avier', lazy: page(() => import('./pages/portal/InvoicesPage'), 'InvoicesPage') },
      { path: 'avier/inbetalningar', lazy: page(() => import('./pages/portal/PaymentsPage'), 'PaymentsPage') },
      { path: 'avier/:id', lazy: page(() => import('./pages/portal/InvoicePage'), 'InvoicePage') },
      { path: 'arenden', lazy: page(() => import('./pages/portal/cases/CasesPage'), 'CasesPage') },
      { path: 'arenden/nytt', lazy: page(() => import('./pages/portal/cases/NewCasePage'), 'NewCasePage') },
      { path: 'arenden/:id', lazy: page(() => import('./pages/portal/cases/CasePage'), 'CasePage') },
      { path: 'tillval', lazy: page(() => import('./pages/portal/options/OptionsPage'), 'OptionsPage') },
      { path: 'tillval/:objectId', lazy: page(() => import('./pages/portal/options/OptionCategoriesPage'), 'OptionCategoriesPage') },
      { path: 'tillval/:objectId/kategori/:groupId', lazy: page(() => import('./pages/portal/options/OptionCategoryPage'), 'OptionCategoryPage') },
      { path: 'tillval/:objectId/kassa', lazy: page(() => import('./pages/portal/options/OptionCheckoutPage'), 'OptionCheckoutPage') },
      { path: 'mina-uppgifter', lazy: page(() => import('./pages/portal/my-details/MyDetailsPage'), 'MyDetailsPage') },
    ] }],
  },
  { path: '/admin/login', lazy: page(() => withStaffTexts(import('./pages/backoffice/staff-login/StaffLoginPage')), 'StaffLoginPage') },
  { path: '/admin/inbjudan', lazy: page(() => withStaffTexts(import('./pages/backoffice/InvitationPage')), 'InvitationPage') },
  {
    path: '/admin',
    // The frame and its pages render once the back office's texts are in.
    lazy: () => withStaffTexts(Promise.resolve({})),
    element: (
      <RequireStaff>
        <BackofficeShell />
      </RequireStaff>
    ),
    children: [{ errorElement: <RouteError inShell />, children: [
      { index: true, lazy: page(() => import('./pages/backoffice/OverviewPage'), 'OverviewPage') },
      { path: 'arenden', lazy: page(() => import('./pages/backoffice/cases/CasesPage'), 'CasesPage') },
      { path: 'arenden/:id', lazy: page(() => import('./pages/backoffice/cases/CasePage'), 'CasePage') },
      { path: 'utskick', lazy: page(() => import('./pages/backoffice/notices/NoticesPage'), 'NoticesPage') },
      { path: 'utskick/nytt', lazy: page(() => import('./pages/backoffice/notices/NewNoticePage'), 'NewNoticePage') },
      { path: 'utskick/:id', lazy: page(() => import('./pages/backoffice/notices/NoticePage'), 'NoticePage') },
      { path: 'kunder', lazy: page(() => import('./pages/backoffice/CustomersPage'), 'CustomersPage') },
      { path: 'kunder/ny', lazy: page(() => import('./pages/backoffice/customer/NewCustomerPage'), 'NewCustomerPage') },
      { path: 'kunder/:id', lazy: page(() => import('./pages/backoffice/customer/CustomerPage'), 'CustomerPage') },
      { path: 'avtal', lazy: page(() => import('./pages/backoffice/leases/LeasesPage'), 'LeasesPage') },
      { path: 'avtal/nytt', lazy: page(() => import('./pages/backoffice/leases/NewLeasePage'), 'NewLeasePage') },
      { path: 'avtal/:id', lazy: page(() => import('./pages/backoffice/leases/LeasePage'), 'LeasePage') },
      { path: 'fastigheter', lazy: page(() => import('./pages/backoffice/PropertiesPage'), 'PropertiesPage') },
      { path: 'fastigheter/ny', lazy: page(() => import('./pages/backoffice/properties/NewPropertyPage'), 'NewPropertyPage') },
      { path: 'fastigheter/:id', lazy: page(() => import('./pages/backoffice/properties/PropertyPage'), 'PropertyPage') },
      { path: 'hyresobjekt', lazy: page(() => import('./pages/backoffice/rental-objects/RentalObjectsPage'), 'RentalObjectsPage') },
      { path: 'hyresobjekt/nytt', lazy: page(() => import('./pages/backoffice/rental-objects/NewRentalObjectPage'), 'NewRentalObjectPage') },
      { path: 'hyresobjekt/:id', lazy: page(() => import('./pages/backoffice/rental-objects/RentalObjectPage'), 'RentalObjectPage') },
      { path: 'avisering/:id?', lazy: page(() => import('./pages/backoffice/billing/InvoiceRunPage'), 'InvoiceRunPage') },
      { path: 'fakturor', lazy: page(() => import('./pages/backoffice/invoices/InvoicesPage'), 'InvoicesPage') },
      { path: 'fakturor/ny', lazy: page(() => import('./pages/backoffice/invoices/NewInvoicePage'), 'NewInvoicePage') },
      { path: 'fakturor/:id', lazy: page(() => import('./pages/backoffice/invoices/InvoicePage'), 'InvoicePage') },
      { path: 'bankfiler', lazy: page(() => import('./pages/backoffice/bank-files/BankFilesPage'), 'BankFilesPage') },
      { path: 'bankfiler/:id', lazy: page(() => import('./pages/backoffice/bank-files/BankFilePage'), 'BankFilePage') },
      { path: 'skulder', lazy: page(() => import('./pages/backoffice/collections/DebtorsPage'), 'DebtorsPage') },
      { path: 'bokforing', lazy: page(() => import('./pages/backoffice/collections/BookkeepingPage'), 'BookkeepingPage') },
      { path: 'installningar', lazy: page(() => import('./pages/backoffice/collections/CollectionSettingsPage'), 'CollectionSettingsPage') },
      { path: 'inbetalningar/oparade', lazy: page(() => import('./pages/backoffice/payments/PaymentQueuePage'), 'PaymentQueuePage') },
      { path: 'inbetalningar/ny', lazy: page(() => import('./pages/backoffice/payments/ManualPaymentPage'), 'ManualPaymentPage') },
      { path: 'inbetalningar/:id', lazy: page(() => import('./pages/backoffice/payments/PaymentPage'), 'PaymentPage') },
      { path: 'tillval', lazy: page(() => import('./pages/backoffice/options/OptionsAdminPage'), 'OptionsAdminPage') },
      { path: 'personal', lazy: page(() => import('./pages/backoffice/StaffPage'), 'StaffPage') },
      { path: 'meddelanden', lazy: page(() => import('./pages/backoffice/MessagesPage'), 'MessagesPage') },
      { path: 'handelser', lazy: page(() => import('./pages/backoffice/AuditLogPage'), 'AuditLogPage') },
    ] }],
  },
  { path: '*', element: <NotFoundPage /> },
] }]);

export function App() {
  return (
    <SessionProvider>
      <LandlordProvider>
        <RouterProvider router={router} />
      </LandlordProvider>
    </SessionProvider>
  );
}
