import type { Permission, Role } from '@tandem/shared-domain';
import {
  BookIcon,
  BuildingIcon,
  CalendarIcon,
  ClipboardIcon,
  GlobeIcon,
  HomeIcon,
  ListIcon,
  MailIcon,
  TandemIcon,
  UploadIcon,
  UserIcon,
  UserPlusIcon,
} from '@tandem/web-ui';
import type { ComponentType, SVGProps } from 'react';
import { may } from '../session/roles';

export type NavItemId =
  | 'home'
  | 'editions'
  | 'modules'
  | 'nationalProgrammes'
  | 'network'
  | 'myTandem'
  | 'tandems'
  | 'account'
  | 'auditLog'
  | 'people'
  | 'invitePeople'
  | 'importTutors'
  | 'erasureRequests'
  | 'outbox'
  | 'networkApplications'
  | 'assignments'
  | 'reviews'
  | 'sessions'
  | 'agenda'
  | 'competences'
  | 'selfAssessments'
  | 'competenceInsights'
  | 'competenceProfileEditor'
  | 'progress'
  | 'cockpit'
  | 'myCertificates'
  | 'certificates'
  | 'mySurveys'
  | 'surveys'
  | 'surveyTemplates'
  | 'toolbox'
  | 'toolboxReview'
  | 'dictionary'
  | 'studyVisits'
  | 'mobilities'
  | 'hostOffers'
  | 'interimAnalysis'
  | 'youSaidWeDid'
  | 'policyRecommendations'
  | 'finalEvaluation'
  | 'peerReviews';

export interface NavItem {
  id: NavItemId;
  path: string;
  labelKey: `nav.${NavItemId}`;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Who sees the item (and may open the page), from the shared PERMISSIONS table; absent: every signed-in person. */
  permission?: Permission;
  /** Active only on exactly this path (the start page), not on everything below it. */
  end?: boolean;
}

/** The navigation, in order. The router guards each page with the same `permission`. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: '/', labelKey: 'nav.home', icon: HomeIcon, end: true },
  { id: 'editions', path: '/editions', labelKey: 'nav.editions', icon: CalendarIcon },
  { id: 'modules', path: '/modules', labelKey: 'nav.modules', icon: BookIcon },
  { id: 'nationalProgrammes', path: '/national-programmes', labelKey: 'nav.nationalProgrammes', icon: ClipboardIcon },
  { id: 'network', path: '/organisations', labelKey: 'nav.network', icon: BuildingIcon },
  {
    id: 'networkApplications',
    path: '/network/applications',
    labelKey: 'nav.networkApplications',
    icon: ClipboardIcon,
    permission: 'networkApplication.decide',
  },
  { id: 'toolbox', path: '/toolbox', labelKey: 'nav.toolbox', icon: BookIcon },
  {
    id: 'toolboxReview',
    path: '/toolbox/review',
    labelKey: 'nav.toolboxReview',
    icon: ClipboardIcon,
    permission: 'resource.review',
  },
  { id: 'dictionary', path: '/dictionary', labelKey: 'nav.dictionary', icon: BookIcon },
  { id: 'studyVisits', path: '/study-visits', labelKey: 'nav.studyVisits', icon: GlobeIcon },
  { id: 'mobilities', path: '/mobilities', labelKey: 'nav.mobilities', icon: GlobeIcon, permission: 'mobility.read' },
  {
    id: 'hostOffers',
    path: '/host-offers',
    labelKey: 'nav.hostOffers',
    icon: BuildingIcon,
    permission: 'hostOffer.ask',
  },
  { id: 'myTandem', path: '/tandem', labelKey: 'nav.myTandem', icon: TandemIcon, permission: 'tutor.self' },
  {
    id: 'assignments',
    path: '/assignments',
    labelKey: 'nav.assignments',
    icon: ClipboardIcon,
    permission: 'assignment.work',
  },
  { id: 'progress', path: '/progress', labelKey: 'nav.progress', icon: ListIcon, permission: 'tutor.self' },
  {
    id: 'mySurveys',
    path: '/my-surveys',
    labelKey: 'nav.mySurveys',
    icon: ClipboardIcon,
    permission: 'survey.answer',
  },
  { id: 'sessions', path: '/sessions', labelKey: 'nav.sessions', icon: CalendarIcon },
  {
    id: 'agenda',
    path: '/agenda',
    labelKey: 'nav.agenda',
    icon: CalendarIcon,
    permission: 'session.run',
  },
  {
    id: 'reviews',
    path: '/reviews',
    labelKey: 'nav.reviews',
    icon: ClipboardIcon,
    permission: 'submission.list',
  },
  {
    id: 'selfAssessments',
    path: '/self-assessments',
    labelKey: 'nav.selfAssessments',
    icon: ClipboardIcon,
    permission: 'selfAssessment.own',
  },
  { id: 'competences', path: '/competences', labelKey: 'nav.competences', icon: BookIcon, end: true },
  {
    id: 'competenceInsights',
    path: '/competences/insights',
    labelKey: 'nav.competenceInsights',
    icon: ListIcon,
    permission: 'competenceInsights.read',
  },
  {
    id: 'competenceProfileEditor',
    path: '/admin/competence-profile',
    labelKey: 'nav.competenceProfileEditor',
    icon: BookIcon,
    permission: 'competenceProfile.manage',
  },
  {
    id: 'surveys',
    path: '/surveys',
    labelKey: 'nav.surveys',
    icon: ListIcon,
    permission: 'survey.results',
  },
  {
    id: 'surveyTemplates',
    path: '/admin/survey-templates',
    labelKey: 'nav.surveyTemplates',
    icon: ClipboardIcon,
    permission: 'surveyTemplate.manage',
  },
  {
    id: 'interimAnalysis',
    path: '/interim-analysis',
    labelKey: 'nav.interimAnalysis',
    icon: ClipboardIcon,
    permission: 'evidence.readDrafts',
  },
  {
    id: 'youSaidWeDid',
    path: '/you-said-we-did',
    labelKey: 'nav.youSaidWeDid',
    icon: ListIcon,
    permission: 'evidence.read',
  },
  {
    id: 'policyRecommendations',
    path: '/policy-recommendations',
    labelKey: 'nav.policyRecommendations',
    icon: ClipboardIcon,
    permission: 'policyRecommendation.read',
  },
  {
    id: 'finalEvaluation',
    path: '/final-evaluation',
    labelKey: 'nav.finalEvaluation',
    icon: ClipboardIcon,
    permission: 'finalEvaluation.read',
  },
  {
    id: 'peerReviews',
    path: '/peer-reviews',
    labelKey: 'nav.peerReviews',
    icon: ClipboardIcon,
    permission: 'peerReview.read',
  },
  {
    id: 'cockpit',
    path: '/cockpit',
    labelKey: 'nav.cockpit',
    icon: HomeIcon,
    permission: 'cockpit.read',
  },
  {
    id: 'tandems',
    path: '/tandems',
    labelKey: 'nav.tandems',
    icon: TandemIcon,
    permission: 'tandem.list',
  },
  { id: 'people', path: '/people', labelKey: 'nav.people', icon: UserIcon, permission: 'person.directory' },
  {
    id: 'invitePeople',
    path: '/people/invite',
    labelKey: 'nav.invitePeople',
    icon: UserPlusIcon,
    permission: 'person.invite',
  },
  {
    id: 'importTutors',
    path: '/imports/tutors',
    labelKey: 'nav.importTutors',
    icon: UploadIcon,
    permission: 'tutorImport.run',
  },
  {
    id: 'erasureRequests',
    path: '/privacy/erasures',
    labelKey: 'nav.erasureRequests',
    icon: UserIcon,
    permission: 'erasure.decide',
  },
  { id: 'account', path: '/account', labelKey: 'nav.account', icon: UserIcon },
  { id: 'auditLog', path: '/admin/audit', labelKey: 'nav.auditLog', icon: ListIcon, permission: 'audit.read' },
  { id: 'outbox', path: '/admin/outbox', labelKey: 'nav.outbox', icon: MailIcon, permission: 'outbox.read' },
  {
    id: 'myCertificates',
    path: '/certificates',
    labelKey: 'nav.myCertificates',
    icon: ClipboardIcon,
    permission: 'tutor.self',
    end: true,
  },
  {
    id: 'certificates',
    path: '/certificates/manage',
    labelKey: 'nav.certificates',
    icon: ClipboardIcon,
    permission: 'certificate.manage',
  },
];

export function navItemsFor(grants: readonly { role: Role }[]): NavItem[] {
  return NAV_ITEMS.filter((item) => may(grants, item.permission));
}

export function navItem(id: NavItemId): NavItem {
  const item = NAV_ITEMS.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No navigation item ${id}`);
  return item;
}

const under = (path: string, pathname: string) => pathname === path || pathname.startsWith(`${path}/`);

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.end) return pathname === item.path;
  // `/people/invite` belongs to "Invite people", not also to "People" above it.
  const deeper = NAV_ITEMS.some(
    (other) =>
      other.path.length > item.path.length && other.path.startsWith(`${item.path}/`) && under(other.path, pathname),
  );
  return under(item.path, pathname) && !deeper;
}

/** Headings of the navigation for people with many items (an administrator has over 25). */
export const NAV_GROUPS = ['start', 'training', 'programme', 'network', 'people', 'system'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

const NAV_GROUP_OF: Record<NavItemId, NavGroup> = {
  home: 'start',
  account: 'start',
  myTandem: 'training',
  sessions: 'training',
  agenda: 'training',
  tandems: 'training',
  progress: 'training',
  assignments: 'training',
  reviews: 'training',
  selfAssessments: 'training',
  mySurveys: 'training',
  myCertificates: 'training',
  certificates: 'training',
  editions: 'programme',
  modules: 'programme',
  nationalProgrammes: 'programme',
  competences: 'programme',
  competenceInsights: 'programme',
  competenceProfileEditor: 'programme',
  surveys: 'programme',
  surveyTemplates: 'programme',
  interimAnalysis: 'programme',
  youSaidWeDid: 'programme',
  policyRecommendations: 'programme',
  finalEvaluation: 'programme',
  peerReviews: 'programme',
  cockpit: 'programme',
  network: 'network',
  networkApplications: 'network',
  toolbox: 'network',
  toolboxReview: 'network',
  dictionary: 'network',
  studyVisits: 'network',
  mobilities: 'network',
  hostOffers: 'network',
  people: 'people',
  invitePeople: 'people',
  importTutors: 'people',
  erasureRequests: 'people',
  auditLog: 'system',
  outbox: 'system',
};

/** Up to this many items the navigation is one list; more are grouped under headings. */
export const UNGROUPED_NAV_LIMIT = 12;

/** The person's items under their group headings, in the groups' order and the items' own. */
export function navGroupsFor(grants: readonly { role: Role }[]): { group: NavGroup; items: NavItem[] }[] {
  const items = navItemsFor(grants);
  return NAV_GROUPS.map((group) => ({ group, items: items.filter((item) => NAV_GROUP_OF[item.id] === group) })).filter(
    (g) => g.items.length > 0,
  );
}
