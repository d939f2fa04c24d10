import { createBrowserRouter } from 'react-router';
import { RouteError } from '../modules/errors/components/RouteError';
import { RequireSession } from '../modules/session/components/RequireSession';
import { AccountPage } from '../pages/AccountPage';
import { AuditPage } from '../pages/AuditPage';
import { EditionPage } from '../pages/EditionPage';
import { EditionsPage } from '../pages/EditionsPage';
import { HomePage } from '../pages/HomePage';
import { ModulePage } from '../pages/ModulePage';
import { ModulesPage } from '../pages/ModulesPage';
import { MyTandemPage } from '../pages/MyTandemPage';
import { NationalProgrammePage } from '../pages/NationalProgrammePage';
import { NationalProgrammesPage } from '../pages/NationalProgrammesPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrganisationPage } from '../pages/OrganisationPage';
import { OrganisationsPage } from '../pages/OrganisationsPage';
import { SignInPage } from '../pages/SignInPage';
import { TandemsPage } from '../pages/TandemsPage';
import { AppLayout } from './layout/AppLayout';
import { BareLayout } from './layout/BareLayout';

/**
 * Every page but the sign-in page needs a session (RequireSession sends everyone else to
 * `/sign-in?next=…`). A page's errors show inside the layout (the inner errorElement); errors of
 * the layout itself (the session could not be checked) show on a bare page.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/sign-in',
      element: <SignInPage />,
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'editions', element: <EditionsPage /> },
            { path: 'editions/:editionId', element: <EditionPage /> },
            { path: 'modules', element: <ModulesPage /> },
            { path: 'modules/:moduleId', element: <ModulePage /> },
            { path: 'national-programmes', element: <NationalProgrammesPage /> },
            { path: 'national-programmes/:programmeId', element: <NationalProgrammePage /> },
            { path: 'organisations', element: <OrganisationsPage /> },
            { path: 'organisations/:organisationId', element: <OrganisationPage /> },
            { path: 'tandem', element: <MyTandemPage /> },
            { path: 'tandems', element: <TandemsPage /> },
            { path: 'account', element: <AccountPage /> },
            { path: 'admin/audit', element: <AuditPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
