import { createBrowserRouter } from 'react-router';
import { RouteError } from '../modules/errors/components/RouteError';
import { RequireSession } from '../modules/session/components/RequireSession';
import { AccountPage } from '../pages/AccountPage';
import { AgendaPage } from '../pages/AgendaPage';
import { CheckInPage } from '../pages/CheckInPage';
import { NewSessionPage } from '../pages/NewSessionPage';
import { SessionPage } from '../pages/SessionPage';
import { SessionsPage } from '../pages/SessionsPage';
import { AssignmentsPage } from '../pages/AssignmentsPage';
import { CockpitPage } from '../pages/CockpitPage';
import { AuditPage } from '../pages/AuditPage';
import { CompetenceInsightsPage } from '../pages/CompetenceInsightsPage';
import { MySurveysPage } from '../pages/MySurveysPage';
import { SurveyAnswerPage } from '../pages/SurveyAnswerPage';
import { SurveyResultsPage } from '../pages/SurveyResultsPage';
import { SurveysPage } from '../pages/SurveysPage';
import { CompetenceProfileEditorPage } from '../pages/CompetenceProfileEditorPage';
import { CompetencesPage } from '../pages/CompetencesPage';
import { SelfAssessmentPage } from '../pages/SelfAssessmentPage';
import { SelfAssessmentSummaryPage } from '../pages/SelfAssessmentSummaryPage';
import { SelfAssessmentsPage } from '../pages/SelfAssessmentsPage';
import { EditionPage } from '../pages/EditionPage';
import { EditionsPage } from '../pages/EditionsPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { HomePage } from '../pages/HomePage';
import { InvitationPage } from '../pages/InvitationPage';
import { InvitePersonPage } from '../pages/InvitePersonPage';
import { JoinNetworkPage } from '../pages/JoinNetworkPage';
import { ModulePage } from '../pages/ModulePage';
import { ModulesPage } from '../pages/ModulesPage';
import { MyTandemPage } from '../pages/MyTandemPage';
import { PeoplePage } from '../pages/PeoplePage';
import { PersonPage } from '../pages/PersonPage';
import { ProgressPage } from '../pages/ProgressPage';
import { NationalProgrammePage } from '../pages/NationalProgrammePage';
import { NationalProgrammesPage } from '../pages/NationalProgrammesPage';
import { NetworkApplicationPage } from '../pages/NetworkApplicationPage';
import { NetworkApplicationsPage } from '../pages/NetworkApplicationsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrganisationPage } from '../pages/OrganisationPage';
import { OrganisationsPage } from '../pages/OrganisationsPage';
import { OutboxPage } from '../pages/OutboxPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { ReviewsPage } from '../pages/ReviewsPage';
import { SignInPage } from '../pages/SignInPage';
import { SubmissionPage } from '../pages/SubmissionPage';
import { TandemsPage } from '../pages/TandemsPage';
import { TutorImportPage } from '../pages/TutorImportPage';
import { ManageCertificatesPage } from '../pages/ManageCertificatesPage';
import { MyCertificatesPage } from '../pages/MyCertificatesPage';
import { VerifyCertificatePage } from '../pages/VerifyCertificatePage';
import { VerifyPage } from '../pages/VerifyPage';
import { AppLayout } from './layout/AppLayout';
import { BareLayout } from './layout/BareLayout';

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
      element: <InvitationPage />,
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/join',
      element: <JoinNetworkPage />,
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/forgot-password',
      element: <ForgotPasswordPage />,
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/reset-password/:token',
      element: <ResetPasswordPage />,
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/verify',
      element: <VerifyPage />,
      errorElement: (
        <BareLayout>
          <RouteError />
        </BareLayout>
      ),
    },
    {
      path: '/verify/:publicId',
      element: <VerifyCertificatePage />,
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
            { path: 'network/applications', element: <NetworkApplicationsPage /> },
            { path: 'network/applications/:applicationId', element: <NetworkApplicationPage /> },
            { path: 'tandem', element: <MyTandemPage /> },
            { path: 'tandems', element: <TandemsPage /> },
            { path: 'assignments', element: <AssignmentsPage /> },
            { path: 'progress', element: <ProgressPage /> },
            { path: 'cockpit', element: <CockpitPage /> },
            { path: 'reviews', element: <ReviewsPage /> },
            { path: 'sessions', element: <SessionsPage /> },
            { path: 'sessions/new', element: <NewSessionPage /> },
            { path: 'sessions/:sessionId', element: <SessionPage /> },
            { path: 'sessions/:sessionId/check-in', element: <CheckInPage /> },
            { path: 'agenda', element: <AgendaPage /> },
            { path: 'submissions/:submissionId', element: <SubmissionPage /> },
            { path: 'competences', element: <CompetencesPage /> },
            { path: 'admin/competence-profile', element: <CompetenceProfileEditorPage /> },
            { path: 'competences/insights', element: <CompetenceInsightsPage /> },
            { path: 'self-assessments', element: <SelfAssessmentsPage /> },
            { path: 'self-assessments/summary', element: <SelfAssessmentSummaryPage /> },
            { path: 'self-assessments/:selfAssessmentId', element: <SelfAssessmentPage /> },
            { path: 'account', element: <AccountPage /> },
            { path: 'admin/audit', element: <AuditPage /> },
            { path: 'admin/outbox', element: <OutboxPage /> },
            { path: 'people', element: <PeoplePage /> },
            { path: 'people/invite', element: <InvitePersonPage /> },
            { path: 'people/:personId', element: <PersonPage /> },
            { path: 'imports/tutors', element: <TutorImportPage /> },
            { path: 'certificates', element: <MyCertificatesPage /> },
            { path: 'certificates/manage', element: <ManageCertificatesPage /> },
            { path: 'my-surveys', element: <MySurveysPage /> },
            { path: 'my-surveys/:surveyId', element: <SurveyAnswerPage /> },
            { path: 'surveys', element: <SurveysPage /> },
            { path: 'surveys/:surveyId', element: <SurveyResultsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
