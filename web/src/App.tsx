import { createBrowserRouter, RouterProvider } from 'react-router';
import { BackofficeShell } from './components/BackofficeShell';
import { RequireStaff, RequireTenant } from './components/Guards';
import { PortalShell } from './components/PortalShell';
import { LandlordProvider } from './landlord';
import { CustomersPage } from './pages/backoffice/CustomersPage';
import { MessagesPage } from './pages/backoffice/MessagesPage';
import { OverviewPage } from './pages/backoffice/OverviewPage';
import { PropertiesPage } from './pages/backoffice/PropertiesPage';
import { StaffLoginPage } from './pages/backoffice/StaffLoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { CasesPage } from './pages/portal/CasesPage';
import { HomePage } from './pages/portal/HomePage';
import { InvoicesPage } from './pages/portal/InvoicesPage';
import { LeaseDetailPage } from './pages/portal/LeaseDetailPage';
import { LeasesPage } from './pages/portal/LeasesPage';
import { LoginPage } from './pages/portal/LoginPage';
import { MyDetailsPage } from './pages/portal/MyDetailsPage';
import { NewCasePage } from './pages/portal/NewCasePage';
import { OptionsPage } from './pages/portal/OptionsPage';
import { SessionProvider } from './session';

// Swedish paths, as the tenants read them in the address bar.
const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
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
      { path: 'arenden', element: <CasesPage /> },
      { path: 'arenden/nytt', element: <NewCasePage /> },
      { path: 'tillval', element: <OptionsPage /> },
      { path: 'mina-uppgifter', element: <MyDetailsPage /> },
    ],
  },
  { path: '/admin/login', element: <StaffLoginPage /> },
  {
    path: '/admin',
    element: (
      <RequireStaff>
        <BackofficeShell />
      </RequireStaff>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'kunder', element: <CustomersPage /> },
      { path: 'fastigheter', element: <PropertiesPage /> },
      { path: 'meddelanden', element: <MessagesPage /> },
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
