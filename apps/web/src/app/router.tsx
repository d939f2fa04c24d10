import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouteError } from '../modules/errors/components/RouteError';
import { RequireSession } from '../modules/session/components/RequireSession';
import { SignInPage } from '../pages/SignInPage';
import { AppLayout } from './layout/AppLayout';
import { BareLayout } from './layout/BareLayout';

/**
 * A page's code is loaded when it is first visited: the first load carries the shell and the
 * sign-in page, and what only one page needs (charts, editors) arrives with that page.
 */
const page =
  <M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) =>
  async () => ({ Component: (await load())[name] });

/**
 * Every page but the sign-in page, the public "Join the network" form, the public certificate
 * verification (/verify) and the pages that e-mails link to (invitation, password reset)
 * needs a session (RequireSession sends everyone else to `/sign-in?next=…`). A page's errors show
 * inside the layout (the inner errorElement); errors of the layout itself (the session could not
 * be checked) show on a bare page.
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
      path: '/invitation/:token',
      lazy: page(() => import('../pages/InvitationPage'), 'InvitationPage'),
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/join',
      lazy: page(() => import('../pages/JoinNetworkPage'), 'JoinNetworkPage'),
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/forgot-password',
      lazy: page(() => import('../pages/ForgotPasswordPage'), 'ForgotPasswordPage'),
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/reset-password/:token',
      lazy: page(() => import('../pages/ResetPasswordPage'), 'ResetPasswordPage'),
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/verify',
      lazy: page(() => import('../pages/VerifyPage'), 'VerifyPage'),
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/verify/:publicId',
      lazy: page(() => import('../pages/VerifyCertificatePage'), 'VerifyCertificatePage'),
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
            { index: true, lazy: page(() => import('../pages/HomePage'), 'HomePage') },
            { path: 'consents', lazy: page(() => import('../pages/ConsentsPage'), 'ConsentsPage') },
            { path: 'editions', lazy: page(() => import('../pages/EditionsPage'), 'EditionsPage') },
            { path: 'editions/:editionId', lazy: page(() => import('../pages/EditionPage'), 'EditionPage') },
            { path: 'modules', lazy: page(() => import('../pages/ModulesPage'), 'ModulesPage') },
            { path: 'modules/:moduleId', lazy: page(() => import('../pages/ModulePage'), 'ModulePage') },
            {
              path: 'national-programmes',
              lazy: page(() => import('../pages/NationalProgrammesPage'), 'NationalProgrammesPage'),
            },
            {
              path: 'national-programmes/:programmeId',
              lazy: page(() => import('../pages/NationalProgrammePage'), 'NationalProgrammePage'),
            },
            { path: 'organisations', lazy: page(() => import('../pages/OrganisationsPage'), 'OrganisationsPage') },
            {
              path: 'organisations/:organisationId',
              lazy: page(() => import('../pages/OrganisationPage'), 'OrganisationPage'),
            },
            {
              path: 'network/applications',
              lazy: page(() => import('../pages/NetworkApplicationsPage'), 'NetworkApplicationsPage'),
            },
            {
              path: 'network/applications/:applicationId',
              lazy: page(() => import('../pages/NetworkApplicationPage'), 'NetworkApplicationPage'),
            },
            { path: 'toolbox', lazy: page(() => import('../pages/ToolboxPage'), 'ToolboxPage') },
            { path: 'toolbox/review', lazy: page(() => import('../pages/ToolboxReviewPage'), 'ToolboxReviewPage') },
            {
              path: 'toolbox/propose',
              lazy: page(() => import('../pages/ProposeResourcePage'), 'ProposeResourcePage'),
            },
            { path: 'toolbox/:resourceId', lazy: page(() => import('../pages/ResourcePage'), 'ResourcePage') },
            { path: 'dictionary', lazy: page(() => import('../pages/DictionaryPage'), 'DictionaryPage') },
            {
              path: 'dictionary/propose',
              lazy: page(() => import('../pages/ProposeGlossaryTermPage'), 'ProposeGlossaryTermPage'),
            },
            {
              path: 'dictionary/:termId',
              lazy: page(() => import('../pages/GlossaryTermPage'), 'GlossaryTermPage'),
            },
            { path: 'study-visits', lazy: page(() => import('../pages/StudyVisitsPage'), 'StudyVisitsPage') },
            {
              path: 'study-visits/:studyVisitId',
              lazy: page(() => import('../pages/StudyVisitPage'), 'StudyVisitPage'),
            },
            { path: 'mobilities', lazy: page(() => import('../pages/MobilitiesPage'), 'MobilitiesPage') },
            { path: 'mobilities/new', lazy: page(() => import('../pages/NewMobilityPage'), 'NewMobilityPage') },
            { path: 'mobilities/:mobilityId', lazy: page(() => import('../pages/MobilityPage'), 'MobilityPage') },
            { path: 'host-offers', lazy: page(() => import('../pages/HostOffersPage'), 'HostOffersPage') },
            { path: 'tandem', lazy: page(() => import('../pages/MyTandemPage'), 'MyTandemPage') },
            { path: 'tandems', lazy: page(() => import('../pages/TandemsPage'), 'TandemsPage') },
            { path: 'assignments', lazy: page(() => import('../pages/AssignmentsPage'), 'AssignmentsPage') },
            { path: 'progress', lazy: page(() => import('../pages/ProgressPage'), 'ProgressPage') },
            { path: 'cockpit', lazy: page(() => import('../pages/CockpitPage'), 'CockpitPage') },
            { path: 'reviews', lazy: page(() => import('../pages/ReviewsPage'), 'ReviewsPage') },
            { path: 'sessions', lazy: page(() => import('../pages/SessionsPage'), 'SessionsPage') },
            { path: 'sessions/new', lazy: page(() => import('../pages/NewSessionPage'), 'NewSessionPage') },
            { path: 'sessions/:sessionId', lazy: page(() => import('../pages/SessionPage'), 'SessionPage') },
            { path: 'sessions/:sessionId/check-in', lazy: page(() => import('../pages/CheckInPage'), 'CheckInPage') },
            { path: 'agenda', lazy: page(() => import('../pages/AgendaPage'), 'AgendaPage') },
            {
              path: 'submissions/:submissionId',
              lazy: page(() => import('../pages/SubmissionPage'), 'SubmissionPage'),
            },
            { path: 'competences', lazy: page(() => import('../pages/CompetencesPage'), 'CompetencesPage') },
            {
              path: 'admin/competence-profile',
              lazy: page(() => import('../pages/CompetenceProfileEditorPage'), 'CompetenceProfileEditorPage'),
            },
            {
              path: 'competences/insights',
              lazy: page(() => import('../pages/CompetenceInsightsPage'), 'CompetenceInsightsPage'),
            },
            {
              path: 'self-assessments',
              lazy: page(() => import('../pages/SelfAssessmentsPage'), 'SelfAssessmentsPage'),
            },
            {
              path: 'self-assessments/summary',
              lazy: page(() => import('../pages/SelfAssessmentSummaryPage'), 'SelfAssessmentSummaryPage'),
            },
            {
              path: 'self-assessments/:selfAssessmentId',
              lazy: page(() => import('../pages/SelfAssessmentPage'), 'SelfAssessmentPage'),
            },
            { path: 'account', lazy: page(() => import('../pages/AccountPage'), 'AccountPage') },
            { path: 'admin/audit', lazy: page(() => import('../pages/AuditPage'), 'AuditPage') },
            { path: 'admin/outbox', lazy: page(() => import('../pages/OutboxPage'), 'OutboxPage') },
            { path: 'people', lazy: page(() => import('../pages/PeoplePage'), 'PeoplePage') },
            { path: 'people/invite', lazy: page(() => import('../pages/InvitePersonPage'), 'InvitePersonPage') },
            { path: 'people/:personId', lazy: page(() => import('../pages/PersonPage'), 'PersonPage') },
            { path: 'imports/tutors', lazy: page(() => import('../pages/TutorImportPage'), 'TutorImportPage') },
            {
              path: 'dictionary/import',
              lazy: page(() => import('../pages/DictionaryImportPage'), 'DictionaryImportPage'),
            },
            {
              path: 'privacy/erasures',
              lazy: page(() => import('../pages/ErasureRequestsPage'), 'ErasureRequestsPage'),
            },
            { path: 'certificates', lazy: page(() => import('../pages/MyCertificatesPage'), 'MyCertificatesPage') },
            {
              path: 'certificates/manage',
              lazy: page(() => import('../pages/ManageCertificatesPage'), 'ManageCertificatesPage'),
            },
            { path: 'my-surveys', lazy: page(() => import('../pages/MySurveysPage'), 'MySurveysPage') },
            { path: 'my-surveys/:surveyId', lazy: page(() => import('../pages/SurveyAnswerPage'), 'SurveyAnswerPage') },
            { path: 'surveys', lazy: page(() => import('../pages/SurveysPage'), 'SurveysPage') },
            { path: 'surveys/:surveyId', lazy: page(() => import('../pages/SurveyResultsPage'), 'SurveyResultsPage') },
            { path: '*', lazy: page(() => import('../pages/NotFoundPage'), 'NotFoundPage') },
          ],
        },
      ],
    },
  ]);
}
