import type { Role } from './roles';

/**
 * Who may do what: the one table of role lists. The API's policy decorator (`@RequirePermission`),
 * its object-level checks (`Access`) and the web app (navigation, buttons) all read it, and the
 * README's "Who can do what" table is generated from it (a test fails when the README is stale).
 *
 * A permission names a use case or a kind of read. The roles listed may attempt it; the scope of
 * each grant (country, organisation, self) then decides for the record at hand, on the server.
 * ADMIN is listed wherever ADMIN may act: nothing is implied.
 */
export const PERMISSIONS = {
  // Programme, editions and the cycle
  'edition.manage': {
    roles: ['ADMIN'],
    what: 'Create and change editions and their cycle phases',
  },
  'audit.read': { roles: ['ADMIN'], what: 'Read the audit log, also what was read or changed of one person' },
  'audit.mine': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'RESEARCHER', 'OBSERVER'],
    what: 'Read who read or changed one’s own data',
  },
  'outbox.read': { roles: ['ADMIN'], what: 'Read the e-mail outbox' },
  'target.set': { roles: ['ADMIN'], what: 'Set the target of trained tutors and its splits' },

  // Modules and national programmes
  'module.edit': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Create, edit and publish modules and their materials (joint: ADMIN; national: the country)',
  },
  'module.editJoint': { roles: ['ADMIN'], what: 'Create and edit the joint (Baltic) modules' },
  'assignment.manage': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Create and change the tandem assignments of a module',
  },
  'nationalProgramme.edit': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Write and submit a country's national programme",
  },
  'nationalProgramme.approve': {
    roles: ['ADMIN'],
    what: 'Approve a national programme or return it for changes',
  },
  'nationalProgramme.readDrafts': {
    roles: ['ADMIN', 'COORDINATOR', 'OBSERVER', 'RESEARCHER'],
    what: 'Read national programmes before approval, with their history',
  },

  // Network, people and roles
  'networkApplication.decide': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Read and decide applications to join the network (a coordinator: their country's)",
  },
  'person.directory': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Search people and open their record (a coordinator: their country)',
  },
  'person.record': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER'],
    what: "Open a person's record: tandem, enrolments, attendance, hours, self-assessment status (never ratings), certificates, history (a coordinator: their country; a manager: their organisation's people; everyone: their own)",
  },
  'person.recordOfTrainee': {
    roles: ['TRAINER'],
    what: 'Open the record of a person enrolled in a session one trains (not the whole country)',
  },
  'person.invite': { roles: ['ADMIN', 'COORDINATOR'], what: 'Invite people' },
  'role.manage': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Grant and revoke roles (a coordinator: roles of their country, never ADMIN or RESEARCHER)',
  },
  'organisation.tutors': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER'],
    what: "List an organisation's tutors by name (a coordinator: their country; a manager: their organisation)",
  },
  'tutorImport.run': { roles: ['ADMIN', 'COORDINATOR'], what: 'Import tutors from a spreadsheet' },
  'contact.read': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER', 'TUTOR'],
    what: "Read a tutor's e-mail (coordinator: country; manager: organisation; tutor: own tandem partner)",
  },

  // Tutors and tandems
  'tutor.self': {
    roles: ['TUTOR'],
    what: "Act as a tutor: own profile, tandem partner's contact, own country's sessions",
  },
  'tandem.form': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Pair tutors into tandems and list unpaired tutors',
  },
  'tandem.list': { roles: ['ADMIN', 'COORDINATOR'], what: 'List the tandems of a country' },
  'tandem.read': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER', 'TUTOR'],
    what: 'Open a tandem (in scope: country, organisation, or own tandem)',
  },
  'tandem.dissolve': { roles: ['ADMIN', 'COORDINATOR', 'TUTOR'], what: 'Dissolve a tandem' },
  'tandem.findPartner': {
    roles: ['TUTOR'],
    what: 'See partner candidates, invite a partner and answer an invitation',
  },

  // Training sessions, enrolment and attendance
  'session.readCountry': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'OBSERVER', 'RESEARCHER'],
    what: "See every session of a country (tutors see their own country's and joint sessions)",
  },
  'session.schedule': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: 'Schedule, change, cancel and complete sessions (joint: ADMIN; national: the country)',
  },
  'session.run': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: 'Rosters, attendance, the check-in code and the agenda of sessions in scope',
  },
  'session.book': {
    roles: ['ADMIN', 'COORDINATOR', 'TUTOR'],
    what: "Book and cancel seats (a tutor: their tandem's; a coordinator: on behalf of their country's)",
  },
  'session.coordinate': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Oversee every session of a country in the agenda (a coordinator: their country's)",
  },
  'enrolment.own': { roles: ['TUTOR'], what: 'Check in to a session and manage own enrolments' },
  'enrolment.manage': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Enrol, move and cancel a tandem's seats on its behalf, also after the deadline",
  },

  // Assignments
  'assignment.work': {
    roles: ['TUTOR'],
    what: "Work on the tandem's shared submissions and their files",
  },
  'submission.read': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR'],
    what: 'Open a submission (in scope)',
  },
  'submission.list': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: 'List the submissions to review',
  },
  'submission.review': { roles: ['ADMIN', 'TRAINER'], what: 'Accept a submission or return it' },

  // Competences and self-assessments
  'competenceProfile.manage': {
    roles: ['ADMIN'],
    what: 'Edit, translate and publish the competence profile',
  },
  'assessmentRound.manage': { roles: ['ADMIN'], what: 'Open and change self-assessment rounds' },
  'selfAssessment.own': {
    roles: ['TUTOR'],
    what: 'Take, submit and share own self-assessments; compare with the partner',
  },
  'competenceInsights.read': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'OBSERVER', 'RESEARCHER'],
    what: 'Read k-anonymous competence aggregates (in scope)',
  },
  'research.export': {
    roles: ['RESEARCHER'],
    what: 'Export pseudonymised data of consenting participants',
  },

  // Completion and the cockpit
  'progress.read': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER', 'TUTOR'],
    what: "Read a tutor's progress towards completion (in scope; a tutor: own)",
  },
  'completion.manage': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Recompute completion, withdraw and reinstate tutors (a coordinator: their country)',
  },
  'completionRule.set': { roles: ['ADMIN'], what: 'Set what "trained" means for an edition' },
  'cockpit.read': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER', 'OBSERVER'],
    what: 'Read the target cockpit and export it (in scope)',
  },
  'cockpit.people': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER'],
    what: 'See the people behind the cockpit figures (drill-down)',
  },

  // Home pages
  'home.nextSteps': { roles: ['TUTOR'], what: "See one's own next steps in the edition on the home page" },
  'home.workQueue': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: 'See the work waiting in scope (applications, unpaired tutors, reviews, approvals, seats, attendance)',
  },
  // Surveys
  'survey.answer': {
    roles: ['TUTOR'],
    what: 'See and answer own surveys (the feedback of sessions one was present at)',
  },
  'survey.results': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'OBSERVER', 'RESEARCHER'],
    what: 'Read k-anonymous survey results (a trainer: own sessions; a coordinator: their country)',
  },
  'survey.resultsInScope': {
    roles: ['ADMIN', 'COORDINATOR', 'OBSERVER', 'RESEARCHER'],
    what: 'Read the survey results of every session in scope (not only the sessions one trains)',
  },
  'survey.manage': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: "Open and close a survey, set its mode until the first response (a trainer: own sessions')",
  },
  'survey.inviteStakeholders': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'E-mail one-time survey links to stakeholders without an account and see how many answered (a coordinator: their country)',
  },
  'surveyTemplate.manage': {
    roles: ['ADMIN'],
    what: 'Edit the survey templates and their translations (also by importing a JSON file or a translators’ spreadsheet)',
  },
  'surveyTemplate.export': {
    roles: ['ADMIN'],
    what: 'Download a survey template as JSON and as a translators’ spreadsheet (XLSX)',
  },

  // Certificates
  'certificate.read': {
    roles: ['ADMIN', 'COORDINATOR', 'TUTOR'],
    what: "Read a person's certificates and download them (a tutor: own; a coordinator: their country)",
  },
  'certificate.manage': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'List, issue, re-issue and revoke certificates (a coordinator: their country)',
  },
  'certificate.configure': {
    roles: ['ADMIN'],
    what: "Set an edition's certificate issuer and signatories; rotate the signing key",
  },

  // Privacy: consents and the person's own data
  'consent.counts': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Count the consents given per purpose, never who refused (a coordinator: their country)',
  },
  'erasure.decide': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "See erasure requests with their legal holds and erase the person (a coordinator: their country's)",
  },

  // Toolbox, vocational dictionary, study visits and mobility
  'resource.propose': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR'],
    what: 'Propose a resource for the toolbox or a new language version of one (reviewed before it is shown)',
  },
  'proposal.mine': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR'],
    what: 'See one’s own proposals to the toolbox and the dictionary, with the review decision and the reason',
  },
  'resource.suggestions': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR'],
    what: "Read suggested resources (a tutor: for the competences they rated themself lowest; others: a module's resources)",
  },
  'resource.review': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Approve, return or reject proposed resources (a coordinator: their country's; Baltic-wide ones: ADMIN)",
  },
  'glossary.propose': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR'],
    what: 'Propose a term of the vocational dictionary or a missing language of one',
  },
  'glossary.edit': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Edit terms of the vocational dictionary and mark proposed entries reviewed (an import of a file: programme-wide editors)',
  },
  // Everyone who reads the dictionary may take it along: translators' tools read the TBX.
  'glossary.export': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'RESEARCHER', 'OBSERVER'],
    what: 'Download the vocational dictionary as CSV, XLSX or TBX',
  },
  'studyVisit.apply': {
    roles: ['COORDINATOR', 'TRAINER', 'TUTOR'],
    what: 'Apply for a study visit and write one’s part of its shared report',
  },
  'studyVisit.manage': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: 'Plan study visits (a coordinator: those their country organises; programme-wide ones: ADMIN) and select their participants',
  },
  // Who sees whom (README): staff name every participant, a tutor those who agreed to appear on
  // rosters (ROSTER_NAME); managers, researchers and observers see counts and the report, no names.
  'studyVisit.participantNames': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: 'See the names of all participants of a study visit',
  },
  'studyVisit.consentingNames': {
    roles: ['TUTOR'],
    what: 'See the names of the participants of a study visit who agreed to appear on rosters',
  },
  'mobility.read': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER', 'TRAINER', 'TUTOR'],
    what: 'Open the mobility register: the mobilities one went on, with their learning agreements',
  },
  'mobility.readOrganisations': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER'],
    what: "Read the mobilities of organisations and download their learning agreements (a coordinator: from their country's organisations; a manager: their organisation's)",
  },
  'mobility.record': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Record and edit mobilities and upload their learning agreements (a coordinator: from their country's organisations)",
  },
  'hostOffer.manage': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER'],
    what: "Offer placements for an organisation and accept or decline the requests for them (a coordinator: their country's organisations; a manager: their organisation)",
  },
  'hostOffer.ask': {
    roles: ['ADMIN', 'COORDINATOR', 'MANAGER', 'TRAINER'],
    what: "Ask for places of another organisation's host offer (a coordinator or trainer: for their country's organisations; a manager: for their organisation)",
  },
  // Evidence: interim analyses, findings, improvement actions ("you said, we did")
  'evidence.write': {
    roles: ['ADMIN', 'RESEARCHER'],
    what: 'Write interim analyses, findings with their cited evidence, and improvement actions; publish them',
  },
  'evidence.readDrafts': {
    roles: ['ADMIN', 'RESEARCHER', 'COORDINATOR', 'TRAINER'],
    what: 'Read draft findings and actions (a coordinator or trainer: the findings concerning their country)',
  },
  'evidence.comment': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER'],
    what: 'Comment on draft findings (a coordinator or trainer: the findings concerning their country)',
  },
  'evidence.read': {
    roles: ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'RESEARCHER', 'OBSERVER'],
    what: 'Read the published findings and their actions ("you said, we did")',
  },
  // Policy recommendations and guidelines (step 9 of the cycle)
  'policyRecommendation.write': {
    roles: ['ADMIN', 'RESEARCHER'],
    what: 'Write policy recommendations with their findings and cited figures; send them to consultation and publish them',
  },
  'policyRecommendation.comment': {
    roles: ['ADMIN', 'COORDINATOR', 'OBSERVER'],
    what: 'Comment on policy recommendations in consultation (a national audience: those of its country; the others: all)',
  },
  'policyRecommendation.read': {
    roles: ['ADMIN', 'RESEARCHER', 'COORDINATOR', 'OBSERVER'],
    what: 'Read the published policy recommendations and the policy briefs (page and PDF) per audience; those in consultation where one may comment',
  },
  'finalEvaluation.read': {
    roles: ['ADMIN', 'RESEARCHER', 'OBSERVER', 'COORDINATOR'],
    what: "Read the final evaluation report and its PDF (a coordinator or country observer: their country's figures)",
  },
  // Peer review of national programmes (EQAVET, European Peer Review)
  'peerReview.read': {
    roles: ['ADMIN', 'COORDINATOR', 'RESEARCHER', 'OBSERVER'],
    what: 'Read the peer reviews of national programmes: self-report, peers, visit, report, comments, follow-up',
  },
  'peerReview.manage': {
    roles: ['ADMIN'],
    what: 'Start peer reviews, keep the pool of trained peers, assign peers, set the visit and the report deadline, move the stages',
  },
  'peerReview.countryTeam': {
    roles: ['ADMIN', 'COORDINATOR'],
    what: "Write the self-report, comment on the peer report and run the follow-up of a peer review (a coordinator: of their country's programme)",
  },
  'peerReview.peer': {
    roles: ['ADMIN', 'COORDINATOR', 'RESEARCHER'],
    what: 'Write the interview notes and the recommendations of the peer report (an assigned peer: of their review only)',
  },
} as const satisfies Record<string, { roles: readonly Role[]; what: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** The roles that may attempt `permission`. */
export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission].roles;
}

/** Whether any of these grants is of a role that `permission` lists (scope is checked separately). */
export function grantsAllow(grants: readonly { role: Role }[], permission: Permission): boolean {
  const roles: readonly Role[] = PERMISSIONS[permission].roles;
  return grants.some((grant) => roles.includes(grant.role));
}

export function isPermission(value: string): value is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, value);
}
