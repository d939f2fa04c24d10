import type { Role } from '@tandem/shared-domain';
import {
  BookIcon,
  BuildingIcon,
  CalendarIcon,
  ClipboardIcon,
  HomeIcon,
  ListIcon,
  MailIcon,
  TandemIcon,
  UploadIcon,
  UserIcon,
  UserPlusIcon,
} from '@tandem/web-ui';
import type { ComponentType, SVGProps } from 'react';
import { hasAnyRole } from '../session/roles';

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
  | 'cockpit';

export interface NavItem {
  id: NavItemId;
  path: string;
  labelKey: `nav.${NavItemId}`;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Who sees the item (and may open the page); absent: every signed-in person. */
  roles?: readonly Role[];
  /** Active only on exactly this path (the start page), not on everything below it. */
  end?: boolean;
}

/** The navigation, in order. The router guards each page with the same `roles`. */
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
    roles: ['COORDINATOR', 'ADMIN'],
  },
  { id: 'myTandem', path: '/tandem', labelKey: 'nav.myTandem', icon: TandemIcon, roles: ['TUTOR'] },
  { id: 'assignments', path: '/assignments', labelKey: 'nav.assignments', icon: ClipboardIcon, roles: ['TUTOR'] },
  { id: 'progress', path: '/progress', labelKey: 'nav.progress', icon: ListIcon, roles: ['TUTOR'] },
  { id: 'sessions', path: '/sessions', labelKey: 'nav.sessions', icon: CalendarIcon },
  {
    id: 'agenda',
    path: '/agenda',
    labelKey: 'nav.agenda',
    icon: CalendarIcon,
    roles: ['TRAINER', 'COORDINATOR', 'ADMIN'],
  },
  {
    id: 'reviews',
    path: '/reviews',
    labelKey: 'nav.reviews',
    icon: ClipboardIcon,
    roles: ['TRAINER', 'COORDINATOR', 'ADMIN'],
  },
  {
    id: 'selfAssessments',
    path: '/self-assessments',
    labelKey: 'nav.selfAssessments',
    icon: ClipboardIcon,
    roles: ['TUTOR'],
  },
  { id: 'competences', path: '/competences', labelKey: 'nav.competences', icon: BookIcon, end: true },
  {
    id: 'competenceInsights',
    path: '/competences/insights',
    labelKey: 'nav.competenceInsights',
    icon: ListIcon,
    roles: ['TRAINER', 'COORDINATOR', 'ADMIN', 'OBSERVER', 'RESEARCHER'],
  },
  {
    id: 'competenceProfileEditor',
    path: '/admin/competence-profile',
    labelKey: 'nav.competenceProfileEditor',
    icon: BookIcon,
    roles: ['ADMIN'],
  },
  {
    id: 'cockpit',
    path: '/cockpit',
    labelKey: 'nav.cockpit',
    icon: HomeIcon,
    roles: ['ADMIN', 'OBSERVER', 'COORDINATOR', 'MANAGER'],
  },
  {
    id: 'tandems',
    path: '/tandems',
    labelKey: 'nav.tandems',
    icon: TandemIcon,
    roles: ['COORDINATOR', 'ADMIN', 'OBSERVER'],
  },
  { id: 'people', path: '/people', labelKey: 'nav.people', icon: UserIcon, roles: ['ADMIN', 'COORDINATOR'] },
  {
    id: 'invitePeople',
    path: '/people/invite',
    labelKey: 'nav.invitePeople',
    icon: UserPlusIcon,
    roles: ['ADMIN', 'COORDINATOR'],
  },
  {
    id: 'importTutors',
    path: '/imports/tutors',
    labelKey: 'nav.importTutors',
    icon: UploadIcon,
    roles: ['COORDINATOR', 'ADMIN'],
  },
  { id: 'account', path: '/account', labelKey: 'nav.account', icon: UserIcon },
  { id: 'auditLog', path: '/admin/audit', labelKey: 'nav.auditLog', icon: ListIcon, roles: ['ADMIN'] },
  { id: 'outbox', path: '/admin/outbox', labelKey: 'nav.outbox', icon: MailIcon, roles: ['ADMIN'] },
];

export function navItemsFor(grants: readonly { role: Role }[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(grants, item.roles));
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
