import { createBrowserRouter, RouterProvider } from 'react-router';
import { BackofficeShell } from './components/BackofficeShell';
import { RequireStaff, RequireTenant } from './components/Guards';
import { PortalShell } from './components/PortalShell';
import { LandlordProvider } from './landlord';
import { AuditLogPage } from './pages/backoffice/AuditLogPage';
import { BookkeepingPage } from './pages/backoffice/collections/BookkeepingPage';
import { CollectionSettingsPage } from './pages/backoffice/collections/CollectionSettingsPage';
import { DebtorsPage } from './pages/backoffice/collections/DebtorsPage';
import { InvoiceRunPage } from './pages/backoffice/billing/InvoiceRunPage';
import { BankFilePage } from './pages/backoffice/bank-files/BankFilePage';
import { BankFilesPage } from './pages/backoffice/bank-files/BankFilesPage';
import { InvoicePage as StaffInvoicePage } from './pages/backoffice/invoices/InvoicePage';
import { InvoicesPage as StaffInvoicesPage } from './pages/backoffice/invoices/InvoicesPage';
import { NewInvoicePage } from './pages/backoffice/invoices/NewInvoicePage';
import { ManualPaymentPage } from './pages/backoffice/payments/ManualPaymentPage';
import { PaymentPage as StaffPaymentPage } from './pages/backoffice/payments/PaymentPage';
import { PaymentQueuePage } from './pages/backoffice/payments/PaymentQueuePage';
import { CasePage as StaffCasePage } from './pages/backoffice/cases/CasePage';
import { CasesPage as StaffCasesPage } from './pages/backoffice/cases/CasesPage';
import { CustomerPage } from './pages/backoffice/customer/CustomerPage';
import { CustomersPage } from './pages/backoffice/CustomersPage';
import { NewCustomerPage } from './pages/backoffice/customer/NewCustomerPage';
import { NewPropertyPage } from './pages/backoffice/properties/NewPropertyPage';
import { PropertyPage } from './pages/backoffice/properties/PropertyPage';
import { NewRentalObjectPage } from './pages/backoffice/rental-objects/NewRentalObjectPage';
import { RentalObjectPage } from './pages/backoffice/rental-objects/RentalObjectPage';
import { RentalObjectsPage } from './pages/backoffice/rental-objects/RentalObjectsPage';
import { InvitationPage } from './pages/backoffice/InvitationPage';
import { LeasePage as StaffLeasePage } from './pages/backoffice/leases/LeasePage';
import { LeasesPage as StaffLeasesPage } from './pages/backoffice/leases/LeasesPage';
import { NewLeasePage } from './pages/backoffice/leases/NewLeasePage';
import { NewNoticePage } from './pages/backoffice/notices/NewNoticePage';
import { NoticePage } from './pages/backoffice/notices/NoticePage';
import { NoticesPage } from './pages/backoffice/notices/NoticesPage';
import { MessagesPage } from './pages/backoffice/MessagesPage';
import { OverviewPage } from './pages/backoffice/OverviewPage';
import { PropertiesPage } from './pages/backoffice/PropertiesPage';
import { StaffLoginPage } from './pages/backoffice/staff-login/StaffLoginPage';
import { StaffPage } from './pages/backoffice/StaffPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { CasePage } from './pages/portal/cases/CasePage';
import { CasesPage } from './pages/portal/cases/CasesPage';
import { NewCasePage } from './pages/portal/cases/NewCasePage';
import { ForgotPasswordPage } from './pages/portal/forgot-password/ForgotPasswordPage';
import { HomePage } from './pages/portal/HomePage';
import { InvoicePage } from './pages/portal/InvoicePage';
import { InvoicesPage } from './pages/portal/InvoicesPage';
import { PaymentsPage } from './pages/portal/PaymentsPage';
import { LeaseDetailPage } from './pages/portal/LeaseDetailPage';
import { LeasesPage } from './pages/portal/LeasesPage';
import { LoginPage } from './pages/portal/LoginPage';
import { MyDetailsPage } from './pages/portal/my-details/MyDetailsPage';
import { OptionsPage } from './pages/portal/options/OptionsPage';
import { OptionCategoriesPage } from './pages/portal/options/OptionCategoriesPage';
import { OptionCategoryPage } from './pages/portal/options/OptionCategoryPage';
import { OptionCheckoutPage } from './pages/portal/options/OptionCheckoutPage';
import { OptionsAdminPage } from './pages/backoffice/options/OptionsAdminPage';
import { RegisterPage } from './pages/portal/register/RegisterPage';
import { VerifyLinkPage } from './pages/portal/VerifyLinkPage';
import { SessionProvider } from './session';

// Swedish paths, as the tenants read them in the address bar.
const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/skapa-konto', element: <RegisterPage /> },
  { path: '/verifiera', element: <VerifyLinkPage /> },
  { path: '/glomt-losenord', element: <ForgotPasswordPage /> },
  {
    path: '/',
    element: (
      <RequireTenant>
        <PortalShell />
      </RequireTenant>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'avtal', element: <LeasesPage /> },
      { path: 'avtal/:id', element: <LeaseDetailPage /> },
      { path: 'avier', element: <InvoicesPage /> },
      { path: 'avier/inbetalningar', element: <PaymentsPage /> },
      { path: 'avier/:id', element: <InvoicePage /> },
      { path: 'arenden', element: <CasesPage /> },
      { path: 'arenden/nytt', element: <NewCasePage /> },
      { path: 'arenden/:id', element: <CasePage /> },
      { path: 'tillval', element: <OptionsPage /> },
      { path: 'tillval/:objectId', element: <OptionCategoriesPage /> },
      { path: 'tillval/:objectId/kategori/:groupId', element: <OptionCategoryPage /> },
      { path: 'tillval/:objectId/kassa', element: <OptionCheckoutPage /> },
      { path: 'mina-uppgifter', element: <MyDetailsPage /> },
    ],
  },
  { path: '/admin/login', element: <StaffLoginPage /> },
  { path: '/admin/inbjudan', element: <InvitationPage /> },
  {
    path: '/admin',
    element: (
      <RequireStaff>
        <BackofficeShell />
      </RequireStaff>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'arenden', element: <StaffCasesPage /> },
      { path: 'arenden/:id', element: <StaffCasePage /> },
      { path: 'utskick', element: <NoticesPage /> },
      { path: 'utskick/nytt', element: <NewNoticePage /> },
      { path: 'utskick/:id', element: <NoticePage /> },
      { path: 'kunder', element: <CustomersPage /> },
      { path: 'kunder/ny', element: <NewCustomerPage /> },
      { path: 'kunder/:id', element: <CustomerPage /> },
      { path: 'avtal', element: <StaffLeasesPage /> },
      { path: 'avtal/nytt', element: <NewLeasePage /> },
      { path: 'avtal/:id', element: <StaffLeasePage /> },
      { path: 'fastigheter', element: <PropertiesPage /> },
      { path: 'fastigheter/ny', element: <NewPropertyPage /> },
      { path: 'fastigheter/:id', element: <PropertyPage /> },
      { path: 'hyresobjekt', element: <RentalObjectsPage /> },
      { path: 'hyresobjekt/nytt', element: <NewRentalObjectPage /> },
      { path: 'hyresobjekt/:id', element: <RentalObjectPage /> },
      { path: 'avisering/:id?', element: <InvoiceRunPage /> },
      { path: 'fakturor', element: <StaffInvoicesPage /> },
      { path: 'fakturor/ny', element: <NewInvoicePage /> },
      { path: 'fakturor/:id', element: <StaffInvoicePage /> },
      { path: 'bankfiler', element: <BankFilesPage /> },
      { path: 'bankfiler/:id', element: <BankFilePage /> },
      { path: 'skulder', element: <DebtorsPage /> },
      { path: 'bokforing', element: <BookkeepingPage /> },
      { path: 'installningar', element: <CollectionSettingsPage /> },
      { path: 'inbetalningar/oparade', element: <PaymentQueuePage /> },
      { path: 'inbetalningar/ny', element: <ManualPaymentPage /> },
      { path: 'inbetalningar/:id', element: <StaffPaymentPage /> },
      { path: 'tillval', element: <OptionsAdminPage /> },
      { path: 'personal', element: <StaffPage /> },
      { path: 'meddelanden', element: <MessagesPage /> },
      { path: 'handelser', element: <AuditLogPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);

export function App() {
  return (
    <SessionProvider>
      <LandlordProvider>
        <RouterProvider router={router} />
      </LandlordProvider>
    </SessionProvider>
  );
}
