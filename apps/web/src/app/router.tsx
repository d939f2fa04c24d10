import { PageLoader } from '@tandem/web-ui';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { RouteErrorBoundary } from '../modules/errors/components/RouteErrorBoundary';
import { RequireSession } from '../modules/session/components/RequireSession';
import { SignInPage } from '../pages/SignInPage';
import { AppLayout } from './layout/AppLayout';
import { BareLayout } from './layout/BareLayout';

/**
 * A page's code is loaded when it is first visited: the first load carries the shell and the
 * sign-in page, and what only one page needs (charts, editors) arrives with that page. A navigation
 * is a transition, so the page shown stays until the next one is there.
 */
const page = <M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const InvitationPage = page(() => import('../pages/InvitationPage'), 'InvitationPage');
const SurveyLinkPage = page(() => import('../pages/SurveyLinkPage'), 'SurveyLinkPage');
const JoinNetworkPage = page(() => import('../pages/JoinNetworkPage'), 'JoinNetworkPage');
const ForgotPasswordPage = page(() => import('../pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../pages/ResetPasswordPage'), 'ResetPasswordPage');
const VerifyPage = page(() => import('../pages/VerifyPage'), 'VerifyPage');
const VerifyCertificatePage = page(() => import('../pages/VerifyCertificatePage'), 'VerifyCertificatePage');
const HomePage = page(() => import('../pages/HomePage'), 'HomePage');
const ConsentsPage = page(() => import('../pages/ConsentsPage'), 'ConsentsPage');
const EditionsPage = page(() => import('../pages/EditionsPage'), 'EditionsPage');
const EditionPage = page(() => import('../pages/EditionPage'), 'EditionPage');
const ModulesPage = page(() => import('../pages/ModulesPage'), 'ModulesPage');
const ModulePage = page(() => import('../pages/ModulePage'), 'ModulePage');
const NationalProgrammesPage = page(() => import('../pages/NationalProgrammesPage'), 'NationalProgrammesPage');
const NationalProgrammePage = page(() => import('../pages/NationalProgrammePage'), 'NationalProgrammePage');
const OrganisationsPage = page(() => import('../pages/OrganisationsPage'), 'OrganisationsPage');
const OrganisationPage = page(() => import('../pages/OrganisationPage'), 'OrganisationPage');
const NetworkApplicationsPage = page(() => import('../pages/NetworkApplicationsPage'), 'NetworkApplicationsPage');
const NetworkApplicationPage = page(() => import('../pages/NetworkApplicationPage'), 'NetworkApplicationPage');
const ToolboxPage = page(() => import('../pages/ToolboxPage'), 'ToolboxPage');
const ToolboxReviewPage = page(() => import('../pages/ToolboxReviewPage'), 'ToolboxReviewPage');
const MyProposalsPage = page(() => import('../pages/MyProposalsPage'), 'MyProposalsPage');
const ProposeResourcePage = page(() => import('../pages/ProposeResourcePage'), 'ProposeResourcePage');
const ResourcePage = page(() => import('../pages/ResourcePage'), 'ResourcePage');
const DictionaryPage = page(() => import('../pages/DictionaryPage'), 'DictionaryPage');
const ProposeGlossaryTermPage = page(() => import('../pages/ProposeGlossaryTermPage'), 'ProposeGlossaryTermPage');
const GlossaryTermPage = page(() => import('../pages/GlossaryTermPage'), 'GlossaryTermPage');
const StudyVisitsPage = page(() => import('../pages/StudyVisitsPage'), 'StudyVisitsPage');
const StudyVisitPage = page(() => import('../pages/StudyVisitPage'), 'StudyVisitPage');
const NewStudyVisitPage = page(() => import('../pages/NewStudyVisitPage'), 'NewStudyVisitPage');
const MobilitiesPage = page(() => import('../pages/MobilitiesPage'), 'MobilitiesPage');
const NewMobilityPage = page(() => import('../pages/NewMobilityPage'), 'NewMobilityPage');
const MobilityPage = page(() => import('../pages/MobilityPage'), 'MobilityPage');
const HostOffersPage = page(() => import('../pages/HostOffersPage'), 'HostOffersPage');
const MyTandemPage = page(() => import('../pages/MyTandemPage'), 'MyTandemPage');
const TandemsPage = page(() => import('../pages/TandemsPage'), 'TandemsPage');
const AssignmentsPage = page(() => import('../pages/AssignmentsPage'), 'AssignmentsPage');
const ProgressPage = page(() => import('../pages/ProgressPage'), 'ProgressPage');
const CockpitPage = page(() => import('../pages/CockpitPage'), 'CockpitPage');
const ReviewsPage = page(() => import('../pages/ReviewsPage'), 'ReviewsPage');
const SessionsPage = page(() => import('../pages/SessionsPage'), 'SessionsPage');
const NewSessionPage = page(() => import('../pages/NewSessionPage'), 'NewSessionPage');
const SessionPage = page(() => import('../pages/SessionPage'), 'SessionPage');
const CheckInPage = page(() => import('../pages/CheckInPage'), 'CheckInPage');
const AgendaPage = page(() => import('../pages/AgendaPage'), 'AgendaPage');
const SubmissionPage = page(() => import('../pages/SubmissionPage'), 'SubmissionPage');
const CompetencesPage = page(() => import('../pages/CompetencesPage'), 'CompetencesPage');
const SurveyTemplatesPage = page(() => import('../pages/SurveyTemplatesPage'), 'SurveyTemplatesPage');
const CompetenceProfileEditorPage = page(
  () => import('../pages/CompetenceProfileEditorPage'),
  'CompetenceProfileEditorPage',
);
const CompetenceInsightsPage = page(() => import('../pages/CompetenceInsightsPage'), 'CompetenceInsightsPage');
const SelfAssessmentsPage = page(() => import('../pages/SelfAssessmentsPage'), 'SelfAssessmentsPage');
const SelfAssessmentSummaryPage = page(() => import('../pages/SelfAssessmentSummaryPage'), 'SelfAssessmentSummaryPage');
const SelfAssessmentPage = page(() => import('../pages/SelfAssessmentPage'), 'SelfAssessmentPage');
const AccountPage = page(() => import('../pages/AccountPage'), 'AccountPage');
const AuditPage = page(() => import('../pages/AuditPage'), 'AuditPage');
const OutboxPage = page(() => import('../pages/OutboxPage'), 'OutboxPage');
const PeoplePage = page(() => import('../pages/PeoplePage'), 'PeoplePage');
const InvitePersonPage = page(() => import('../pages/InvitePersonPage'), 'InvitePersonPage');
const PersonPage = page(() => import('../pages/PersonPage'), 'PersonPage');
const TutorImportPage = page(() => import('../pages/TutorImportPage'), 'TutorImportPage');
const DictionaryImportPage = page(() => import('../pages/DictionaryImportPage'), 'DictionaryImportPage');
const ErasureRequestsPage = page(() => import('../pages/ErasureRequestsPage'), 'ErasureRequestsPage');
const MyCertificatesPage = page(() => import('../pages/MyCertificatesPage'), 'MyCertificatesPage');
const ManageCertificatesPage = page(() => import('../pages/ManageCertificatesPage'), 'ManageCertificatesPage');
const MySurveysPage = page(() => import('../pages/MySurveysPage'), 'MySurveysPage');
const SurveyAnswerPage = page(() => import('../pages/SurveyAnswerPage'), 'SurveyAnswerPage');
const SurveysPage = page(() => import('../pages/SurveysPage'), 'SurveysPage');
const SurveyResultsPage = page(() => import('../pages/SurveyResultsPage'), 'SurveyResultsPage');
const SurveyComparisonPage = page(() => import('../pages/SurveyComparisonPage'), 'SurveyComparisonPage');
const InterimAnalysisPage = page(() => import('../pages/InterimAnalysisPage'), 'InterimAnalysisPage');
const FinalEvaluationPage = page(() => import('../pages/FinalEvaluationPage'), 'FinalEvaluationPage');
const PeerReviewsPage = page(() => import('../pages/PeerReviewsPage'), 'PeerReviewsPage');
const PeerReviewPage = page(() => import('../pages/PeerReviewPage'), 'PeerReviewPage');
const YouSaidWeDidPage = page(() => import('../pages/YouSaidWeDidPage'), 'YouSaidWeDidPage');
const PolicyRecommendationsPage = page(() => import('../pages/PolicyRecommendationsPage'), 'PolicyRecommendationsPage');
const PolicyBriefPage = page(() => import('../pages/PolicyBriefPage'), 'PolicyBriefPage');
const NotFoundPage = page(() => import('../pages/NotFoundPage'), 'NotFoundPage');

const inBareLayout = (content: ReactNode) => <BareLayout>{content}</BareLayout>;

/** A page outside the shell; its errors show on a bare page. */
const bare = (element: ReactNode) => <RouteErrorBoundary frame={inBareLayout}>{element}</RouteErrorBoundary>;

/** The pages inside the shell: their errors show inside the layout. */
function PageErrors() {
  return (
    <RouteErrorBoundary>
      <Outlet />
    </RouteErrorBoundary>
  );
}

/**
 * Every page but the sign-in page, the public "Join the network" form, the public certificate
 * verification (/verify) and the pages that e-mails link to (invitation, password reset, a
 * stakeholder's one-time survey link)
 * needs a session (RequireSession sends everyone else to `/sign-in?next=…`). A page's errors show
 * inside the layout; errors of the layout itself (the session could not be checked) show on a bare
 * page.
 *
 * Declarative routes (`<Routes>`), not a data router (`createBrowserRouter`): the app loads its data
 * in the pages (Apollo), not in route loaders, and the data router is twice the code (33 against
 * 16 KB gzip) in the first download of every page.
 */
export function AppRoutes() {
  // The first page shows a loader until its code is there (the pages of the shell have their own).
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/sign-in" element={bare(<SignInPage />)} />
        <Route path="/invitation/:token" element={bare(<InvitationPage />)} />
        <Route path="/survey-link/:token" element={bare(<SurveyLinkPage />)} />
        <Route path="/join" element={bare(<JoinNetworkPage />)} />
        <Route path="/forgot-password" element={bare(<ForgotPasswordPage />)} />
        <Route path="/reset-password/:token" element={bare(<ResetPasswordPage />)} />
        <Route path="/verify" element={bare(<VerifyPage />)} />
        <Route path="/verify/:publicId" element={bare(<VerifyCertificatePage />)} />
        <Route
          path="/"
          element={bare(
            <RequireSession>
              <AppLayout />
            </RequireSession>,
          )}
        >
          <Route element={<PageErrors />}>
            <Route index element={<HomePage />} />
            <Route path="consents" element={<ConsentsPage />} />
            <Route path="editions" element={<EditionsPage />} />
            <Route path="editions/:editionId" element={<EditionPage />} />
            <Route path="modules" element={<ModulesPage />} />
            <Route path="modules/:moduleId" element={<ModulePage />} />
            <Route path="national-programmes" element={<NationalProgrammesPage />} />
            <Route path="national-programmes/:programmeId" element={<NationalProgrammePage />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="organisations/:organisationId" element={<OrganisationPage />} />
            <Route path="network/applications" element={<NetworkApplicationsPage />} />
            <Route path="network/applications/:applicationId" element={<NetworkApplicationPage />} />
            <Route path="toolbox" element={<ToolboxPage />} />
            <Route path="toolbox/review" element={<ToolboxReviewPage />} />
            <Route path="toolbox/my-proposals" element={<MyProposalsPage />} />
            <Route path="toolbox/propose" element={<ProposeResourcePage />} />
            <Route path="toolbox/:resourceId" element={<ResourcePage />} />
            <Route path="dictionary" element={<DictionaryPage />} />
            <Route path="dictionary/propose" element={<ProposeGlossaryTermPage />} />
            <Route path="dictionary/:termId" element={<GlossaryTermPage />} />
            <Route path="study-visits" element={<StudyVisitsPage />} />
            <Route path="study-visits/new" element={<NewStudyVisitPage />} />
            <Route path="study-visits/:studyVisitId" element={<StudyVisitPage />} />
            <Route path="mobilities" element={<MobilitiesPage />} />
            <Route path="mobilities/new" element={<NewMobilityPage />} />
            <Route path="mobilities/:mobilityId" element={<MobilityPage />} />
            <Route path="host-offers" element={<HostOffersPage />} />
            <Route path="tandem" element={<MyTandemPage />} />
            <Route path="tandems" element={<TandemsPage />} />
            <Route path="assignments" element={<AssignmentsPage />} />
            <Route path="progress" element={<ProgressPage />} />
            <Route path="cockpit" element={<CockpitPage />} />
            <Route path="reviews" element={<ReviewsPage />} />
            <Route path="sessions" element={<SessionsPage />} />
            <Route path="sessions/new" element={<NewSessionPage />} />
            <Route path="sessions/:sessionId" element={<SessionPage />} />
            <Route path="sessions/:sessionId/check-in" element={<CheckInPage />} />
            <Route path="agenda" element={<AgendaPage />} />
            <Route path="submissions/:submissionId" element={<SubmissionPage />} />
            <Route path="competences" element={<CompetencesPage />} />
            <Route path="admin/competence-profile" element={<CompetenceProfileEditorPage />} />
            <Route path="admin/survey-templates" element={<SurveyTemplatesPage />} />
            <Route path="competences/insights" element={<CompetenceInsightsPage />} />
            <Route path="self-assessments" element={<SelfAssessmentsPage />} />
            <Route path="self-assessments/summary" element={<SelfAssessmentSummaryPage />} />
            <Route path="self-assessments/:selfAssessmentId" element={<SelfAssessmentPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="admin/audit" element={<AuditPage />} />
            <Route path="admin/outbox" element={<OutboxPage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="people/invite" element={<InvitePersonPage />} />
            <Route path="people/:personId" element={<PersonPage />} />
            <Route path="imports/tutors" element={<TutorImportPage />} />
            <Route path="dictionary/import" element={<DictionaryImportPage />} />
            <Route path="privacy/erasures" element={<ErasureRequestsPage />} />
            <Route path="certificates" element={<MyCertificatesPage />} />
            <Route path="certificates/manage" element={<ManageCertificatesPage />} />
            <Route path="my-surveys" element={<MySurveysPage />} />
            <Route path="my-surveys/:surveyId" element={<SurveyAnswerPage />} />
            <Route path="surveys" element={<SurveysPage />} />
            <Route path="surveys/:surveyId" element={<SurveyResultsPage />} />
            <Route path="surveys/:surveyId/compare" element={<SurveyComparisonPage />} />
            <Route path="interim-analysis" element={<InterimAnalysisPage />} />
            <Route path="final-evaluation" element={<FinalEvaluationPage />} />
            <Route path="you-said-we-did" element={<YouSaidWeDidPage />} />
            <Route path="policy-recommendations" element={<PolicyRecommendationsPage />} />
            <Route path="policy-recommendations/briefs/:audience" element={<PolicyBriefPage />} />
            <Route path="peer-reviews" element={<PeerReviewsPage />} />
            <Route path="peer-reviews/:reviewId" element={<PeerReviewPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
